"""Registry data as entities, and the change feed that carries them to the devices in scope.

Every entity (a citizen, a template, a prescription ...) is one row of
``entities`` holding its latest JSON; writing it puts its key at the end of
the feed of its scope. The feed keeps only the latest change per key (as
CouchDB's changes feed does), so a first pull carries each entity once.
Scopes: ``*`` every device, ``f:FACILITY``, ``c:CATCHMENT``, ``d:DEVICE``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sync.server.db import Tx

ALL = "*"


def facility_scope(facility: str) -> str:
    return f"f:{facility}"


def catchment_scope(catchment: str) -> str:
    return f"c:{catchment}"


def device_scope(device: str) -> str:
    return f"d:{device}"


def dumps(data: dict[str, Any] | list[Any]) -> str:
    """Compact JSON, non-ASCII kept as is."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


_UPSERT = (
    "INSERT INTO entities (entity, key, scope, data, owner, removed, updated_at)"
    " VALUES (:entity, :key, :scope, :data, :owner, 0, :at)"
    " ON CONFLICT (entity, key) DO UPDATE SET scope = excluded.scope, data = excluded.data,"
    " owner = excluded.owner, removed = 0, updated_at = excluded.updated_at"
)


def put(
    tx: Tx, entity: str, key: str, data: dict[str, Any], scope: str, at: str, owner: str | None = None
) -> None:
    """Create or replace an entity; if it left its old scope, that scope is told it was removed.

    ``owner`` is the citizen (ID number) a template, prescription or student belongs to.
    """
    old = tx.one(
        "SELECT scope, removed FROM entities WHERE entity = :e AND key = :k", {"e": entity, "k": key}
    )
    if old and not old["removed"] and old["scope"] not in ("", scope):
        tx.change(old["scope"], entity, key, "remove")
    tx.execute(
        _UPSERT,
        {"entity": entity, "key": key, "scope": scope, "data": dumps(data), "owner": owner, "at": at},
    )
    tx.change(scope, entity, key, "upsert")


def put_new(tx: Tx, entity: str, rows: Iterable[tuple[str, dict[str, Any], str, str | None]], at: str) -> int:
    """Bulk ``put`` of (key, data, scope, owner) for entities that are new (seeding)."""
    params: list[dict[str, Any]] = [
        {"entity": entity, "key": k, "scope": s, "data": dumps(d), "owner": o, "at": at}
        for k, d, s, o in rows
    ]
    tx.many(_UPSERT, params)
    for p in params:
        tx.change(p["scope"], entity, p["key"], "upsert")
    return len(params)


def put_for_devices(
    tx: Tx, entity: str, key: str, data: dict[str, Any], devices: Iterable[str], at: str
) -> None:
    """An entity addressed to several devices (a conflict): one feed entry per device."""
    tx.execute(
        _UPSERT, {"entity": entity, "key": key, "scope": "", "data": dumps(data), "owner": None, "at": at}
    )
    for device in sorted(set(devices)):
        tx.change(device_scope(device), entity, key, "upsert")


def remove(tx: Tx, entity: str, key: str, at: str) -> bool:
    """Mark an entity removed and tell its scope; False if it was unknown or removed already."""
    old = tx.one(
        "SELECT scope, removed FROM entities WHERE entity = :e AND key = :k", {"e": entity, "k": key}
    )
    if old is None or old["removed"]:
        return False
    tx.execute(
        "UPDATE entities SET removed = 1, updated_at = :at WHERE entity = :e AND key = :k",
        {"e": entity, "k": key, "at": at},
    )
    tx.change(old["scope"], entity, key, "remove")
    return True


def touch(tx: Tx, entity: str, keys: Iterable[str]) -> None:
    """Send entities again (their data changed elsewhere, e.g. quantities dispensed)."""
    keys = sorted(set(keys))
    if not keys:
        return
    rows = tx.all_in(
        "SELECT key, scope FROM entities WHERE entity = :e AND removed = 0 AND key IN {IN}",
        keys,
        {"e": entity},
    )
    for row in rows:
        tx.change(row["scope"], entity, row["key"], "upsert")


def get(tx: Tx, entity: str, key: str) -> dict[str, Any] | None:
    raw = tx.scalar(
        "SELECT data FROM entities WHERE entity = :e AND key = :k AND removed = 0", {"e": entity, "k": key}
    )
    return None if raw is None else json.loads(raw)


def facility(tx: Tx, facility_id: str) -> dict[str, Any] | None:
    return get(tx, "facility", facility_id)
