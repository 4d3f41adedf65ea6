"""Pulling the change feed: each page and the cursor after it are applied in one local transaction.

So an interrupted pull (a dropped link, a killed terminal) resumes at the
first page not yet applied, and a page is never applied twice. The next page
is asked for while one is applied (its cursor is known as soon as the page
arrives): the registry's work and the terminal's overlap, and only one thread
uses the link at a time.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sync.errors import SyncCancelled, SyncError
from sync.protocol import times
from terminal.core.registry_news import Applied, apply_changes
from terminal.core.store import Store
from terminal.sync_client.link import RegistryLink

STREAM = "registry"
PAGE_SIZE = 2000
MAX_RETRIES = 5


@dataclass
class PullReport:
    """What a pull did: pages and changes applied (per ``entity:op``), and ``templates``, the ids of
    the local ``face_templates`` rows it added, changed, revoked or erased, for
    ``terminal.core.faces.refresh`` to bring an open gallery up to date."""

    pages: int = 0
    changes: int = 0
    retries: int = 0
    applied: Counter[str] = field(default_factory=Counter)
    templates: set[int] = field(default_factory=set)

    def as_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "changes": self.changes,
            "retries": self.retries,
            "applied": dict(self.applied),
            "templates_touched": len(self.templates),
        }


def cursor(store: Store) -> str:
    return store.scalar("SELECT cursor FROM sync_cursors WHERE stream = ?", (STREAM,)) or "0"


def apply_page(store: Store, page: dict[str, Any], clock: times.Clock) -> Applied:
    """One page of the feed (online or from a USB bundle) and the cursor after it, in one transaction."""
    at = times.iso(clock.now())
    with store.write() as db:
        applied = apply_changes(db, page["changes"], at)
        db.execute(
            "INSERT INTO sync_cursors (stream, cursor, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (stream) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at",
            (STREAM, page["cursor"], at),
        )
    return applied


def pull(
    store: Store,
    link: RegistryLink,
    clock: times.Clock,
    page_size: int = PAGE_SIZE,
    sleep: Callable[[float], None] = time.sleep,
    cancelled: Callable[[], bool] = lambda: False,
    on_page: Callable[[PullReport], None] | None = None,
    report: PullReport | None = None,
) -> PullReport:
    """Apply every page after the stored cursor; raises a SyncError when the link fails for good.

    ``report`` (a new one by default) is filled in page by page, so a caller keeps what a failed
    pull applied. A registry not there at all at the cycle's first request is not retried.
    """
    report = report if report is not None else PullReport()
    since, failures = cursor(store), 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="hamyon-pull") as fetcher:
        ahead: Future[dict[str, Any]] | None = None  # the next page, asked for while this one is applied
        while True:
            if cancelled():
                raise SyncCancelled()
            try:
                page = ahead.result() if ahead is not None else link.changes(since, page_size)
            except SyncError as exc:
                ahead = None
                if not exc.retryable or failures >= MAX_RETRIES or link.first_contact_failed(exc):
                    raise
                failures += 1
                report.retries += 1
                sleep(min(0.2 * 2**failures, 5.0))
                continue
            failures = 0
            ahead = fetcher.submit(link.changes, page["cursor"], page_size) if page["more"] else None
            applied = apply_page(store, page, clock)
            report.applied.update(applied.counts)  # only once the page is committed
            report.templates |= applied.templates
            report.pages += 1
            report.changes += len(page["changes"])
            since = page["cursor"]
            if on_page is not None:
                on_page(report)
            if not page["more"]:
                return report
