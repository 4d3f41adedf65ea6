"""The supervisor's page of today's acts: the dispenses, meals and aid hand-overs recorded at this
terminal today, newest first, a reversed one marked so; a mistaken one is reversed here on the
supervisor's own word."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout

from terminal.core.reversals import RecordedAct, Reversal, todays_acts
from terminal.ui.context import UiContext
from terminal.ui.i18n import core_word, error_text
from terminal.ui.screens.formats import stamp_text
from terminal.ui.screens.reverse_act import ask_to_reverse, medicines_text, reversed_text
from terminal.ui.screens.supervisor_pages import ColumnFit, fill_table, read_only_table
from terminal.ui.screens.sync_problems_page import act_kinds
from terminal.ui.widgets import Banner, Translatable, button, heading, label


class TodaysActsPage(Translatable):
    """Today's hand-outs, meals and aids; "Reverse…" on the chosen one asks for a supervisor's word."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[RecordedAct] = []
        self.word_dialog: QDialog | None = None  # the supervisor's word for a reversal, while it is open
        self.title, self.hint, self.empty = heading(), label(role="muted"), label(role="muted")
        self.table = read_only_table()
        self.table.itemSelectionChanged.connect(self._chosen)
        self.fit = ColumnFit(self.table, {1: 0.34, 2: 0.24, 3: 0.18})  # whether and why reversed: in view
        self.reverse = button(role="primary")
        self.reverse.clicked.connect(self.ask_reverse)
        self.reload = button()
        self.reload.clicked.connect(self.refresh)
        self.banner = Banner()
        actions = QHBoxLayout()  # above the list, as on the audit trail: in view however long the day
        actions.addWidget(self.reverse)
        actions.addWidget(self.reload)
        actions.addStretch(1)
        column = QVBoxLayout(self)
        for widget in (self.title, self.hint):
            column.addWidget(widget)
        column.addLayout(actions)
        column.addWidget(self.banner)
        column.addWidget(self.empty)
        column.addWidget(self.table, 100)
        column.addStretch(1)  # nothing today (the list hidden): the words stay at the top
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today's acts"))
        self.hint.setText(
            self.tr(
                "Hand-outs, meals and aids recorded here today, newest first. Choose a mistaken one to "
                "reverse it."
            )
        )
        self.empty.setText(self.tr("Nothing recorded here today."))
        self.reverse.setText(self.tr("Reverse the chosen act…"))
        self.reload.setText(self.tr("Refresh"))
        self.table.setAccessibleName(self.tr("Today's acts"))
        self._show()

    def refresh(self) -> None:
        operator = self.ctx.operator
        if operator is None:  # signed out meanwhile
            return
        self.ctx.tasks.store(lambda site: todays_acts(site, operator), self._listed, self._failed)

    def _listed(self, rows: list[RecordedAct]) -> None:
        chosen = self.chosen
        self.rows = rows
        self._show(chosen.tx_uuid if chosen else None)

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(lambda: error_text(exc), "error")

    def _show(self, keep: str | None = None) -> None:
        if keep is None and self.chosen is not None:
            keep = self.chosen.tx_uuid
        kinds = act_kinds()
        fill_table(
            self.table,
            [self.tr("Time"), self.tr("What"), self.tr("Who"), self.tr("By"), self.tr("Reversed")],
            [
                [
                    stamp_text(a.at)[-5:],  # today: the time says it
                    kinds.get(a.kind, a.kind) + "\n" + self._details(a, "\n"),  # a medicine a line: narrow
                    f"{a.person}\n{a.class_name}" if a.kind == "meal" else a.person,
                    a.operator,
                    reversed_text(a.reversed) if a.reversed else "",
                ]
                for a in self.rows
            ],
        )
        for row, a in enumerate(self.rows):
            if a.reversed:  # it no longer counts: struck through, the reason beside it
                cell = self.table.item(row, 1)
                font = cell.font()
                font.setStrikeOut(True)
                cell.setFont(font)
            if a.tx_uuid == keep:
                self.table.selectRow(row)
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        self.fit.fit()
        self._chosen()

    def _details(self, act: RecordedAct, separator: str = ", ") -> str:
        """What the act was: a dispense's medicines, a meal's session, an aid and its serial number."""
        if act.kind == "dispense":
            return medicines_text(act.medicines, separator)
        if act.kind == "aid_handover":
            aid, serial = act.aid
            return separator.join([aid, self.tr("Serial number: {serial}").format(serial=serial)])
        return core_word(act.session)

    @property
    def chosen(self) -> RecordedAct | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        if not rows:
            return None
        row = rows[0].row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def choose(self, tx_uuid: str) -> None:
        for row, a in enumerate(self.rows):
            if a.tx_uuid == tx_uuid:
                self.table.selectRow(row)

    def _chosen(self) -> None:
        a = self.chosen
        self.reverse.setEnabled(a is not None and a.reversed is None and self.word_dialog is None)

    def ask_reverse(self) -> None:
        """The chosen act reversed on a supervisor's word (the one signed in: their PIN again)."""
        a = self.chosen
        if a is None or a.reversed is not None or self.word_dialog is not None:
            return

        def what() -> str:
            kinds = act_kinds()
            words = self.tr("{time}, {what}: {who}, {details}")
            return words.format(
                time=stamp_text(a.at), what=kinds.get(a.kind, a.kind), who=a.person, details=self._details(a)
            )

        def done(reversal: Reversal | None) -> None:
            self.word_dialog = None
            if reversal is None:
                self._chosen()
                return
            self.banner.show_message(lambda: self._reversed_words(a), "ok")
            self.refresh()

        self.word_dialog = ask_to_reverse(self, self.ctx, a.tx_uuid, a.kind, what, done)
        self._chosen()

    def _reversed_words(self, act: RecordedAct) -> str:
        if act.kind == "dispense":
            return self.tr("Reversed. The quantities are back on the prescription and in stock.")
        if act.kind == "aid_handover":
            return self.tr("Reversed. The aid no longer counts; its entitlement can be handed over again.")
        return self.tr("Reversed. The meal no longer counts; the student may be served again.")
