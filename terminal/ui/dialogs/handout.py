"""The last look before medicines leave the pharmacy: what, how much, for how long, at what cost to the state.

The nurse's Enter in a quantity (or "Check and hand out") opens this summary;
nothing is recorded until the nurse confirms it here (Enter). Back (Esc)
returns to the quantities with nothing recorded.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QFrame, QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from terminal.core.dispensing import DispenseLine, ItemView
from terminal.ui import theme
from terminal.ui.i18n import money_text
from terminal.ui.screens.drug_words import dosage, drug_form, drug_unit
from terminal.ui.widgets import button, fit_on_screen, heading, label


@dataclass(frozen=True)
class HandOutLine:
    item: ItemView
    quantity: int

    @property
    def cost(self) -> int:
        return self.quantity * self.item.unit_price

    def line(self) -> DispenseLine:
        return DispenseLine(self.item.item_id, self.quantity)


class HandOutDialog(QDialog):
    """Accepted: hand out :attr:`lines`; rejected (Back, Esc): nothing happens."""

    def __init__(self, patient: str, lines: list[HandOutLine], currency: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.patient, self.items, self.currency = patient, lines, currency
        self.setModal(True)
        self.title = heading()
        self.who = label()
        theme.text_size(self.who, "large")
        self.table = QWidget()
        self.grid = QGridLayout(self.table)
        self.total = label()
        self.total.setStyleSheet("font-weight: bold;")
        theme.text_size(self.total, "large")
        self.back = button()  # Esc rejects the dialog too
        self.back.setAutoDefault(True)
        self.back.clicked.connect(self.reject)
        self.confirm = button(role="primary")
        self.confirm.setAutoDefault(True)
        self.confirm.setDefault(True)
        self.confirm.clicked.connect(self.accept)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.total, 1)
        row.addWidget(self.back)
        row.addWidget(self.confirm)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.who)
        column.addWidget(scroll, 1)
        column.addLayout(row)
        self.setTabOrder(self.confirm, self.back)
        self.setMinimumWidth(640)
        self.retranslate()
        # the medicines as wide as their words need (large text: wider than usual), the screen allowing
        margins = column.contentsMargins()
        wide = self.table.minimumSizeHint().width() + margins.left() + margins.right()
        fit_on_screen(self, max(860, wide + scroll.verticalScrollBar().sizeHint().width()), 520)
        self.confirm.setFocus()

    @property
    def lines(self) -> list[DispenseLine]:
        return [line.line() for line in self.items]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand out these medicines?"))
        self.title.setText(self.tr("Hand out these medicines?"))
        self.who.setText(self.tr("To {name}").format(name=self.patient))
        self.back.setText(self.tr("Back (Esc)"))
        self.confirm.setText(self.tr("Hand out (Enter)"))
        money = money_text(sum(line.cost for line in self.items), self.currency)
        self.total.setText(self.tr("Cost to the state: {money}").format(money=money))
        self._fill()

    def _fill(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        heads = (self.tr("Medicine"), self.tr("Quantity"), self.tr("Dosage"), self.tr("Cost to the state"))
        for col, words in enumerate(heads):
            self.grid.addWidget(label(words, role="muted"), 0, col, _align(col))
        for row, line in enumerate(self.items, start=1):
            item = line.item
            name = label(self.tr("{drug} ({form})").format(drug=item.drug_name, form=drug_form(item.form)))
            name.setStyleSheet("font-weight: bold;")
            quantity = label(f"{line.quantity} {drug_unit(item.unit)}")
            quantity.setStyleSheet("font-weight: bold;")
            cells = (
                name,
                quantity,
                label(dosage(item.dosage, item.unit)),
                label(money_text(line.cost, self.currency)),
            )
            for col, cell in enumerate(cells):
                if col in (0, 2):  # the words that wrap fill their cell: the row is as high as their lines
                    cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                    self.grid.addWidget(cell, row, col)
                else:
                    self.grid.addWidget(cell, row, col, _align(col) | Qt.AlignmentFlag.AlignTop)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(len(self.items) + 1, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _align(column: int) -> Qt.AlignmentFlag:
    """The quantity and the cost line up on the right."""
    return Qt.AlignmentFlag.AlignRight if column in (1, 3) else Qt.AlignmentFlag.AlignLeft
