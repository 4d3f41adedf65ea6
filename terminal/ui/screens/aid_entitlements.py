"""The person's technical aids: the entitlements to choose from, the serial number, Enter to hand over.

The list shows every entitlement of the identified person, those that can be handed over today first:
the aid, its category, its cost to the state, the commission's decision and how long it is valid. One
that cannot be handed over (cancelled, already handed over, expired, not yet valid) is greyed, says
why, and cannot be chosen. The focus stays in the serial number field: a barcode scanner types the
number there and ends it with Enter, which hands the chosen aid over; the arrow keys choose another
aid meanwhile. Esc: the next person, nothing recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from terminal.core.aids import CATEGORIES, EntitlementView
from terminal.core.citizens import CitizenView
from terminal.ui import theme
from terminal.ui.context import UiContext
from terminal.ui.dialogs.keys import shortcut
from terminal.ui.i18n import core_text, core_word, money_text
from terminal.ui.screens.faceid import Identified
from terminal.ui.screens.formats import date_text
from terminal.ui.screens.patient_header import PatientHeader
from terminal.ui.widgets import Banner, Translatable, WrapRow, button, heading, label

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class Person:
    citizen: CitizenView
    identified: Identified
    entitlements: tuple[EntitlementView, ...]


def category_word(category: str) -> str:
    """The aid's category in the operator's language (a category the core does not know, as sent)."""
    return core_word(CATEGORIES[category]) if category in CATEGORIES else category


class EntitlementsPanel(Translatable):
    confirmed = Signal(str, str)  # (entitlement id, serial number as typed)
    next_person = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.person: Person | None = None
        self.name = heading()
        theme.text_size(self.name, "largest")
        self.details, self.how = label(), label(role="muted")
        self.header = PatientHeader(self.name, (self.details, self.how))
        self.empty = label(role="warn")
        self.empty.hide()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.installEventFilter(self)
        self.serial_label = label()
        self.serial_label.setStyleSheet("font-weight: bold;")
        self.serial = QLineEdit()
        self.serial.setMaxLength(64)
        self.serial.returnPressed.connect(self.submit)
        self.serial.installEventFilter(self)
        self.serial_label.setBuddy(self.serial)
        serial_row = QHBoxLayout()
        serial_row.addWidget(self.serial_label)
        serial_row.addWidget(self.serial, 1)
        self.banner = Banner(lines=0)  # over the action row: a message shortens the list, moves no control
        self.next = button()
        shortcut(self.next, "Esc")
        self.next.setAutoDefault(True)
        self.next.clicked.connect(self.next_person.emit)
        self.confirm = button(role="primary")
        self.confirm.setAutoDefault(True)
        self.confirm.clicked.connect(self.submit)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.addWidget(self.header)
        column.addWidget(self.empty)
        column.addWidget(self.list, 1)
        column.addLayout(serial_row)
        column.addWidget(self.banner)
        column.addWidget(WrapRow([], [self.next, self.confirm]))
        self.setTabOrder(self.serial, self.confirm)
        self.setTabOrder(self.confirm, self.next)
        self.setTabOrder(self.next, self.list)
        self.setFocusProxy(self.serial)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Technical aids of this person"))
        self.serial_label.setText(self.tr("Serial number:"))
        self.serial.setAccessibleName(self.tr("Serial number"))
        self.serial.setPlaceholderText(self.tr("Type or scan"))
        self.next.setText(self.tr("Next person (Esc)"))
        self.confirm.setText(self.tr("Hand over (Enter)"))
        if self.person is not None:
            self.show_person(self.person, keep=True)

    # --- the person and their aids -----------------------------------------------------------

    def show_person(self, person: Person, keep: bool = False) -> None:
        """The person and their entitlements; ``keep``: the aid chosen and the serial typed stay."""
        chosen = self.chosen() if keep else None
        self.person = person
        citizen = person.citizen
        self.name.setText(citizen.full_name)
        details = self.tr("Age {age} · ID number {number}")
        self.details.setText(details.format(age=citizen.age, number=citizen.masked_pin))
        self.how.setText(self._how(person.identified))
        if not keep:
            self.banner.clear_message()
            self.serial.clear()
        self._fill(person.entitlements, chosen.id if chosen else None)

    def _how(self, identified: Identified) -> str:
        ident = identified.identification
        if ident.method == "override":
            text = self.tr("Identified by a supervisor's override ({supervisor}): {reason}")
            return text.format(supervisor=identified.supervisor_name or "", reason=ident.reason)
        if ident.method == "id_number_face":
            return self.tr("Identified by the ID number, face checked")
        return self.tr("Identified by Face-ID")

    def _fill(self, entitlements: tuple[EntitlementView, ...], chosen: str | None) -> None:
        self.list.clear()
        for entitlement in entitlements:
            item = QListWidgetItem(self._words(entitlement))
            item.setData(Qt.ItemDataRole.UserRole, entitlement.id)
            if not entitlement.available:  # greyed (the theme), never chosen: not by the keys, not by a tap
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        available = [e for e in entitlements if e.available]
        if not entitlements:
            self.empty.setText(self.tr("This person has no technical aids to receive."))
        elif not available:
            self.empty.setText(self.tr("None of this person's technical aids can be handed over today."))
        self.empty.setVisible(not available)
        self.list.setVisible(bool(entitlements))
        self.serial.setEnabled(bool(available))
        self.confirm.setEnabled(bool(available))
        ids = [e.id for e in available]
        if available:
            self.list.setCurrentRow(self._row_of(chosen if chosen in ids else ids[0]))
            self.serial.setFocus()
        else:
            self.next.setFocus()

    def _words(self, e: EntitlementView) -> str:
        money = money_text(e.state_cost, self.ctx.site.facility.currency)
        lines = [
            self.tr("{aid} ({category})").format(aid=e.aid_name, category=category_word(e.category)),
            self.tr("Cost to the state: {money} · Decision {number} · Valid until {date}").format(
                money=money, number=e.decision_number, date=date_text(e.valid_until)
            ),
        ]
        if e.problem is not None:
            lines.append(self.tr("Cannot be handed over: {reason}").format(reason=core_text(e.problem)))
        return "\n".join(lines)

    def _row_of(self, entitlement_id: str) -> int:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == entitlement_id:
                return row
        return -1

    def chosen(self) -> EntitlementView | None:
        """The entitlement chosen in the list, if it can be handed over."""
        item, person = self.list.currentItem(), self.person
        if item is None or person is None or not item.flags() & Qt.ItemFlag.ItemIsSelectable:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in person.entitlements if e.id == wanted and e.available), None)

    # --- choosing and handing over -------------------------------------------------------------

    def submit(self) -> None:
        """Hand the chosen aid over with the serial number typed (the core checks the number)."""
        if not self.confirm.isEnabled():
            return
        entitlement = self.chosen()
        if entitlement is None:
            self.banner.show_message(lambda: self.tr("Choose the aid to hand over."), "warn")
            return
        self.confirm.setEnabled(False)
        self.confirmed.emit(entitlement.id, self.serial.text())

    def failed(self, words: Callable[[], str]) -> None:
        """Why the hand-over was refused (said again in a new language); the number stays to correct."""
        self.banner.show_message(words, "error")
        if self.serial.isEnabled():
            self.serial.setFocus()
            self.serial.selectAll()

    def _step(self, delta: int) -> None:
        """The next (or previous) aid that can be chosen, from the serial number field."""
        row = self.list.currentRow() + delta
        while 0 <= row < self.list.count():
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsSelectable:
                self.list.setCurrentRow(row)
                return
            row += delta

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.serial and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if watched is self.list:
            if key in ENTER:
                self.submit()
                return True
            if event.text().strip() and self.serial.isEnabled():  # a scanner typing into the list
                self.serial.setFocus()
                self.serial.insert(event.text())
                return True
        return False
