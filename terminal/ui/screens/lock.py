"""The locked screen: shown after the idle time, it hides every citizen's data.

The operator who was working unlocks it with their own PIN; another operator
may sign in instead, which signs the first one out (their screens are closed).
Wrong PINs count toward the lockout like any sign-in (see
:mod:`terminal.core.lockout`); every step is audited by the core.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from terminal.core import operators
from terminal.core.roles import Operator
from terminal.ui.context import UiContext
from terminal.ui.i18n import error_text
from terminal.ui.screens.signin import SignInScreen


class LockScreen(SignInScreen):
    unlocked = Signal(object)  # Operator: the same one, back at work
    switched = Signal(object)  # Operator: another one, the first signed out

    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.names.currentItemChanged.connect(lambda *_: self._name_changed())

    @property
    def locked_by(self) -> Operator | None:
        return getattr(self, "_locked_by", None)

    @locked_by.setter
    def locked_by(self, operator: Operator | None) -> None:
        self._locked_by = operator

    def retranslate(self) -> None:
        super().retranslate()
        name = self.locked_by.full_name if self.locked_by else ""
        self.title.setText(self.tr("This terminal is locked"))
        self.hint.setText(
            self.tr(
                "{name}: type your PIN to go on. Someone else may choose their own name and sign in instead."
            ).format(name=name)
        )
        self._name_changed()

    def _name_changed(self) -> None:
        item, first = self.names.currentItem(), self.locked_by
        if item is None or first is None or item.data(Qt.ItemDataRole.UserRole) == first.login:
            self.go.setText(self.tr("Unlock"))
        else:
            self.go.setText(self.tr("Sign in and sign {name} out").format(name=first.full_name))

    def lock(self, operator: Operator) -> None:
        self.locked_by = operator
        self.retranslate()
        self.load()

    def _show_roster(self, roster: list[Operator]) -> None:
        super()._show_roster(roster)
        for row in range(self.names.count()):
            if self.locked_by and self.names.item(row).data(Qt.ItemDataRole.UserRole) == self.locked_by.login:
                self.names.setCurrentRow(row)
        self.pin.setFocus()

    def submit(self) -> None:
        item, first = self.names.currentItem(), self.locked_by
        if item is None or first is None:
            self.banner.show_message(lambda: self.tr("Choose your name first."), "warn")
            return
        login, secret = item.data(Qt.ItemDataRole.UserRole), self.pin.text()
        self.go.setEnabled(False)
        if login == first.login:
            self.ctx.tasks.store(lambda site: operators.unlock(site, first, secret), self._back, self._failed)
        else:
            self.ctx.tasks.store(
                lambda site: operators.switch(site, first, login, secret), self._other, self._failed
            )

    def _back(self, operator: Operator) -> None:
        self._finish()
        self.unlocked.emit(operator)

    def _other(self, operator: Operator) -> None:
        self._finish()
        self.switched.emit(operator)

    def _finish(self) -> None:
        self.go.setEnabled(True)
        self.pin.clear()
        self.banner.clear_message()
        self.locked_by = None

    def _failed(self, exc: BaseException) -> None:
        self.go.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.banner.show_message(lambda: error_text(exc), "error")
