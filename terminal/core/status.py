"""The terminal's counts, queue, last sync, clock and store health: ``hamyon status``, the status bar."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from terminal.core import outbox, trusted_time
from terminal.core.clock import Clock, SystemClock
from terminal.core.errors import StoreDamaged, StoreError
from terminal.core.store import Store
from terminal.core.store_health import Damage


def status(store: Store, clock: Clock | None = None) -> dict[str, Any]:
    """``last_sync`` is the registry's time when it ended; ``clock_offset_seconds`` how far this
    computer's clock is from the registry's (``clock_warning`` past a few minutes). A damaged store
    says so (``damaged``) and gives what it can still read."""
    if (damage := store.damaged()) is not None:
        return damaged_status(store, damage)
    facility = store.one("SELECT id, name, country FROM facility LIMIT 1")
    device = store.one("SELECT id, registry_url FROM device LIMIT 1")
    sync_state = store.one("SELECT * FROM sync_state WHERE id = 1") or {}
    queue = outbox.counts(store.db.conn)
    return {
        "store_path": str(store.path),
        "store_state": "sound",
        "damaged": None,
        "facility": facility,
        "device": device["id"] if device else None,
        "registry": device["registry_url"] if device else None,
        "citizens": store.scalar("SELECT count(*) FROM citizens WHERE removed_at IS NULL"),
        "templates": store.scalar("SELECT count(*) FROM face_templates WHERE revoked_at IS NULL"),
        "transactions": store.scalar("SELECT count(*) FROM transactions"),
        "queued": queue[outbox.QUEUED],
        "synced": queue[outbox.SYNCED],
        "set_aside": queue[outbox.SET_ASIDE],
        "last_sync": sync_state.get("last_success_at"),
        "last_sync_attempt": sync_state.get("last_attempt_at"),
        "last_error": sync_state.get("last_error"),
        # the sync client's view of the link, for the status bar
        "online": None if sync_state.get("online") is None else bool(sync_state["online"]),
        "queue_depth": queue[outbox.QUEUED],
        "last_success": sync_state.get("last_success_at"),
        "sync_failures": sync_state.get("failures", 0),
        "conflicts": _count(store, "sync_conflicts", "resolved_at IS NULL"),
        "pending_from_registry": _count(store, "sync_pending"),
        "unapplied_changes": _count(store, "sync_rejected_changes"),
        **trusted_time.check(store, clock or SystemClock(UTC)).as_dict(),
    }


def damaged_status(store: Store | None, damage: Damage, path: str | None = None) -> dict[str, Any]:
    """What a damaged store can still tell (its counts, when they can be read), and what to do."""
    where = str(store.path) if store is not None else str(path)
    found: dict[str, Any] = {}
    if store is not None:
        try:
            found["transactions"] = store.scalar("SELECT count(*) FROM transactions")
            found["queued"] = outbox.counts(store.db.conn)[outbox.QUEUED]
        except StoreError:
            pass
    return {
        "store_path": where,
        "store_state": "damaged",
        "damaged": damage.as_dict(),
        "message": StoreDamaged(path=where, reason=damage.reason).message,
        **found,
    }


def _count(store: Store, table: str, where: str = "1") -> int | None:
    """Rows of a table that older stores (before the sync migration) may not have."""
    if not store.db[table].exists():
        return None
    return int(store.scalar(f"SELECT count(*) FROM {table} WHERE {where}"))
