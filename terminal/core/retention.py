"""Retention: what the terminal stops keeping, and when (``hamyon purge``, and daily in the app).

Four settings, in days (0 keeps forever):

- ``retention_template_days``: the face templates of a citizen not seen here (identified, served a
  meal or a dispense, applying) for that long are erased. ``citizens.last_seen_at`` is set by the
  store itself when a citizen is seen; a citizen never seen here starts counting from the first
  purge that finds their templates.
- ``retention_transaction_days``: acts the registry acknowledged, older than that, are removed with
  their business rows and outbox rows. Never an act still queued or set aside: the purge removes
  the longest run of old, synced acts from the start of the log, so the log stays one chain.
- ``retention_audit_days``: audit entries the registry holds, older than that, likewise.
- ``retention_draft_days``: application drafts not saved for that long are discarded with their
  members, incomes and assets (a draft is no act: it never reached the registry or the log).

Each chain keeps an *anchor*, the (seq, hash) of its last removed entry: verification starts
there, so an edit, removal or reordering after it is still found, and the next entry still
chains onto it. The store's triggers allow deleting from the append-only tables only at or below
the anchor, and the anchor only moves forward. The purge is one transaction with its audit entry
(``purge``: counts and anchors, nothing personal).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from terminal.core import audit
from terminal.core.clock import stamp
from terminal.core.site_context import SiteContext
from terminal.core.workflows import PURGED_ACTS, WORKFLOWS

log = logging.getLogger(__name__)
KINDS = ("template", "transaction", "audit", "draft")
# Business rows of purged acts, children first (foreign keys): each workflow's, then reversals, the
# outbox, and the acts themselves last.
_TX_DELETES = (
    *(statement for workflow in WORKFLOWS for statement in workflow.purge),
    ("reversals", f"DELETE FROM reversals WHERE tx_uuid IN {PURGED_ACTS}"),
    ("outbox", f"DELETE FROM outbox WHERE tx_uuid IN {PURGED_ACTS}"),
    ("transactions", "DELETE FROM transactions WHERE seq <= :upto"),
)


@dataclass
class PurgeReport:
    dry_run: bool
    days: dict[str, int]
    counts: dict[str, int] = field(default_factory=dict)
    anchors: dict[str, list[Any]] = field(default_factory=dict)
    template_ids: list[int] = field(default_factory=list)  # for terminal.core.faces.refresh

    @property
    def purged(self) -> int:
        return sum(self.counts.values())

    def as_dict(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "days": self.days, "counts": self.counts, "anchors": self.anchors}


class _Rollback(Exception):
    """Ends a dry run: the purge ran in full, then its transaction is undone."""


def purge(site: SiteContext, *, operator_id: int | None = None, dry_run: bool = False) -> PurgeReport:
    """Remove what the retention settings say is kept no longer; with ``dry_run`` only count it."""
    now = site.clock.now()
    days = {kind: int(site.setting(f"retention_{kind}_days")) for kind in KINDS}
    cutoff = {kind: now - timedelta(days=d) if d > 0 else None for kind, d in days.items()}
    report = PurgeReport(dry_run, days)
    at = stamp(site.clock)
    try:
        with site.store.write() as db:
            report.template_ids = _templates(db, cutoff["template"], at)
            report.counts["face_templates"] = len(report.template_ids)
            report.counts.update(_transactions(db, cutoff["transaction"], at))
            report.counts["audit"] = _audit(db, cutoff["audit"], at)
            report.counts["drafts"] = _drafts(db, cutoff["draft"])
            report.anchors = _anchors(db)
            if report.purged:
                audit.append(
                    db,
                    at=at,
                    operator_id=operator_id,
                    action="purge",
                    subject="retention",
                    details={"counts": report.counts, "anchors": report.anchors},
                )
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    if report.purged and not dry_run:
        log.info("retention purge removed %s", {k: n for k, n in report.counts.items() if n})
    return report


def _older(value: str | None, cutoff: datetime) -> bool:
    try:
        return value is not None and datetime.fromisoformat(value) < cutoff
    except (TypeError, ValueError):
        return False  # a time the store cannot read is never a reason to erase


def _templates(db: Database, cutoff: datetime | None, at: str) -> list[int]:
    if cutoff is None:
        return []
    with_faces = "id IN (SELECT citizen_id FROM face_templates)"
    db.execute(f"UPDATE citizens SET last_seen_at = ? WHERE last_seen_at IS NULL AND {with_faces}", (at,))
    rows = db.execute(f"SELECT id, last_seen_at FROM citizens WHERE {with_faces}").fetchall()
    unseen = [r[0] for r in rows if _older(r[1], cutoff)]
    ids: list[int] = []
    for chunk in _chunks(unseen, 500):
        marks = ",".join("?" * len(chunk))
        ids += [
            r[0]
            for r in db.execute(
                f"DELETE FROM face_templates WHERE citizen_id IN ({marks}) RETURNING id", chunk
            ).fetchall()
        ]
    return sorted(ids)


def _last_purgeable(rows: Iterable[tuple[Any, ...]], cutoff: datetime) -> tuple[int, str] | None:
    """(seq, hash) of the end of the leading run of rows (seq, hash, time, done) old and done."""
    last = None
    for seq, digest, when, done in rows:
        if not done or not _older(when, cutoff):
            break
        last = (seq, digest)
    return last


def _transactions(db: Database, cutoff: datetime | None, at: str) -> dict[str, int]:
    counts = {table: 0 for table, _ in _TX_DELETES}
    if cutoff is None:
        return counts
    rows = db.execute(
        "SELECT t.seq, t.hash, t.created_at, o.state = 'synced' FROM transactions t"
        " LEFT JOIN outbox o ON o.tx_uuid = t.uuid ORDER BY t.seq"
    )
    last = _last_purgeable(rows, cutoff)
    if last is None:
        return counts
    _move_anchor(db, "transactions", last, at)
    for table, sql in _TX_DELETES:
        counts[table] = db.execute(sql, {"upto": last[0]}).rowcount
    return counts


def _audit(db: Database, cutoff: datetime | None, at: str) -> int:
    if cutoff is None:
        return 0
    rows = db.execute(
        "SELECT seq, hash, at, 1 FROM audit WHERE seq <= ? ORDER BY seq", (audit.synced_upto(db),)
    )
    last = _last_purgeable(rows, cutoff)
    if last is None:
        return 0
    _move_anchor(db, "audit", last, at)
    return db.execute("DELETE FROM audit WHERE seq <= ?", (last[0],)).rowcount


def _drafts(db: Database, cutoff: datetime | None) -> int:
    """Discard drafts last saved before ``cutoff`` (their members, incomes and assets go with them)."""
    if cutoff is None:
        return 0
    rows = db.execute("SELECT id, updated_at FROM applications WHERE status = 'draft'").fetchall()
    stale = [r[0] for r in rows if _older(r[1], cutoff)]
    for chunk in _chunks(stale, 500):
        db.execute(f"DELETE FROM applications WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    return len(stale)


def _move_anchor(db: Database, chain: str, last: tuple[int, str], at: str) -> None:
    db.execute(
        "INSERT INTO chain_anchors (chain, seq, hash, purged_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,"
        " purged_at = excluded.purged_at",
        (chain, *last, at),
    )


def _anchors(db: Database) -> dict[str, list[Any]]:
    return {r[0]: [r[1], r[2]] for r in db.execute("SELECT chain, seq, hash FROM chain_anchors").fetchall()}


def _chunks(values: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
