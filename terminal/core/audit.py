"""The audit trail: append-only, hash-chained entries for every sensitive act."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from terminal.core.chain import GENESIS, ChainBreak, canonical_json, first_break, link_hash
from terminal.core.store import Store

AUDIT_FIELDS = ("seq", "at", "operator_id", "action", "subject", "details")


def append(
    db: Database,
    *,
    at: str,
    operator_id: int | None,
    action: str,
    subject: str = "",
    details: dict[str, Any] | None = None,
) -> int:
    """Add one entry inside the caller's transaction; returns its sequence number.

    ``subject`` and ``details`` name records by their internal ids, never by a
    personal ID number or a face template.
    """
    last = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    row = {
        "seq": seq,
        "at": at,
        "operator_id": operator_id,
        "action": action,
        "subject": subject,
        "details": canonical_json(details or {}),
    }
    db.execute(
        "INSERT INTO audit (seq, at, operator_id, action, subject, details, prev_hash, hash)"
        " VALUES (:seq, :at, :operator_id, :action, :subject, :details, :prev_hash, :hash)",
        {**row, "prev_hash": prev_hash, "hash": link_hash(row, prev_hash)},
    )
    return seq


def verify(store: Store) -> tuple[int, ChainBreak | None]:
    """Check the whole trail: (entries checked, the first break or None)."""
    rows = store.all("SELECT * FROM audit ORDER BY seq")
    return len(rows), first_break(rows, AUDIT_FIELDS)
