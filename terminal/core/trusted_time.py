"""Time the terminal can trust: the registry's, carried forward by the monotonic clock.

Every answer of the registry says its time (``server_time``, else the HTTP ``Date``). A sync keeps
the best reading of a cycle in ``sync_state``: the registry's time, this computer's wall clock at
that moment, and its boot and seconds since boot (:func:`uptime`). Until the computer restarts, the
registry's time now is that reading plus the seconds since boot that passed since: a wall clock set
wrong (a flat CMOS battery, a slip of the hand) does not move it. After a restart only the offset
measured at the last sync is known, and the wall clock corrected by it is believed within limits.

:func:`check` says how far this computer's clock is off (``hamyon status``, the window's status
panel; a warning past :data:`WARN_SECONDS`). :class:`TrustedClock` gives retention its time and
refuses an implausible one (:class:`ClockNotTrusted`), so that no purge ever runs on a wrong clock:
the wall clock further than :data:`PURGE_SKEW` from the registry's, behind the last time known
here, or far past it with no registry reading to confirm it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from biometrics.phrases import Phrase
from terminal.core.clock import Clock
from terminal.core.errors import ClockNotTrusted, StoreError
from terminal.core.store import Store

WARN_SECONDS = 300.0  # "a few minutes": the registry also refuses signed requests past 5 minutes
PURGE_SKEW = timedelta(days=1)  # retention counts days: a smaller error cannot matter to it
BEHIND = timedelta(hours=1)  # earlier than the last time known here by more: the clock went back
UNCONFIRMED = timedelta(days=30)  # later by more, with no carried reading: not believed
_BOOT_ID = "/proc/sys/kernel/random/boot_id"


@dataclass(frozen=True)
class Uptime:
    """Which boot this is, and the seconds since it (including time suspended, where the OS can)."""

    boot: str
    seconds: float


def uptime() -> Uptime:
    try:
        with open(_BOOT_ID, encoding="ascii") as f:
            boot = f.read().strip()
    except OSError:
        boot = ""  # not Linux: readings are carried only while the seconds since boot grow
    clock = getattr(time, "CLOCK_BOOTTIME", None)
    seconds = time.clock_gettime(clock) if clock is not None and sys.platform != "win32" else time.monotonic()
    return Uptime(boot, seconds)


UptimeSource = Callable[[], Uptime]


@dataclass(frozen=True)
class Reading:
    """The registry's clock read once: its time, and ours at that moment."""

    registry: datetime
    local: datetime
    at: Uptime

    def carried(self, now: Uptime) -> datetime | None:
        """The registry's time now, if this computer has run without a restart since the reading."""
        if now.boot != self.at.boot or now.seconds < self.at.seconds:
            return None
        return self.registry + timedelta(seconds=now.seconds - self.at.seconds)

    @property
    def offset(self) -> timedelta:
        """Our clock minus the registry's, when it was read."""
        return self.local - self.registry


def record(db: Database, reading: Reading) -> None:
    """Keep ``reading`` as the last one (inside the caller's transaction)."""
    db.execute(
        "UPDATE sync_state SET registry_time = ?, registry_read_local = ?, registry_read_boot = ?,"
        " registry_read_uptime = ? WHERE id = 1",
        (_iso(reading.registry), _iso(reading.local), reading.at.boot, reading.at.seconds),
    )


def last_reading(store: Store) -> Reading | None:
    try:
        row = store.one(
            "SELECT registry_time, registry_read_local, registry_read_boot, registry_read_uptime"
            " FROM sync_state WHERE id = 1"
        )
    except StoreError:  # a store left unmigrated (found damaged at open): no reading to trust
        return None
    if not row or row["registry_time"] is None:
        return None
    try:
        registry = datetime.fromisoformat(row["registry_time"])
        local = datetime.fromisoformat(row["registry_read_local"])
        at = Uptime(row["registry_read_boot"] or "", float(row["registry_read_uptime"]))
    except (TypeError, ValueError):
        return None
    return Reading(registry, local, at)


@dataclass(frozen=True)
class TimeCheck:
    """This computer's clock against the registry's."""

    local: datetime
    registry: datetime | None  # the registry's time now, carried from the last reading
    offset_seconds: float | None  # ours minus the registry's: now if carried, else as last measured
    checked_at: datetime | None  # the registry's time at the last reading

    @property
    def warning(self) -> bool:
        return self.offset_seconds is not None and abs(self.offset_seconds) > WARN_SECONDS

    def as_dict(self) -> dict[str, Any]:
        offset = None if self.offset_seconds is None else round(self.offset_seconds, 1)
        return {
            "clock_offset_seconds": offset,
            "clock_warning": self.warning,
            "clock_checked_at": self.checked_at and _iso(self.checked_at),
            "trusted_time": _iso(self.registry) if self.registry else None,
        }


def check(store: Store, clock: Clock, now: UptimeSource = uptime) -> TimeCheck:
    local = clock.now()
    reading = last_reading(store)
    if reading is None:
        return TimeCheck(local, None, None, None)
    carried = reading.carried(now())
    if carried is None:
        return TimeCheck(local, None, reading.offset.total_seconds(), reading.registry)
    return TimeCheck(local, carried, (local - carried).total_seconds(), reading.registry)


def stamp_now(store: Store, clock: Clock, now: UptimeSource = uptime) -> datetime:
    """The time to write down now: the registry's, carried, when there is one; else our clock."""
    checked = check(store, clock, now)
    return checked.registry or checked.local


class TrustedClock:
    """A :class:`~terminal.core.clock.Clock` for retention: the registry's time carried forward, or
    this computer's when it is plausible; :class:`ClockNotTrusted` otherwise."""

    def __init__(self, store: Store, local: Clock, now: UptimeSource = uptime) -> None:
        self.store, self.local, self.uptime = store, local, now

    def now(self) -> datetime:
        checked = check(self.store, self.local, self.uptime)
        zone = checked.local.tzinfo
        if checked.registry is not None:
            if abs(checked.local - checked.registry) > PURGE_SKEW:
                raise ClockNotTrusted(reason=_off(checked.local - checked.registry))
            return checked.registry.astimezone(zone)
        estimate = checked.local - timedelta(seconds=checked.offset_seconds or 0)
        known = self._latest_known(checked.checked_at)
        if known is not None and estimate < known - BEHIND:
            reason = Phrase("it is behind the last time known here ({at})", {"at": _iso(known)}, "behind")
            raise ClockNotTrusted(reason=reason)
        if known is not None and estimate - known > UNCONFIRMED:
            days = (estimate - known).days
            reason = Phrase(
                "it is {days} days past the last time known here, and the registry has not confirmed it",
                {"days": days},
                "unconfirmed",
            )
            raise ClockNotTrusted(reason=reason)
        return estimate

    def _latest_known(self, checked_at: datetime | None) -> datetime | None:
        """The latest time this store has seen: the registry's last reading, its newest audit entry."""
        times = [checked_at] if checked_at else []
        newest = self.store.scalar("SELECT at FROM audit ORDER BY seq DESC LIMIT 1")
        try:
            if newest:
                times.append(datetime.fromisoformat(newest))
        except ValueError:
            pass
        return max((t for t in times if t.tzinfo is not None), default=None)


def _off(delta: timedelta) -> Phrase:
    days = abs(delta) / timedelta(days=1)
    shown = round(days) if days >= 10 else round(days, 1)
    if delta > timedelta(0):
        return Phrase("it is {days} days ahead of the registry's", {"days": shown}, "ahead")
    return Phrase("it is {days} days behind the registry's", {"days": shown}, "behind_registry")


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="milliseconds")
