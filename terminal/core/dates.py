"""Dates typed by people: ISO YYYY-MM-DD, or an error that says which field is wrong."""

from __future__ import annotations

from datetime import date

from biometrics.phrases import Phrase
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


def outside_validity(valid_from: str, valid_until: str, on: date) -> Phrase | None:
    """Why ``on`` is outside a validity period given as ISO dates (a prescription's, an entitlement's),
    in plain words; None inside it."""
    first, last = date.fromisoformat(valid_from), date.fromisoformat(valid_until)
    if on > last:
        return Phrase("it expired on {date}", {"date": last}, code="expired")
    if on < first:
        return Phrase("it is valid only from {date}", {"date": first}, code="not_yet_valid")
    return None
