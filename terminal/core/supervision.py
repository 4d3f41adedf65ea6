"""What the supervisor's pages read from the store (run on the store thread through ``ctx.tasks.store``).

Read-only queries; nothing here writes. Each needs its role (the operator list:
managing operators; overrides and the audit trail, with names and reasons: reading
the audit trail; acts the registry refused and news it sent that could not be
applied: the same). Personal ID numbers leave as masked numbers only.
"""

from __future__ import annotations

from dataclasses import dataclass

from biometrics.phrases import Phrase
from sync.phrases import item_reason
from terminal.core import outbox
from terminal.core.citizens import full_name
from terminal.core.idnumbers import mask
from terminal.core.roles import Operator, require
from terminal.core.store import Store

RECENT = 200  # rows a page shows


@dataclass(frozen=True)
class OperatorRow:
    login: str
    full_name: str
    role: str
    active: bool
    has_pin: bool


@dataclass(frozen=True)
class OverrideRow:
    at: str
    citizen: str
    masked_pin: str
    dispensed_by: str
    approved_by: str
    reason: str


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    operator: str
    action: str
    subject: str


def operator_list(store: Store, operator: Operator) -> list[OperatorRow]:
    """Everyone registered on this terminal, those without a PIN yet too."""
    require(operator, "manage operators")
    rows = store.all(
        "SELECT login, full_name, role, active, secret_hash IS NOT NULL AS has_pin FROM operators"
        " ORDER BY active DESC, full_name"
    )
    return [
        OperatorRow(r["login"], r["full_name"], r["role"], bool(r["active"]), bool(r["has_pin"]))
        for r in rows
    ]


def overrides(store: Store, operator: Operator, limit: int = RECENT) -> list[OverrideRow]:
    """Dispenses where a supervisor vouched for a citizen Face-ID could not match, newest first."""
    require(operator, "read the audit trail")
    rows = store.all(
        "SELECT d.dispensed_at, d.override_reason, n.full_name AS nurse, s.full_name AS supervisor,"
        " c.pin, c.surname, c.given_name, c.patronymic"
        " FROM dispenses d JOIN citizens c ON c.id = d.citizen_id"
        " JOIN operators n ON n.id = d.operator_id LEFT JOIN operators s ON s.id = d.supervisor_id"
        " WHERE d.id_method = 'override' ORDER BY d.dispensed_at DESC, d.id DESC LIMIT ?",
        (limit,),
    )
    return [
        OverrideRow(
            r["dispensed_at"],
            full_name(r),
            mask(r["pin"]),
            r["nurse"],
            r["supervisor"] or "",
            r["override_reason"] or "",
        )
        for r in rows
    ]


def audit_entries(store: Store, operator: Operator, limit: int = RECENT) -> list[AuditRow]:
    """The newest entries of the audit trail, with the operator's name."""
    require(operator, "read the audit trail")
    rows = store.all(
        "SELECT a.seq, a.at, a.action, a.subject, o.full_name FROM audit a"
        " LEFT JOIN operators o ON o.id = a.operator_id ORDER BY a.seq DESC LIMIT ?",
        (limit,),
    )
    return [AuditRow(r["seq"], r["at"], r["full_name"] or "", r["action"], r["subject"]) for r in rows]


@dataclass(frozen=True)
class SetAsideAct:
    """A confirmed act the registry did not take: kept here, never sent again by itself."""

    at: str
    kind: str  # dispense, meal, application
    operator: str
    number: str  # the act's first 8 characters, to quote to the registry's help desk
    reason: Phrase


@dataclass(frozen=True)
class UnappliedChange:
    """News from the registry that this terminal could not apply (its data is not shown)."""

    at: str
    entity: str  # citizen, prescription, face_template, setting, ...
    reason: str  # technical words for the help desk, as recorded


def set_aside_acts(store: Store, operator: Operator, limit: int = RECENT) -> list[SetAsideAct]:
    """Acts set aside after the registry refused them, newest first, with the registry's reason."""
    require(operator, "read the audit trail")
    rows = store.all(
        "SELECT t.created_at, t.kind, t.uuid, o.last_error, p.full_name FROM outbox o"
        " JOIN transactions t ON t.uuid = o.tx_uuid LEFT JOIN operators p ON p.id = t.operator_id"
        " WHERE o.state = ? ORDER BY t.seq DESC LIMIT ?",
        (outbox.SET_ASIDE, limit),
    )
    return [
        SetAsideAct(
            r["created_at"], r["kind"], r["full_name"] or "", r["uuid"][:8], item_reason(r["last_error"])
        )
        for r in rows
    ]


def unapplied_changes(store: Store, operator: Operator, limit: int = RECENT) -> list[UnappliedChange]:
    """Changes from the registry kept aside because they could not be applied, newest first."""
    require(operator, "read the audit trail")
    rows = store.all(
        "SELECT received_at, entity, reason FROM sync_rejected_changes ORDER BY received_at DESC LIMIT ?",
        (limit,),
    )
    return [UnappliedChange(r["received_at"], r["entity"], r["reason"]) for r in rows]
