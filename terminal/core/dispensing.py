"""Dispensing free medicines against a citizen's e-prescriptions.

Rules: only the identified citizen's active, unexpired prescriptions; never
more than remains on the prescription or lies in stock; the identification
method is recorded (face, ID number with face verification, or a supervisor's
override with a written reason); the receipt shows what the state paid.

The citizen is identified by the step every workflow shares
(:mod:`terminal.core.identification`): an override's grant is used up, and a
typed ID number audited, in the dispense's own transaction.

Where the facility scans packs (setting ``scan_packs``), every medicine handed
out has its packs scanned (:mod:`terminal.core.packs`): each must be of that
medicine (its GTIN), unexpired, scanned once, and not handed out before at this
terminal; the packs travel in the signed act and are printed on the receipt.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from biometrics.phrases import Phrase
from terminal.core import identification
from terminal.core.acts import record_act
from terminal.core.clock import stamp, today
from terminal.core.dates import outside_validity
from terminal.core.dispense_packs import check_packs, gtins_of, record_packs, which_line
from terminal.core.dosage import suggested_quantity
from terminal.core.errors import (
    InvalidInput,
    PrescriptionNotDispensable,
    QuantityExceedsPrescription,
    QuantityExceedsStock,
)
from terminal.core.identification import Identification
from terminal.core.packs import Pack, read_pack
from terminal.core.receipts import Receipt, load_receipt
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext

LOW_STOCK = 20  # units; below this the screen warns the nurse


@dataclass(frozen=True)
class DispenseLine:
    item_id: int
    quantity: int
    packs: tuple[Pack, ...] = ()  # scanned at hand-out (required where the facility scans packs)


@dataclass(frozen=True)
class ItemView:
    item_id: int
    drug_code: str
    drug_name: str
    form: str
    unit: str
    dosage: str
    prescribed: int
    dispensed: int
    remaining: int
    in_stock: int
    unit_price: int
    warnings: tuple[Phrase, ...]  # the prescription's problem first, then nothing left / out of / low stock
    suggested: int = 0  # the default to hand out: a dispensing period's worth (see terminal.core.dosage)
    gtins: tuple[str, ...] = ()  # the product codes of this medicine's packs


@dataclass(frozen=True)
class PrescriptionView:
    id: str
    number: str
    prescriber: str
    issued_on: date
    valid_from: date
    valid_until: date
    problem: Phrase | None  # why it cannot be dispensed today (code: cancelled, expired, not_yet_valid)
    items: tuple[ItemView, ...]

    @property
    def dispensable(self) -> bool:
        return self.problem is None and any(i.remaining and i.in_stock for i in self.items)


_ITEMS_SQL = """
SELECT i.id AS item_id, i.prescription_id, i.drug_code, i.dosage, i.qty_prescribed,
       i.qty_dispensed, d.name AS drug_name, d.form, d.unit, d.state_price,
       coalesce(s.quantity, 0) AS in_stock,
       p.citizen_id, p.number, p.prescriber, p.issued_on, p.valid_from, p.valid_until, p.status
FROM prescription_items i
JOIN prescriptions p ON p.id = i.prescription_id
JOIN drugs d ON d.code = i.drug_code
LEFT JOIN stock s ON s.drug_code = i.drug_code
"""


def prescription_problem(row: dict[str, Any], on: date) -> Phrase | None:
    """Why this prescription cannot be dispensed on ``on``, in plain words; None if it can."""
    if row["status"] == "cancelled":
        return Phrase("it was cancelled", code="cancelled")
    return outside_validity(row["valid_from"], row["valid_until"], on)


def _item_warnings(row: dict[str, Any], problem: Phrase | None) -> tuple[Phrase, ...]:
    remaining = row["qty_prescribed"] - row["qty_dispensed"]
    warnings = []
    if problem:
        warnings.append(problem)
    if remaining == 0:
        warnings.append(Phrase("nothing left on the prescription", code="nothing_left"))
    elif row["in_stock"] == 0:
        warnings.append(Phrase("out of stock", code="out_of_stock"))
    elif row["in_stock"] < min(remaining, LOW_STOCK):
        warnings.append(Phrase("low stock: {count} left", {"count": row["in_stock"]}, code="low_stock"))
    return tuple(warnings)


class DispensingService:
    def __init__(self, site: SiteContext) -> None:
        self.site = site

    def prescriptions(self, operator: Operator, citizen_id: int) -> list[PrescriptionView]:
        """The citizen's prescriptions, dispensable ones first, each with its warnings."""
        require(operator, "dispense medicines")
        on = today(self.site.clock)
        rows = self.site.store.all(
            _ITEMS_SQL + " WHERE p.citizen_id = ? ORDER BY p.valid_until DESC, i.id", (citizen_id,)
        )
        grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
        gtins = gtins_of(self.site, {r["drug_code"] for r in rows})
        for row in rows:
            row["gtins"] = tuple(gtins.get(row["drug_code"], ()))
            grouped[row["prescription_id"]].append(row)
        views = []
        for pid, items in grouped.items():
            head = items[0]
            problem = prescription_problem(head, on)
            views.append(
                PrescriptionView(
                    id=pid,
                    number=head["number"],
                    prescriber=head["prescriber"],
                    issued_on=date.fromisoformat(head["issued_on"]),
                    valid_from=date.fromisoformat(head["valid_from"]),
                    valid_until=date.fromisoformat(head["valid_until"]),
                    problem=problem,
                    items=tuple(_item_view(r, problem) for r in items),
                )
            )
        return sorted(views, key=lambda v: not v.dispensable)

    def dispense(self, operator: Operator, ident: Identification, lines: Sequence[DispenseLine]) -> Receipt:
        """Record one dispense as a confirmed act and return its receipt."""
        require(operator, "dispense medicines")
        _check_lines(lines)
        site = self.site
        on = today(site.clock)
        with site.store.write() as db:
            identified = identification.confirm(db, site, operator, ident)
            citizen = identified.citizen
            rows = {
                r["item_id"]: r
                for r in site.store.all(
                    _ITEMS_SQL + f" WHERE i.id IN ({','.join('?' * len(lines))})",
                    [line.item_id for line in lines],
                )
            }
            _check_against_prescriptions(lines, rows, ident.citizen_id, on)
            check_packs(site, lines, rows, on)
            at = stamp(site.clock)
            items = [
                {
                    "item_id": line.item_id,
                    "prescription_id": rows[line.item_id]["prescription_id"],
                    "drug_code": rows[line.item_id]["drug_code"],
                    "quantity": line.quantity,
                    "unit_price": rows[line.item_id]["state_price"],
                    "cost": line.quantity * rows[line.item_id]["state_price"],
                    **({"packs": [p.payload() for p in line.packs]} if line.packs else {}),
                }
                for line in lines
            ]
            total = sum(i["cost"] for i in items)
            act = record_act(
                db,
                kind="dispense",
                operator_id=operator.id,
                at=at,
                subject=f"citizen:{citizen['id']}",
                payload={
                    "facility": site.facility.id,
                    **identified.payload(),
                    "items": [{k: v for k, v in i.items() if k != "cost"} for i in items],
                    "total_cost": total,
                },
            )
            dispense_id = db.execute(
                "INSERT INTO dispenses (tx_uuid, citizen_id, operator_id, id_method, match_distance,"
                " supervisor_id, override_reason, dispensed_at, total_cost)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    act.uuid,
                    citizen["id"],
                    operator.id,
                    identified.method,
                    identified.distance,
                    identified.supervisor_id,
                    identified.override_reason,
                    at,
                    total,
                ),
            ).lastrowid
            identification.settle(db, site, operator, identified, act.uuid, at)
            for i in items:
                db.execute(
                    "INSERT INTO dispense_items (dispense_id, prescription_item_id, drug_code,"
                    " quantity, unit_price, cost) VALUES (?, ?, ?, ?, ?, ?)",
                    (dispense_id, i["item_id"], i["drug_code"], i["quantity"], i["unit_price"], i["cost"]),
                )
                db.execute(
                    "UPDATE prescription_items SET qty_dispensed = qty_dispensed + ? WHERE id = ?",
                    (i["quantity"], i["item_id"]),
                )
                db.execute(
                    "UPDATE stock SET quantity = quantity - ?, updated_at = ? WHERE drug_code = ?",
                    (i["quantity"], at, i["drug_code"]),
                )
            record_packs(db, dispense_id, act.uuid, lines)
        return load_receipt(site, act.uuid)

    def scan_pack(
        self, operator: Operator, item_ids: Sequence[int], text: str, taken: Sequence[Pack]
    ) -> tuple[int, Pack]:
        """The scanned pack and which of these prescription lines it belongs to; refused (PackUnreadable,
        PackWrongMedicine, PackRefused) when it is of none of them, expired, scanned already in this
        hand-out (``taken``) or handed out before at this terminal."""
        require(operator, "dispense medicines")
        pack = read_pack(text, str(self.site.setting("pack_scanner_gs")))
        rows = self.site.store.all(
            _ITEMS_SQL + f" WHERE i.id IN ({','.join('?' * len(item_ids))}) ORDER BY i.id", list(item_ids)
        )
        return which_line(self.site, pack, rows, today(self.site.clock), taken), pack

    def receipt(self, operator: Operator, tx_uuid: str) -> Receipt:
        """A recorded dispense's receipt again, for reprinting."""
        require(operator, "dispense medicines")
        return load_receipt(self.site, tx_uuid)


def _item_view(row: dict[str, Any], problem: Phrase | None) -> ItemView:
    remaining = row["qty_prescribed"] - row["qty_dispensed"]
    suggested = suggested_quantity(
        dosage=row["dosage"],
        unit=row["unit"],
        prescribed=row["qty_prescribed"],
        remaining=remaining,
        in_stock=row["in_stock"],
        valid_from=date.fromisoformat(row["valid_from"]),
        valid_until=date.fromisoformat(row["valid_until"]),
    )
    return ItemView(
        item_id=row["item_id"],
        drug_code=row["drug_code"],
        drug_name=row["drug_name"],
        form=row["form"],
        unit=row["unit"],
        dosage=row["dosage"],
        prescribed=row["qty_prescribed"],
        dispensed=row["qty_dispensed"],
        remaining=remaining,
        in_stock=row["in_stock"],
        unit_price=row["state_price"],
        warnings=_item_warnings(row, problem),
        suggested=0 if problem else suggested,
        gtins=row.get("gtins", ()),
    )


def _check_lines(lines: Sequence[DispenseLine]) -> None:
    if not lines:
        raise InvalidInput(field="medicines", reason="choose at least one medicine to hand out")
    seen = set()
    for line in lines:
        if not isinstance(line.quantity, int) or isinstance(line.quantity, bool) or line.quantity <= 0:
            raise InvalidInput(field="quantity", reason="must be a whole number above zero")
        if line.item_id in seen:
            raise InvalidInput(field="medicines", reason="the same prescription line is listed twice")
        seen.add(line.item_id)


def _check_against_prescriptions(
    lines: Sequence[DispenseLine], rows: dict[int, dict[str, Any]], citizen_id: int, on: date
) -> None:
    per_drug: dict[str, int] = defaultdict(int)
    for line in lines:
        row = rows.get(line.item_id)
        if row is None or row["citizen_id"] != citizen_id:
            # Say nothing about whose prescription it is.
            raise InvalidInput(field="medicines", reason="this is not a prescription of this patient")
        problem = prescription_problem(row, on)
        if problem:
            raise PrescriptionNotDispensable(number=row["number"], reason=problem)
        remaining = row["qty_prescribed"] - row["qty_dispensed"]
        if line.quantity > remaining:
            raise QuantityExceedsPrescription(
                drug=row["drug_name"], requested=line.quantity, remaining=remaining
            )
        per_drug[row["drug_code"]] += line.quantity
    for code, wanted in per_drug.items():
        row = next(r for r in rows.values() if r["drug_code"] == code)
        if wanted > row["in_stock"]:
            raise QuantityExceedsStock(drug=row["drug_name"], requested=wanted, in_stock=row["in_stock"])
