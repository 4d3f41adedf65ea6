"""The nurse's day: today's hand-outs and what they cost the state, and each medicine's stock, the low
ones first and marked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout

from terminal.core.pharmacy_day import LOW_DAYS, PharmacyDay, pharmacy_day
from terminal.ui.context import UiContext
from terminal.ui.dialogs.keys import shortcut
from terminal.ui.i18n import error_text, money_text
from terminal.ui.screens.drug_words import drug_unit
from terminal.ui.screens.formats import date_text
from terminal.ui.screens.supervisor_pages import fill_table, read_only_table
from terminal.ui.widgets import Banner, Translatable, button, heading, label

LOW = QColor("#b26a00")


class PharmacyDayPanel(Translatable):
    back = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.day: PharmacyDay | None = None
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
        self.close_button.setText(self.tr("Back (Esc)"))
        self._show()

    def load(self) -> None:
        operator = self.ctx.operator
        if operator is None:
            return
        self.ctx.tasks.store(lambda site: pharmacy_day(site, operator), self._loaded, self._failed)

    def _loaded(self, day: PharmacyDay) -> None:
        self.day = day
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(lambda: error_text(exc), "error")

    def _show(self) -> None:
        day = self.day
        if day is None:
            self.title.setText(self.tr("Today"))
            self.totals.clear()
            return
        self.title.setText(self.tr("Today, {date}").format(date=date_text(day.day)))
        words = self.tr("Hand-outs: {count} · Patients: {people} · Cost to the state: {money}")
        money = money_text(day.total_cost, self.ctx.site.facility.currency)
        self.totals.setText(words.format(count=day.dispenses, people=day.patients, money=money))
        headers = [self.tr("Medicine"), self.tr("Handed out today"), self.tr("In stock"), self.tr("Lasts")]
        fill_table(
            self.table,
            headers,
            [
                [
                    m.name,
                    f"{m.handed_out} {drug_unit(m.unit)}",
                    f"{m.in_stock} {drug_unit(m.unit)}",
                    self._lasts(m.in_stock, m.days_left),
                ]
                for m in day.medicines
            ],
        )
        for row, medicine in enumerate(day.medicines):
            if medicine.low:
                for column in range(len(headers)):
                    self.table.item(row, column).setForeground(LOW)
        if day.low:
            low = self.tr("Running low (less than {days} days left): {names}")
            names = ", ".join(m.name for m in day.low)
            self.banner.show_message(lambda: low.format(days=LOW_DAYS, names=names), "warn")
        else:
            self.banner.clear_message()

    def _lasts(self, in_stock: int, days_left: float | None) -> str:
        if in_stock == 0:
            return self.tr("out of stock")
        if days_left is None:
            return self.tr("none handed out lately")
        return self.tr("about {days} days").format(days=int(days_left))
