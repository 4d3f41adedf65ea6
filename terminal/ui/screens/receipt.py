"""The dispense receipt on screen: what was handed out and what it cost the state; print it, save it as PDF.

The screen, the printer and "Save as PDF" show the same document: HTML in the
operator's language, amounts with the currency's sign as the language writes
it, each medicine with its dosage. The nurse picks the paper beside the Print
button (an A4 sheet, or the 80 or 58 mm roll of a receipt printer: a narrow
layout, see :mod:`terminal.ui.screens.receipt_print`); Print opens the
system's print dialog on a printer set up for that paper, and its Print prints.
The PDF is printed by Qt from that HTML (one page, a few milliseconds, on
the UI thread: Qt's text layout is not for worker threads) into a side file
that is then moved into place, so a failure never leaves half a file. The
core's English receipt (``receipts.write_pdf``) stays for the command line.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path

import segno
from PySide6.QtCore import SLOT, Signal, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QFileDialog, QTextBrowser, QVBoxLayout

from terminal.core import exports
from terminal.core.receipts import Receipt
from terminal.core.roles import Operator
from terminal.ui.context import UiContext
from terminal.ui.dialogs.keys import shortcut
from terminal.ui.i18n import core_word, error_text, money_text
from terminal.ui.screens.drug_words import dosage, drug_form, drug_unit
from terminal.ui.screens.formats import stamp_text
from terminal.ui.screens.receipt_print import A4, PAPERS, Paper, prepare, print_on, write_pdf
from terminal.ui.widgets import Banner, Translatable, WrapRow, button, heading

QR_PX = 200  # a 96-dpi pixel is 0.26 mm on paper: the code itself comes out 47 mm wide

log = logging.getLogger("hamyon.ui.receipt")


def new_printer() -> QPrinter:
    """The system's default printer, before the print dialog (tests give one that writes a PDF)."""
    return QPrinter(QPrinter.PrinterMode.HighResolution)


class ReceiptPanel(Translatable):
    next_patient = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.receipt: Receipt | None = None
        self.print_dialog: QPrintDialog | None = None
        self.new_printer: Callable[[], QPrinter] = new_printer
        self._printing: tuple[QPrinter, Paper] | None = None
        self.save_dialog: QFileDialog | None = None
        self.title = heading()
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.banner = Banner()
        self.print_button = button()
        shortcut(self.print_button, "Ctrl+P")
        self.print_button.clicked.connect(self.ask_print)
        self.paper = QComboBox()
        for paper in PAPERS:
            self.paper.addItem("", paper.key)
        self.save_button = button()
        shortcut(self.save_button, "Ctrl+S")
        self.save_button.clicked.connect(self.ask_save)
        self.next = button(role="primary")
        shortcut(self.next, "Esc")
        self.next.setAutoDefault(True)
        self.next.clicked.connect(self.next_patient.emit)
        for widget in (self.print_button, self.save_button):
            widget.setAutoDefault(True)
        row = WrapRow([self.print_button, self.paper, self.save_button], [self.next])
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.view, 1)
        column.addWidget(self.banner)
        column.addWidget(row)
        self.setTabOrder(self.next, self.print_button)
        self.setTabOrder(self.print_button, self.paper)
        self.setTabOrder(self.paper, self.save_button)
        self.setTabOrder(self.save_button, self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Handed out: the receipt"))
        self.view.setAccessibleName(self.tr("Receipt"))
        self.print_button.setText(self.tr("Print (Ctrl+P)"))
        self.save_button.setText(self.tr("Save as PDF (Ctrl+S)"))
        self.paper.setAccessibleName(self.tr("Paper for printing"))
        names = {"a4": self.tr("A4 sheet"), "roll80": self.tr("80 mm roll"), "roll58": self.tr("58 mm roll")}
        for index in range(self.paper.count()):
            self.paper.setItemText(index, names[self.paper.itemData(index)])
        self.next.setText(self.tr("Next patient (Enter)"))
        if self.receipt is not None:
            self.view.setHtml(self.html())

    def show_receipt(self, receipt: Receipt) -> None:
        self.receipt = receipt
        self.banner.clear_message()
        self.view.setHtml(self.html())
        self.next.setFocus()

    def html(self, narrow: bool = False) -> str:
        """The receipt as a small HTML document in the current language (names escaped); ``narrow``:
        one medicine under another, for a receipt printer's roll."""
        r = self.receipt
        if r is None:
            return ""
        e, pin = html.escape, r.masked_pin
        head = [
            f"<h2>{e(r.facility_name)}</h2>" if not narrow else f"<p><b>{e(r.facility_name)}</b></p>",
            "<p>"
            + e(self.tr("Receipt {number}, {time}").format(number=r.number, time=stamp_text(r.issued_at)))
            + "</p>",
            "<p>" + e(self.tr("Patient: {name}, ID number {number}").format(name=r.citizen_name, number=pin)),
            "<br>" + e(self.tr("Identified by: {how}").format(how=self._method(r))) + "</p>",
        ]
        body = self._narrow_lines(r) if narrow else self._table(r)
        foot = [
            "<p><b>"
            + e(self.tr("Paid by the state: {money}").format(money=money_text(r.total, r.currency)))
            + "</b>",
            "<br>" + e(self.tr("Paid by the patient: {money}").format(money=money_text(0, r.currency))),
            "<br>" + e(self.tr("Dispensed by: {name}").format(name=r.operator_name)) + "</p>",
        ]
        if r.reversed:
            words = self.tr("Reversed on {time} by {name}: {reason}. Nothing of it counts.")
            rev = r.reversed
            text = words.format(time=stamp_text(rev.at), name=rev.supervisor, reason=rev.reason)
            head.insert(1, f"<p><b>{e(text)}</b></p>")
        return "".join([*head, body, *foot, _qr_image(r.qr)])

    def _table(self, r: Receipt) -> str:
        e = html.escape
        columns = (
            self.tr("Medicine"),
            self.tr("Prescription"),
            self.tr("Quantity"),
            self.tr("State price"),
            self.tr("Cost to the state"),
        )
        rows = [_row(tuple(e(c) for c in columns), "th")]
        for line in r.lines:
            medicine = e(f"{line.drug_name} ({drug_form(line.form)})")
            if line.dosage:  # under the name: the table keeps its five columns
                medicine += f"<br><small>{e(dosage(line.dosage, line.unit))}</small>"
            if line.serials:  # the packs scanned at hand-out (terminal.core.packs)
                medicine += f"<br><small>{e(self._packs(line.serials))}</small>"
            cells = (
                line.prescription_number,
                f"{line.quantity} {drug_unit(line.unit)}",
                money_text(line.unit_price, r.currency),
                money_text(line.cost, r.currency),
            )
            rows.append(_row((medicine, *(e(c) for c in cells)), "td"))
        return "<table cellspacing='0' cellpadding='6' border='1' width='100%'>" + "".join(rows) + "</table>"

    def _narrow_lines(self, r: Receipt) -> str:
        """Each medicine in a few short lines: a roll has room for some 32 characters."""
        e, out = html.escape, ["<hr>"]
        for line in r.lines:
            words = [
                f"<b>{e(line.drug_name)} ({e(drug_form(line.form))})</b>",
                e(self.tr("Prescription {number}").format(number=line.prescription_number)),
            ]
            if line.dosage:
                words.append(e(dosage(line.dosage, line.unit)))
            if line.serials:
                words.append(e(self._packs(line.serials)))
            price, cost = money_text(line.unit_price, r.currency), money_text(line.cost, r.currency)
            words.append(e(f"{line.quantity} {drug_unit(line.unit)} × {price} = {cost}"))
            out.append("<p>" + "<br>".join(words) + "</p>")
        return "".join([*out, "<hr>"])

    def _packs(self, serials: tuple[str, ...]) -> str:
        return self.tr("Packs: {serials}").format(serials=", ".join(serials))

    def _method(self, r: Receipt) -> str:
        if r.id_method == "override":
            return self.tr("supervisor override ({reason})").format(reason=r.override_reason or "")
        if r.id_method == "id_number_face":
            return self.tr("ID number with face verification")
        return self.tr("Face-ID")

    # --- print and PDF -------------------------------------------------------------------

    def chosen_paper(self) -> Paper:
        key = self.paper.currentData()
        return next((p for p in PAPERS if p.key == key), A4)

    def print_to(self, printer: QPrinter, paper: Paper | None = None) -> None:
        """Print the receipt on ``paper`` (by default the one chosen) with ``printer`` (a PDF file, in
        tests: ``printer.setOutputFileName``), marked with who printed it and audited like an export;
        the banner says it went, or why not."""
        paper = paper or self.chosen_paper()
        self._marked(
            exports.PRINT_MARK,
            lambda: self.tr("Sign in to print the receipt."),
            lambda receipt, operator, mark: self._print(receipt, operator, printer, paper, mark),
        )

    def _print(
        self, receipt: Receipt, operator: Operator, printer: QPrinter, paper: Paper, mark: str
    ) -> None:
        print_on(self._html_marked(mark, paper.roll), printer, paper)
        where = printer.printerName() or Path(printer.outputFileName()).name
        self._audit(
            receipt, operator, "receipt_print", {"printer": where}, lambda: self.tr("Sent to the printer.")
        )

    def ask_print(self) -> None:
        if self.receipt is None:
            return
        if self.print_dialog is not None and self.print_dialog.isVisible():
            return
        printer, paper = self.new_printer(), self.chosen_paper()
        prepare(printer, paper)
        dialog = QPrintDialog(printer, self)
        self.print_dialog, self._printing = dialog, (printer, paper)
        dialog.open(self, SLOT("print_chosen()"))  # QDialog.open() is hidden by this overload

    @Slot()
    def print_chosen(self) -> None:
        """The print dialog's Print: the printer it set up, on the paper chosen here (the dialog may
        have put its own default paper size on it)."""
        if self._printing is None:
            return
        printer, paper = self._printing
        self._printing = None
        prepare(printer, paper)
        self.print_to(printer, paper)

    def ask_save(self) -> None:
        if self.receipt is None:
            return
        folder = self.ctx.home / "receipts"
        folder.mkdir(parents=True, exist_ok=True)
        dialog = QFileDialog(
            self, self.tr("Save the receipt as PDF"), str(folder / f"{self.receipt.number}.pdf")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.fileSelected.connect(lambda name: self.save_pdf(Path(name)))
        self.save_dialog = dialog
        dialog.open()

    def save_pdf(self, path: Path) -> None:
        """The receipt as shown (in the operator's language) as a PDF, marked with who exported it
        and audited (``terminal.core.exports``); the banner says where, or why not."""
        self._marked(
            exports.MARK,
            lambda: self.tr("Sign in to save the receipt."),
            lambda receipt, operator, mark: self._write(receipt, operator, path, mark),
        )

    def _write(self, receipt: Receipt, operator: Operator, path: Path, mark: str) -> None:
        try:
            title = self.tr("Receipt {number}").format(number=receipt.number)
            written = write_pdf(self._html_marked(mark), path, title)
        except OSError as exc:
            log.warning("cannot save a receipt: %s", type(exc).__name__)
            text = self.tr("The receipt could not be saved as {path}. Choose another folder.")
            self.banner.show_message(lambda: text.format(path=str(path)), "error")
            return
        words = self.tr("Saved as {path}")
        self._audit(
            receipt, operator, "receipt", {"files": [written.name]}, lambda: words.format(path=str(written))
        )

    # --- the mark and the audit entry, shared by printing and saving -----------------------

    def _marked(
        self,
        template: str,
        refusal: Callable[[], str],
        then: Callable[[Receipt, Operator, str], None],
    ) -> None:
        """Fetch the operator's mark (``template`` in their language) on the store thread, then
        ``then(receipt, operator, mark)``; nobody signed in: ``refusal`` in the banner, nothing done."""
        receipt, operator = self.receipt, self.ctx.operator
        if receipt is None:
            return
        if operator is None:
            self.banner.show_message(refusal, "warn")
            return
        words = core_word(template)
        self.ctx.tasks.store(
            lambda site: exports.mark(site, operator, words),
            lambda mark: then(receipt, operator, mark),
            lambda exc: self.banner.show_message(lambda: error_text(exc), "error"),
        )

    def _html_marked(self, mark: str, narrow: bool = False) -> str:
        return self.html(narrow) + f"<p><small>{html.escape(mark)}</small></p>"

    def _audit(
        self, receipt: Receipt, operator: Operator, kind: str, details: dict, done: Callable[[], str]
    ) -> None:
        """The export's audit entry (``terminal.core.exports.record``), then ``done`` in the banner."""
        subject = f"tx:{receipt.tx_uuid}"
        self.ctx.tasks.store(
            lambda site: exports.record(site, operator, kind, subject, details),
            lambda _seq: self.banner.show_message(done, "ok"),
            lambda exc: self.banner.show_message(lambda: error_text(exc), "error"),
        )


def _qr_image(text: str) -> str:
    """The receipt's signed QR code (``hamyon receipt verify`` reads it): about 47 mm on a sheet and on
    either roll, as measured from the printed PDF; nothing for a receipt no key could sign."""
    if not text:
        return ""
    uri = segno.make(text, error="m").png_data_uri(scale=4, border=4)
    return f"<p><img src='{uri}' width='{QR_PX}' height='{QR_PX}'></p>"


def _row(cells: tuple[str, ...], tag: str) -> str:
    """One table row of HTML cells (escaped already); the three number columns line up on the right."""
    align = ("left", "left", "right", "right", "right")
    inner = "".join(f"<{tag} align='{a}'>{c}</{tag}>" for a, c in zip(align, cells, strict=True))
    return f"<tr>{inner}</tr>"
