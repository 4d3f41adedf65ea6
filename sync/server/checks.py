"""What an act must hold, beyond its shape, before the registry counts it.

- a plausible time: ``created_at`` no more than ``CLOCK_SLACK`` (a day) before the device was
  enrolled (``before_enrollment``: a clock set back, a battery gone) nor after the registry
  received it (``time_in_future``: a clock set forward), so an act never claims a future slot;
  a meal's ``served_on`` is the day of its ``created_at`` (a day either way for time zones);
  an audit entry's ``at`` is a time after 2000 and not in the future either (else the entry is
  stored, the trail going on, and marked with the problem);
- references that agree: a dispense's prescriptions, and an aid hand-over's entitlement, are its
  citizen's (``wrong_citizen``); a
  meal's school is one of the device's facility (``wrong_facility``), and its session and
  student are of that school (``wrong_school``).

A refused act is stored (the chain goes on) with its reason and nothing of its effects. A
prescription or an aid entitlement the registry does not hold is not refused: nothing is counted
against it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sync.protocol import times
from sync.protocol.bounds import CLOCK_SLACK
from sync.protocol.models import TxEnvelope
from sync.server.candidate import Candidate
from sync.server.db import Tx
from sync.server.publish import facility_scope

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)


def time_refusal(env: TxEnvelope, payload: Any, enrolled_at: str, received: datetime) -> str | None:
    """Why the act's time cannot be taken into account, or None."""
    at = env.device_time()
    if at is None:
        return "invalid_time"
    if at < times.parse(enrolled_at) - CLOCK_SLACK:
        return "before_enrollment"
    if at > received + CLOCK_SLACK:
        return "time_in_future"
    if env.kind == "meal" and abs(date.fromisoformat(payload.served_on) - at.date()).days > 1:
        return "invalid_payload"
    return None


def audit_time_problem(text: str, received: datetime) -> str | None:
    """What is wrong with an audit entry's time (``invalid_time``, ``time_in_future``), or None."""
    try:
        at = times.parse(text)
    except ValueError:
        return "invalid_time"
    if at < EARLIEST:
        return "invalid_time"
    if at > received + CLOCK_SLACK:
        return "time_in_future"
    return None


def refuse_mismatches(tx: Tx, device: dict[str, Any], candidates: list[Candidate]) -> None:
    """Mark rejected the live acts whose references do not agree (see the module's words)."""
    live = [c for c in candidates if c.outcome == "accepted"]
    dispenses = [c for c in live if c.env.kind == "dispense"]
    meals = [c for c in live if c.env.kind == "meal"]
    aids = [c for c in live if c.env.kind == "aid_handover"]
    if dispenses:
        owners = _data(
            tx, "prescription", {line.prescription_id for c in dispenses for line in c.payload.items}
        )
        for c in dispenses:
            if any(
                owners.get(line.prescription_id, {}).get("citizen_pin", c.payload.citizen_pin)
                != c.payload.citizen_pin
                for line in c.payload.items
            ):
                c.outcome, c.reason = "rejected", "wrong_citizen"
    if meals:
        _check_meals(tx, device, meals)
    if aids:
        entitled = _data(tx, "aid_entitlement", {c.payload.entitlement_id for c in aids})
        for c in aids:
            pin = c.payload.citizen_pin
            if entitled.get(c.payload.entitlement_id, {}).get("citizen_pin", pin) != pin:
                c.outcome, c.reason = "rejected", "wrong_citizen"


def _check_meals(tx: Tx, device: dict[str, Any], meals: list[Candidate]) -> None:
    schools = _scopes(tx, "school", {c.payload.school for c in meals})
    sessions = _data(tx, "meal_session", {c.payload.session for c in meals})
    students = _data(tx, "student", {str(c.payload.student_id) for c in meals})
    classes = _data(tx, "class", {str(s.get("class_id")) for s in students.values()})
    for c in meals:
        p = c.payload
        class_id = str(students.get(str(p.student_id), {}).get("class_id"))
        if schools.get(p.school) != facility_scope(device["facility_id"]):
            c.outcome, c.reason = "rejected", "wrong_facility"
        elif (
            sessions.get(p.session, {}).get("school_id") != p.school
            or classes.get(class_id, {}).get("school_id") != p.school
        ):
            c.outcome, c.reason = "rejected", "wrong_school"


def _rows(tx: Tx, entity: str, keys: Iterable[str]) -> list[dict[str, Any]]:
    """The entities' rows, removed ones included: an act recorded before a removal still holds."""
    return tx.all_in(
        "SELECT key, scope, data FROM entities WHERE entity = :e AND key IN {IN}", sorted(keys), {"e": entity}
    )


def _data(tx: Tx, entity: str, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
    return {r["key"]: json.loads(r["data"]) for r in _rows(tx, entity, keys)}


def _scopes(tx: Tx, entity: str, keys: Iterable[str]) -> dict[str, str]:
    return {r["key"]: r["scope"] for r in _rows(tx, entity, keys)}
