"""Writing the registry's records: each in its scope, with the feed entries that carry it.

Used by ``registry seed`` and ``registry import``; every function runs inside
the caller's transaction and takes data already shaped as the protocol's
entity models (see :mod:`sync.protocol.models`).
"""

from __future__ import annotations

import json
from typing import Any

from sync.errors import ImportFailed, UnknownFacility
from sync.server import publish
from sync.server.db import Tx
from sync.server.publish import ALL, catchment_scope, facility_scope

OWNED = ("template", "prescription", "aid_entitlement")  # follow their citizen from catchment to catchment
AID_COLUMNS = (
    "id",
    "citizen_pin",
    "aid_code",
    "aid_name",
    "category",
    "state_cost",
    "decision_number",
    "valid_from",
    "valid_until",
    "status",
    "updated_at",
)
PUT_AID = (
    f"INSERT INTO aid_entitlements ({', '.join(AID_COLUMNS)})"
    f" VALUES ({', '.join(':' + c for c in AID_COLUMNS)}) ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in AID_COLUMNS[1:])
)


def facility_or_fail(tx: Tx, facility_id: str) -> dict[str, Any]:
    row = publish.facility(tx, facility_id)
    if row is None:
        raise UnknownFacility(facility=facility_id)
    return row


def put_facility(tx: Tx, data: dict[str, Any], at: str) -> None:
    publish.put(tx, "facility", data["id"], data, facility_scope(data["id"]), at)


def put_operator(tx: Tx, facility_id: str, data: dict[str, Any], at: str) -> None:
    publish.put(tx, "operator", f"{facility_id}/{data['login']}", data, facility_scope(facility_id), at)


def put_setting(tx: Tx, facility_id: str, key: str, value: Any, at: str) -> None:
    scope = facility_scope(facility_id)
    publish.put(tx, "setting", f"{facility_id}/{key}", {"key": key, "value": value}, scope, at)


def put_drug(tx: Tx, data: dict[str, Any], at: str) -> None:
    publish.put(tx, "drug", data["code"], data, ALL, at)


def put_delivery(tx: Tx, facility_id: str, data: dict[str, Any], at: str) -> None:
    publish.put(tx, "delivery", data["id"], data, facility_scope(facility_id), at)


def put_citizen(tx: Tx, data: dict[str, Any], at: str) -> None:
    """A citizen, and the templates and prescriptions that follow them when they move."""
    old = publish.get(tx, "citizen", data["pin"])
    scope = catchment_scope(data["catchment"])
    publish.put(tx, "citizen", data["pin"], data, scope, at, owner=data["pin"])
    if old and old["catchment"] != data["catchment"]:
        for row in _owned(tx, data["pin"]):
            publish.put(tx, row["entity"], row["key"], row["data"], scope, at, owner=data["pin"])


def remove_citizen(tx: Tx, pin: str, at: str) -> bool:
    """The citizen left the registry's care here (moved abroad, died): they and theirs are removed."""
    for row in _owned(tx, pin):
        publish.remove(tx, row["entity"], row["key"], at)
    return publish.remove(tx, "citizen", pin, at)


def _owned(tx: Tx, pin: str) -> list[dict[str, Any]]:

    sql, params = tx.in_list("e", OWNED)
    rows = tx.all(
        f"SELECT entity, key, data FROM entities WHERE owner = :pin AND removed = 0 AND entity IN {sql}",
        {"pin": pin, **params},
    )
    return [dict(r, data=json.loads(r["data"])) for r in rows]


def _citizen_scope(tx: Tx, pin: str, what: str) -> str:
    citizen = publish.get(tx, "citizen", pin)
    if citizen is None:
        raise ImportFailed(source=what, reason="it belongs to a citizen the registry does not hold")
    return catchment_scope(citizen["catchment"])


def put_template(tx: Tx, data: dict[str, Any], at: str) -> None:
    scope = _citizen_scope(tx, data["citizen_pin"], f"template {data['id']}")
    publish.put(tx, "template", data["id"], data, scope, at, owner=data["citizen_pin"])


def revoke_template(tx: Tx, template_id: str, at: str) -> bool:
    return publish.remove(tx, "template", template_id, at)


def put_prescription(tx: Tx, data: dict[str, Any], at: str) -> dict[str, Any]:
    """A prescription and its items; items keep their registry ids across updates."""
    scope = _citizen_scope(tx, data["citizen_pin"], f"prescription {data['id']}")
    known = {
        r["drug_code"]: r["id"]
        for r in tx.all("SELECT id, drug_code FROM rx_items WHERE prescription_id = :p", {"p": data["id"]})
    }
    items = []
    for item in data["items"]:
        item_id = known.get(item["drug_code"]) or tx.allocate("rx_items", 1)
        tx.execute(
            "INSERT INTO rx_items (id, prescription_id, drug_code, qty_prescribed) VALUES (:id, :p, :d, :q)"
            " ON CONFLICT (id) DO UPDATE SET qty_prescribed = excluded.qty_prescribed",
            {"id": item_id, "p": data["id"], "d": item["drug_code"], "q": item["qty_prescribed"]},
        )
        items.append({k: v for k, v in item.items() if k != "qty_dispensed"} | {"id": item_id})
    data = dict(data, items=items)
    publish.put(tx, "prescription", data["id"], data, scope, at, owner=data["citizen_pin"])
    return data


def cancel_prescription(tx: Tx, prescription_id: str, at: str) -> bool:
    data = publish.get(tx, "prescription", prescription_id)
    if data is None or data["status"] == "cancelled":
        return False
    put_prescription(tx, dict(data, status="cancelled"), at)
    return True


def put_aid_entitlement(tx: Tx, data: dict[str, Any], at: str) -> dict[str, Any]:
    """An aid entitlement (a commission's decision), to the citizen's catchment. One the registry
    knows to be handed over stays so: a list sent again never makes it available a second time."""
    scope = _citizen_scope(tx, data["citizen_pin"], f"aid entitlement {data['id']}")
    data = {c: data.get(c) for c in AID_COLUMNS} | {"updated_at": data.get("updated_at") or at}
    if tx.scalar("SELECT count(*) FROM aids_handed WHERE entitlement_id = :id", {"id": data["id"]}):
        data["status"] = "handed_over"
    tx.execute(PUT_AID, data)
    publish.put(tx, "aid_entitlement", data["id"], data, scope, at, owner=data["citizen_pin"])
    return data


def cancel_aid_entitlement(tx: Tx, entitlement_id: str, at: str) -> bool:
    """Withdraw an entitlement not yet used; False if unknown, cancelled or handed over already."""
    data = publish.get(tx, "aid_entitlement", entitlement_id)
    if data is None or data["status"] != "active":
        return False
    put_aid_entitlement(tx, dict(data, status="cancelled", updated_at=at), at)
    return True


def set_aids_status(tx: Tx, entitlement_ids: list[str], status: str, at: str) -> None:
    """Entitlements just claimed by a hand-over (``handed_over``) or freed by its reversal (``active``),
    sent again to their catchment (unless their citizen was removed meanwhile: the record changes, the
    feed keeps it removed)."""
    for key in sorted(set(entitlement_ids)):
        row = tx.one(
            "UPDATE aid_entitlements SET status = :status, updated_at = :at WHERE id = :id"
            f" RETURNING {', '.join(AID_COLUMNS)}",
            {"id": key, "at": at, "status": status},
        )
        held = tx.one(
            "SELECT scope, owner, removed FROM entities WHERE entity = 'aid_entitlement' AND key = :k",
            {"k": key},
        )
        if row is not None and held is not None and not held["removed"]:
            publish.put(tx, "aid_entitlement", key, row, held["scope"], at, owner=held["owner"])


def put_school(tx: Tx, facility_id: str, data: dict[str, Any], at: str) -> None:
    publish.put(tx, "school", data["id"], data, facility_scope(facility_id), at)


def put_class(tx: Tx, facility_id: str, data: dict[str, Any], at: str) -> None:
    publish.put(tx, "class", data["id"], data, facility_scope(facility_id), at)


def put_meal_session(tx: Tx, facility_id: str, data: dict[str, Any], at: str) -> None:
    publish.put(tx, "meal_session", data["id"], data, facility_scope(facility_id), at)


def put_student(tx: Tx, facility_id: str, data: dict[str, Any], at: str) -> dict[str, Any]:
    if not data.get("id"):
        data = dict(data, id=tx.allocate("students", 1))
    scope = facility_scope(facility_id)
    publish.put(tx, "student", str(data["id"]), data, scope, at, owner=data["citizen_pin"])
    return data


def put_decision(tx: Tx, facility_id: str, data: dict[str, Any], at: str) -> None:
    publish.put(tx, "decision", data["application_id"], data, facility_scope(facility_id), at)
