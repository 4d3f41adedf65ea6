"""The identification step every workflow shares: Face-ID, the typed ID number, or an override.

The window identifies the person at the desk and hands the workflow an
:class:`Identification`. The workflow's act checks and settles it inside its own
transaction (:func:`confirm`, then :func:`settle`): an override's one-time grant
(:mod:`terminal.core.overrides`) is used up by that act, an identification by
the typed ID number is audited as "manual_identification" with it. What the act
carries of it (method, distance, supervisor, reason) is :meth:`Identified.payload`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlite_utils import Database

from biometrics.phrases import Phrase
from terminal.core import audit, overrides
from terminal.core.errors import IdentificationRequired, UnknownCitizen
from terminal.core.roles import Operator
from terminal.core.site_context import SiteContext

IdMethod = Literal["face", "id_number_face", "override"]
METHODS: tuple[IdMethod, ...] = ("face", "id_number_face", "override")


@dataclass(frozen=True)
class Identification:
    """How the citizen at the desk was identified.

    An override names its grant (:func:`overrides.grant`); the supervisor and the
    reason recorded are the grant's, ``supervisor_id`` and ``reason`` here only
    repeat them for the screen (see :meth:`from_grant`).
    """

    citizen_id: int
    method: IdMethod
    distance: float | None = None  # face distance, for the two face methods
    supervisor_id: int | None = None  # override only, as in the grant
    reason: str = ""  # override only, as in the grant
    grant_id: str | None = None  # override only

    @classmethod
    def from_grant(cls, grant: overrides.OverrideGrant) -> Identification:
        return cls(grant.citizen_id, "override", None, grant.supervisor.id, grant.reason, grant.id)


@dataclass(frozen=True)
class Identified:
    """An identification checked inside an act's transaction: the citizen's row and, for an override,
    the grant it uses up."""

    citizen: dict[str, Any]
    method: IdMethod
    distance: float | None
    grant: dict[str, Any] | None

    @property
    def supervisor_id(self) -> int | None:
        return self.grant["supervisor_id"] if self.grant else None

    @property
    def override_reason(self) -> str | None:
        return self.grant["reason"] if self.grant else None

    def payload(self) -> dict[str, Any]:
        """What an act's payload says of how the citizen was identified."""
        return {
            "citizen_pin": self.citizen["pin"],
            "id_method": self.method,
            "match_distance": self.distance,
            "supervisor_id": self.supervisor_id,
            "override_reason": self.override_reason,
        }


def confirm(db: Database, site: SiteContext, operator: Operator, ident: Identification) -> Identified:
    """Check ``ident`` inside the act's transaction; an override's grant must be this operator's, for this
    citizen, unused and in time."""
    citizen = site.store.one(
        "SELECT * FROM citizens WHERE id = ? AND removed_at IS NULL", (ident.citizen_id,)
    )
    if citizen is None:
        raise UnknownCitizen()
    if ident.method not in METHODS:
        reason = Phrase("unknown identification method '{method}'", {"method": ident.method})
        raise IdentificationRequired(reason=reason)
    if ident.method != "override" and (
        ident.supervisor_id is not None or ident.reason.strip() or ident.grant_id
    ):
        raise IdentificationRequired(reason="a supervisor and reason belong only to an override")
    grant = None
    if ident.method == "override":
        grant = overrides.consume(db, site.clock, ident.grant_id, operator, citizen["id"])
    return Identified(citizen, ident.method, ident.distance, grant)


def settle(
    db: Database, site: SiteContext, operator: Operator, identified: Identified, tx_uuid: str, at: str
) -> None:
    """After the act is recorded (at ``at``), in its transaction: the override's grant is used up by it,
    or the typed ID number is audited with it."""
    if identified.grant:
        overrides.mark_used(db, site.clock, identified.grant["id"], tx_uuid)
    elif identified.method == "id_number_face":
        audit.append(
            db,
            at=at,
            operator_id=operator.id,
            action="manual_identification",
            subject=f"citizen:{identified.citizen['id']}",
            details={"tx": tx_uuid, "match_distance": identified.distance},
        )
