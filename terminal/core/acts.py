"""Confirmed acts: the append-only transaction log, its audit entry and outbox row, together.

Every act a user confirms (a dispense, a meal, a submitted application) is
recorded by :func:`record_act` inside the same transaction as its business
rows, so the act, its audit entry and its queue row exist together or not at
all. The log is a hash chain in device sequence order: the registry can tell a
gap, a replay or an edit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from terminal.core import audit, outbox
from terminal.core.chain import ChainBreak, anchor, canonical_json, first_break, head, link_hash
from terminal.core.store import Store

TX_FIELDS = ("seq", "uuid", "kind", "operator_id", "created_at", "payload")


@dataclass(frozen=True)
class Act:
    uuid: str
    seq: int
    kind: str
    created_at: str
    hash: str


def record_act(
    db: Database,
    *,
    kind: str,
    payload: dict[str, Any],
    operator_id: int,
    at: str,
    subject: str = "",
    details: dict[str, Any] | None = None,
) -> Act:
    """Append the act to the log, the audit trail and the outbox; call inside ``Store.write``.

    The audit entry names the act (``tx``) and ``details`` (internal ids only, never a template or
    an ID number)."""
    if not db.conn.in_transaction:
        raise RuntimeError("record_act must run inside the act's transaction")
    last_seq, prev_hash = head(db, "transactions")
    seq = last_seq + 1
    tx_uuid = str(uuid.uuid4())
    row = {
        "seq": seq,
        "uuid": tx_uuid,
        "kind": kind,
        "operator_id": operator_id,
        "created_at": at,
        "payload": canonical_json(payload),
    }
    digest = link_hash(row, prev_hash)
    db.execute(
        "INSERT INTO transactions (seq, uuid, kind, operator_id, created_at, payload, prev_hash, hash)"
        " VALUES (:seq, :uuid, :kind, :operator_id, :created_at, :payload, :prev_hash, :hash)",
        {**row, "prev_hash": prev_hash, "hash": digest},
    )
    audit.append(
        db,
        at=at,
        operator_id=operator_id,
        action=kind,
        subject=subject,
        details={**(details or {}), "tx": tx_uuid},
    )
    outbox.enqueue(db, tx_uuid, at)
    return Act(tx_uuid, seq, kind, at, digest)


def verify_log(store: Store) -> tuple[int, ChainBreak | None]:
    """Check the transaction log's chain from its purge anchor: (acts checked, the first break or None)."""
    rows = store.all("SELECT * FROM transactions ORDER BY seq")
    return len(rows), first_break(rows, TX_FIELDS, anchor(store.db, "transactions"))
