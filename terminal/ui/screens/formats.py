"""Dates and times as the operator reads them, whatever the language of the window."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate

DATE_FORMAT = "dd.MM.yyyy"  # as dates are written in Uzbekistan and Kazakhstan


def date_text(on: date) -> str:
    return QDate(on.year, on.month, on.day).toString(DATE_FORMAT)


def stamp_text(stamp: str | None) -> str:
    """A stored time stamp ('2026-11-20T10:00:05.123+05:00') as '20.11.2026 10:00', in the site's time."""
    if not stamp:
        return ""
    at = datetime.fromisoformat(stamp)
    return f"{date_text(at.date())} {at:%H:%M}"
