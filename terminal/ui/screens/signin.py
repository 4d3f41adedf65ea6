"""Operator sign-in: pick your name, type your PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from terminal.core import operators
from terminal.core.roles import Operator
from terminal.ui.context import UiContext
from terminal.ui.i18n import error_text
from terminal.ui.widgets import Banner, Translatable, button, heading, label


class SignInScreen(Translatable):
    signed_in = Signal(object)  # Operator

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = heading()
        self.hint = label(role="muted")
        self.names = QListWidget()
        self.names.setMinimumHeight(5 * 56)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(64)
        self.pin.returnPressed.connect(self.submit)
        self.go = button(role="primary")
        self.go.clicked.connect(self.submit)
        self.banner = Banner()
        column = QWidget()
        column.setMaximumWidth(640)
        layout = QVBoxLayout(column)
        for widget in (self.title, self.hint, self.names, self.pin, self.go, self.banner):
            layout.addWidget(widget)
        layout.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        self.names.itemActivated.connect(lambda _item: self.pin.setFocus())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Who is working at this terminal?"))
        self.hint.setText(self.tr("Choose your name, type your PIN and press Enter."))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.names.setAccessibleName(self.tr("Operators"))
        self.go.setText(self.tr("Sign in"))

    def load(self) -> None:
        """Fill the list of operators (on the store thread)."""
        self.banner.clear_message()
        self.pin.clear()
        site = self.ctx.site
        self.ctx.tasks.store(lambda: operators.roster(site), self._show_roster)

    def _show_roster(self, roster: list[Operator]) -> None:
        self.names.clear()
        for op in roster:
            item = QListWidgetItem(op.full_name)
            item.setData(Qt.ItemDataRole.UserRole, op.login)
            self.names.addItem(item)
        if roster:
            self.names.setCurrentRow(0)
        self.names.setFocus()

    def submit(self) -> None:
        item = self.names.currentItem()
        if item is None:
            self.banner.show_message(lambda: self.tr("Choose your name first."), "warn")
            return
        login, secret = item.data(Qt.ItemDataRole.UserRole), self.pin.text()
        self.go.setEnabled(False)
        site = self.ctx.site
        self.ctx.tasks.store(lambda: operators.sign_in(site, login, secret), self._done, self._failed)

    def _done(self, operator: Operator) -> None:
        self.go.setEnabled(True)
        self.pin.clear()
        self.signed_in.emit(operator)

    def _failed(self, exc: BaseException) -> None:
        self.go.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.banner.show_message(lambda: error_text(exc), "error")
