"""The applicant's face at the photo step: checked against everyone enrolled, flagged, perhaps kept.

Right after the photo step takes the applicant's face template (with the
applicant's consent to it), :func:`check_applicant_face` asks
:func:`terminal.core.faces.check_face` whether that face would already pass for
an enrolled citizen other than the applicant (the applicant is the local
citizen with the applicant's ID number, if there is one). The result is kept
with the draft (``applications.face_check``, JSON: the result, when, and the
look-alikes' local ids and distances) and audited (ids only); a later capture
replaces it, and each check stays in the audit trail. A face that looks like
someone else's flags the application for the registry: the act's payload
carries ``face_check`` with the look-alikes' ID numbers (:func:`payload_of`).

The template itself is never stored with the application. After the
submission :func:`keep_applicant_face` enrolls it for Face-ID when the applicant
is a citizen of this site, the check did not flag the face and the applicant
agreed; otherwise it has served for the check only and the caller drops it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from biometrics import Gallery
from terminal.core import audit, faces
from terminal.core.clock import stamp
from terminal.core.errors import ApplicationNotEditable, FaceEnrolledForAnother, UnknownApplication
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext
from terminal.core.store import Store

CHECK_ACTION = "application_face_check"  # the audit entry of each check


@dataclass(frozen=True)
class FaceFlag:
    """What an application keeps of its applicant's face check: ``result`` as
    :class:`terminal.core.faces.FaceCheck` says it (``new``, ``same``, ``other``), ``at`` when,
    ``citizen_id`` the applicant's local citizen id then (None: not a citizen of this site), and
    ``looks_like`` whom the face would pass for (names and birth dates, never an ID number)."""

    result: str
    at: str
    citizen_id: int | None = None
    looks_like: tuple[faces.LookAlike, ...] = ()

    @property
    def flagged(self) -> bool:
        return self.result == "other"


@dataclass(frozen=True)
class FaceKept:
    """What became of the template after the submission: ``template_ids`` enrolled (for Face-ID), or
    why not (``reason``): ``enrolled``, ``no_template``, ``no_consent``, ``not_registered`` (the
    applicant is not a citizen of this site), ``flagged`` (it looks like someone else's face),
    ``not_checked`` (no check was kept with the application), ``not_submitted``."""

    template_ids: tuple[int, ...]
    reason: str

    @property
    def enrolled(self) -> bool:
        return bool(self.template_ids)


def applicant_citizen(store: Store, application_id: str) -> int | None:
    """The local citizen whose ID number the application's applicant has, if this site knows them."""
    found = store.scalar(
        "SELECT c.id FROM application_members m JOIN citizens c ON c.pin = m.pin"
        " WHERE m.application_id = ? AND m.relation = 'applicant' AND c.removed_at IS NULL",
        (application_id,),
    )
    return None if found is None else int(found)


def check_applicant_face(
    site: SiteContext, operator: Operator, application_id: str, gallery: Gallery, encodings: object
) -> FaceFlag:
    """Check the face just taken for a draft against ``gallery`` and keep the result with the draft."""
    require(operator, "register applications")
    require_draft(site.store, application_id)
    citizen_id = applicant_citizen(site.store, application_id)
    check = faces.check_face(site, gallery, encodings, citizen_id)
    at = stamp(site.clock)
    kept = {
        "result": check.result,
        "at": at,
        "citizen_id": citizen_id,
        "looks_like": [{"citizen_id": a.citizen_id, "distance": a.distance} for a in check.others],
    }
    with site.store.write() as db:
        require_draft(site.store, application_id)
        db.execute("UPDATE applications SET face_check = ? WHERE id = ?", (json.dumps(kept), application_id))
        audit.append(
            db,
            at=at,
            operator_id=operator.id,
            action=CHECK_ACTION,
            subject=f"application:{application_id}",
            details={"result": check.result, "looks_like": [a.citizen_id for a in check.others]},
        )
    return FaceFlag(check.result, at, citizen_id, check.others)


def read_flag(store: Store, raw: str | None) -> FaceFlag | None:
    """The stored check (``applications.face_check``) with the look-alikes' names and birth dates."""
    if not raw:
        return None
    kept = json.loads(raw)
    distances = {int(a["citizen_id"]): float(a["distance"]) for a in kept.get("looks_like", [])}
    found = faces.look_alike_people(store, distances)
    return FaceFlag(kept["result"], kept["at"], kept.get("citizen_id"), found)


def payload_of(db: Any, raw: str | None) -> dict[str, Any] | None:
    """The check as the registry is told of it (in the act's payload): the result and, for a flagged face,
    the ID numbers of the citizens it looks like."""
    if not raw:
        return None
    kept = json.loads(raw)
    pins = []
    for a in kept.get("looks_like", []):
        row = db.execute("SELECT pin FROM citizens WHERE id = ?", (int(a["citizen_id"]),)).fetchone()
        if row is not None:
            pins.append(row[0])
    return {"result": kept["result"], "checked_at": kept["at"], "looks_like": pins}


def keep_applicant_face(
    site: SiteContext,
    operator: Operator,
    application_id: str,
    encodings: object | None,
    *,
    consent: bool,
    gallery: Gallery | None,
) -> FaceKept:
    """After the submission: enroll the face taken at the photo step for Face-ID, when the applicant is a
    citizen of this site, agreed, and the check did not find the face to look like someone else's."""
    require(operator, "register applications")
    row = site.store.one("SELECT status, face_check FROM applications WHERE id = ?", (application_id,))
    if row is None:
        raise UnknownApplication()
    if row["status"] != "submitted":
        return FaceKept((), "not_submitted")
    if encodings is None:
        return FaceKept((), "no_template")
    if not consent:
        return FaceKept((), "no_consent")
    citizen_id = applicant_citizen(site.store, application_id)
    if citizen_id is None:
        return FaceKept((), "not_registered")
    flag = read_flag(site.store, row["face_check"])
    if flag is None:  # never enrolled unchecked
        return FaceKept((), "not_checked")
    if flag.flagged:
        return FaceKept((), "flagged")
    try:
        ids = faces.enroll(site, operator, citizen_id, encodings, consent=True, gallery=gallery)
    except FaceEnrolledForAnother:  # the gallery learned of a look-alike since the check
        return FaceKept((), "flagged")
    return FaceKept(tuple(ids), "enrolled")


def require_draft(store: Store, application_id: str) -> None:
    """Refused unless the application exists and is still a draft (a submitted one is frozen)."""
    row = store.one("SELECT status, submitted_at FROM applications WHERE id = ?", (application_id,))
    if row is None:
        raise UnknownApplication()
    if row["status"] != "draft":
        raise ApplicationNotEditable(submitted_at=date.fromisoformat(row["submitted_at"][:10]))
