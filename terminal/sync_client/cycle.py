"""One sync cycle: push the outbox, then pull the feed; the link's state recorded for the status bar.

A push that fails does not keep the registry's news away: unless the failure
says the registry cannot be reached or will not let this device in, the pull
still runs (revoked templates, cancelled prescriptions and conflicts arrive
while the queue is stuck), and then the push's error is raised, so the cycle
still counts as failed.

The registry's clock, read from its answers, is kept with the cycle's outcome
(:mod:`terminal.core.trusted_time`), and the times written down (``last_success_at``,
what ``hamyon status`` calls ``last_sync``) are the registry's, not this computer's clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sync.errors import KeyMissing, NotEnrolled, RegistryUnreachable, SyncCancelled, SyncError
from sync.protocol import times
from terminal.core import trusted_time
from terminal.core.store import Store
from terminal.sync_client.audit_push import AuditReport, push_audit
from terminal.sync_client.enroll import Identity, identity
from terminal.sync_client.link import RegistryLink
from terminal.sync_client.pull import PAGE_SIZE, PullReport, pull
from terminal.sync_client.push import BatchSizer, PushReport, push
from terminal.sync_client.registry_key import learn_key

# Registry answers that mean this device is not let in (bad credentials, unknown or revoked device,
# an unsupported protocol): a pull would get the same answer.
_NOT_LET_IN = (401, 403, 426)


@dataclass
class CycleReport:
    """What a cycle did, filled in as it goes (so a failed cycle's caller still has it)."""

    push: PushReport = field(default_factory=PushReport)
    pull: PullReport = field(default_factory=PullReport)
    audit: AuditReport = field(default_factory=AuditReport)
    seconds: float = 0.0

    @property
    def templates(self) -> set[int]:
        """Ids of the local ``face_templates`` rows the pull added, changed, revoked or erased:
        hand them to ``terminal.core.faces.refresh`` to bring an open gallery up to date."""
        return self.pull.templates

    def as_dict(self) -> dict[str, Any]:
        return {
            "push": self.push.as_dict(),
            "audit": self.audit.as_dict(),
            "pull": self.pull.as_dict(),
            "seconds": round(self.seconds, 3),
        }


def sync_once(
    store: Store,
    clock: times.Clock,
    *,
    sizer: BatchSizer | None = None,
    page_size: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
    cancelled: Callable[[], bool] = lambda: False,
    link: RegistryLink | None = None,
    report: CycleReport | None = None,
) -> CycleReport:
    """Push then pull; raises the SyncError that stopped it (recorded in ``sync_state`` first).

    ``report`` (a new one by default) is filled in as the cycle goes: pass one in to keep what a
    failed cycle did (the templates a pull touched before the push's error was raised, say).
    """
    me = identity(store)
    own_link = link is None
    link = link or RegistryLink(me.registry, clock, me.device, me.key, trust=me.trust)
    link.new_cycle()
    report = report if report is not None else CycleReport()
    started = time.monotonic()
    _note(store, "last_attempt_at = ?", _now(store, clock, link))
    push_error: SyncError | None = None
    try:
        push_error = _push(store, link, me, clock, sizer, sleep, cancelled, report)
        size = page_size or PAGE_SIZE
        pull(store, link, clock, size, sleep=sleep, cancelled=cancelled, report=report.pull)
        _note(store, "last_pull_at = ?", _now(store, clock, link))
        learn_key(store, link)  # for USB bundles, on terminals enrolled before the registry had one
    except SyncError as exc:
        _keep_reading(store, link)
        _failed(store, push_error or exc, exc)
        if push_error is None or isinstance(exc, SyncCancelled):
            raise
        raise push_error from exc  # what the cycle failed for; the pull's failure is its cause
    finally:
        report.seconds = time.monotonic() - started
        if own_link:
            link.close()
    _keep_reading(store, link)
    if push_error is not None:
        _failed(store, push_error, None)
        raise push_error
    now = _now(store, clock, link)
    _note(store, "last_success_at = ?, last_error = NULL, online = 1, failures = 0", now)
    return report


def _now(store: Store, clock: times.Clock, link: RegistryLink) -> str:
    """The time to write down: the registry's (read in this cycle or carried from an earlier one)."""
    if link.reading is not None and (at := link.reading.carried(trusted_time.uptime())) is not None:
        return times.iso(at)
    return times.iso(trusted_time.stamp_now(store, clock))


def _keep_reading(store: Store, link: RegistryLink) -> None:
    if link.reading is not None:
        with store.write() as db:
            trusted_time.record(db, link.reading)


def _push(
    store: Store,
    link: RegistryLink,
    me: Identity,
    clock: times.Clock,
    sizer: BatchSizer | None,
    sleep: Callable[[float], None],
    cancelled: Callable[[], bool],
    report: CycleReport,
) -> SyncError | None:
    """Push the acts, then the audit trail; the error to raise after the pull, or None. Raises at
    once when a pull is pointless."""
    error: SyncError | None = None
    try:
        push(store, link, me, clock, sizer, sleep, cancelled, report=report.push)
    except SyncError as exc:
        if not pull_after(exc):
            raise
        error = exc
    try:  # the audit trail goes up even while acts are stuck
        push_audit(store, link, clock, report.audit, cancelled)
    except SyncError as exc:
        if not pull_after(exc):
            raise
        error = error or exc
    if error is None:
        _note(store, "last_push_at = ?, online = 1", _now(store, clock, link))
    return error


def pull_after(exc: SyncError) -> bool:
    """Is a pull still worth trying after this push failure? Not when the registry cannot be
    reached or does not let this device in, nor when the operator cancelled."""
    if isinstance(exc, RegistryUnreachable | SyncCancelled | KeyMissing | NotEnrolled):
        return False
    return exc.http_status not in _NOT_LET_IN


def _failed(store: Store, error: SyncError, last: SyncError | None) -> None:
    """Record a failed cycle: ``error`` is what it reports; ``last`` the error that ended it."""
    reached = not isinstance(last or error, RegistryUnreachable)
    _note(store, "last_error = ?, online = ?, failures = failures + 1", error.message, int(reached))


def _note(store: Store, assignments: str, *params: Any) -> None:
    with store.write() as db:
        db.execute(f"UPDATE sync_state SET {assignments} WHERE id = 1", params)


def probe(store: Store, clock: times.Clock, timeout: float = 5.0) -> bool:
    """Can the registry be reached right now? (An unsigned ``GET /``; records online/offline.)"""
    me = identity(store)
    link = RegistryLink(me.registry, clock, timeout=(timeout, timeout), trust=me.trust)
    try:
        link.info()
        online = True
    except SyncError:
        online = False
    finally:
        link.close()
    _note(store, "online = ?", int(online))
    return online
