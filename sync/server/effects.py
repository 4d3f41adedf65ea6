"""What accepted acts change at the registry, and the conflicts no offline device can prevent.

- a dispense adds to its prescription items' quantities (row-locked, in id
  order, so concurrent batches neither lose an update nor deadlock); going
  beyond the prescribed quantity is a ``prescription_over_dispensed`` conflict;
  its scanned medicine packs are claimed, each once: a pack claimed before is
  ``pack_handed_twice`` (:mod:`sync.server.pack_effects`);
- a meal claims (student, session, day): a second claim is ``meal_served_twice``;
- an application claims (member, benefit) for 365 days for every member of the
  family, or for none: if any member holds a claim already, the act is an
  ``application_same_family`` conflict and claims nothing;
- a technical aid's hand-over claims its entitlement: a second claim is ``aid_handed_twice``
  (:mod:`sync.server.aid_effects`);
- a reversal undoes what the act it names counted (:mod:`sync.server.reversals`);
- a face template enrolled at a terminal (``face_enrolled``) or learned from
  a visit (``face_learned``), the template beside the act, becomes one of the
  citizen's templates, published to the devices of their
  catchment like any other (its key is the id the terminal made, so the
  terminal recognises it when it comes back); the learned template it
  replaces, and those a ``face_forgotten`` names, are removed. Only templates
  of that citizen taken at terminals are ever removed so, never the registry's. An act
  whose template the terminal had erased before the push adds nothing.

A conflicting act is stored and counted like any other, flagged, and the
conflict is sent to every device involved through its feed.

The batch's effects run together (row locks taken in id order) inside a
savepoint. Should they fail for a reason other than the database itself (a
value the database cannot hold, say), they are undone and run again act by
act, each in a savepoint of its own: the act whose effects fail is stored as
``rejected`` ``invalid_payload`` (the chain goes on), the others count.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from typing import Any

from sync.protocol import times
from sync.server import aid_effects, pack_effects, publish, records, reversals
from sync.server.candidate import Candidate, Conflict
from sync.server.db import Tx, transient

CLAIM_DAYS = 365  # a low-income certificate is valid 12 months
TEMPLATE_BYTES = 512  # 128 float32, little-endian
FACE_KINDS = ("face_enrolled", "face_learned", "face_forgotten")
log = logging.getLogger("hamyon.registry")


def apply(tx: Tx, device: dict[str, Any], candidates: list[Candidate], at: str) -> None:
    """Take the accepted acts into account; sets each one's outcome (and conflict)."""
    live = [c for c in candidates if c.outcome == "accepted"]
    if not live or _guarded(tx, lambda: _effects(tx, device, live, candidates, at)) is None:
        return
    for c in live:
        c.outcome, c.reason, c.conflict = "accepted", None, None
    _guarded(tx, lambda: _lock_items(tx, [c for c in live if c.env.kind == "dispense"]))
    for c in live:
        failure = _guarded(tx, partial(_effects, tx, device, [c], candidates, at))
        if failure is not None:
            log.warning("the effects of a %s act failed (%s): it is rejected", c.env.kind, failure)
            c.outcome, c.reason, c.conflict = "rejected", "invalid_payload", None


def _guarded(tx: Tx, work: Callable[[], None]) -> str | None:
    """Run ``work`` in a savepoint; the name of what made it fail (undone), or None. A failure of the
    database itself (lost connection, deadlock, busy) is raised: the whole batch is tried again."""
    try:
        with tx.savepoint():
            work()
    except Exception as exc:
        if transient(exc):
            raise
        return type(exc).__name__
    return None


def _effects(tx: Tx, device: dict[str, Any], acts: list[Candidate], batch: list[Candidate], at: str) -> None:
    _dispenses(tx, device, [c for c in acts if c.env.kind == "dispense"])
    pack_effects.apply(tx, device, [c for c in acts if c.env.kind == "dispense"])
    _meals(tx, device, [c for c in acts if c.env.kind == "meal"])
    _applications(tx, device, [c for c in acts if c.env.kind == "application"])
    aid_effects.apply(tx, device, [c for c in acts if c.env.kind == "aid_handover"], at)
    _faces(tx, [c for c in acts if c.env.kind in FACE_KINDS], at)
    reversals.apply(tx, device, [c for c in acts if c.env.kind == "reversal"], batch, at)
    for c in acts:
        if c.conflict is not None:
            c.outcome = "conflict"
            _record(tx, c.conflict, at)


def _lock_items(tx: Tx, acts: list[Candidate]) -> None:
    """Lock the prescription items of these dispenses in id order before taking them one by one, so
    that concurrent batches still lock in the same order."""
    pids = sorted({line.prescription_id for c in acts for line in c.payload.items})
    if pids and tx.for_update:
        tx.all_in(f"SELECT id FROM rx_items WHERE prescription_id IN {{IN}} ORDER BY id{tx.for_update}", pids)


def _dispenses(tx: Tx, device: dict[str, Any], acts: list[Candidate]) -> None:
    pids = sorted({line.prescription_id for c in acts for line in c.payload.items})
    if not pids:
        return
    items = {
        (r["prescription_id"], r["drug_code"]): r
        for r in tx.all_in(
            f"SELECT * FROM rx_items WHERE prescription_id IN {{IN}} ORDER BY id{tx.for_update}", pids
        )
    }
    rows: list[dict[str, Any]] = []
    touched: dict[int, dict[str, Any]] = {}
    for c in acts:
        over: list[dict[str, Any]] = []
        for line in c.payload.items:
            item = items.get((line.prescription_id, line.drug_code))
            if item is None:  # a prescription the registry does not hold: nothing to count against
                continue
            item["qty_dispensed"] += line.quantity
            touched[item["id"]] = item
            rows.append({"tx": c.env.uuid, "item": item["id"], "dev": device["id"], "q": line.quantity})
            if item["qty_dispensed"] > item["qty_prescribed"]:
                over.append(item)
        if over:
            c.conflict = _over_dispensed(tx, device, c.env.uuid, over, rows)
    tx.many(
        "UPDATE rx_items SET qty_dispensed = :q WHERE id = :id",
        [{"q": i["qty_dispensed"], "id": i["id"]} for i in touched.values()],
    )
    tx.many(
        "INSERT INTO rx_dispenses (tx_uuid, item_id, device_id, quantity) VALUES (:tx, :item, :dev, :q)"
        " ON CONFLICT (tx_uuid, item_id) DO NOTHING",
        rows,
    )
    publish.touch(tx, "prescription", {i["prescription_id"] for i in touched.values()})


def _over_dispensed(
    tx: Tx,
    device: dict[str, Any],
    tx_uuid: str,
    items: list[dict[str, Any]],
    batch_rows: list[dict[str, Any]],
) -> Conflict:
    ids = [i["id"] for i in items]
    sql, params = tx.in_list("i", ids)
    earlier = tx.all(
        f"SELECT DISTINCT tx_uuid, device_id FROM rx_dispenses WHERE item_id IN {sql}"
        " ORDER BY tx_uuid LIMIT 100",
        params,
    )
    earlier += [{"tx_uuid": r["tx"], "device_id": r["dev"]} for r in batch_rows if r["item"] in ids]
    others = [r for r in earlier if r["tx_uuid"] != tx_uuid]
    details = [
        {k: i[k] for k in ("prescription_id", "drug_code", "qty_prescribed", "qty_dispensed")} for i in items
    ]
    return Conflict(
        "prescription_over_dispensed",
        tx_uuid,
        sorted({r["tx_uuid"] for r in others}),
        {device["id"], *(r["device_id"] for r in others)},
        {"items": details},
    )


def _meals(tx: Tx, device: dict[str, Any], acts: list[Candidate]) -> None:
    rows = [
        {
            "student": c.payload.student_id,
            "session": c.payload.session,
            "on": c.payload.served_on,
            "tx": c.env.uuid,
            "dev": device["id"],
        }
        for c in acts
    ]
    claimed = tx.many_returning(
        "INSERT INTO meals_served (student_id, session_id, served_on, tx_uuid, device_id)"
        " VALUES (:student, :session, :on, :tx, :dev)"
        " ON CONFLICT (student_id, session_id, served_on) DO NOTHING RETURNING tx_uuid",
        rows,
    )
    for c, row, got in zip(acts, rows, claimed, strict=True):
        if got is not None:
            continue
        first = tx.one(
            "SELECT tx_uuid, device_id FROM meals_served"
            " WHERE student_id = :student AND session_id = :session AND served_on = :on",
            row,
        )
        assert first is not None
        c.conflict = Conflict(
            "meal_served_twice",
            c.env.uuid,
            [first["tx_uuid"]],
            {device["id"], first["device_id"]},
            {"student_id": row["student"], "session": row["session"], "served_on": row["on"]},
        )


def _applications(tx: Tx, device: dict[str, Any], acts: list[Candidate]) -> None:
    for c in acts:
        first = _claim_family(tx, device, c)
        if first is not None:
            c.conflict = Conflict(
                "application_same_family",
                c.env.uuid,
                [first["tx_uuid"]],
                {device["id"], first["device_id"]},
                {"application_id": c.payload.application_id, "benefit_type": c.payload.benefit_type},
            )


_CLAIM = (
    "INSERT INTO application_claims (pin, benefit_type, claimed_on, tx_uuid, device_id)"
    " VALUES (:pin, :benefit, :on, :tx, :dev) ON CONFLICT (pin, benefit_type) DO UPDATE"
    " SET claimed_on = excluded.claimed_on, tx_uuid = excluded.tx_uuid, device_id = excluded.device_id"
    " WHERE application_claims.claimed_on < :cutoff RETURNING tx_uuid"
)


class _ClaimedMeanwhile(Exception):
    """A concurrent batch claimed a member between the check and the claim."""


def _claim_family(tx: Tx, device: dict[str, Any], c: Candidate) -> dict[str, Any] | None:
    """Claim (member, benefit) for every member, or for none: the claim in the way, or None."""
    on = times.parse(c.env.created_at).date()
    benefit, cutoff = c.payload.benefit_type, (on - timedelta(days=CLAIM_DAYS)).isoformat()
    pins = sorted({m.pin for m in c.payload.members})
    first = _live_claim(tx, pins, benefit, cutoff)
    if first is not None:
        return first
    claim = {"benefit": benefit, "on": on.isoformat(), "cutoff": cutoff, "tx": c.env.uuid}
    rows = [{"pin": p, "dev": device["id"], **claim} for p in pins]
    try:
        with tx.savepoint():
            if any(got is None for got in tx.many_returning(_CLAIM, rows)):
                raise _ClaimedMeanwhile()
    except _ClaimedMeanwhile:
        first = _live_claim(tx, pins, benefit, cutoff)
        if first is None:
            raise LookupError("a family member's claim vanished") from None
        return first
    return None


def _live_claim(tx: Tx, pins: list[str], benefit: str, cutoff: str) -> dict[str, Any] | None:
    """A claim on this benefit held by one of these people within the last CLAIM_DAYS, if any."""
    sql, params = tx.in_list("m", pins)
    return tx.one(
        "SELECT tx_uuid, device_id FROM application_claims WHERE benefit_type = :benefit"
        f" AND claimed_on >= :cutoff AND pin IN {sql} ORDER BY pin LIMIT 1",
        {"benefit": benefit, "cutoff": cutoff, **params},
    )


def _faces(tx: Tx, acts: list[Candidate], at: str) -> None:
    for c in acts:
        p = c.payload
        if c.env.kind == "face_forgotten":
            for key in p.template_ids:
                _forget(tx, p.citizen_pin, key, at)
            continue
        if getattr(p, "replaces", None):
            _forget(tx, p.citizen_pin, p.replaces, at)
        if c.env.template is None:
            continue
        if tx.one("SELECT 1 AS x FROM entities WHERE entity = 'template' AND key = :k", {"k": p.template_id}):
            raise ValueError("a template's id is taken")  # never overwrite another template
        data = {
            "id": p.template_id,
            "citizen_pin": p.citizen_pin,
            "encoding": c.env.template,
            "created_at": c.env.created_at,
        }
        if c.env.kind == "face_learned":
            data |= {"source": "learned", "learned_from": p.learned_from}
        else:
            data |= {"source": "terminal"}
        records.put_template(tx, data, at)


def _forget(tx: Tx, pin: str, key: str, at: str) -> None:
    """Remove a template of this citizen taken at a terminal; never the registry's own, nor another
    citizen's."""
    data = publish.get(tx, "template", key)
    if data is not None and data.get("source") in ("terminal", "learned") and data.get("citizen_pin") == pin:
        publish.remove(tx, "template", key, at)


def _record(tx: Tx, conflict: Conflict, at: str) -> None:
    tx.execute(
        "INSERT INTO conflicts (id, kind, tx_uuid, with_tx, devices, detected_at, details)"
        " VALUES (:id, :kind, :tx, :with_tx, :devices, :at, :details)",
        {
            "id": conflict.id,
            "kind": conflict.kind,
            "tx": conflict.tx_uuid,
            "with_tx": publish.dumps(conflict.with_tx),
            "devices": publish.dumps(sorted(conflict.devices)),
            "at": at,
            "details": publish.dumps(conflict.details),
        },
    )
    data = {
        "id": conflict.id,
        "kind": conflict.kind,
        "tx_uuid": conflict.tx_uuid,
        "with_tx": conflict.with_tx,
        "detected_at": at,
        "details": conflict.details,
    }
    publish.put_for_devices(tx, "conflict", conflict.id, data, conflict.devices, at)
