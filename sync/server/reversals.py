"""Reversals at the registry: a supervisor at a terminal cancels a mistaken dispense, meal or aid hand-over.

A reversal is an act of its own (kind ``reversal``) naming the act it cancels, which stays stored as
it was. Taken into account, it undoes what the first act counted: a dispense's quantities go back to
its prescription items, a meal's (student, session, day) is free again, an aid hand-over's claim on
its entitlement goes and the entitlement is ``active`` again (a hand-over that was an
``aid_handed_twice`` conflict held no claim: its reversal frees nothing). Each act is reversed at
most once: the table ``reversals`` holds one row per cancelled act, so a second reversal of it (from
a terminal restored from a backup, say) is ``rejected`` ``already_reversed`` and counts nothing,
and a reversal sent twice is a ``duplicate`` like any act. Only an act of the same device and of
the kind the reversal names can be reversed (else ``not_reversible``); one the registry refused
counted nothing, so its reversal is taken with nothing to undo. A reversed dispense's packs may be
handed out again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sync.server import publish, records
from sync.server.candidate import Candidate
from sync.server.db import Tx


def apply(tx: Tx, device: dict[str, Any], acts: list[Candidate], batch: list[Candidate], at: str) -> None:
    """Take these accepted reversals into account (``batch``: the acts stored with them)."""
    in_batch = {c.env.uuid: c for c in batch}
    for c in acts:
        target = _target(tx, device, in_batch, c.payload.reverses)
        if target is None or target["device_id"] != device["id"] or target["kind"] != c.payload.reverses_kind:
            c.outcome, c.reason = "rejected", "not_reversible"
            continue
        claimed = tx.many_returning(
            "INSERT INTO reversals (tx_uuid, reversed_tx, kind, device_id, reversed_at)"
            " VALUES (:tx, :first, :kind, :dev, :at) ON CONFLICT (reversed_tx) DO NOTHING RETURNING tx_uuid",
            [
                {
                    "tx": c.env.uuid,
                    "first": c.payload.reverses,
                    "kind": target["kind"],
                    "dev": device["id"],
                    "at": at,
                }
            ],
        )
        if claimed[0] is None:
            c.outcome, c.reason = "rejected", "already_reversed"
        elif target["outcome"] != "rejected":
            UNDO[target["kind"]](tx, c.payload.reverses, at)


def _target(
    tx: Tx, device: dict[str, Any], in_batch: dict[str, Candidate], uuid: str
) -> dict[str, Any] | None:
    """The reversed act's device, kind and outcome: from this batch, or as the registry stored it."""
    mate = in_batch.get(uuid)
    if mate is not None:
        return {"device_id": device["id"], "kind": mate.env.kind, "outcome": mate.outcome}
    return tx.one("SELECT device_id, kind, outcome FROM transaction_keys WHERE uuid = :u", {"u": uuid})


def _meal_back(tx: Tx, first: str, at: str) -> None:
    """The meal's (student, session, day) is free again."""
    tx.execute("DELETE FROM meals_served WHERE tx_uuid = :tx", {"tx": first})


def _aid_back(tx: Tx, first: str, at: str) -> None:
    """The hand-over's claim goes; its entitlement is active again and published to its catchment."""
    freed = tx.all("DELETE FROM aids_handed WHERE tx_uuid = :tx RETURNING entitlement_id", {"tx": first})
    records.set_aids_status(tx, [r["entitlement_id"] for r in freed], "active", at)


def _dispense_back(tx: Tx, first: str, at: str) -> None:
    """The dispense's quantities leave its prescription items, published again to the catchment."""
    lines = tx.all(
        "SELECT d.item_id, d.quantity, i.prescription_id FROM rx_dispenses d"
        " JOIN rx_items i ON i.id = d.item_id"
        f" WHERE d.tx_uuid = :tx ORDER BY d.item_id{tx.for_update}",
        {"tx": first},
    )
    tx.many(
        "UPDATE rx_items SET qty_dispensed = qty_dispensed - :q WHERE id = :id",
        [{"q": r["quantity"], "id": r["item_id"]} for r in lines],
    )
    publish.touch(tx, "prescription", {r["prescription_id"] for r in lines})
    tx.execute("DELETE FROM packs_handed WHERE tx_uuid = :tx", {"tx": first})  # its packs may go out again


# What a reversal undoes, by the kind of the act it names: one for every kind the protocol lets it name.
UNDO: dict[str, Callable[[Tx, str, str], None]] = {
    "dispense": _dispense_back,
    "meal": _meal_back,
    "aid_handover": _aid_back,
}
