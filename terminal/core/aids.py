"""Technical aids for people with disabilities: a wheelchair, a hearing aid, a prosthesis, handed over
against the citizen's entitlement.

The registry sends each entitlement (a commission's decision: which aid, its state cost, valid from
and until); the social worker identifies the citizen by the shared step
(:mod:`terminal.core.identification`), picks one of the entitlements that can be handed over today,
types or scans the aid's serial number, and confirms. One act (kind ``aid_handover``) records it with
the state cost; an entitlement is handed over once. The same entitlement handed over at two offices
while both were offline is found by the registry (``aid_handed_twice``) and reported back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from biometrics.phrases import Phrase, term
from terminal.core import identification
from terminal.core.acts import record_act
from terminal.core.citizens import full_name
from terminal.core.clock import stamp, today
from terminal.core.dates import outside_validity
from terminal.core.errors import AidNotAvailable, InvalidInput
from terminal.core.identification import Identification
from terminal.core.idnumbers import mask
from terminal.core.money import format_money
from terminal.core.reversals import Reversal, reversal_of
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext
from terminal.core.workflows import AIDS

ACTION = AIDS.permission
KIND = AIDS.act_kind
CATEGORIES = {
    "mobility": term("mobility"),
    "hearing": term("hearing"),
    "vision": term("vision"),
    "prosthesis": term("prosthesis"),
    "care": term("care"),
}
# A serial number as printed on the aid's label or typed by a barcode scanner: letters, digits and - / .
SERIAL = re.compile(r"[A-Za-z0-9][A-Za-z0-9./-]{0,63}")


@dataclass(frozen=True)
class EntitlementView:
    id: str
    aid_code: str
    aid_name: str
    category: str
    state_cost: int
    decision_number: str
    valid_from: date
    valid_until: date
    problem: Phrase | None  # why it cannot be handed over today (code: cancelled, handed_over, expired...)

    @property
    def available(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class AidReceipt:
    number: str
    tx_uuid: str
    issued_at: str
    facility_name: str
    citizen_name: str
    masked_pin: str
    operator_name: str
    id_method: str
    aid_name: str
    category: str
    serial: str
    decision_number: str
    state_cost: int
    currency: str
    reversed: Reversal | None = None  # a supervisor cancelled the hand-over: it no longer counts

    def money(self, minor: int) -> str:
        return format_money(minor, self.currency)


def entitlement_problem(row: dict[str, Any], on: date) -> Phrase | None:
    """Why this entitlement cannot be handed over on ``on``, in plain words; None if it can."""
    if row["status"] == "cancelled":
        return Phrase("the entitlement was cancelled", code="cancelled")
    if row["status"] == "handed_over":
        return Phrase("it was already handed over", code="handed_over")
    return outside_validity(row["valid_from"], row["valid_until"], on)


class AidsService:
    def __init__(self, site: SiteContext) -> None:
        self.site = site

    def entitlements(self, operator: Operator, citizen_id: int) -> list[EntitlementView]:
        """The citizen's entitlements, those that can be handed over today first."""
        require(operator, ACTION)
        on = today(self.site.clock)
        rows = self.site.store.all(
            "SELECT * FROM aid_entitlements WHERE citizen_id = ? ORDER BY valid_until DESC, id", (citizen_id,)
        )
        views = [_view(r, entitlement_problem(r, on)) for r in rows]
        return sorted(views, key=lambda v: not v.available)

    def hand_over(
        self, operator: Operator, ident: Identification, entitlement_id: str, serial: str
    ) -> AidReceipt:
        """Record one hand-over as a confirmed act and return its receipt."""
        require(operator, ACTION)
        serial = _serial(serial)
        site = self.site
        with site.store.write() as db:
            identified = identification.confirm(db, site, operator, ident)
            citizen = identified.citizen
            row = site.store.one("SELECT * FROM aid_entitlements WHERE id = ?", (entitlement_id,))
            if row is None or row["citizen_id"] != citizen["id"]:
                # Say nothing about whose entitlement it is.
                raise InvalidInput(field="aid", reason="this is not an entitlement of this person")
            problem = entitlement_problem(row, today(site.clock))
            if problem:
                raise AidNotAvailable(aid=row["aid_name"], reason=problem)
            at = stamp(site.clock)
            act = record_act(
                db,
                kind=KIND,
                operator_id=operator.id,
                at=at,
                subject=f"citizen:{citizen['id']}",
                payload={
                    "facility": site.facility.id,
                    **identified.payload(),
                    "entitlement_id": row["id"],
                    "aid_code": row["aid_code"],
                    "serial": serial,
                    "state_cost": row["state_cost"],
                },
            )
            db.execute(
                "INSERT INTO aid_handovers (tx_uuid, entitlement_id, citizen_id, aid_code, aid_name, serial,"
                " state_cost, id_method, match_distance, supervisor_id, override_reason, operator_id,"
                " handed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    act.uuid,
                    row["id"],
                    citizen["id"],
                    row["aid_code"],
                    row["aid_name"],
                    serial,
                    row["state_cost"],
                    identified.method,
                    identified.distance,
                    identified.supervisor_id,
                    identified.override_reason,
                    operator.id,
                    at,
                ),
            )
            db.execute("UPDATE aid_entitlements SET status = 'handed_over' WHERE id = ?", (row["id"],))
            identification.settle(db, site, operator, identified, act.uuid, at)
        return load_aid_receipt(site, act.uuid)

    def receipt(self, operator: Operator, tx_uuid: str) -> AidReceipt:
        """A recorded hand-over's receipt again, for reprinting."""
        require(operator, ACTION)
        return load_aid_receipt(self.site, tx_uuid)

    def handed_today(self, operator: Operator) -> list[dict[str, Any]]:
        """Today's hand-overs at this terminal, newest first: time, aid, serial, state cost, ``reversed``
        when a supervisor cancelled it, and ``handed_twice`` when the registry found the same entitlement
        handed over at another office."""
        require(operator, ACTION)
        on = today(self.site.clock).isoformat()
        return self.site.store.all(
            "SELECT h.tx_uuid, h.handed_at, h.aid_name, h.serial, h.state_cost,"
            " h.tx_uuid IN (SELECT reversed_tx FROM reversals) AS reversed,"
            " EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.kind = 'aid_handed_twice'"
            "  AND c.resolved_at IS NULL AND (c.tx_uuid = h.tx_uuid"
            "  OR EXISTS (SELECT 1 FROM json_each(c.with_tx) WHERE value = h.tx_uuid))) AS handed_twice"
            " FROM aid_handovers h"
            " WHERE substr(h.handed_at, 1, 10) = ? ORDER BY h.handed_at DESC, h.id DESC",
            (on,),
        )


def load_aid_receipt(site: SiteContext, tx_uuid: str) -> AidReceipt:
    head = site.store.one(
        "SELECT h.*, t.seq, e.category, e.decision_number, c.surname, c.given_name, c.patronymic, c.pin,"
        " o.full_name AS operator FROM aid_handovers h JOIN transactions t ON t.uuid = h.tx_uuid"
        " JOIN aid_entitlements e ON e.id = h.entitlement_id"
        " JOIN citizens c ON c.id = h.citizen_id JOIN operators o ON o.id = h.operator_id"
        " WHERE h.tx_uuid = ?",
        (tx_uuid,),
    )
    if head is None:
        raise InvalidInput(field="receipt", reason="no hand-over with this number")
    return AidReceipt(
        number=f"{site.facility.id}-{head['seq']:07d}",
        tx_uuid=tx_uuid,
        issued_at=head["handed_at"],
        facility_name=site.facility.name,
        citizen_name=full_name(head),
        masked_pin=mask(head["pin"]),
        operator_name=head["operator"],
        id_method=head["id_method"],
        aid_name=head["aid_name"],
        category=head["category"],
        serial=head["serial"],
        decision_number=head["decision_number"],
        state_cost=head["state_cost"],
        currency=site.facility.currency,
        reversed=reversal_of(site, tx_uuid),
    )


def _serial(text: str) -> str:
    serial = (text or "").strip()
    if not serial:
        raise InvalidInput(field="serial number", reason="type or scan the serial number on the aid's label")
    if not SERIAL.fullmatch(serial):
        raise InvalidInput(
            field="serial number", reason="use only letters, digits and - / . (at most 64 characters)"
        )
    return serial


def _view(row: dict[str, Any], problem: Phrase | None) -> EntitlementView:
    return EntitlementView(
        id=row["id"],
        aid_code=row["aid_code"],
        aid_name=row["aid_name"],
        category=row["category"],
        state_cost=row["state_cost"],
        decision_number=row["decision_number"],
        valid_from=date.fromisoformat(row["valid_from"]),
        valid_until=date.fromisoformat(row["valid_until"]),
        problem=problem,
    )
