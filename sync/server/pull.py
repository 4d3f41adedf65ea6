"""One page of a device's change feed: its facility, its catchment, itself, and what all devices get.

The page is written straight to JSON text: entity data is stored as JSON and
is passed through, except prescriptions, whose items get the quantities
dispensed so far at every site.
"""

from __future__ import annotations

import json
from typing import Any

from sync.server import publish
from sync.server.db import Tx

MAX_PAGE = 5000


def scopes(tx: Tx, device: dict[str, Any]) -> list[str]:
    facility = publish.facility(tx, device["facility_id"]) or {}
    found = [publish.ALL, publish.facility_scope(device["facility_id"]), publish.device_scope(device["id"])]
    if facility.get("catchment"):
        found.append(publish.catchment_scope(facility["catchment"]))
    return found


def page(tx: Tx, device: dict[str, Any], since: int, limit: int, at: str) -> str:
    """The JSON text of a ``ChangesPage``: up to ``limit`` changes after cursor ``since``."""
    limit = max(1, min(limit, MAX_PAGE))
    # Each scope's next changes by its own index (scope, id), at most a page of each, then the page of
    # them all: a scope IN (...) would read every change of every scope after the cursor and sort them,
    # for each page (a first pull of 100,000 people read 18 million rows).
    wanted = scopes(tx, device)
    each = " UNION ALL ".join(
        f"SELECT * FROM (SELECT id, entity, key, op FROM changes WHERE scope = :s{i} AND id > :since"
        f" ORDER BY id LIMIT :n) AS s{i}"
        for i in range(len(wanted))
    )
    rows = tx.all(
        f"SELECT c.id, c.entity, c.key, c.op, e.data FROM ({each}) AS c"
        " LEFT JOIN entities e ON e.entity = c.entity AND e.key = c.key ORDER BY c.id LIMIT :n",
        {**{f"s{i}": scope for i, scope in enumerate(wanted)}, "since": since, "n": limit + 1},
    )
    more = len(rows) > limit
    rows = rows[:limit]
    quantities = _dispensed(
        tx, [r["key"] for r in rows if r["entity"] == "prescription" and r["op"] == "upsert"]
    )
    parts = []
    for r in rows:
        data = "null"
        if r["op"] == "upsert" and r["data"] is not None:
            data = r["data"]
            if r["entity"] == "prescription":
                data = _with_quantities(data, quantities)
        head = json.dumps({"entity": r["entity"], "key": r["key"], "op": r["op"]}, ensure_ascii=False)
        parts.append(f'{head[:-1]},"data":{data}}}')
    cursor = str(rows[-1]["id"]) if rows else str(since)
    tail = json.dumps({"cursor": cursor, "more": more, "server_time": at})
    return '{"changes":[' + ",".join(parts) + "]," + tail[1:]


def _dispensed(tx: Tx, prescription_ids: list[str]) -> dict[int, int]:
    if not prescription_ids:
        return {}
    sql, params = tx.in_list("p", prescription_ids)
    rows = tx.all(f"SELECT id, qty_dispensed FROM rx_items WHERE prescription_id IN {sql}", params)
    return {r["id"]: r["qty_dispensed"] for r in rows}


def _with_quantities(raw: str, quantities: dict[int, int]) -> str:
    data = json.loads(raw)
    for item in data["items"]:
        item["qty_dispensed"] = quantities.get(item["id"], 0)
    return publish.dumps(data)
