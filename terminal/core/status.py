"""The terminal's counts, queue and last sync, for ``hamyon status`` and the status bar."""

from __future__ import annotations

from typing import Any

from sync import outbox
from terminal.core.store import Store


def status(store: Store) -> dict[str, Any]:
    facility = store.one("SELECT id, name, country FROM facility LIMIT 1")
    device = store.one("SELECT id, registry_url FROM device LIMIT 1")
    sync_state = store.one("SELECT * FROM sync_state WHERE id = 1") or {}
    queue = outbox.counts(store.db.conn)
    return {
        "store_path": str(store.path),
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
    }


def _count(store: Store, table: str, where: str = "1") -> int | None:
    """Rows of a table that older stores (before the sync migration) may not have."""
    if not store.db[table].exists():
        return None
    return store.scalar(f"SELECT count(*) FROM {table} WHERE {where}")
