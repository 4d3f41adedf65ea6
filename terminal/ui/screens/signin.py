"""Operator sign-in: pick your name, type your PIN."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from terminal.core import operators
from terminal.core.roles import Operator
from terminal.ui.context import UiContext
from terminal.ui.i18n import error_text
from terminal.ui.screens.supervisor_pages import role_names
from terminal.ui.widgets import Banner, Translatable, button, heading, label, scrolled

ROW_PX = 56  # a name's line in the list


class NameList(QListWidget):
    """The operators: two names in a low window (a 1024 x 600 netbook, the status panel in two lines),
    the list scrolling; as many as there are where the window has the height. It asks for no more than
    two lines (the page around it would scroll Sign in out of view) and grows up to all of them."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumHeight(2 * ROW_PX)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def fit_rows(self) -> None:
        """No taller than its names: the free height below stays with the page."""
        rows = sum(max(self.sizeHintForRow(i), ROW_PX) for i in range(self.count()))
        self.setMaximumHeight(max(self.minimumHeight(), rows + 2 * self.frameWidth()))


class SignInScreen(Translatable):
    signed_in = Signal(object)  # Operator

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = heading()
        self.hint = label(role="muted")
        self.names = NameList()
        self.names.setWordWrap(True)  # a name with a long role (Karakalpak, Russian) takes two lines
        self.names.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(64)
        self.pin.returnPressed.connect(self.submit)
        self.go = button(role="primary")
        self.go.clicked.connect(self.submit)
        self.banner = Banner()
        column = QWidget()
        column.setMaximumWidth(640)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(column)
        for widget in (self.title, self.hint):
            layout.addWidget(widget)
        layout.addWidget(self.names, 1)  # as tall as the window allows, up to every name
        for widget in (self.pin, self.go, self.banner):
            layout.addWidget(widget)
        layout.addStretch(0)  # the height the list (up to every name) leaves; a long message grows into it
        page = QWidget()  # a low window (a netbook, the offline status bar) scrolls the column
        centre = QHBoxLayout(page)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addStretch(1)
        centre.addWidget(column, 10)
        centre.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(page))
        self.names.itemActivated.connect(lambda _item: self.pin.setFocus())
        self.names.currentRowChanged.connect(self._another_person)
        self.roster: list[Operator] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who is working at this terminal?"))
        self.hint.setText(self.tr("Choose your name, type your PIN and press Enter."))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.names.setAccessibleName(self.tr("Operators"))
        self.go.setText(self.tr("Sign in"))
        self._name_people()

    def load(self) -> None:
        """Fill the list of operators (on the store thread)."""
        self.banner.clear_message()
        self.pin.clear()
        self.ctx.tasks.store(operators.roster, self._show_roster)

    def _show_roster(self, roster: list[Operator]) -> None:
        self.roster = roster
        self.names.clear()
        for op in roster:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, op.login)
            self.names.addItem(item)
        self._name_people()
        if roster:
            self.names.setCurrentRow(0)
        self.names.setFocus()

    def _name_people(self) -> None:
        """Each name with its role: two people of the same name are told apart, and so are the roles."""
        roles = role_names()
        for row, op in enumerate(self.roster):
            item = self.names.item(row)
            if item is not None:
                item.setText(
                    self.tr("{name} · {role}").format(name=op.full_name, role=roles.get(op.role, op.role))
                )
        self.names.fit_rows()

    def _another_person(self, _row: int) -> None:
        """What was said to the last person (locked, wrong PIN) is not about this one."""
        self.banner.clear_message()

    def submit(self) -> None:
        item = self.names.currentItem()
        if item is None:
            self.banner.show_message(lambda: self.tr("Choose your name first."), "warn")
            return
        login, secret = item.data(Qt.ItemDataRole.UserRole), self.pin.text()
        self.go.setEnabled(False)
        self.ctx.tasks.store(lambda site: operators.sign_in(site, login, secret), self._done, self._failed)

    def _done(self, operator: Operator) -> None:
        self.go.setEnabled(True)
        self.pin.clear()
        self.signed_in.emit(operator)

    def _failed(self, exc: BaseException) -> None:
        self.go.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.banner.show_message(lambda: error_text(exc), "error")
