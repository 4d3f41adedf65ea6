"""Wrong PINs in a row lock a login: the policy, and its state kept in the store.

The policy, for a clinic where a nurse with a queue mistypes now and then but
nobody may try PINs at leisure on an unattended terminal:

- 5 wrong PINs in a row for one login lock it for 5 minutes;
- 5 more wrong (10 in a row) lock it for 30 minutes;
- 5 more (15 in a row) lock it until a supervisor sets a new PIN (or the
  registry sends one): by then it is not a slip of the finger.

A right PIN (while not locked) starts the count again; a new PIN clears the
lock. Every PIN check counts the same way: signing in, unlocking the screen,
a supervisor signing an override. The count is kept per login, known or not,
so an unknown login behaves exactly like a known one with a wrong PIN. The
state is in the store (``operator_lockouts``): a restart does not clear it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from terminal.core.clock import Clock, stamp
from terminal.core.errors import HamyonError

LOCK_AFTER = 5  # wrong PINs in a row
LOCK_STEPS = (timedelta(minutes=5), timedelta(minutes=30))  # then: until a new PIN


class OperatorLocked(HamyonError):
    code = "operator_locked"
    template = "Too many wrong PINs. Try again after {time}, or ask a supervisor."


class OperatorLockedUntilNewPin(OperatorLocked):
    code = "operator_locked_until_new_pin"
    template = "Too many wrong PINs. This operator is locked until a supervisor sets a new PIN."


@dataclass(frozen=True)
class Lock:
    """A login's lock: a time it ends, or None when it lasts until a new PIN."""

    until: datetime | None
    failures: int

    def error(self) -> OperatorLocked:
        if self.until is None:
            return OperatorLockedUntilNewPin()
        return OperatorLocked(time=self.until.strftime("%H:%M"))


def current(db: Database, clock: Clock, login: str, pin_hash: str | None) -> Lock | None:
    """The login's lock in force now, or None."""
    row = db.execute(
        "SELECT failures, locked_until, locked_hash FROM operator_lockouts WHERE login = ?", (login,)
    ).fetchone()
    if row is None:
        return None
    failures, locked_until, locked_hash = row
    if locked_hash is not None:  # until a new PIN: over once the PIN changed (a supervisor, the registry)
        return Lock(None, failures) if locked_hash == (pin_hash or "") else None
    if locked_until is not None:
        until = datetime.fromisoformat(locked_until)
        if until > clock.now():
            return Lock(until.astimezone(clock.now().tzinfo), failures)
    return None


def failed(db: Database, clock: Clock, login: str, pin_hash: str | None) -> Lock | None:
    """Count one more wrong PIN, inside the caller's transaction; the lock it starts, if it does."""
    row = db.execute(
        "SELECT failures, locked_hash FROM operator_lockouts WHERE login = ?", (login,)
    ).fetchone()
    stale = row is not None and row[1] is not None and row[1] != (pin_hash or "")  # a new PIN came since
    failures = (row[0] if row and not stale else 0) + 1
    now = clock.now()
    until: datetime | None = None
    locked_hash: str | None = None
    lock = None
    if failures % LOCK_AFTER == 0:
        step = failures // LOCK_AFTER - 1
        if step < len(LOCK_STEPS):
            until = now + LOCK_STEPS[step]
        else:
            locked_hash = pin_hash or ""
        lock = Lock(until, failures)
    db.execute(
        "INSERT INTO operator_lockouts (login, failures, last_failure_at, locked_until, locked_hash)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET failures = excluded.failures,"
        " last_failure_at = excluded.last_failure_at,"
        " locked_until = coalesce(excluded.locked_until, operator_lockouts.locked_until),"
        " locked_hash = excluded.locked_hash",
        (
            login,
            failures,
            stamp(clock),
            until.isoformat(timespec="milliseconds") if until else None,
            locked_hash,
        ),
    )
    return lock


def succeeded(db: Database, login: str) -> None:
    """A right PIN: the count starts again."""
    db.execute("DELETE FROM operator_lockouts WHERE login = ?", (login,))


def failures(db: Database, login: str) -> int:
    row = db.execute("SELECT failures FROM operator_lockouts WHERE login = ?", (login,)).fetchone()
    return row[0] if row else 0
