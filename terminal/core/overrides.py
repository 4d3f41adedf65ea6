"""A supervisor's override: when Face-ID cannot identify a patient, a supervisor vouches for them.

The supervisor signs with their own login and PIN (checked like a sign-in:
argon2, audited, counting toward the lockout) and writes the reason. That
gives a one-time *grant*: bound to this citizen and to the operator who asked
for it (the nurse at the desk), who may not sign it: four eyes, valid for :data:`VALIDITY`, audited as
"override". The act it was asked for (a dispense, a hand-over) consumes it in its own
transaction (:mod:`terminal.core.identification`); a grant that is
used, expired, or for another citizen or operator is refused. The service
never takes a supervisor's id on trust.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from terminal.core import audit, operators
from terminal.core.clock import Clock, stamp
from terminal.core.errors import IdentificationRequired, UnknownCitizen
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext

VALIDITY = timedelta(minutes=10)
MIN_REASON = 5  # characters, once trimmed


@dataclass(frozen=True)
class OverrideGrant:
    id: str
    citizen_id: int
    operator_id: int  # who may use it: the operator who asked
    supervisor: Operator
    reason: str
    expires_at: datetime


def grant(
    site: SiteContext,
    operator: Operator,
    citizen_id: int,
    supervisor_login: str,
    secret: str,
    reason: str,
    *,
    action: str,
) -> OverrideGrant:
    """The supervisor signs an override for this citizen, for ``operator`` to use once in ``action`` (the
    workflow's permission: "dispense medicines", "hand over technical aids").

    Refused (nothing written) when ``operator`` may not do ``action`` or the reason is
    missing; a wrong PIN is audited and counted; a right PIN of someone whose role
    may not override, or of the operator at the desk, is refused without writing anything.
    """
    require(operator, action)
    reason = reason.strip()
    if len(reason) < MIN_REASON:
        raise IdentificationRequired(reason="an override needs a written reason")
    exists = site.store.scalar(
        "SELECT count(*) FROM citizens WHERE id = ? AND removed_at IS NULL", (citizen_id,)
    )
    if not exists:
        raise UnknownCitizen()
    supervisor = operators.check_pin(site, supervisor_login, secret, purpose="override")
    require(supervisor, "override an identification")
    if supervisor.id == operator.id:
        raise IdentificationRequired(reason="the override must be signed by a supervisor other than you")
    now = site.clock.now()
    expires = now + VALIDITY
    grant_id = str(uuid.uuid4())
    with site.store.write() as db:
        db.execute(
            "INSERT INTO override_grants (id, citizen_id, operator_id, supervisor_id, reason, granted_at,"
            " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (grant_id, citizen_id, operator.id, supervisor.id, reason, stamp(site.clock), _iso(expires)),
        )
        audit.append(
            db,
            at=stamp(site.clock),
            operator_id=supervisor.id,
            action="override",
            subject=f"citizen:{citizen_id}",
            details={
                "grant": grant_id,
                "for_operator": operator.id,
                "reason": reason,
                "expires_at": _iso(expires),
            },
        )
    return OverrideGrant(grant_id, citizen_id, operator.id, supervisor, reason, expires)


def consume(
    db: Database, clock: Clock, grant_id: str | None, operator: Operator, citizen_id: int
) -> dict[str, Any]:
    """Use the grant, inside the dispense's transaction: its row (supervisor_id, reason), or a refusal."""
    if not grant_id:
        raise IdentificationRequired(reason="an override needs a supervisor's signature")
    cursor = db.execute(
        "SELECT id, citizen_id, operator_id, supervisor_id, reason, expires_at, used_at"
        " FROM override_grants WHERE id = ?",
        (grant_id,),
    )
    found = cursor.fetchone()
    row = dict(zip([c[0] for c in cursor.description], found, strict=True)) if found else None
    if row is None or row["citizen_id"] != citizen_id or row["operator_id"] != operator.id:
        raise IdentificationRequired(reason="this override was signed for another citizen or operator")
    if row["used_at"] is not None or datetime.fromisoformat(row["expires_at"]) <= clock.now():
        raise IdentificationRequired(
            reason="the override has expired or was already used; ask the supervisor again"
        )
    return row


def mark_used(db: Database, clock: Clock, grant_id: str, tx_uuid: str) -> None:
    db.execute(
        "UPDATE override_grants SET used_at = ?, used_tx = ? WHERE id = ? AND used_at IS NULL",
        (stamp(clock), tx_uuid, grant_id),
    )


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")
