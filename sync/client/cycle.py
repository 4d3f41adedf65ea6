"""One sync cycle: push the outbox, then pull the feed; the link's state recorded for the status bar."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sync.client.enroll import identity
from sync.client.link import RegistryLink
from sync.client.pull import PullReport, pull
from sync.client.push import BatchSizer, PushReport, push
from sync.errors import RegistryUnreachable, SyncError
from sync.protocol import times
from terminal.core.store import Store


@dataclass
class CycleReport:
    push: PushReport
    pull: PullReport
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {"push": self.push.as_dict(), "pull": self.pull.as_dict(), "seconds": round(self.seconds, 3)}


def sync_once(
    store: Store,
    clock: times.Clock,
    *,
    sizer: BatchSizer | None = None,
    page_size: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
    cancelled: Callable[[], bool] = lambda: False,
    link: RegistryLink | None = None,
) -> CycleReport:
    """Push then pull; raises the SyncError that stopped it (recorded in ``sync_state`` first)."""
    me = identity(store)
    own_link = link is None
    link = link or RegistryLink(me.registry, clock, me.device, me.key)
    started = time.monotonic()
    _note(store, "last_attempt_at = ?", times.iso(clock.now()))
    try:
        pushed = push(store, link, me, clock, sizer, sleep, cancelled)
        _note(store, "last_push_at = ?, online = 1", times.iso(clock.now()))
        kwargs = {"page_size": page_size} if page_size else {}
        pulled = pull(store, link, clock, sleep=sleep, cancelled=cancelled, **kwargs)
    except SyncError as exc:
        online = 0 if isinstance(exc, RegistryUnreachable) else 1
        _note(store, "last_error = ?, online = ?, failures = failures + 1", exc.message, online)
        raise
    finally:
        if own_link:
            link.close()
    now = times.iso(clock.now())
    _note(
        store, "last_success_at = ?, last_pull_at = ?, last_error = NULL, online = 1, failures = 0", now, now
    )
    return CycleReport(pushed, pulled, time.monotonic() - started)


def _note(store: Store, assignments: str, *params: Any) -> None:
    with store.write() as db:
        db.execute(f"UPDATE sync_state SET {assignments} WHERE id = 1", params)


def probe(store: Store, clock: times.Clock, timeout: float = 5.0) -> bool:
    """Can the registry be reached right now? (An unsigned ``GET /``; records online/offline.)"""
    me = identity(store)
    link = RegistryLink(me.registry, clock, timeout=(timeout, timeout))
    try:
        link.info()
        online = True
    except SyncError:
        online = False
    finally:
        link.close()
    _note(store, "online = ?", int(online))
    return online
