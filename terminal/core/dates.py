"""Dates typed by people: ISO YYYY-MM-DD, or an error that says which field is wrong."""

from __future__ import annotations

from datetime import date

from terminal.core.errors import InvalidDate


def parse_date(value: date | str, field: str) -> date:
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidDate(value=text[:40], field=field) from None
