"""The sync outbox: one row per confirmed act, written in the act's own transaction.

An act's row stays ``queued`` until the registry's answer has been committed
locally; then it is ``synced``, or ``set_aside`` for a supervisor when the
registry rejected it (the rest of the queue keeps flowing).
"""

from __future__ import annotations

from typing import Any

QUEUED, SYNCED, SET_ASIDE = "queued", "synced", "set_aside"


def enqueue(db: Any, tx_uuid: str, at: str) -> None:
    """Queue one act for the registry; call inside the transaction that recorded it."""
    db.execute("INSERT INTO outbox (tx_uuid, state, queued_at) VALUES (?, 'queued', ?)", (tx_uuid, at))


def counts(db: Any) -> dict[str, int]:
    """How many acts are queued, synced and set aside."""
    found = dict(db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
    return {state: found.get(state, 0) for state in (QUEUED, SYNCED, SET_ASIDE)}
