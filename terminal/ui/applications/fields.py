"""Form fields that check what is typed as it is typed: text, personal ID number, amount of money.

Each field is a caption, an input and a message line below it: the message
says plainly what is wrong (or, for an ID number, what it tells: the birth
date and sex, to compare with the document).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout

from terminal.core.errors import InvalidIdNumber
from terminal.core.idnumbers import IdNumber, normalise, parse_id_number
from terminal.ui.applications import words
from terminal.ui.dialogs.idnumber import digits_only
from terminal.ui.i18n import core_text, currency_sign, error_text, money_text
from terminal.ui.screens.formats import date_text
from terminal.ui.widgets import Translatable, WholeCombo, label

MAX_AMOUNT = 10**15  # minor units, as the core accepts
_GROUPING = re.compile(r"[\s\u00a0\u202f'’]")


@dataclass(frozen=True)
class FormInfo:
    """What the form checks against: the site's country (its ID numbers), today, its currency."""

    country: str
    today: date
    currency: str
    id_kind: str  # "ID number (PINFL)" or "ID number (IIN)": a core word (show it with core_text)
    id_length: int


def parse_amount(text: str) -> int:
    """'1 500 000', '1500000.50' or '1 500 000,5' -> minor units; ValueError when it is not an amount."""
    value = _GROUPING.sub("", text)
    if not value or not re.fullmatch(r"[0-9.,]+", value):
        raise ValueError(text)
    last = max(value.rfind("."), value.rfind(","))
    decimals = ""
    if last >= 0 and len(value) - last - 1 <= 2 and value.count(value[last]) == 1:
        value, decimals = value[:last], value[last + 1 :]
    whole = value.replace(",", "").replace(".", "")
    if not whole.isdigit() and not (whole == "" and decimals):
        raise ValueError(text)
    minor = int(whole or 0) * 100 + int(decimals.ljust(2, "0") or 0)
    if minor > MAX_AMOUNT:
        raise ValueError(text)
    return minor


class Field(Translatable):
    """A caption, an input widget and a message line: ``problem`` (wrong) and ``missing`` (required)."""

    changed = Signal()

    def __init__(self, required: bool = False) -> None:
        super().__init__()
        self.required = required
        self.caption = label()
        self.message = label()
        self.message.hide()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        self.column.addWidget(self.caption)

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.input_widget().setAccessibleName(text)

    def input_widget(self) -> QLineEdit | QComboBox:
        raise NotImplementedError

    def say(self, text: str = "", role: str | None = None) -> None:
        self.message.setText(text)
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))
        self.input_widget().setAccessibleDescription(text)

    def problem(self) -> str | None:
        """What is wrong with what is typed (nothing typed is not wrong)."""
        return None

    def missing(self) -> str | None:
        """Required and empty: say so."""
        if self.required and self.is_empty():
            msg = self.empty_words()
            self.say(msg, "danger")
            return msg
        return None

    def is_empty(self) -> bool:
        return False

    def empty_words(self) -> str:
        return self.tr("Please fill this in.")


class TextField(Field):
    def __init__(self, required: bool = False, max_length: int = 200) -> None:
        super().__init__(required)
        self.edit = QLineEdit()
        self.edit.setMaxLength(max_length)
        self.edit.textEdited.connect(lambda _t: self._edited())
        self.column.addWidget(self.edit)
        self.column.addWidget(self.message)

    def input_widget(self) -> QLineEdit:
        return self.edit

    @property
    def text(self) -> str:
        return " ".join(self.edit.text().split())

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.say()

    def _edited(self) -> None:
        if self.text:
            self.say()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not self.text


class PhoneField(TextField):
    def __init__(self) -> None:
        super().__init__(max_length=40)

    def _edited(self) -> None:
        self.problem()
        self.changed.emit()

    def problem(self) -> str | None:
        if self.text and not re.fullmatch(r"\+?[0-9 ()-]{5,}", self.text):
            msg = self.tr("A phone number has digits only, for example +998 90 123 45 67.")
            self.say(msg, "danger")
            return msg
        self.say()
        return None


class IdNumberField(TextField):
    """The personal ID number, checked on every keystroke: length, check digit, birth date."""

    def __init__(self, info: FormInfo, required: bool = True) -> None:
        super().__init__(required, max_length=info.id_length + 6)  # room for the spaces people type
        self.info = info
        digits_only(self.edit, info.id_length)

    def _edited(self) -> None:
        self.check(final=False)
        self.changed.emit()

    @staticmethod
    def parse(text: str, info: FormInfo) -> IdNumber | None:
        try:
            return parse_id_number(text, info.country, info.today)  # type: ignore[arg-type]
        except InvalidIdNumber:
            return None

    @property
    def number(self) -> IdNumber | None:
        return self.parse(self.edit.text(), self.info)

    def check(self, final: bool) -> str | None:
        """Show what the number says or what is wrong; returns the problem, if any."""
        typed = normalise(self.edit.text())
        if not typed:
            self.say()
            return None
        if typed.isdigit() and len(typed) < self.info.id_length and not final:
            self.say(
                self.tr("{count} of {length} digits").format(count=len(typed), length=self.info.id_length)
            )
            return None
        try:
            number = parse_id_number(typed, self.info.country, self.info.today)  # type: ignore[arg-type]
        except InvalidIdNumber as exc:
            msg = error_text(exc)
            self.say(msg, "danger")
            return msg
        sex = words_for_sex(number.sex)
        self.say(
            self.tr("✓ Born on {date}, {sex}. Compare with the document.").format(
                date=date_text(number.birth_date), sex=sex
            ),
            "ok",
        )
        return None

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.check(final=False)

    def problem(self) -> str | None:
        return self.check(final=True)

    def empty_words(self) -> str:
        return self.tr("Type the {kind}.").format(kind=core_text(self.info.id_kind))


def words_for_sex(code: str) -> str:
    return words.sexes().get(code, code)


class AmountField(TextField):
    """An amount of money in the site's currency, typed in whole units (decimals allowed)."""

    def __init__(self, info: FormInfo, required: bool = True) -> None:
        super().__init__(required, max_length=24)
        self.info = info

    def _edited(self) -> None:
        self.check(final=False)
        self.changed.emit()

    @property
    def minor(self) -> int | None:
        try:
            return parse_amount(self.edit.text())
        except ValueError:
            return None

    def set_minor(self, minor: int) -> None:
        whole, cents = divmod(minor, 100)
        self.edit.setText(f"{whole}" if not cents else f"{whole}.{cents:02d}")
        self.check(final=False)

    def check(self, final: bool) -> str | None:
        if not self.edit.text().strip():
            self.say()
            return None
        minor = self.minor
        if minor is None:
            msg = self.tr(
                "Type an amount in {currency} in digits, for example 1500000 or 1500000.50."
            ).format(currency=currency_sign(self.info.currency))
            self.say(msg, "danger")
            return msg
        self.say(money_text(minor, self.info.currency), "muted")
        return None

    def problem(self) -> str | None:
        return self.check(final=True)

    def empty_words(self) -> str:
        return self.tr("Type the amount.")


class ChoiceField(Field):
    """A large list to choose one of the core's codes, each shown in the operator's words."""

    def __init__(self) -> None:
        super().__init__()
        # as wide as its longest choice ("None of these bodies" in Kazakh): the chosen words show whole;
        # the steps give it a row of its own, or one column, where two side by side do not fit
        self.combo = WholeCombo()
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.column.addWidget(self.combo)
        self.column.addWidget(self.message)

    def input_widget(self) -> QComboBox:
        return self.combo

    def set_choices(self, choices: dict[str, str]) -> None:
        """``choices``: code -> words; the chosen code is kept across a change of language."""
        chosen = self.code
        self.combo.blockSignals(True)
        self.combo.clear()
        for code, text in choices.items():
            self.combo.addItem(text, code)
        self.combo.blockSignals(False)
        self.choose(chosen)

    def choose(self, code: str | None) -> None:
        index = self.combo.findData(code)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    @property
    def code(self) -> str:
        return self.combo.currentData() or ""
