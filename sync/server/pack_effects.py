"""What an accepted ``dispense`` act's scanned packs change at the registry: each pack is handed out once.

Every pack (GTIN and serial, scanned at hand-out) is claimed with a unique key (``packs_handed``). A
pack another act claimed already (the same serial handed out at two terminals while both were offline,
or twice at one) makes the later act a ``pack_handed_twice`` conflict naming the acts that claimed its
packs first and every device involved, reported back like a double dispense; its other packs are
claimed all the same (they did leave the pharmacy). A reversed dispense frees its packs
(:mod:`sync.server.reversals`). Claims are taken in (gtin, serial) order, so concurrent batches on
PostgreSQL wait for each other's keys in one order.
"""

from __future__ import annotations

from typing import Any

from sync.server.candidate import Candidate, Conflict
from sync.server.db import Tx

_CLAIM = (
    "INSERT INTO packs_handed (gtin, serial, tx_uuid, device_id) VALUES (:gtin, :serial, :tx, :dev)"
    " ON CONFLICT (gtin, serial) DO NOTHING RETURNING tx_uuid"
)


def apply(tx: Tx, device: dict[str, Any], acts: list[Candidate]) -> None:
    """Claim the packs of these accepted dispenses; a pack claimed before sets the act's conflict (unless
    it has one already: an over-dispensed prescription is said first)."""
    rows = sorted(
        (
            {"gtin": p.gtin, "serial": p.serial, "tx": c.env.uuid, "dev": device["id"], "act": c}
            for c in acts
            for line in c.payload.items
            for p in line.packs
        ),
        key=lambda r: (r["gtin"], r["serial"]),
    )  # stable: within one pack, the batch's order
    if not rows:
        return
    taken: dict[str, list[dict[str, Any]]] = {}
    claims = [{k: v for k, v in r.items() if k != "act"} for r in rows]
    for row, got in zip(rows, tx.many_returning(_CLAIM, claims), strict=True):
        if got is not None:
            continue
        first = tx.one(
            "SELECT tx_uuid, device_id FROM packs_handed WHERE gtin = :gtin AND serial = :serial", row
        )
        assert first is not None
        if first["tx_uuid"] != row["tx"]:  # the same pack twice in one act is the terminal's to refuse
            taken.setdefault(row["tx"], []).append(row | {"first": first})
    for c in acts:
        twice = taken.get(c.env.uuid)
        if twice and c.conflict is None:
            c.conflict = Conflict(
                "pack_handed_twice",
                c.env.uuid,
                sorted({r["first"]["tx_uuid"] for r in twice}),
                {device["id"], *(r["first"]["device_id"] for r in twice)},
                {"packs": [{"gtin": r["gtin"], "serial": r["serial"]} for r in twice]},
            )
