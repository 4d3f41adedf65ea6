"""Applying what the registry sends (one page of its change feed) to the local store.

Called by the sync client inside the transaction that also stores the new
cursor, so a page is applied whole or not at all. Rows are matched by the
registry's keys (a citizen's ID number, a template's or prescription's id);
a change whose parent has not arrived yet (a template before its citizen)
waits in ``sync_pending`` and is applied when the parent comes.

Quantities dispensed merge, they are never overwritten: the registry sends
what it knows from every site (``R``); acts of this terminal it has not taken
into account yet (``U``, not synced) are added, and the local figure never goes
down: ``qty_dispensed = min(prescribed, max(local, R + U))``.
"""

from __future__ import annotations

import base64
import json
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlite_utils import Database

TEMPLATE_BYTES = 512  # 128 float32, little-endian
log = logging.getLogger("hamyon.sync")


class Waiting(Exception):
    """The row this change refers to has not arrived yet."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def apply_changes(db: Database, changes: Sequence[Mapping[str, Any]], at: str) -> Counter[str]:
    """Apply one page; call inside ``Store.write``. Counts per ``entity:op`` (and ``waiting``)."""
    counts: Counter[str] = Counter()
    for change in changes:
        _apply(db, change["entity"], change["key"], change["op"], change.get("data"), at, counts)
    if counts and db.execute("SELECT 1 FROM sync_pending LIMIT 1").fetchone():
        _retry_pending(db, at, counts)
    return counts


def _apply(db: Database, entity: str, key: str, op: str, data: Any, at: str, counts: Counter[str]) -> None:
    handler = HANDLERS.get(entity)
    if handler is None:
        counts["ignored"] += 1  # an entity of a newer protocol revision
        return
    upsert, remove = handler
    try:
        if op == "remove":
            remove(db, key, at)
        else:
            upsert(db, data, at)
        db.execute("DELETE FROM sync_pending WHERE entity = ? AND key = ?", (entity, key))
    except (KeyError, ValueError, TypeError, sqlite3.IntegrityError) as exc:
        # A malformed change must not block the feed: skipped, counted, logged without its key.
        log.warning("skipped a malformed %s change from the registry: %s", entity, type(exc).__name__)
        counts["invalid"] += 1
        return
    except Waiting as w:
        db.execute(
            "INSERT INTO sync_pending (entity, key, data, waiting_for) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (entity, key) DO UPDATE SET data = excluded.data,"
            " waiting_for = excluded.waiting_for",
            (entity, key, json.dumps(data), w.what),
        )
        counts["waiting"] += 1
        return
    counts[f"{entity}:{op}"] += 1


def _retry_pending(db: Database, at: str, counts: Counter[str]) -> None:
    for entity, key, data in db.execute("SELECT entity, key, data FROM sync_pending").fetchall():
        before = counts["waiting"]
        _apply(db, entity, key, "upsert", json.loads(data), at, counts)
        if counts["waiting"] > before:
            counts["waiting"] = before  # still waiting: not counted twice


# --- lookups ---------------------------------------------------------------------------


def _citizen_id(db: Database, pin: str) -> int:
    row = db.execute("SELECT id FROM citizens WHERE pin = ?", (pin,)).fetchone()
    if row is None:
        raise Waiting(f"citizen:{pin}")
    return row[0]


def _require(db: Database, table: str, column: str, value: Any) -> None:
    if db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", (value,)).fetchone() is None:
        raise Waiting(f"{table}:{value}")


def _tail(key: str) -> str:
    """Operator and setting keys are ``FACILITY/name``."""
    return key.rsplit("/", 1)[-1]


# --- the site ---------------------------------------------------------------------------


def _facility(db: Database, d: dict, at: str) -> None:
    db.execute(
        "INSERT INTO facility (id, name, kind, country, region, district, catchment, timezone, currency)"
        " VALUES (:id, :name, :kind, :country, :region, :district, :catchment, :timezone, :currency)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
        " region = excluded.region, district = excluded.district, catchment = excluded.catchment,"
        " timezone = excluded.timezone, currency = excluded.currency",
        d,
    )


def _setting(db: Database, d: dict, at: str) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (d["key"], json.dumps(d["value"])),
    )


def _setting_removed(db: Database, key: str, at: str) -> None:
    db.execute("DELETE FROM settings WHERE key = ?", (_tail(key),))


def _operator(db: Database, d: dict, at: str) -> None:
    db.execute(
        "INSERT INTO operators (login, full_name, role, active, created_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (login) DO UPDATE SET full_name = excluded.full_name, role = excluded.role,"
        " active = excluded.active",
        (d["login"], d["full_name"], d["role"], int(d.get("active", True)), at),
    )


def _operator_removed(db: Database, key: str, at: str) -> None:
    db.execute("UPDATE operators SET active = 0 WHERE login = ?", (_tail(key),))


# --- citizens and their faces --------------------------------------------------------------


def _citizen(db: Database, d: dict, at: str) -> None:
    db.execute(
        "INSERT INTO citizens (pin, surname, given_name, patronymic, birth_date, sex, catchment, address,"
        " updated_at) VALUES (:pin, :surname, :given_name, :patronymic, :birth_date, :sex, :catchment,"
        " :address, :updated_at) ON CONFLICT (pin) DO UPDATE SET surname = excluded.surname,"
        " given_name = excluded.given_name, patronymic = excluded.patronymic,"
        " birth_date = excluded.birth_date, sex = excluded.sex, catchment = excluded.catchment,"
        " address = excluded.address, updated_at = excluded.updated_at, removed_at = NULL",
        {"patronymic": "", "address": "", **d},
    )


def _citizen_removed(db: Database, pin: str, at: str) -> None:
    """Moved away or gone: kept for the acts that name them, hidden, every face of theirs erased."""
    row = db.execute("SELECT id FROM citizens WHERE pin = ?", (pin,)).fetchone()
    if row is None:
        return
    db.execute("UPDATE citizens SET removed_at = ? WHERE id = ? AND removed_at IS NULL", (at, row[0]))
    db.execute(
        "UPDATE face_templates SET revoked_at = coalesce(revoked_at, ?), encoding = zeroblob(512)"
        " WHERE citizen_id = ?",
        (at, row[0]),
    )


def _template(db: Database, d: dict, at: str) -> None:
    encoding = base64.b64decode(d["encoding"])
    if len(encoding) != TEMPLATE_BYTES:
        raise ValueError(f"template {d['id']} has {len(encoding)} bytes, not {TEMPLATE_BYTES}")
    citizen_id = _citizen_id(db, d["citizen_pin"])
    db.execute(
        "INSERT INTO face_templates (citizen_id, encoding, source, registry_id, created_at)"
        " VALUES (?, ?, 'registry', ?, ?) ON CONFLICT (registry_id) DO UPDATE SET"
        " citizen_id = excluded.citizen_id, encoding = excluded.encoding, revoked_at = NULL",
        (citizen_id, encoding, d["id"], d.get("created_at", at)),
    )


def _template_removed(db: Database, key: str, at: str) -> None:
    """Revoked: the row stays for the record, the biometric data itself is erased."""
    db.execute(
        "UPDATE face_templates SET revoked_at = coalesce(revoked_at, ?), encoding = zeroblob(512)"
        " WHERE registry_id = ?",
        (at, key),
    )


# --- pharmacy ---------------------------------------------------------------------------------


def _drug(db: Database, d: dict, at: str) -> None:
    db.execute(
        "INSERT INTO drugs (code, name, form, unit, state_price, updated_at)"
        " VALUES (:code, :name, :form, :unit, :state_price, :updated_at) ON CONFLICT (code) DO UPDATE"
        " SET name = excluded.name, form = excluded.form, unit = excluded.unit,"
        " state_price = excluded.state_price, updated_at = excluded.updated_at",
        d,
    )


def _delivery(db: Database, d: dict, at: str) -> None:
    _require(db, "drugs", "code", d["drug_code"])
    fresh = db.execute(
        "INSERT INTO stock_deliveries (id, drug_code, quantity, delivered_at, received_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        (d["id"], d["drug_code"], d["quantity"], d["delivered_at"], at),
    ).rowcount
    if fresh:
        db.execute(
            "INSERT INTO stock (drug_code, quantity, updated_at) VALUES (?, ?, ?) ON CONFLICT (drug_code)"
            " DO UPDATE SET quantity = quantity + excluded.quantity, updated_at = excluded.updated_at",
            (d["drug_code"], d["quantity"], at),
        )


def _prescription(db: Database, d: dict, at: str) -> None:
    citizen_id = _citizen_id(db, d["citizen_pin"])
    for item in d["items"]:
        _require(db, "drugs", "code", item["drug_code"])
    db.execute(
        "INSERT INTO prescriptions (id, citizen_id, number, prescriber, issued_on, valid_from, valid_until,"
        " status) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " citizen_id = excluded.citizen_id, number = excluded.number, prescriber = excluded.prescriber,"
        " issued_on = excluded.issued_on, valid_from = excluded.valid_from,"
        " valid_until = excluded.valid_until, status = excluded.status",
        (
            d["id"],
            citizen_id,
            d["number"],
            d["prescriber"],
            d["issued_on"],
            d["valid_from"],
            d["valid_until"],
            d.get("status", "active"),
        ),
    )
    for item in d["items"]:
        _prescription_item(db, d["id"], item)


def _prescription_item(db: Database, prescription_id: str, item: dict) -> None:
    row = db.execute(
        "SELECT id, qty_dispensed FROM prescription_items WHERE registry_id = ?"
        " UNION ALL SELECT id, qty_dispensed FROM prescription_items"
        " WHERE prescription_id = ? AND drug_code = ? AND registry_id IS NULL LIMIT 1",
        (item["id"], prescription_id, item["drug_code"]),
    ).fetchone()
    prescribed = item["qty_prescribed"]
    if row is None:
        db.execute(
            "INSERT INTO prescription_items (prescription_id, drug_code, dosage, qty_prescribed,"
            " qty_dispensed, registry_id) VALUES (?, ?, ?, ?, ?, ?)",
            (
                prescription_id,
                item["drug_code"],
                item.get("dosage", ""),
                prescribed,
                min(prescribed, item.get("qty_dispensed", 0)),
                item["id"],
            ),
        )
        return
    local_id, local = row
    unsynced = db.execute(
        "SELECT coalesce(sum(di.quantity), 0) FROM dispense_items di"
        " JOIN dispenses d ON d.id = di.dispense_id JOIN outbox o ON o.tx_uuid = d.tx_uuid"
        " WHERE di.prescription_item_id = ? AND o.state != 'synced'",
        (local_id,),
    ).fetchone()[0]
    merged = min(prescribed, max(local, item.get("qty_dispensed", 0) + unsynced))
    db.execute(
        "UPDATE prescription_items SET registry_id = ?, dosage = ?, qty_prescribed = ?, qty_dispensed = ?"
        " WHERE id = ?",
        (item["id"], item.get("dosage", ""), prescribed, merged, local_id),
    )


def _prescription_removed(db: Database, key: str, at: str) -> None:
    db.execute("UPDATE prescriptions SET status = 'cancelled' WHERE id = ?", (key,))


# --- schools -------------------------------------------------------------------------------------


def _school(db: Database, d: dict, at: str) -> None:
    facility = db.execute("SELECT id FROM facility LIMIT 1").fetchone()
    if facility is None:
        raise Waiting("facility")
    db.execute(
        "INSERT INTO schools (id, facility_id, name) VALUES (?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name",
        (d["id"], facility[0], d["name"]),
    )


def _class(db: Database, d: dict, at: str) -> None:
    _require(db, "schools", "id", d["school_id"])
    db.execute(
        "INSERT INTO classes (id, school_id, name, grade) VALUES (:id, :school_id, :name, :grade)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, grade = excluded.grade",
        d,
    )


def _meal_session(db: Database, d: dict, at: str) -> None:
    _require(db, "schools", "id", d["school_id"])
    db.execute(
        "INSERT INTO meal_sessions (id, school_id, name, starts_at, ends_at, price, active)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
        " starts_at = excluded.starts_at, ends_at = excluded.ends_at, price = excluded.price,"
        " active = excluded.active",
        (
            d["id"],
            d["school_id"],
            d["name"],
            d["starts_at"],
            d["ends_at"],
            d["price"],
            int(d.get("active", 1)),
        ),
    )


def _student(db: Database, d: dict, at: str) -> None:
    citizen_id = _citizen_id(db, d["citizen_pin"])
    _require(db, "classes", "id", d["class_id"])
    db.execute(
        "INSERT INTO students (id, citizen_id, class_id, meal_eligible, eligibility_basis, active)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET citizen_id = excluded.citizen_id,"
        " class_id = excluded.class_id, meal_eligible = excluded.meal_eligible,"
        " eligibility_basis = excluded.eligibility_basis, active = excluded.active",
        (
            int(d["id"]),
            citizen_id,
            d["class_id"],
            int(d["meal_eligible"]),
            d.get("eligibility_basis", ""),
            int(d.get("active", True)),
        ),
    )


def _deactivate(table: str) -> Callable[[Database, str, str], None]:
    def remove(db: Database, key: str, at: str) -> None:
        db.execute(f"UPDATE {table} SET active = 0 WHERE id = ?", (key,))

    return remove


# --- what the registry says about our acts ------------------------------------------------------


def _decision(db: Database, d: dict, at: str) -> None:
    db.execute(
        "INSERT INTO application_decisions (application_id, decision, decided_at, note, received_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (application_id) DO UPDATE SET decision = excluded.decision,"
        " decided_at = excluded.decided_at, note = excluded.note, received_at = excluded.received_at",
        (d["application_id"], d["decision"], d["decided_at"], d.get("note", ""), at),
    )


def record_conflict(db: Database, d: Mapping[str, Any], at: str) -> None:
    """A conflict the registry found (from a push answer or the feed); kept once."""
    db.execute(
        "INSERT INTO sync_conflicts (id, kind, tx_uuid, with_tx, detected_at, details, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET with_tx = excluded.with_tx,"
        " details = CASE WHEN excluded.details = '{}' THEN sync_conflicts.details ELSE excluded.details END",
        (
            d["id"],
            d["kind"],
            d["tx_uuid"],
            json.dumps(d.get("with_tx", [])),
            d.get("detected_at", at),
            json.dumps(d.get("details", {}), ensure_ascii=False),
            at,
        ),
    )


def _ignore(db: Database, key: str, at: str) -> None:
    return None


HANDLERS: dict[str, tuple[Callable[[Database, dict, str], None], Callable[[Database, str, str], None]]] = {
    "facility": (_facility, _ignore),
    "setting": (_setting, _setting_removed),
    "operator": (_operator, _operator_removed),
    "citizen": (_citizen, _citizen_removed),
    "template": (_template, _template_removed),
    "drug": (_drug, _ignore),
    "delivery": (_delivery, _ignore),
    "prescription": (_prescription, _prescription_removed),
    "school": (_school, _ignore),
    "class": (_class, _ignore),
    "meal_session": (_meal_session, _deactivate("meal_sessions")),
    "student": (_student, _deactivate("students")),
    "decision": (_decision, _ignore),
    "conflict": (record_conflict, _ignore),
}
