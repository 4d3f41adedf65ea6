"""A patient's history: past hand-outs at this terminal (a reversed one marked so), what is left of each
prescribed medicine and when it was last handed out, the last receipt to print again, a mistaken
hand-out to reverse on a supervisor's word, the citizen's face to enroll (with their consent), and the way
on: check the face."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from terminal.core import patients
from terminal.core.citizens import CitizenView
from terminal.core.reversals import Reversal
from terminal.ui.context import UiContext
from terminal.ui.dialogs.enroll_face import ENROLL_FACE, EnrollFaceDialog
from terminal.ui.dialogs.keys import shortcut
from terminal.ui.i18n import error_text, money_text
from terminal.ui.screens.drug_words import drug_unit
from terminal.ui.screens.formats import stamp_text
from terminal.ui.screens.reverse_act import ask_to_reverse, medicines_text, reversed_text
from terminal.ui.screens.supervisor_pages import ColumnFit, fill_table, read_only_table
from terminal.ui.widgets import Banner, Translatable, WrapRow, button, heading, label, scrolled


class PatientHistoryPanel(Translatable):
    check_face = Signal(object)  # CitizenView: verify the face against this citizen's, then hand out
    reprint = Signal(str)  # the last dispense's transaction id
    back = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.history: patients.PatientHistory | None = None
        self.word_dialog: QDialog | None = None  # the supervisor's word for a reversal, while it is open
        self.enroll_dialog: EnrollFaceDialog | None = None  # enrolling the citizen's face, while it is open
        self.keep_tx: str | None = None  # the hand-out chosen before the history was read again
        self.name, self.details = heading(), label()
        self.banner = Banner()
        self.past_title, self.items_title = label(), label()
        for title in (self.past_title, self.items_title):
            title.setStyleSheet("font-weight: bold;")
        self.past, self.items = read_only_table(), read_only_table()
        self.past.itemSelectionChanged.connect(self._chosen)
        self.past_fit = ColumnFit(self.past, {1: 0.3})  # long lists of medicines wrap: all columns in view
        self.face = button(role="primary")
        self.face.setAutoDefault(True)
        self.face.clicked.connect(lambda: self.history and self.check_face.emit(self.history.citizen))
        self.again = button()
        shortcut(self.again, "Ctrl+R")
        self.again.clicked.connect(self._reprint)
        self.reverse = button()
        self.reverse.clicked.connect(self.ask_reverse)
        self.enroll = button()
        self.enroll.clicked.connect(self.ask_enroll)
        self.close_button = button()
        shortcut(self.close_button, "Esc")
        self.close_button.clicked.connect(self.back.emit)
        top = QHBoxLayout()  # "Back" beside the name: the lists keep the height of a small window
        top.addWidget(self.name, 1)
        top.addWidget(self.enroll, 0, Qt.AlignmentFlag.AlignTop)  # about the citizen, not the hand-outs
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        content = QWidget()  # the details and both lists scroll together; the actions stay in view
        lists = QVBoxLayout(content)
        lists.setContentsMargins(0, 0, 0, 0)
        for widget in (self.details, self.banner, self.items_title):
            lists.addWidget(widget)
        lists.addWidget(self.items, 1)
        past_head = (
            QHBoxLayout()
        )  # the reversal beside the list it acts on; the actions below stay as they were
        past_head.addWidget(self.past_title, 1)
        past_head.addWidget(self.reverse, 0, Qt.AlignmentFlag.AlignBottom)
        lists.addLayout(past_head)
        lists.addWidget(self.past, 1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        self.scroll = scrolled(content)
        column.addWidget(self.scroll, 1)
        column.addWidget(WrapRow([self.again], [self.face]))
        self.setFocusProxy(self.face)
        self.retranslate()

    def retranslate(self) -> None:
        self.past_title.setText(self.tr("Handed out at this terminal"))
        self.items_title.setText(self.tr("Prescribed medicines"))
        self.face.setText(self.tr("Check the face and hand out (Enter)"))
        self.again.setText(self.tr("Print the last receipt again (Ctrl+R)"))
        self.reverse.setText(self.tr("Reverse the chosen hand-out…"))
        self.enroll.setText(self.tr("Enroll face…"))
        self.past.setAccessibleName(self.tr("Handed out at this terminal"))
        self.close_button.setText(self.tr("Back (Esc)"))
        self._show()

    def load(self, citizen: CitizenView) -> None:
        """Read the history on the store thread (audited), then show it."""
        operator = self.ctx.operator
        if operator is None:
            return
        chosen = self.chosen
        self.keep_tx = chosen.tx_uuid if chosen else None
        self.history = None
        self.past.clearSelection()
        self.name.setText(citizen.full_name)
        self.banner.clear_message()
        self.ctx.tasks.store(
            lambda site: patients.history(site, operator, citizen.id), self._loaded, self._failed
        )

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
        self.enroll.setVisible(self.ctx.may(ENROLL_FACE))  # nurse, inspector, supervisor
        self.enroll.setEnabled(h is not None and self.enroll_dialog is None)
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
        chosen = self.chosen.tx_uuid if self.chosen else self.keep_tx
        self.keep_tx = None
        fill_table(
            self.past,
            [
                self.tr("When"),
                self.tr("Medicines"),
                self.tr("Cost to the state"),
                self.tr("By"),
                self.tr("Reversed"),
            ],
            [
                [
                    stamp_text(d.at),
                    medicines_text(d.lines),
                    money_text(d.total, currency),
                    d.operator_name,
                    reversed_text(d.reversed) if d.reversed else "",
                ]
                for d in h.dispenses
            ],
        )
        for row, d in enumerate(h.dispenses):
            if d.reversed:  # it no longer counts: struck through, the reason beside it
                for column in (1, 2):
                    cell = self.past.item(row, column)
                    font = cell.font()
                    font.setStrikeOut(True)
                    cell.setFont(font)
        for row, d in enumerate(h.dispenses):
            if d.tx_uuid == chosen:
                self.past.selectRow(row)
        self.past_fit.fit()
        self._chosen()
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

    @property
    def chosen(self) -> patients.PastDispense | None:
        """The hand-out chosen in the list, if any."""
        rows = self.past.selectionModel().selectedRows() if self.past.selectionModel() else []
        if self.history is None or not rows:
            return None
        row = rows[0].row()
        return self.history.dispenses[row] if 0 <= row < len(self.history.dispenses) else None

    def _chosen(self) -> None:
        d = self.chosen
        self.reverse.setEnabled(d is not None and d.reversed is None and self.word_dialog is None)

    def ask_reverse(self) -> None:
        """The chosen hand-out reversed on a supervisor's word (their PIN and the reason), in a dialog."""
        d, h = self.chosen, self.history
        if d is None or h is None or d.reversed is not None or self.word_dialog is not None:
            return
        citizen = h.citizen

        def what() -> str:
            words = self.tr("{when}, {name}: {medicines}")
            return words.format(
                when=stamp_text(d.at), name=citizen.full_name, medicines=medicines_text(d.lines)
            )

        def done(reversal: Reversal | None) -> None:
            self.word_dialog = None
            if reversal is None:
                self._chosen()
                return
            self.load(citizen)
            self.banner.show_message(
                lambda: self.tr("Reversed. The quantities are back on the prescription and in stock."), "ok"
            )
            self.scroll.ensureWidgetVisible(self.banner)  # the list may have been scrolled to the row

        self.word_dialog = ask_to_reverse(self, self.ctx, d.tx_uuid, "dispense", what, done)
        self._chosen()

    def ask_enroll(self) -> None:
        """The citizen's face enrolled here, with their consent, in a dialog; said in the banner once done."""
        h = self.history
        if h is None or self.enroll_dialog is not None or not self.ctx.may(ENROLL_FACE):
            return
        dialog = EnrollFaceDialog(self.ctx, h.citizen, self)

        def finished(_result: int) -> None:
            self.enroll_dialog = None
            dialog.deleteLater()
            self.enroll.setEnabled(self.history is not None)
            if dialog.result_value is None:
                self.enroll.setFocus()
                return
            self.banner.show_message(
                lambda: self.tr("Face enrolled. It is sent to the registry at the next sync."), "ok"
            )
            self.scroll.ensureWidgetVisible(self.banner)
            self.face.setFocus()

        dialog.finished.connect(finished)
        self.enroll_dialog = dialog
        self.enroll.setEnabled(False)
        dialog.open()

    def _reprint(self) -> None:
        if self.history is not None and self.history.dispenses:
            self.reprint.emit(self.history.dispenses[0].tx_uuid)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.face.isEnabled():
            self.face.click()
            return
        super().keyPressEvent(event)
