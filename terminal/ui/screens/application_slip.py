"""The slip the family takes home after an application is submitted, printed through the print dialog.

One page in the operator's language: the facility, the application's number,
the date, the applicant (the ID number masked but for its last four digits),
the benefit, the family's size, the preliminary assessment in plain words, the
status when printed, and what happens next and how to ask. It is printed as
receipts are (:mod:`terminal.ui.screens.receipt_print` lays the page out on an
A4 sheet or a receipt printer's roll; :func:`terminal.ui.screens.receipt.new_printer`
is the system's printer, which the print dialog shows and may change), marked
with who printed it and audited like an export (:mod:`terminal.core.exports`).
Nothing on it names another person: a face flag is the registry's business.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from terminal.core import application_record, exports
from terminal.core.application_record import Slip
from terminal.core.roles import Operator
from terminal.core.site import Site
from terminal.ui.applications import words
from terminal.ui.applications.review import reason_text
from terminal.ui.context import UiContext
from terminal.ui.i18n import core_text, core_word, error_text
from terminal.ui.screens.formats import date_text, stamp_text
from terminal.ui.screens.receipt import new_printer
from terminal.ui.screens.receipt_print import A4, Paper, prepare, print_on

Say = Callable[[Callable[[], str], str], None]  # a banner's show_message: words (said again), kind
SLIP_KIND = "application_slip"  # the export's kind in the audit trail


class SlipPrinter(QObject):
    """Prints an application's slip: :meth:`ask` opens the system's print dialog, its Print prints.

    ``new_printer`` is the printer the dialog starts from (tests give one that writes a PDF); ``say``
    shows how it went (a banner's ``show_message``).
    """

    def __init__(self, ctx: UiContext, parent: QWidget, say: Say) -> None:
        super().__init__(parent)
        self.ctx, self.parent_widget, self.say = ctx, parent, say
        self.new_printer: Callable[[], QPrinter] = new_printer
        self.print_dialog: QPrintDialog | None = None
        self._printing: tuple[QPrinter, Paper, str] | None = None

    def ask(self, application_id: str, paper: Paper = A4) -> None:
        if self.print_dialog is not None and self.print_dialog.isVisible():
            return
        printer = self.new_printer()
        prepare(printer, paper)
        dialog = QPrintDialog(printer, self.parent_widget)
        self.print_dialog, self._printing = dialog, (printer, paper, application_id)
        dialog.open(self, SLOT("print_chosen()"))  # QDialog.open() is hidden by this overload

    @Slot()
    def print_chosen(self) -> None:
        """The print dialog's Print: the printer it set up, on the paper chosen here."""
        if self._printing is None:
            return
        printer, paper, application_id = self._printing
        self._printing = None
        prepare(printer, paper)
        self.print_to(printer, paper, application_id)

    def print_to(self, printer: QPrinter, paper: Paper, application_id: str) -> None:
        """Read the slip and the operator's mark (store thread), print (here: Qt's text layout is the UI
        thread's), then write the export's audit entry; ``say`` tells how it went."""
        ctx, operator = self.ctx, self.ctx.operator
        if operator is None:
            self.say(lambda: self.tr("Sign in to print the slip."), "warn")
            return
        mark_words = core_word(exports.PRINT_MARK)

        def read(site: Site) -> tuple[Slip, str]:
            return application_record.slip(site, operator, application_id), exports.mark(
                site, operator, mark_words
            )

        def ready(found: tuple[Slip, str]) -> None:
            slip, mark = found
            page = self.html(slip, narrow=paper.roll) + f"<p><small>{html.escape(mark)}</small></p>"
            print_on(page, printer, paper)
            self._audit(operator, application_id, printer)

        ctx.tasks.store(read, ready, self._failed)

    def _audit(self, operator: Operator, application_id: str, printer: QPrinter) -> None:
        where = printer.printerName() or Path(printer.outputFileName()).name
        subject = f"application:{application_id}"
        self.ctx.tasks.store(
            lambda site: exports.record(site, operator, SLIP_KIND, subject, {"printer": where}),
            lambda _seq: self.say(lambda: self.tr("The slip is sent to the printer."), "ok"),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.say(lambda: error_text(exc), "error")

    # --- the page ------------------------------------------------------------------------

    def html(self, slip: Slip, narrow: bool = False) -> str:
        """The slip as HTML in the current language (names escaped); the number on a line of its own, large
        on a sheet (``narrow``: a receipt printer's roll, where it stays the size of the text)."""
        e = html.escape
        benefit = words.benefit_types().get(slip.benefit_type, slip.benefit_type)
        applicant = self.tr("Applicant: {name}, ID number {number}")
        facts = [
            self.tr("Submitted on {date}").format(date=stamp_text(slip.submitted_at)),
            applicant.format(name=slip.applicant, number=slip.masked_pin),
            self.tr("Benefit asked for: {benefit}").format(benefit=benefit),
            self.tr("Family members: {count}").format(count=slip.family_size),
        ]
        title = self.tr("Application for social support")
        size = "" if narrow else " style='font-size: x-large'"
        number = self.tr("No. {number}").format(number=slip.number)
        reasons = "".join(f"<li>{e(self._reason(r))}</li>" for r in slip.assessment.get("reasons", []))
        printed_on = date_text(datetime.fromisoformat(slip.printed_at).date())
        ask = self.tr(
            "quote the number above at {facility}, or to the social protection registry's help line. Keep"
            " this slip."
        )
        page = "".join(
            [
                f"<h2>{e(slip.facility_name)}</h2><h3>{e(title)}</h3><p{size}><b>{e(number)}</b></p>",
                "<p>" + "<br>".join(e(f) for f in facts) + "</p>",
                _line(self.tr("Preliminary assessment:"), self._verdict(slip)),
                f"<ul>{reasons}</ul>",
                "<p><small>"
                + e(self.tr("This is a preliminary assessment made at the office: the registry decides."))
                + "</small></p>",
                _line(self.tr("Status on {date}:").format(date=printed_on), self._status(slip)),
                _line(self.tr("What happens next:"), self._next(slip)),
                _line(
                    self.tr("To ask about the application:"),
                    ask.format(facility=slip.facility_name),
                ),
            ]
        )
        return page

    def _status(self, slip: Slip) -> str:
        words_ = core_text(slip.status.words)
        if not slip.status.note:
            return words_
        return self.tr("{status}. The registry's note: {note}").format(status=words_, note=slip.status.note)

    def _verdict(self, slip: Slip) -> str:
        a = slip.assessment
        if a.get("flagged"):
            return self.tr("the family may not receive these benefits (see why below).")
        if a.get("eligible"):
            return self.tr("the family appears to be eligible.")
        return self.tr("the family appears not to be eligible; the registry still decides.")

    def _reason(self, reason: dict) -> str:
        words_ = self.tr("✓ {reason}") if reason.get("favourable") else self.tr("✗ {reason}")
        return words_.format(reason=reason_text(reason))

    def _next(self, slip: Slip) -> str:
        code = slip.status.code
        if code == "waiting":
            return self.tr(
                "the application is sent to the registry as soon as this office's terminal is online. The"
                " registry checks the family's data with other state bodies and decides."
            )
        if code == "received":
            return self.tr(
                "the registry checks the family's data with other state bodies and decides; the office"
                " tells the family of the decision."
            )
        if code == "approved":
            return self.tr("the benefit is paid as the registry's decision says.")
        if code == "refused":
            return self.tr("the family may ask the office why, and apply again when its situation changes.")
        return self.tr("the registry needs more from the family: come to the office with this slip.")


def _line(title: str, text: str) -> str:
    """A paragraph that starts with its title in bold (both escaped here)."""
    return f"<p><b>{html.escape(title)}</b> {html.escape(text)}</p>"
