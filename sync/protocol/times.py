"""Time on the wire: ISO 8601 in UTC with milliseconds. Clocks are passed in, never patched."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware."""
        ...


class UtcClock:
    """The real clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


def iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="milliseconds")


def parse(text: str) -> datetime:
    """An ISO 8601 time with an offset; ``ValueError`` otherwise."""
    at = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if at.tzinfo is None:
        raise ValueError("a time without an offset")
    return at
