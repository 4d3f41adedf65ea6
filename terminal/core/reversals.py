"""Reversing a mistaken dispense, meal or aid hand-over: a supervisor's act with a reason; nothing is
deleted.

The reversal is a confirmed act of its own (kind ``reversal``, synced like any other) that names the
act it cancels. In its transaction: a dispense's quantities go back to its prescription lines and
to stock; a meal's student may be served that session again; an aid's entitlement can be handed over
again. Receipts, the patient's history, the day's totals, the meal reports and the aids' act count
only acts not reversed (the views ``live_dispenses``, ``live_meals`` and ``live_aid_handovers``) and
say which were. An act is reversed at most once. Which workflows' acts may be reversed, their
descriptors say (``Workflow.reversible``).

Who: a supervisor signed in, writing the reason (in the window they type their PIN again: their
own word); or the operator at the desk (whose role records such acts) with another supervisor's
word (login, PIN and reason, as for a meal outside its hours: :func:`terminal.core.operators.check_word`).

What the supervisor chooses from: :func:`todays_acts`, the day's reversible acts at this terminal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from biometrics.phrases import term
from terminal.core.acts import record_act
from terminal.core.citizens import full_name
from terminal.core.clock import stamp, today
from terminal.core.errors import HamyonError
from terminal.core.operators import MIN_REASON, SupervisorWord, WordRefused, supervisors_word
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext
from terminal.core.workflows import WORKFLOWS

RECENT = 200  # acts of each kind the day's list shows at most
REVERSIBLE = {w.act_kind: w.permission for w in WORKFLOWS if w.reversible}  # act kind: who records it
ACTION = term("reverse a recorded act")


class NotReversible(HamyonError):
    code = "not_reversible"
    template = "Only a dispense, a meal or an aid's hand-over recorded at this terminal can be reversed."


class AlreadyReversed(HamyonError):
    code = "already_reversed"
    template = "This was reversed already, on {at} by {supervisor}: {reason}."


@dataclass(frozen=True)
class Reversal:
    tx_uuid: str  # the reversal's own act
    reversed_tx: str  # the act it cancels
    kind: str  # the reversed act's kind: "dispense", "meal" or "aid_handover"
    supervisor: str  # full name
    reason: str
    at: str


_REVERSAL_SQL = (
    "SELECT r.*, o.full_name AS supervisor FROM reversals r JOIN operators o ON o.id = r.supervisor_id"
)


def reversal_of(site: SiteContext, tx_uuid: str) -> Reversal | None:
    """The reversal that cancelled this act, or None."""
    row = site.store.one(_REVERSAL_SQL + " WHERE r.reversed_tx = ?", (tx_uuid,))
    return _reversal(row) if row else None


@dataclass(frozen=True)
class RecordedAct:
    """A reversible act recorded at this terminal, as the supervisor's list of the day shows it."""

    tx_uuid: str
    kind: str  # "dispense", "meal" or "aid_handover"
    at: str
    person: str  # the citizen's or the student's full name
    medicines: tuple[tuple[str, int, str], ...]  # a dispense's (medicine, quantity, unit)
    session: str  # a meal's session ("Lunch": a core word)
    class_name: str  # a meal's class
    operator: str  # who recorded it
    reversed: Reversal | None
    aid: tuple[str, str] = ("", "")  # an aid hand-over's (aid, serial number)


def todays_acts(site: SiteContext, operator: Operator, day: date | None = None) -> list[RecordedAct]:
    """The dispenses, meals and aid hand-overs of ``day`` (default today) at this terminal, newest first,
    reversed or not: what a supervisor may reverse. Read only; for supervisors."""
    require(operator, ACTION)
    day = day or today(site.clock)
    start, end, on = day.isoformat(), (day + timedelta(days=1)).isoformat(), day.isoformat()
    store = site.store
    dispenses = store.all(
        "SELECT d.id, d.tx_uuid, d.dispensed_at AS at, t.seq, o.full_name AS operator,"
        " c.surname, c.given_name, c.patronymic FROM dispenses d"
        " JOIN transactions t ON t.uuid = d.tx_uuid JOIN operators o ON o.id = d.operator_id"
        " JOIN citizens c ON c.id = d.citizen_id WHERE d.dispensed_at >= ? AND d.dispensed_at < ?"
        " ORDER BY t.seq DESC LIMIT ?",
        (start, end, RECENT),
    )
    meals = store.all(
        "SELECT m.tx_uuid, m.served_at AS at, t.seq, o.full_name AS operator, ms.name AS session,"
        " cl.name AS class_name, c.surname, c.given_name, c.patronymic FROM meals m"
        " JOIN transactions t ON t.uuid = m.tx_uuid JOIN operators o ON o.id = m.operator_id"
        " JOIN meal_sessions ms ON ms.id = m.session_id JOIN classes cl ON cl.id = m.class_id"
        " JOIN students s ON s.id = m.student_id JOIN citizens c ON c.id = s.citizen_id"
        " WHERE m.served_on = ? ORDER BY t.seq DESC LIMIT ?",
        (on, RECENT),
    )
    aids = store.all(
        "SELECT h.tx_uuid, h.handed_at AS at, t.seq, o.full_name AS operator, h.aid_name, h.serial,"
        " c.surname, c.given_name, c.patronymic FROM aid_handovers h"
        " JOIN transactions t ON t.uuid = h.tx_uuid JOIN operators o ON o.id = h.operator_id"
        " JOIN citizens c ON c.id = h.citizen_id WHERE h.handed_at >= ? AND h.handed_at < ?"
        " ORDER BY t.seq DESC LIMIT ?",
        (start, end, RECENT),
    )
    lines: dict[int, list[tuple[str, int, str]]] = {d["id"]: [] for d in dispenses}
    if dispenses:
        marks = ",".join("?" * len(dispenses))
        for row in store.all(
            "SELECT di.dispense_id, dr.name, di.quantity, dr.unit FROM dispense_items di"
            f" JOIN drugs dr ON dr.code = di.drug_code WHERE di.dispense_id IN ({marks}) ORDER BY di.id",
            list(lines),
        ):
            lines[row["dispense_id"]].append((row["name"], row["quantity"], row["unit"]))
    reversals = {
        r["reversed_tx"]: _reversal(r)
        for r in store.all(
            _REVERSAL_SQL + " WHERE r.reversed_tx IN (SELECT tx_uuid FROM dispenses WHERE dispensed_at >= ?"
            " AND dispensed_at < ? UNION SELECT tx_uuid FROM meals WHERE served_on = ?"
            " UNION SELECT tx_uuid FROM aid_handovers WHERE handed_at >= ? AND handed_at < ?)",
            (start, end, on, start, end),
        )
    }
    acts = (
        [
            (
                d["seq"],
                RecordedAct(
                    d["tx_uuid"],
                    "dispense",
                    d["at"],
                    full_name(d),
                    tuple(lines[d["id"]]),
                    "",
                    "",
                    d["operator"],
                    reversals.get(d["tx_uuid"]),
                ),
            )
            for d in dispenses
        ]
        + [
            (
                m["seq"],
                RecordedAct(
                    m["tx_uuid"],
                    "meal",
                    m["at"],
                    full_name(m),
                    (),
                    m["session"],
                    m["class_name"],
                    m["operator"],
                    reversals.get(m["tx_uuid"]),
                ),
            )
            for m in meals
        ]
        + [
            (
                h["seq"],
                RecordedAct(
                    h["tx_uuid"],
                    "aid_handover",
                    h["at"],
                    full_name(h),
                    (),
                    "",
                    "",
                    h["operator"],
                    reversals.get(h["tx_uuid"]),
                    (h["aid_name"], h["serial"]),
                ),
            )
            for h in aids
        ]
    )
    acts.sort(key=lambda pair: pair[0], reverse=True)  # the order they were recorded in, newest first
    return [act for _seq, act in acts]


class ReversalService:
    def __init__(self, site: SiteContext) -> None:
        self.site = site

    def reverse(
        self, operator: Operator, tx_uuid: str, *, reason: str = "", word: SupervisorWord | None = None
    ) -> Reversal:
        """Cancel the act ``tx_uuid`` by a new act; see the module's words for who may."""
        site = self.site
        act = site.store.one("SELECT kind, payload FROM transactions WHERE uuid = ?", (tx_uuid,))
        if act is None or act["kind"] not in REVERSIBLE:
            raise NotReversible()
        if word is None:
            require(operator, ACTION)
            supervisor = operator
        else:
            if operator.role != "supervisor" or word.login != operator.login:
                require(operator, REVERSIBLE[act["kind"]])  # four eyes: the operator recorded such acts
            supervisor = supervisors_word(site, operator, word, action=ACTION, purpose="reversal")
            reason = word.reason
        reason = " ".join(reason.split())
        if len(reason) < MIN_REASON:
            raise WordRefused(reason="write the reason")
        with site.store.write() as db:
            earlier = reversal_of(site, tx_uuid)
            if earlier is not None:
                raise AlreadyReversed(
                    at=earlier.at[:16].replace("T", " "), supervisor=earlier.supervisor, reason=earlier.reason
                )
            at = stamp(site.clock)
            subject = _subject(site, act["kind"], tx_uuid, json.loads(act["payload"]))
            rev = record_act(
                db,
                kind="reversal",
                operator_id=operator.id,
                at=at,
                subject=subject,
                payload={
                    "facility": site.facility.id,
                    "reverses": tx_uuid,
                    "reverses_kind": act["kind"],
                    "reason": reason,
                    "supervisor_id": supervisor.id,
                },
                details={"reverses": tx_uuid, "kind": act["kind"], "supervisor": supervisor.id},
            )
            db.execute(
                "INSERT INTO reversals (tx_uuid, reversed_tx, kind, operator_id, supervisor_id, reason,"
                " reversed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (rev.uuid, tx_uuid, act["kind"], operator.id, supervisor.id, reason, at),
            )
            _UNDO[act["kind"]](db, tx_uuid, at)
        return Reversal(rev.uuid, tx_uuid, act["kind"], supervisor.full_name, reason, at)


def _give_back(db: Database, tx_uuid: str, at: str) -> None:
    """A reversed dispense's quantities back on its prescription lines and in stock."""
    lines = db.execute(
        "SELECT di.prescription_item_id, di.drug_code, di.quantity FROM dispense_items di"
        " JOIN dispenses d ON d.id = di.dispense_id WHERE d.tx_uuid = ?",
        (tx_uuid,),
    ).fetchall()
    for item_id, drug_code, quantity in lines:
        db.execute(
            "UPDATE prescription_items SET qty_dispensed = max(qty_dispensed - ?, 0) WHERE id = ?",
            (quantity, item_id),
        )
        db.execute(
            "UPDATE stock SET quantity = quantity + ?, updated_at = ? WHERE drug_code = ?",
            (quantity, at, drug_code),
        )


def _entitlement_back(db: Database, tx_uuid: str, at: str) -> None:
    """A reversed aid hand-over's entitlement can be handed over again (unless cancelled meanwhile)."""
    db.execute(
        "UPDATE aid_entitlements SET status = 'active' WHERE status = 'handed_over'"
        " AND id = (SELECT entitlement_id FROM aid_handovers WHERE tx_uuid = ?)",
        (tx_uuid,),
    )


def _nothing_to_give_back(db: Database, tx_uuid: str, at: str) -> None:
    """A reversed meal: the view ``live_meals`` no longer counts it; nothing else changes."""


# What a reversal gives back, by the reversed act's kind: one for every reversible workflow.
_UNDO = {"dispense": _give_back, "meal": _nothing_to_give_back, "aid_handover": _entitlement_back}
_SUBJECT_TABLE = {"dispense": "dispenses", "aid_handover": "aid_handovers"}


def _subject(site: SiteContext, kind: str, tx_uuid: str, payload: dict[str, Any]) -> str:
    """Who the reversed act was about, as the audit trail names people: by internal id."""
    if kind == "meal":
        return f"student:{payload.get('student_id')}"
    table = _SUBJECT_TABLE[kind]
    citizen = site.store.scalar(f"SELECT citizen_id FROM {table} WHERE tx_uuid = ?", (tx_uuid,))
    return f"citizen:{citizen}" if citizen else kind


def _reversal(row: dict[str, Any]) -> Reversal:
    return Reversal(
        row["tx_uuid"], row["reversed_tx"], row["kind"], row["supervisor"], row["reason"], row["reversed_at"]
    )
