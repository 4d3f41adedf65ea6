"""A submitted application as the family and the inspector follow it: its status, its history, its slip.

Everything is read from the local store, offline: the application, its act's
outbox row (queued; synced with the registry's answer and when; set aside with
the registry's reason), the conflicts the registry reported
(``sync_conflicts``: another member of the family applied for the same benefit
within 12 months, say) and its decision, when the registry has sent one
(``application_decisions``). The status is one of :data:`STATES`, in words a
family understands (:class:`Status`); the history lists what happened, in the
order it happens (the times come from different clocks: the terminal's for
what it did, the registry's for what it answered). Each needs the role that
registers applications; ID numbers leave masked.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from biometrics.phrases import Phrase, term
from sync.phrases import item_reason
from terminal.core import outbox
from terminal.core.application_face import FaceFlag
from terminal.core.applications import ApplicationView, number_key
from terminal.core.errors import InvalidInput, UnknownApplication
from terminal.core.idnumbers import mask
from terminal.core.roles import Operator, require
from terminal.core.site import Site

RECENT = 500  # applications the page of sent ones lists
# draft: not submitted; waiting: submitted, not at the registry yet; received: the registry has it;
# attention: the registry found a problem (a conflict) or did not take it; then its decision.
STATES = ("draft", "waiting", "received", "attention", "approved", "refused", "needs_documents")
CONFLICT_WORDS = {
    "application_same_family": term(
        "someone in this family already applied for this benefit in the last 12 months"
    ),
}


@dataclass(frozen=True)
class Status:
    """Where an application stands: ``code`` (one of :data:`STATES`), ``words`` for the family, since
    ``at`` (the site's time), the registry's ``reason`` when it needs attention, and its ``note`` with a
    decision."""

    code: str
    words: Phrase
    at: str | None = None
    reason: Phrase | None = None
    note: str = ""

    @property
    def needs_attention(self) -> bool:
        return self.code in ("attention", "needs_documents")


@dataclass(frozen=True)
class Event:
    """One line of an application's history: when (the site's time), what (``code``) and its words."""

    at: str
    code: str
    words: Phrase


@dataclass(frozen=True)
class SentApplication:
    """A submitted application in the list of sent ones."""

    id: str
    number: str
    applicant: str
    benefit_type: str
    submitted_at: str
    family_size: int
    status: Status
    flagged: bool  # the preliminary assessment flagged the family
    face_flagged: bool  # the applicant's face looks like another enrolled citizen's


@dataclass(frozen=True)
class ApplicationRecord:
    """One application with its status and history, for its page."""

    view: ApplicationView
    status: Status
    history: tuple[Event, ...]
    applicant: str
    masked_pin: str
    operator_name: str
    facility_name: str


@dataclass(frozen=True)
class Slip:
    """What the family takes home: printed in the operator's language by the window."""

    facility_name: str
    number: str
    submitted_at: str
    applicant: str
    masked_pin: str
    benefit_type: str
    family_size: int
    assessment: dict[str, Any]
    status: Status
    printed_at: str


_FIELDS = (
    "SELECT a.id, a.status, a.benefit_type, a.created_at, a.updated_at, a.submitted_at, a.flagged,"
    " a.face_check, a.operator_id, a.tx_uuid, m.full_name AS applicant, m.pin,"
    " json_extract(t.payload, '$.facility') AS facility,"
    " (SELECT count(*) FROM application_members x WHERE x.application_id = a.id) AS family_size,"
    " o.state, o.registry_status, o.synced_at, o.last_error, o.last_attempt_at, o.attempts,"
    " d.decision, d.decided_at, d.note,"
    " (SELECT c.kind FROM sync_conflicts c WHERE c.tx_uuid = a.tx_uuid AND c.resolved_at IS NULL"
    "  ORDER BY c.detected_at LIMIT 1) AS conflict_kind,"
    " (SELECT c.detected_at FROM sync_conflicts c WHERE c.tx_uuid = a.tx_uuid AND c.resolved_at IS NULL"
    "  ORDER BY c.detected_at LIMIT 1) AS conflict_at"
    " FROM applications a"
    " LEFT JOIN transactions t ON t.uuid = a.tx_uuid"
    " LEFT JOIN outbox o ON o.tx_uuid = a.tx_uuid"
    " LEFT JOIN application_decisions d ON d.application_id = a.id"
    " LEFT JOIN application_members m ON m.application_id = a.id AND m.relation = 'applicant'"
)


def sent(site: Site, operator: Operator, search: str = "", limit: int = RECENT) -> list[SentApplication]:
    """Submitted applications, newest first; ``search``: part of the applicant's name, or the number (or
    its last group)."""
    require(operator, "register applications")
    where, params = "WHERE a.status = 'submitted'", []
    words = " ".join(search.split())
    if words:
        escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        name, params = "m.full_name LIKE ? ESCAPE '\\'", [f"%{escaped}%"]
        key = number_key(words)  # the number's last group is the start of the application's id
        where += f" AND ({name} OR a.id LIKE ?)" if key else f" AND {name}"
        params += [f"{key}%"] if key else []
    rows = site.store.all(f"{_FIELDS} {where} ORDER BY a.submitted_at DESC, a.id LIMIT ?", [*params, limit])
    service, zone = site.applications, _zone(site)
    return [
        SentApplication(
            r["id"],
            service.number_of(r) or "",
            r["applicant"] or "",
            r["benefit_type"],
            _local(zone, r["submitted_at"]) or "",
            r["family_size"],
            status_of_row(r, zone),
            bool(r["flagged"]),
            json.loads(r["face_check"] or "{}").get("result") == "other",
        )
        for r in rows
    ]


def status(site: Site, operator: Operator, application_id: str) -> Status:
    """The application's status in the family's terms, from what this terminal knows."""
    require(operator, "register applications")
    return status_of_row(_row(site, application_id), _zone(site))


def record(site: Site, operator: Operator, application_id: str) -> ApplicationRecord:
    """The application, its status and history, for its page."""
    require(operator, "register applications")
    row, zone = _row(site, application_id), _zone(site)
    view = site.applications.load(operator, application_id)
    by = site.store.scalar("SELECT full_name FROM operators WHERE id = ?", (row["operator_id"],)) or ""
    return ApplicationRecord(
        view,
        status_of_row(row, zone),
        tuple(_history(site, row, zone, by, view.face_check)),
        row["applicant"] or "",
        mask(row["pin"]) if row["pin"] else "",
        by,
        site.facility.name,
    )


def slip(site: Site, operator: Operator, application_id: str) -> Slip:
    """The slip for the family of a submitted application: its number, the applicant (the ID number
    masked), the benefit, the family's size, the preliminary assessment and the status now."""
    require(operator, "register applications")
    row, zone = _row(site, application_id), _zone(site)
    if row["status"] != "submitted":
        raise InvalidInput(field="application", reason="it is not submitted yet")
    return Slip(
        facility_name=site.facility.name,
        number=site.applications.number_of(row) or "",
        submitted_at=_local(zone, row["submitted_at"]) or "",
        applicant=row["applicant"] or "",
        masked_pin=mask(row["pin"]) if row["pin"] else "",
        benefit_type=row["benefit_type"],
        family_size=row["family_size"],
        assessment=json.loads(
            site.store.scalar("SELECT assessment FROM applications WHERE id = ?", (row["id"],))
        ),
        status=status_of_row(row, zone),
        printed_at=site.clock.now().isoformat(timespec="milliseconds"),
    )


def status_of_row(r: dict[str, Any], zone: ZoneInfo) -> Status:
    """The status from an application row joined as :data:`_FIELDS` joins it."""
    if r["status"] == "draft":
        return Status("draft", Phrase("Draft: not submitted yet"), _local(zone, r["updated_at"]))
    if r["decision"]:
        return _decided(r, zone)
    if r["conflict_kind"]:
        reason = _conflict_words(r["conflict_kind"])
        at = _local(zone, r["conflict_at"])
        return Status("attention", Phrase("Needs attention: {reason}", {"reason": reason}), at, reason)
    if r["state"] == outbox.SET_ASIDE:
        refused = item_reason(r["last_error"])
        words = Phrase("Needs attention: the registry did not take it ({reason})", {"reason": refused})
        return Status("attention", words, _local(zone, r["last_attempt_at"]), refused)
    if r["state"] == outbox.QUEUED:
        on = _day(zone, r["submitted_at"])
        words = Phrase("Submitted on {date}, waiting to be sent to the registry", {"date": on})
        return Status("waiting", words, _local(zone, r["submitted_at"]))
    at = _local(zone, r["synced_at"])  # synced (or its act kept no more: received long ago)
    if at is None:
        return Status("received", Phrase("Received by the registry"))
    words = Phrase("Received by the registry on {date}", {"date": _day(zone, r["synced_at"])})
    return Status("received", words, at)


def _decided(r: dict[str, Any], zone: ZoneInfo) -> Status:
    at, on, note = _local(zone, r["decided_at"]), _day(zone, r["decided_at"]), r["note"] or ""
    if r["decision"] == "approved":
        return Status("approved", Phrase("Approved by the registry on {date}", {"date": on}), at, note=note)
    if r["decision"] == "refused":
        return Status("refused", Phrase("Refused by the registry on {date}", {"date": on}), at, note=note)
    words = Phrase("The registry asks for documents (since {date})", {"date": on})
    return Status("needs_documents", words, at, note=note)


def _history(site: Site, r: dict[str, Any], zone: ZoneInfo, by: str, face: FaceFlag | None) -> list[Event]:
    """What happened, in the order it happens."""
    events = [
        Event(_local(zone, r["created_at"]) or "", "created", Phrase("Started by {name}", {"name": by}))
    ]
    if r["status"] == "draft" and r["updated_at"] != r["created_at"]:
        events.append(Event(_local(zone, r["updated_at"]) or "", "saved", Phrase("Draft last saved")))
    if face is not None:
        events.append(Event(_local(zone, face.at) or "", "face_checked", _face_words(face)))
    if r["status"] == "draft":
        return events
    events.append(
        Event(_local(zone, r["submitted_at"]) or "", "submitted", Phrase("Submitted by {name}", {"name": by}))
    )
    if r["state"] == outbox.QUEUED and r["attempts"]:
        words = Phrase(
            "Sending tried {count} times; it is tried again while the terminal is online",
            {"count": r["attempts"]},
        )
        events.append(Event(_local(zone, r["last_attempt_at"]) or "", "sending", words))
    if r["state"] == outbox.SET_ASIDE:
        words = Phrase("The registry did not take it: {reason}", {"reason": item_reason(r["last_error"])})
        events.append(Event(_local(zone, r["last_attempt_at"]) or "", "set_aside", words))
    if r["state"] == outbox.SYNCED:
        events.append(
            Event(_local(zone, r["synced_at"]) or "", "received", Phrase("Received by the registry"))
        )
    for c in _conflicts(site, r["tx_uuid"]):
        if c["tx_uuid"] == r["tx_uuid"]:
            words = Phrase("The registry found that {reason}", {"reason": _conflict_words(c["kind"])})
        else:
            words = Phrase("The registry received a later application that conflicts with this one")
        events.append(Event(_local(zone, c["detected_at"]) or "", "conflict", words))
    if r["decision"]:
        status = _decided(r, zone)
        events.append(Event(status.at or "", r["decision"], status.words))
    return events


def _face_words(face: FaceFlag) -> Phrase:
    if face.flagged:
        people = tuple(
            Phrase("{name}, born {date}", {"name": a.full_name, "date": date.fromisoformat(a.birth_date)})
            for a in face.looks_like
        )
        return Phrase("Face checked: it looks like {people}; flagged for the registry", {"people": people})
    if face.result == "same":
        return Phrase("Face checked: it is the applicant's own enrolled face")
    return Phrase("Face checked: it looks like nobody else enrolled")


def _conflicts(site: Site, tx_uuid: str | None) -> list[dict[str, Any]]:
    """Conflicts the registry reported that involve this act: it is the one in conflict, or the other."""
    if tx_uuid is None:
        return []
    return site.store.all(
        "SELECT kind, tx_uuid, detected_at FROM sync_conflicts WHERE tx_uuid = ?"
        " OR EXISTS (SELECT 1 FROM json_each(sync_conflicts.with_tx) WHERE value = ?) ORDER BY detected_at",
        (tx_uuid, tx_uuid),
    )


def _conflict_words(kind: str) -> Phrase:
    words = CONFLICT_WORDS.get(kind)
    if words is not None:
        return Phrase(words, code=kind)
    return Phrase("the registry found a conflict with another act ({kind})", {"kind": kind}, code=kind)


def _row(site: Site, application_id: str) -> dict[str, Any]:
    row = site.store.one(f"{_FIELDS} WHERE a.id = ?", (application_id,))
    if row is None:
        raise UnknownApplication()
    return row


def _zone(site: Site) -> ZoneInfo:
    return ZoneInfo(site.facility.timezone)


def _local(zone: ZoneInfo, at: str | None) -> str | None:
    """A stored time (this terminal's, or the registry's in UTC) in the site's time zone."""
    if not at:
        return None
    return datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(zone).isoformat(timespec="seconds")


def _day(zone: ZoneInfo, at: str | None) -> date | None:
    local = _local(zone, at)
    return date.fromisoformat(local[:10]) if local else None
