"""Applications once submitted: the list of them all (newest first, found by name or number) and one
application's page with its number, status, history and the family's slip to print.

Both read :mod:`terminal.core.application_record` on the store thread; the
status and history are the core's words (a family's terms), said in the
operator's language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from terminal.core import application_record
from terminal.core.application_record import ApplicationRecord, SentApplication, Status
from terminal.ui import theme
from terminal.ui.applications import words
from terminal.ui.applications.photo import look_alikes_text
from terminal.ui.context import UiContext
from terminal.ui.dialogs.keys import set_role, shortcut
from terminal.ui.i18n import core_text, error_text
from terminal.ui.screens.application_slip import SlipPrinter
from terminal.ui.screens.formats import stamp_text
from terminal.ui.screens.receipt_print import A4, PAPERS, Paper
from terminal.ui.widgets import Banner, Translatable, WrapRow, button, heading, label, scrolled

SEARCH_PAUSE_MS = 300  # the list is read again once typing pauses


def status_role(status: Status) -> str:
    """How a status is coloured: fine (ok), waiting (muted), needs someone (danger)."""
    if status.code in ("received", "approved"):
        return "ok"
    if status.code in ("attention", "needs_documents", "refused"):
        return "danger"
    return "muted"


def status_text(status: Status) -> str:
    """The status in the operator's language, with the registry's reason or note when it has one."""
    text = core_text(status.words)
    return f"{text}. {status.note}" if status.note else text


class SentApplicationsPage(Translatable):
    """Every submitted application of this terminal, newest first; Enter or Open shows one."""

    back = Signal()
    opened = Signal(str)  # the application's id

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[SentApplication] = []
        self.title = heading()
        self.hint = label(role="muted")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(SEARCH_PAUSE_MS)
        self.pause.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.pause.start())
        self.search.returnPressed.connect(self.refresh)
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setSpacing(2)
        self.items.itemActivated.connect(lambda _item: self.open_current())
        self.empty = label(role="muted")
        self.banner = Banner()
        self.back_button, self.open_button = button(), button(role="primary")
        shortcut(self.back_button, "Esc")
        self.back_button.clicked.connect(self.back.emit)
        self.open_button.clicked.connect(self.open_current)
        content = QWidget()  # scrolls in a small window; Open stays in view
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.hint, self.search):
            inner.addWidget(widget)
        inner.addWidget(self.items, 1)
        inner.addWidget(self.empty)
        inner.addWidget(self.banner)
        column = QVBoxLayout(self)
        column.addWidget(scrolled(content), 1)
        column.addWidget(WrapRow([self.back_button], [self.open_button]))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sent applications"))
        self.hint.setText(self.tr("Every application submitted on this terminal, the newest first."))
        self.search.setPlaceholderText(self.tr("Find by the applicant's name or the number"))
        self.search.setAccessibleName(self.tr("Find by the applicant's name or the number"))
        self.items.setAccessibleName(self.tr("Sent applications"))
        self.back_button.setText(self.tr("Back (Esc)"))
        self.open_button.setText(self.tr("Open the application"))
        self._show()

    def refresh(self) -> None:
        self.pause.stop()
        operator, text = self.ctx.operator, self.search.text()
        if operator is None:
            return
        self.ctx.tasks.store(
            lambda site: application_record.sent(site, operator, text),
            self._listed,
            lambda exc: self.banner.show_message(lambda: error_text(exc), "error"),
        )

    def _listed(self, rows: list[SentApplication]) -> None:
        self.rows = rows
        self._show()

    def _show(self) -> None:
        chosen = self.current()
        benefits = words.benefit_types()
        self.items.clear()
        for row in self.rows:
            text = self.tr("{number} · {applicant}\n{benefit} · submitted {time}\n{status}").format(
                number=row.number,
                applicant=row.applicant or "?",
                benefit=benefits.get(row.benefit_type, row.benefit_type),
                time=stamp_text(row.submitted_at),
                status=core_text(row.status.words),
            )
            if row.face_flagged:
                text = self.tr("{application} · ⚠ the face looks like someone else's").format(
                    application=text
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.items.addItem(item)
            if row.id == chosen:
                self.items.setCurrentItem(item)
        if self.rows and self.items.currentRow() < 0:
            self.items.setCurrentRow(0)
        searching = bool(self.search.text().strip())
        self.empty.setText(
            self.tr("No sent application has this name or number.")
            if searching
            else self.tr("No application has been submitted on this terminal yet.")
        )
        self.empty.setVisible(not self.rows)
        self.open_button.setEnabled(bool(self.rows))

    def current(self) -> str | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def open_current(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.opened.emit(chosen)


class ApplicationRecordPage(Translatable):
    """One submitted application: its number, status, details, face check, history; print its slip."""

    back = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.record: ApplicationRecord | None = None
        self.title = heading()
        self.status = label()
        theme.text_size(self.status, "large")
        self.details = label()
        self.face = label(role="danger")
        self.verdict = label()
        self.history_title = heading()
        self.history_title.setProperty("compact", True)
        self.history = label()
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = Banner()
        self.slips = SlipPrinter(ctx, self, self.banner.show_message)
        self.paper = QComboBox()
        for paper in PAPERS:
            self.paper.addItem("", paper.key)
        self.back_button = button()
        shortcut(self.back_button, "Esc")
        self.back_button.clicked.connect(self.back.emit)
        self.print_button = button(role="primary")
        shortcut(self.print_button, "Ctrl+P")
        self.print_button.clicked.connect(self.print_slip)
        content = QWidget()  # scrolls in a small window; Print stays in view
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        shown = (
            self.title,
            self.status,
            self.details,
            self.face,
            self.verdict,
            self.history_title,
            self.history,
        )
        for widget in shown:
            inner.addWidget(widget)
        inner.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(scrolled(content), 1)
        column.addWidget(self.banner)
        column.addWidget(WrapRow([self.back_button], [self.paper, self.print_button]))
        self.retranslate()

    def retranslate(self) -> None:
        self.history_title.setText(self.tr("History"))
        self.history.setAccessibleName(self.tr("History of the application"))
        self.back_button.setText(self.tr("Back (Esc)"))
        self.print_button.setText(self.tr("Print the slip for the family (Ctrl+P)"))
        self.paper.setAccessibleName(self.tr("Paper for printing"))
        names = {"a4": self.tr("A4 sheet"), "roll80": self.tr("80 mm roll"), "roll58": self.tr("58 mm roll")}
        for index in range(self.paper.count()):
            self.paper.setItemText(index, names[self.paper.itemData(index)])
        self._show()

    def show_application(self, application_id: str) -> None:
        """Read the application (store thread) and show it."""
        operator = self.ctx.operator
        if operator is None:
            return
        self.banner.clear_message()
        self.ctx.tasks.store(
            lambda site: application_record.record(site, operator, application_id),
            self._read,
            lambda exc: self.banner.show_message(lambda: error_text(exc), "error"),
        )

    def _read(self, found: ApplicationRecord) -> None:
        self.record = found
        self._show()
        self.print_button.setFocus()

    def _show(self) -> None:
        r = self.record
        self.print_button.setEnabled(r is not None and r.view.number is not None)
        if r is None:
            for widget in (self.title, self.status, self.details, self.verdict):
                widget.setText("")
            self.face.hide()
            self.history.setText("")
            return
        view = r.view
        self.title.setText(self.tr("Application {number}").format(number=view.number or ""))
        self.status.setText(status_text(r.status))
        set_role(self.status, status_role(r.status))
        benefit = words.benefit_types().get(view.form.benefit_type or "", view.form.benefit_type or "")
        self.details.setText(
            "\n".join(
                [
                    self.tr("Applicant: {name}, ID number {number}").format(
                        name=r.applicant, number=r.masked_pin
                    ),
                    self.tr("Benefit: {benefit}").format(benefit=benefit),
                    self.tr("Family members: {count}").format(count=len(view.form.members)),
                    self.tr("Submitted on {time} by {name}").format(
                        time=stamp_text(view.submitted_at), name=r.operator_name
                    ),
                ]
            )
        )
        flag = view.face_check
        if flag is not None and flag.flagged:
            self.face.setText(
                self.tr(
                    "⚠ The applicant's face looks like {people}: the application went to the registry"
                    " flagged."
                ).format(people=look_alikes_text(flag))
            )
        self.face.setVisible(flag is not None and flag.flagged)
        self.verdict.setText(self._verdict())
        self.history.setText(
            "\n".join(
                self.tr("{time} · {what}").format(time=stamp_text(event.at), what=core_text(event.words))
                for event in r.history
            )
        )

    def _verdict(self) -> str:
        a = self.record.view.assessment if self.record is not None else None
        if not a:
            return ""
        if a["flagged"]:
            return self.tr("Preliminary assessment: the family may not receive these benefits.")
        if a["eligible"]:
            return self.tr("Preliminary assessment: the family appears to be eligible.")
        return self.tr("Preliminary assessment: the family appears not to be eligible.")

    def chosen_paper(self) -> Paper:
        key = self.paper.currentData()
        return next((p for p in PAPERS if p.key == key), A4)

    def print_slip(self) -> None:
        if self.record is not None and self.record.view.number is not None:
            self.slips.ask(self.record.view.id, self.chosen_paper())
