"""The social worker's day: today's hand-overs at this terminal, newest first, and what they cost the
state. A hand-over the registry found handed over at another office too is marked, in words; one a
supervisor reversed is struck through, marked "Reversed", and counts in no total."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout

from terminal.ui.context import UiContext
from terminal.ui.dialogs.keys import shortcut
from terminal.ui.i18n import error_text, money_text
from terminal.ui.screens.formats import stamp_text
from terminal.ui.screens.supervisor_pages import fill_table, read_only_table
from terminal.ui.widgets import Banner, Translatable, button, heading, label

WARNING = QColor("#b00020")


class AidsDayPanel(Translatable):
    back = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[dict[str, Any]] | None = None
        self.title, self.totals = heading(), label()
        self.banner = Banner()
        self.table = read_only_table()
        self.close_button = button()
        shortcut(self.close_button, "Esc")
        self.close_button.clicked.connect(self.back.emit)
        column = QVBoxLayout(self)
        for widget in (self.title, self.totals, self.banner):
            column.addWidget(widget)
        column.addWidget(self.table, 1)
        column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today's hand-overs"))
        self.table.setAccessibleName(self.tr("Today's hand-overs"))
        self.close_button.setText(self.tr("Back (Esc)"))
        self._show()

    def load(self) -> None:
        operator = self.ctx.operator
        if operator is None:
            return
        self.ctx.tasks.store(lambda site: site.aids.handed_today(operator), self._loaded, self._failed)

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(lambda: error_text(exc), "error")

    def _show(self) -> None:
        rows = self.rows or []
        currency = self.ctx.site.facility.currency
        live = [r for r in rows if not r["reversed"]]  # a reversed hand-over no longer counts
        words = self.tr("Hand-overs: {count} · Cost to the state: {money}")
        total = money_text(sum(r["state_cost"] for r in live), currency)
        self.totals.setText(words.format(count=len(live), money=total))
        twice = self.tr("Handed over twice: tell the supervisor")
        reversed_mark = self.tr("Reversed")

        def note(r: dict[str, Any]) -> str:
            marks = ((r["reversed"], reversed_mark), (r["handed_twice"], twice))
            return "\n".join(text for on, text in marks if on)

        headers = [self.tr("Time"), self.tr("Aid"), self.tr("Serial number"), self.tr("Cost to the state")]
        headers.append(self.tr("Note"))
        fill_table(
            self.table,
            headers,
            [
                [
                    stamp_text(r["handed_at"])[-5:],
                    r["aid_name"],
                    r["serial"],
                    money_text(r["state_cost"], currency),
                    note(r),
                ]
                for r in rows
            ],
        )
        # the note only when there is one to make: the other columns keep the width of a small screen
        self.table.setColumnHidden(len(headers) - 1, not any(note(r) for r in rows))
        for row, r in enumerate(rows):
            if r["handed_twice"]:
                for column in range(len(headers)):
                    self.table.item(row, column).setForeground(WARNING)
            if r["reversed"]:  # it no longer counts: the aid, its number and its cost struck through
                for column in range(1, len(headers) - 1):
                    cell = self.table.item(row, column)
                    font = cell.font()
                    font.setStrikeOut(True)
                    cell.setFont(font)
        if any(r["handed_twice"] for r in rows):
            self.banner.show_message(
                lambda: self.tr(
                    "The registry found an aid handed over here and at another office as well. "
                    "Tell the supervisor."
                ),
                "warn",
            )
        else:
            self.banner.clear_message()
        if self.rows is not None and not rows:
            self.banner.show_message(lambda: self.tr("Nothing handed over here today yet."), "info")
