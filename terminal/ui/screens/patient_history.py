"""A patient's history: past hand-outs at this terminal, what is left of each prescribed medicine and
when it was last handed out, the last receipt to print again, and the way on: check the face."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from terminal.core import patients
from terminal.core.citizens import CitizenView
from terminal.ui.context import UiContext
from terminal.ui.dialogs.keys import shortcut
from terminal.ui.i18n import error_text, money_text
from terminal.ui.screens.drug_words import drug_unit
from terminal.ui.screens.formats import stamp_text
from terminal.ui.screens.supervisor_pages import fill_table, read_only_table
from terminal.ui.widgets import Banner, Translatable, WrapRow, button, heading, label, scrolled


class PatientHistoryPanel(Translatable):
    check_face = Signal(object)  # CitizenView: verify the face against this citizen's, then hand out
    reprint = Signal(str)  # the last dispense's transaction id
    back = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.history: patients.PatientHistory | None = None
        self.name, self.details = heading(), label()
        self.banner = Banner()
        self.past_title, self.items_title = label(), label()
        for title in (self.past_title, self.items_title):
            title.setStyleSheet("font-weight: bold;")
        self.past, self.items = read_only_table(), read_only_table()
        self.face = button(role="primary")
        self.face.setAutoDefault(True)
        self.face.clicked.connect(lambda: self.history and self.check_face.emit(self.history.citizen))
        self.again = button()
        shortcut(self.again, "Ctrl+R")
        self.again.clicked.connect(self._reprint)
        self.close_button = button()
        shortcut(self.close_button, "Esc")
        self.close_button.clicked.connect(self.back.emit)
        top = QHBoxLayout()  # "Back" beside the name: the lists keep the height of a small window
        top.addWidget(self.name, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        content = QWidget()  # the details and both lists scroll together; the actions stay in view
        lists = QVBoxLayout(content)
        lists.setContentsMargins(0, 0, 0, 0)
        for widget in (self.details, self.banner, self.items_title):
            lists.addWidget(widget)
        lists.addWidget(self.items, 1)
        lists.addWidget(self.past_title)
        lists.addWidget(self.past, 1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(scrolled(content), 1)
        column.addWidget(WrapRow([self.again], [self.face]))
        self.setFocusProxy(self.face)
        self.retranslate()

    def retranslate(self) -> None:
        self.past_title.setText(self.tr("Handed out at this terminal"))
        self.items_title.setText(self.tr("Prescribed medicines"))
        self.face.setText(self.tr("Check the face and hand out (Enter)"))
        self.again.setText(self.tr("Print the last receipt again (Ctrl+R)"))
        self.close_button.setText(self.tr("Back (Esc)"))
        self._show()

    def load(self, citizen: CitizenView) -> None:
        """Read the history on the store thread (audited), then show it."""
        operator, site = self.ctx.operator, self.ctx.site
        if operator is None:
            return
        self.history = None
        self.name.setText(citizen.full_name)
        self.banner.clear_message()
        self.ctx.tasks.store(lambda: patients.history(site, operator, citizen.id), self._loaded, self._failed)

    def _loaded(self, history: patients.PatientHistory) -> None:
        self.history = history
        self._show()
        self.face.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(lambda: error_text(exc), "error")

    def _show(self) -> None:
        h = self.history
        self.face.setEnabled(h is not None)
        self.again.setEnabled(h is not None and bool(h.dispenses))
        if h is None:
            fill_table(self.items, [], [])
            fill_table(self.past, [], [])
            return
        person = h.citizen
        self.name.setText(person.full_name)
        words = self.tr("Age {age} · ID number {number}")
        self.details.setText(words.format(age=person.age, number=person.masked_pin))
        currency = self.ctx.site.facility.currency
        fill_table(
            self.items,
            [self.tr("Prescription"), self.tr("Medicine"), self.tr("Left"), self.tr("Last handed out")],
            [[i.prescription_number, i.drug_name, self._left(i), self._last(i)] for i in h.items],
        )
        fill_table(
            self.past,
            [self.tr("When"), self.tr("Medicines"), self.tr("Cost to the state"), self.tr("By")],
            [
                [
                    stamp_text(d.at),
                    ", ".join(f"{name} × {qty} {drug_unit(unit)}" for name, qty, unit in d.lines),
                    money_text(d.total, currency),
                    d.operator_name,
                ]
                for d in h.dispenses
            ],
        )
        if not h.items and not h.dispenses:
            self.banner.show_message(lambda: self.tr("No prescriptions and nothing handed out yet."), "info")

    def _left(self, item: patients.ItemState) -> str:
        if item.remaining <= 0:
            return self.tr("nothing left")
        words = self.tr("{remaining} of {prescribed} {unit}")
        return words.format(remaining=item.remaining, prescribed=item.prescribed, unit=drug_unit(item.unit))

    def _last(self, item: patients.ItemState) -> str:
        parts = []
        if item.last_here:
            parts.append(self.tr("here, {when}").format(when=stamp_text(item.last_here)))
        if item.elsewhere:
            words = self.tr("{count} {unit} at other terminals")
            parts.append(words.format(count=item.elsewhere, unit=drug_unit(item.unit)))
        return "; ".join(parts) or self.tr("never")

    def _reprint(self) -> None:
        if self.history is not None and self.history.dispenses:
            self.reprint.emit(self.history.dispenses[0].tx_uuid)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.face.isEnabled():
            self.face.click()
            return
        super().keyPressEvent(event)
