"""The registry's news for dispensing: medicines, their deliveries to this site, and prescriptions.

Quantities dispensed merge, they are never overwritten: the registry sends
what it knows from every site (``R``); acts of this terminal it has not taken
into account yet (``U``, not synced) are added, and the local figure never goes
down: ``qty_dispensed = min(prescribed, max(local, R + U))``.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from terminal.core.news_rules import Handlers, citizen_id, ignore, require_row


def _drug(db: Database, d: dict[str, Any], at: str) -> None:
    db.execute(
        "INSERT INTO drugs (code, name, form, unit, state_price, updated_at)"
        " VALUES (:code, :name, :form, :unit, :state_price, :updated_at) ON CONFLICT (code) DO UPDATE"
        " SET name = excluded.name, form = excluded.form, unit = excluded.unit,"
        " state_price = excluded.state_price, updated_at = excluded.updated_at",
        {k: d[k] for k in ("code", "name", "form", "unit", "state_price", "updated_at")},
    )
    # The product codes on its packs (terminal.core.packs), as the registry lists them now.
    gtins = sorted(set(d.get("gtins") or ()))
    db.execute(
        f"DELETE FROM drug_gtins WHERE drug_code = ? AND gtin NOT IN ({','.join('?' * len(gtins))})",
        (d["code"], *gtins),
    )
    db.conn.executemany(
        "INSERT INTO drug_gtins (gtin, drug_code) VALUES (?, ?)"
        " ON CONFLICT (gtin) DO UPDATE SET drug_code = excluded.drug_code",
        [(g, d["code"]) for g in gtins],
    )


def _delivery(db: Database, d: dict[str, Any], at: str) -> None:
    require_row(db, "drugs", "code", d["drug_code"])
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


def _prescription(db: Database, d: dict[str, Any], at: str) -> None:
    owner = citizen_id(db, d["citizen_pin"])
    for item in d["items"]:
        require_row(db, "drugs", "code", item["drug_code"])
    db.execute(
        "INSERT INTO prescriptions (id, citizen_id, number, prescriber, issued_on, valid_from, valid_until,"
        " status) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " citizen_id = excluded.citizen_id, number = excluded.number, prescriber = excluded.prescriber,"
        " issued_on = excluded.issued_on, valid_from = excluded.valid_from,"
        " valid_until = excluded.valid_until, status = excluded.status",
        (
            d["id"],
            owner,
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


def _prescription_item(db: Database, prescription_id: str, item: dict[str, Any]) -> None:
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
        " JOIN live_dispenses d ON d.id = di.dispense_id JOIN outbox o ON o.tx_uuid = d.tx_uuid"
        " WHERE di.prescription_item_id = ? AND o.state != 'synced'",
        (local_id,),
    ).fetchone()[0]
    # Synced hand-outs whose reversal the registry has not had yet: it still counts them.
    given_back = db.execute(
        "SELECT coalesce(sum(di.quantity), 0) FROM dispense_items di"
        " JOIN dispenses d ON d.id = di.dispense_id JOIN outbox od ON od.tx_uuid = d.tx_uuid"
        " JOIN reversals r ON r.reversed_tx = d.tx_uuid JOIN outbox o ON o.tx_uuid = r.tx_uuid"
        " WHERE di.prescription_item_id = ? AND od.state = 'synced' AND o.state != 'synced'",
        (local_id,),
    ).fetchone()[0]
    merged = min(prescribed, max(local, item.get("qty_dispensed", 0) + unsynced - given_back))
    db.execute(
        "UPDATE prescription_items SET registry_id = ?, dosage = ?, qty_prescribed = ?, qty_dispensed = ?"
        " WHERE id = ?",
        (item["id"], item.get("dosage", ""), prescribed, merged, local_id),
    )


def _prescription_removed(db: Database, key: str, at: str) -> None:
    db.execute("UPDATE prescriptions SET status = 'cancelled' WHERE id = ?", (key,))


NEWS: Handlers = {
    "drug": (_drug, ignore),
    "delivery": (_delivery, ignore),
    "prescription": (_prescription, _prescription_removed),
}
