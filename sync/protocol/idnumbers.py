"""Personal ID numbers on the wire: a Kazakh IIN (12 digits) or an Uzbek PINFL (14 digits).

The same rules as ``terminal.core.idnumbers`` (check digit, century-and-sex digit, a birth date
that exists), restated here because the registry and the protocol never import the terminal; a
test keeps the two in agreement.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator, Field

_CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}
_IIN_WEIGHTS_1 = tuple(range(1, 12))
_IIN_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_PINFL_WEIGHTS = ((7, 3, 1) * 5)[:13]
PATTERN = r"^(?:[0-9]{12}|[0-9]{14})$"


def country_of(value: str) -> str | None:
    """``"KZ"`` or ``"UZ"`` for a valid IIN or PINFL, None for anything else."""
    if not (value.isascii() and value.isdigit()) or len(value) not in (12, 14):
        return None
    digits = [int(c) for c in value]
    if len(value) == 12:
        check = _weighted(digits[:11], _IIN_WEIGHTS_1) % 11
        if check == 10:
            check = _weighted(digits[:11], _IIN_WEIGHTS_2) % 11
        century, yy, mm, dd, country = digits[6], value[0:2], value[2:4], value[4:6], "KZ"
    else:
        check = _weighted(digits[:13], _PINFL_WEIGHTS) % 10
        century, dd, mm, yy, country = digits[0], value[1:3], value[3:5], value[5:7], "UZ"
    if check != digits[-1] or century not in _CENTURY:
        return None
    try:
        date(_CENTURY[century] + int(yy), int(mm), int(dd))
    except ValueError:
        return None
    return country


def _weighted(digits: list[int], weights: tuple[int, ...]) -> int:
    return sum(d * w for d, w in zip(digits, weights, strict=True))


def _checked(value: str) -> str:
    if country_of(value) is None:
        raise ValueError("not a valid IIN or PINFL (check digit, century digit or birth date)")
    return value


IdNumber = Annotated[str, Field(pattern=PATTERN), AfterValidator(_checked)]
