"""The audit trail: append-only, hash-chained entries for every sensitive act."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from biometrics.phrases import Phrase
from terminal.core.chain import ChainBreak, anchor, canonical_json, first_break, head, link_hash
from terminal.core.store import Store

AUDIT_FIELDS = ("seq", "at", "operator_id", "action", "subject", "details")
REGISTRY_STREAM = "audit"  # sync_cursors row: seq of the last entry the registry holds


def synced_upto(db: Database) -> int:
    """Seq of the last entry the registry is known to hold (recorded after its answer committed)."""
    row = db.execute("SELECT cursor FROM sync_cursors WHERE stream = ?", (REGISTRY_STREAM,)).fetchone()
    return int(row[0]) if row else 0


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
    last_seq, prev_hash = head(db, "audit")
    seq = last_seq + 1
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
    """Check the trail from its purge anchor: (entries checked, the first break or None).

    After a retention purge the chain starts at the anchor, and the anchors must be those the
    last ``purge`` entry recorded: moving an anchor to hide removed entries is found too.
    """
    rows = store.all("SELECT * FROM audit ORDER BY seq")
    return len(rows), first_break(rows, AUDIT_FIELDS, anchor(store.db, "audit")) or _anchor_break(store, rows)


def _anchor_break(store: Store, rows: list[dict[str, Any]]) -> ChainBreak | None:
    anchors = {r["chain"]: [r["seq"], r["hash"]] for r in store.all("SELECT * FROM chain_anchors")}
    if not anchors:
        return None
    purges = [r for r in rows if r["action"] == "purge"]
    if not purges:
        seq = rows[0]["seq"] if rows else 1
        return ChainBreak(seq, Phrase("no purge entry accounts for the removed entries", code="anchor"))
    last = purges[-1]
    if json.loads(last["details"]).get("anchors") != anchors:
        return ChainBreak(
            last["seq"], Phrase("the purge anchors differ from what the last purge recorded", code="anchor")
        )
    return None
