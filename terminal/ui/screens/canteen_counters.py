"""Today's meal counters: per session, per class, in total; always beside the roster."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from terminal.core.meals import DayCounts
from terminal.ui.i18n import core_word
from terminal.ui.screens.formats import date_text
from terminal.ui.widgets import Translatable, heading, label


class DayCounters(Translatable):
    def __init__(self) -> None:
        super().__init__()
        self.counts: DayCounts | None = None
        self.classes: list[str] = []
        self.sessions: list[str] = []
        self.title = heading()
        self.by_session = label()
        self.total = label(role="ok")
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(60)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.by_session)
        column.addWidget(self.total)
        column.addWidget(self.table, 1)
        self.retranslate()

    def set_layout(self, classes: list[str], sessions: list[str]) -> None:
        """The classes and sessions of the school, so that classes with no meal yet show 0."""
        self.classes, self.sessions = classes, sessions
        self.retranslate()

    def show_counts(self, counts: DayCounts) -> None:
        self.counts = counts
        self.retranslate()

    def retranslate(self) -> None:
        counts = self.counts
        on: date | None = counts.on if counts else None
        self.title.setText(self.tr("Today, {date}").format(date=date_text(on)) if on else self.tr("Today"))
        by_session = counts.by_session if counts else {}
        lines = [
            # "served" needs no plural: "Lunch: 1 served" as well as "Lunch: 5 served"
            self.tr("{session}: {meals} served").format(
                session=core_word(name), meals=by_session.get(name, 0)
            )
            for name in self.sessions
        ]
        self.by_session.setText("\n".join(lines))
        self.total.setText(self.tr("Meals served today: {meals}").format(meals=counts.total if counts else 0))
        self.table.setAccessibleName(self.tr("Meals served today in each class"))
        self._fill_table()

    def _fill_table(self) -> None:
        by_class = self.counts.by_class if self.counts else {}
        self.table.setColumnCount(len(self.sessions) + 1)
        self.table.setHorizontalHeaderLabels([self.tr("Class"), *(core_word(s) for s in self.sessions)])
        self.table.setRowCount(len(self.classes))
        for row, name in enumerate(self.classes):
            cells = [name, *(str(by_class.get(name, {}).get(s, 0)) for s in self.sessions)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
