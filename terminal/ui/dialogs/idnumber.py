"""A personal ID number typed from a document: a field that says, while it is typed, whether the
number can be right, and the entry that looks the citizen up (on the store thread)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from terminal.core import citizens
from terminal.core.citizens import CitizenView
from terminal.core.clock import today
from terminal.core.errors import InvalidIdNumber
from terminal.core.idnumbers import KIND_NAMES, LENGTHS, IdNumber, normalise, parse_id_number
from terminal.core.workflows import DISPENSING
from terminal.ui.context import UiContext
from terminal.ui.dialogs.keys import set_role
from terminal.ui.i18n import core_word, error_text
from terminal.ui.widgets import Translatable, button, label

DIGITS = frozenset("0123456789")


class DigitsValidator(QValidator):
    """An ID number's digits, at most ``length`` of them: a letter is refused where it is typed.

    The spaces and dashes people type (or paste) between groups of digits are dropped.
    """

    def __init__(self, length: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.length = length

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # type: ignore[override]
        digits = normalise(text)
        if not set(digits) <= DIGITS or len(digits) > self.length:
            return QValidator.State.Invalid, text, pos
        # Acceptable even while short: Enter still reaches the field, which then says what is missing
        return QValidator.State.Acceptable, digits, len(normalise(text[:pos]))


def digits_only(edit: QLineEdit, length: int) -> None:
    """Let ``edit`` take nothing but the digits of an ID number of ``length`` digits."""
    edit.setValidator(DigitsValidator(length, edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)


class IdNumberField(Translatable):
    """The number (spaces and dashes allowed) and a line under it: how many digits, valid or why not."""

    submitted = Signal()  # Enter was pressed

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.edit = QLineEdit()
        self.edit.setMaxLength(24)
        digits_only(self.edit, self.length)
        self.hint = label(role="muted")
        self.hint.setBuddy(self.edit)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.edit)
        column.addWidget(self.hint)
        self.edit.textChanged.connect(lambda _t: self.check(final=False))
        self.edit.returnPressed.connect(self.submitted.emit)
        self.setFocusProxy(self.edit)
        self.retranslate()

    @property
    def length(self) -> int:
        return LENGTHS[self.ctx.site.country]

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()
        self.check(final=False)

    def check(self, final: bool = True) -> IdNumber | None:
        """The parsed number, or None with the reason shown (while typing, only once all digits are in)."""
        digits = normalise(self.edit.text())
        typing = not final and digits.isdigit() and len(digits) < self.length
        if typing or not digits:
            self._hint(self.tr("{typed} of {count} digits").format(typed=len(digits), count=self.length))
            return None
        try:
            number = parse_id_number(digits, self.ctx.site.country, today(self.ctx.site.clock))
        except InvalidIdNumber as exc:
            self._hint(error_text(exc), "danger")
            return None
        self._hint(self.tr("The number is valid."), "ok")
        return number

    def show_error(self, text: str) -> None:
        self._hint(text, "danger")

    def _hint(self, text: str, role: str = "muted") -> None:
        self.hint.setText(text)
        self.hint.setAccessibleName(text)
        set_role(self.hint, role)

    @property
    def kind(self) -> str:
        """What the number is called, here and in every message about it: "ID number (PINFL)"."""
        return core_word(KIND_NAMES[self.ctx.site.country])

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("{count} digits").format(count=self.length))
        self.edit.setAccessibleName(self.kind)
        self.check(final=False)


class IdNumberEntry(Translatable):
    """The label, the field and "Check the face": emits the citizen with this number, if registered here."""

    found = Signal(object)  # CitizenView

    def __init__(self, ctx: UiContext, action: str = DISPENSING.permission) -> None:
        super().__init__()
        self.ctx = ctx
        self.action = action  # the identifying workflow's permission: the look-up is allowed by it
        self.title = label()
        self.field = IdNumberField(ctx)
        self.title.setBuddy(self.field.edit)
        self.go = button(role="primary")
        self.field.submitted.connect(self.look_up)
        self.go.clicked.connect(self.look_up)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.go, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addLayout(row)
        self.setFocusProxy(self.field)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("{kind} from the citizen's document").format(kind=self.field.kind))
        self.go.setText(self.tr("Check the face"))

    def look_up(self) -> None:
        number = self.field.check()
        if number is None:
            self.field.setFocus()
            return
        value, operator, action = number.value, self.ctx.operator, self.action
        if operator is None:
            return
        self.go.setEnabled(False)
        self.ctx.tasks.store(
            lambda site: citizens.find_by_pin(site, operator, value, action=action),
            self._found,
            self._not_found,
        )

    def _found(self, citizen: CitizenView) -> None:
        self.go.setEnabled(True)
        self.found.emit(citizen)

    def _not_found(self, exc: BaseException) -> None:
        self.go.setEnabled(True)
        self.field.show_error(error_text(exc))
        self.field.setFocus()
