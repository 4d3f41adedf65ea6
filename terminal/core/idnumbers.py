"""Personal ID numbers: Kazakhstan IIN (12 digits) and Uzbekistan PINFL/JShShIR (14 digits).

Both encode the birth date and sex and end with a check digit. A number whose
check digit fits but whose birth date is impossible is invalid too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from biometrics.phrases import Phrase, term
from terminal.core.errors import InvalidIdNumber

Country = Literal["UZ", "KZ"]
COUNTRIES: tuple[Country, ...] = ("UZ", "KZ")

# What the number is called on screens, in labels and in the messages about it alike.
KIND_NAMES: dict[str, str] = {"UZ": term("ID number (PINFL)"), "KZ": term("ID number (IIN)")}
LENGTHS: dict[str, int] = {"UZ": 14, "KZ": 12}

# Century-and-sex digit: 1-2 born in the 1800s, 3-4 in the 1900s, 5-6 in the 2000s; odd male.
_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}
_IIN_WEIGHTS_1 = tuple(range(1, 12))
_IIN_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_PINFL_WEIGHTS = ((7, 3, 1) * 5)[:13]


@dataclass(frozen=True)
class IdNumber:
    value: str
    country: Country
    birth_date: date
    sex: Literal["M", "F"]

    @property
    def masked(self) -> str:
        return mask(self.value)


def mask(value: str) -> str:
    """Show only the last four digits: what screens and receipts print."""
    return "•" * max(len(value) - 4, 0) + value[-4:]


def normalise(text: str) -> str:
    """Drop the spaces and dashes people type between groups of digits."""
    return "".join(ch for ch in text if ch not in " -\u00a0\t")


def parse_id_number(text: str, country: Country, today: date | None = None) -> IdNumber:
    """Validate ``text`` as the personal ID number of ``country``; raise InvalidIdNumber."""
    if country not in LENGTHS:
        raise ValueError(f"unknown country {country!r}")
    kind = KIND_NAMES[country]
    value = normalise(text)
    if not value.isascii() or not value.isdigit():
        raise InvalidIdNumber(kind=kind, reason="it must contain digits only")
    if len(value) != LENGTHS[country]:
        reason = Phrase(
            "it must have {length} digits, not {count}", {"length": LENGTHS[country], "count": len(value)}
        )
        raise InvalidIdNumber(kind=kind, reason=reason)
    digits = [int(c) for c in value]
    if country == "KZ":
        check = iin_check_digit(digits[:11])
        century_digit, yy, mm, dd = digits[6], value[0:2], value[2:4], value[4:6]
    else:
        check = pinfl_check_digit(digits[:13])
        century_digit, dd, mm, yy = digits[0], value[1:3], value[3:5], value[5:7]
    if check is None or check != digits[-1]:
        raise InvalidIdNumber(kind=kind, reason="the check digit does not match")
    if century_digit not in _CENTURY:
        raise InvalidIdNumber(kind=kind, reason="the century and sex digit must be 1 to 6")
    try:
        born = date(_CENTURY[century_digit] + int(yy), int(mm), int(dd))
    except ValueError:
        raise InvalidIdNumber(kind=kind, reason="the birth date in it is impossible") from None
    if today is not None and born > today:
        raise InvalidIdNumber(kind=kind, reason="the birth date in it is in the future")
    return IdNumber(value, country, born, "M" if century_digit % 2 else "F")


def is_valid(text: str, country: Country, today: date | None = None) -> bool:
    try:
        parse_id_number(text, country, today)
    except InvalidIdNumber:
        return False
    return True


def iin_check_digit(first11: list[int]) -> int | None:
    """The IIN check digit, or None when no digit can make these 11 digits valid."""
    check = sum(d * w for d, w in zip(first11, _IIN_WEIGHTS_1, strict=True)) % 11
    if check == 10:
        check = sum(d * w for d, w in zip(first11, _IIN_WEIGHTS_2, strict=True)) % 11
    return None if check == 10 else check


def pinfl_check_digit(first13: list[int]) -> int:
    return sum(d * w for d, w in zip(first13, _PINFL_WEIGHTS, strict=True)) % 10


def _century_digit(born: date, sex: str) -> int:
    base = {1800: 1, 1900: 3, 2000: 5}.get(born.year // 100 * 100)
    if base is None:
        raise ValueError(f"no century digit for {born.year}")
    return base + (0 if sex == "M" else 1)


def make_pinfl(born: date, sex: str, district: int, serial: int) -> str:
    """A valid PINFL for this birth date, sex, 3-digit district code and 3-digit serial."""
    head = f"{_century_digit(born, sex)}{born:%d%m}{born.year % 100:02d}{district:03d}{serial:03d}"
    return head + str(pinfl_check_digit([int(c) for c in head]))


def make_iin(born: date, sex: str, serial: int) -> str | None:
    """A valid IIN for this birth date, sex and 4-digit serial, or None if that serial has no check digit."""
    head = f"{born.year % 100:02d}{born:%m%d}{_century_digit(born, sex)}{serial:04d}"
    check = iin_check_digit([int(c) for c in head])
    return None if check is None else head + str(check)


def make_id_number(country: Country, born: date, sex: str, serial: int) -> str:
    """A valid ID number of ``country``; ``serial`` picks among the numbers of one birth date."""
    if country == "UZ":
        return make_pinfl(born, sex, district=100 + serial // 1000 % 900, serial=serial % 1000)
    for attempt in range(10):
        iin = make_iin(born, sex, (serial + attempt) % 10000)
        if iin is not None:
            return iin
    raise AssertionError("ten consecutive IIN serials without a check digit")  # never: about 1 in 11 fails
