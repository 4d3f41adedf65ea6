"""What an accepted ``aid_handover`` act changes at the registry: the entitlement it used is claimed.

Each entitlement is handed over once: the act claims it with a unique key (``aids_handed``), the
entitlement becomes ``handed_over`` and is sent again to its citizen's catchment, so the other
terminals there stop offering it. A second claim (the same entitlement handed over at two offices
while both were offline, or twice at one) is an ``aid_handed_twice`` conflict naming the act that
claimed it first and both devices. An entitlement the registry does not hold is not refused:
nothing is counted against it. Claims are taken in entitlement order, so concurrent batches on
PostgreSQL wait for each other's keys in one order.
"""

from __future__ import annotations

from typing import Any

from sync.server import records
from sync.server.candidate import Candidate, Conflict
from sync.server.db import Tx

_CLAIM = (
    "INSERT INTO aids_handed (entitlement_id, tx_uuid, device_id) VALUES (:id, :tx, :dev)"
    " ON CONFLICT (entitlement_id) DO NOTHING RETURNING tx_uuid"
)


def apply(tx: Tx, device: dict[str, Any], acts: list[Candidate], at: str) -> None:
    """Claim the entitlements of these accepted hand-overs; a second claim sets the act's conflict."""
    if not acts:
        return
    wanted = sorted({c.payload.entitlement_id for c in acts})
    held = {r["id"] for r in tx.all_in("SELECT id FROM aid_entitlements WHERE id IN {IN}", wanted)}
    claims = sorted(
        (c for c in acts if c.payload.entitlement_id in held), key=lambda c: c.payload.entitlement_id
    )  # stable: within one entitlement, the batch's order
    rows = [{"id": c.payload.entitlement_id, "tx": c.env.uuid, "dev": device["id"]} for c in claims]
    handed = []
    for c, row, got in zip(claims, rows, tx.many_returning(_CLAIM, rows), strict=True):
        if got is not None:
            handed.append(row["id"])
            continue
        first = tx.one("SELECT tx_uuid, device_id FROM aids_handed WHERE entitlement_id = :id", row)
        assert first is not None
        c.conflict = Conflict(
            "aid_handed_twice",
            c.env.uuid,
            [first["tx_uuid"]],
            {device["id"], first["device_id"]},
            {"entitlement_id": row["id"], "aid_code": c.payload.aid_code},
        )
    records.set_aids_status(tx, handed, "handed_over", at)
