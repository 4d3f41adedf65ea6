"""Money in minor units (tiyin, tiyn) as integers; formatting for receipts and reports.

The core writes the currency's sign in English (``so'm``, ``₸``); a window
writes it as its operator's language does by passing ``sign`` (the signs are
words of the catalogue), and :func:`with_sign` rewrites an amount the core
already wrote (an assessment's reason carries its amounts formatted).
"""

from __future__ import annotations

import re
from collections.abc import Callable

CURRENCY_SIGNS = {"UZS": "so'm", "KZT": "₸"}
_AMOUNT = re.compile(r"-?\d{1,3}(?:\u00a0\d{3})*\.\d{2}")


def format_money(minor: int, currency: str, sign: str | None = None) -> str:
    """12345600 UZS -> "123 456.00 so'm": thin groups, two decimals, the currency's sign (or ``sign``)."""
    minus = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    grouped = f"{whole:,}".replace(",", "\u00a0")
    if sign is None:
        sign = CURRENCY_SIGNS.get(currency, currency)
    return f"{minus}{grouped}.{cents:02d}\u00a0{sign}"


def with_sign(text: str, sign_of: Callable[[str], str]) -> str:
    """An amount from :func:`format_money` with its sign replaced by ``sign_of(sign)``; other text as is."""
    amount, _, sign = text.rpartition("\u00a0")
    if sign in CURRENCY_SIGNS.values() and _AMOUNT.fullmatch(amount):
        return f"{amount}\u00a0{sign_of(sign)}"
    return text
