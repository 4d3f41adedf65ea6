"""Pushing the audit trail: every entry once, in order; how far the registry holds it recorded
only after its answer is committed locally.

Entries go up in batches after the acts, on ``POST /v1/audit``, signed like every request. The
registry answers the head of this device's trail it holds; the terminal records
``min(head, last entry sent)`` as its ``audit`` cursor (which :mod:`terminal.core.retention` reads:
only entries the registry holds are ever purged). A registry that lost entries (restored from a
backup) answers 409 ``audit_gap`` with its lower head: they are sent again from there, once. Any
other refusal (409 ``audit_chain_broken``) is raised and never retried: the trail needs a supervisor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sync.errors import AuditGap, SyncCancelled
from sync.protocol import times
from terminal.core.audit import REGISTRY_STREAM, synced_upto
from terminal.core.store import Store
from terminal.sync_client.link import RegistryLink

BATCH = 500


@dataclass
class AuditReport:
    sent: int = 0
    stored: int = 0
    duplicates: int = 0
    head: int | None = None  # the registry's head of this device's trail; None when nothing was sent

    def as_dict(self) -> dict[str, Any]:
        return {"sent": self.sent, "stored": self.stored, "duplicates": self.duplicates, "head": self.head}


def push_audit(
    store: Store,
    link: RegistryLink,
    clock: times.Clock,
    report: AuditReport | None = None,
    cancelled: Any = lambda: False,
) -> AuditReport:
    report = report if report is not None else AuditReport()
    after = synced_upto(store.db)
    resent = False
    while True:
        if cancelled():
            raise SyncCancelled()
        rows = store.all(
            "SELECT seq, at, operator_id, action, subject, details, prev_hash, hash FROM audit"
            " WHERE seq > ? ORDER BY seq LIMIT ?",
            (after, BATCH),
        )
        if not rows:
            break
        try:
            answer = link.audit(rows)
        except AuditGap as exc:
            head = int(exc.params.get("head", after))
            if resent or head >= after:
                raise
            resent, after = True, head  # the registry lost entries (a backup): from its head again
            _record(store, head, clock)
            continue
        report.sent += len(rows)
        report.stored += answer.stored
        report.duplicates += answer.duplicates
        report.head = answer.head.seq
        after = min(answer.head.seq, rows[-1]["seq"])
        _record(store, after, clock)
        if after < rows[-1]["seq"]:
            break  # a registry holding less than it just took: never loop on it
    return report


def _record(store: Store, upto: int, clock: times.Clock) -> None:
    with store.write() as db:
        db.execute(
            "INSERT INTO sync_cursors (stream, cursor, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (stream) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at",
            (REGISTRY_STREAM, str(upto), times.iso(clock.now())),
        )
