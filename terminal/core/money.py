"""Money in minor units (tiyin, tiyn) as integers; formatting for receipts and reports."""

from __future__ import annotations

CURRENCY_SIGNS = {"UZS": "so'm", "KZT": "₸"}


def format_money(minor: int, currency: str) -> str:
    """12345600 UZS -> "123 456.00 so'm": thin groups, two decimals, the currency's sign."""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    grouped = f"{whole:,}".replace(",", "\u00a0")
    return f"{sign}{grouped}.{cents:02d}\u00a0{CURRENCY_SIGNS.get(currency, currency)}"
