"""Benefit applications registered in the field, offline.

An inspector fills the form step by step (applicant, family members, incomes,
assets, benefit type, consent, the applicant's face); drafts are saved and
resumed; submitting computes the preliminary assessment, freezes the
application (the store's triggers refuse any later change) and queues it for
the registry as one act. A submitted application has a number the family can
quote (:func:`application_number`); its status and history are read by
:mod:`terminal.core.application_record`, its face check is
:mod:`terminal.core.application_face`'s.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from biometrics.phrases import Phrase, term
from terminal.core.acts import record_act
from terminal.core.application_face import FaceFlag, payload_of, read_flag, require_draft
from terminal.core.assessment import (
    BENEFIT_TYPES,
    RESTRICTED_BODIES,
    Assessment,
    Household,
    assess,
)
from terminal.core.clock import stamp, today
from terminal.core.dates import parse_date
from terminal.core.errors import (
    ApplicationIncomplete,
    DuplicateApplication,
    InvalidIdNumber,
    InvalidInput,
    InvalidMemberIdNumber,
    UnknownApplication,
)
from terminal.core.idnumbers import parse_id_number
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext

RELATIONS = ("applicant", "spouse", "child", "parent", "sibling", "grandchild", "other")
INCOME_SOURCES = ("salary", "pension", "allowance", "business", "agriculture", "other")
ASSET_KINDS = ("dwelling", "land", "vehicle", "livestock", "deposit", "other")
DUPLICATE_WINDOW = timedelta(days=365)  # a low-income certificate is valid 12 months


@dataclass
class Member:
    pin: str
    full_name: str
    relation: str
    birth_date: str = ""  # filled from the ID number when left empty
    occupation: str = ""
    restricted_body: str | None = None


@dataclass
class Income:
    member_pin: str
    source: str
    monthly_amount: int  # minor units


@dataclass
class Asset:
    kind: str
    value: int  # minor units
    description: str = ""


@dataclass
class ApplicationForm:
    benefit_type: str | None = None
    members: list[Member] = field(default_factory=list)
    incomes: list[Income] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    address: str = ""
    phone: str = ""
    consent: bool = False


@dataclass(frozen=True)
class ApplicationView:
    id: str
    status: str
    form: ApplicationForm
    created_at: str
    updated_at: str
    submitted_at: str | None
    flagged: bool
    assessment: dict[str, Any] | None
    sync_state: str | None  # queued / synced / set_aside once submitted
    number: str | None = None  # once submitted: application_number()
    face_check: FaceFlag | None = None  # the applicant's face, checked at the photo step


def application_number(facility_id: str, submitted_on: date, application_id: str) -> str:
    """The number the family quotes by phone: ``{facility}-{YYMMDD}-{XXXXXXXX}``, for instance
    ``UZ-TSH-YUN-012-261120-3F2C19AB``.

    The facility's code says where the application was registered, ``submitted_on`` (the date in the
    site's time zone) when, and the first 8 hex digits of the application's random UUID (32 random bits) tell
    apart the applications of one facility on one day. It is derived, never counted: the terminals of a
    facility need no coordination, offline, and every terminal and the registry (whose act holds all
    three) derive the same number. Two applications of one facility on one day share a number with a
    chance of about n²/2³³ (one in 860,000 for a busy day of 100); the registry keys applications by
    their UUID, and the number with the applicant's name finds the one meant.
    """
    return f"{facility_id}-{submitted_on:%y%m%d}-{number_key_of(application_id).upper()}"


def number_key_of(application_id: str) -> str:
    """The part of an application's number that comes from its UUID (lower case, as the UUID has it)."""
    return application_id.replace("-", "")[:8].lower()


def number_key(typed: str) -> str | None:
    """The UUID part of a number typed in a search (the whole number, or its last group of at least 4 hex
    digits), in lower case; None when the words cannot be part of a number."""
    last = "".join(typed.split()).rsplit("-", 1)[-1].lower()
    if 4 <= len(last) <= 8 and all(ch in "0123456789abcdef" for ch in last):
        return last
    return None


class ApplicationService:
    def __init__(self, site: SiteContext) -> None:
        self.site = site

    # --- drafts -------------------------------------------------------------------

    def save_draft(self, operator: Operator, form: ApplicationForm, application_id: str | None = None) -> str:
        """Save what is filled in so far; returns the application's id for resuming."""
        require(operator, "register applications")
        clean = self._validated(form)
        at = stamp(self.site.clock)
        with self.site.store.write() as db:
            if application_id is None:
                application_id = str(uuid.uuid4())
                db.execute(
                    "INSERT INTO applications (id, status, operator_id, created_at, updated_at)"
                    " VALUES (?, 'draft', ?, ?, ?)",
                    (application_id, operator.id, at, at),
                )
            else:
                require_draft(self.site.store, application_id)
            db.execute(
                "UPDATE applications SET benefit_type = ?, address = ?, phone = ?, consent_at = ?,"
                " updated_at = ? WHERE id = ?",
                (
                    clean.benefit_type,
                    clean.address,
                    clean.phone,
                    at if clean.consent else None,
                    at,
                    application_id,
                ),
            )
            for table in ("application_members", "application_incomes", "application_assets"):
                db.execute(f"DELETE FROM {table} WHERE application_id = ?", (application_id,))
            for position, m in enumerate(clean.members):
                db.execute(
                    "INSERT INTO application_members (application_id, position, pin, full_name,"
                    " birth_date, relation, occupation, restricted_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        application_id,
                        position,
                        m.pin,
                        m.full_name,
                        m.birth_date,
                        m.relation,
                        m.occupation,
                        m.restricted_body,
                    ),
                )
            for i in clean.incomes:
                db.execute(
                    "INSERT INTO application_incomes (application_id, member_pin, source, monthly_amount)"
                    " VALUES (?, ?, ?, ?)",
                    (application_id, i.member_pin, i.source, i.monthly_amount),
                )
            for a in clean.assets:
                db.execute(
                    "INSERT INTO application_assets (application_id, kind, description, value)"
                    " VALUES (?, ?, ?, ?)",
                    (application_id, a.kind, a.description, a.value),
                )
        return application_id

    def discard_draft(self, operator: Operator, application_id: str) -> None:
        require(operator, "register applications")
        with self.site.store.write() as db:
            require_draft(self.site.store, application_id)
            db.execute("DELETE FROM applications WHERE id = ?", (application_id,))

    def load(self, operator: Operator, application_id: str) -> ApplicationView:
        """The application as saved (a draft) or submitted, with its sync state."""
        require(operator, "register applications")
        return self._load(application_id)

    def _load(self, application_id: str) -> ApplicationView:
        store = self.site.store
        head = store.one(
            "SELECT a.*, o.state AS sync_state, json_extract(t.payload, '$.facility') AS facility"
            " FROM applications a LEFT JOIN outbox o ON o.tx_uuid = a.tx_uuid"
            " LEFT JOIN transactions t ON t.uuid = a.tx_uuid WHERE a.id = ?",
            (application_id,),
        )
        if head is None:
            raise UnknownApplication()
        members = store.all(
            "SELECT pin, full_name, relation, birth_date, occupation, restricted_body"
            " FROM application_members WHERE application_id = ? ORDER BY position",
            (application_id,),
        )
        incomes = store.all(
            "SELECT member_pin, source, monthly_amount FROM application_incomes"
            " WHERE application_id = ? ORDER BY id",
            (application_id,),
        )
        assets = store.all(
            "SELECT kind, value, description FROM application_assets WHERE application_id = ? ORDER BY id",
            (application_id,),
        )
        return ApplicationView(
            id=application_id,
            status=head["status"],
            form=ApplicationForm(
                benefit_type=head["benefit_type"],
                members=[Member(**m) for m in members],
                incomes=[Income(**i) for i in incomes],
                assets=[Asset(**a) for a in assets],
                address=head["address"],
                phone=head["phone"],
                consent=head["consent_at"] is not None,
            ),
            created_at=head["created_at"],
            updated_at=head["updated_at"],
            submitted_at=head["submitted_at"],
            flagged=bool(head["flagged"]),
            assessment=json.loads(head["assessment"]) if head["assessment"] else None,
            sync_state=head["sync_state"],
            number=self.number_of(head),
            face_check=read_flag(store, head["face_check"]),
        )

    def number_of(self, row: dict[str, Any]) -> str | None:
        """The number of an application row (``id``, ``submitted_at``, the act's ``facility`` if read)."""
        if not row.get("submitted_at"):
            return None
        facility = row.get("facility") or self.site.facility.id
        at = datetime.fromisoformat(row["submitted_at"]).astimezone(ZoneInfo(self.site.facility.timezone))
        return application_number(facility, at.date(), row["id"])

    def drafts(self, operator: Operator) -> list[dict[str, Any]]:
        """Unfinished applications, newest first, with the applicant's name for the list."""
        require(operator, "register applications")
        return self.site.store.all(
            "SELECT a.id, a.benefit_type, a.updated_at, m.full_name AS applicant"
            " FROM applications a LEFT JOIN application_members m"
            "   ON m.application_id = a.id AND m.relation = 'applicant'"
            " WHERE a.status = 'draft' ORDER BY a.updated_at DESC"
        )

    def queue(self, operator: Operator) -> list[dict[str, Any]]:
        """Submitted applications that have not reached the registry yet."""
        require(operator, "register applications")
        rows = self.site.store.all(
            "SELECT a.id, a.benefit_type, a.submitted_at, a.flagged, o.state, m.full_name AS applicant,"
            " json_extract(a.face_check, '$.result') = 'other' AS face_flagged,"
            " json_extract(t.payload, '$.facility') AS facility"
            " FROM applications a JOIN outbox o ON o.tx_uuid = a.tx_uuid"
            " JOIN transactions t ON t.uuid = a.tx_uuid"
            " LEFT JOIN application_members m ON m.application_id = a.id AND m.relation = 'applicant'"
            " WHERE o.state != 'synced' ORDER BY a.submitted_at"
        )
        for row in rows:
            row["number"] = self.number_of(row)
            row["face_flagged"] = bool(row["face_flagged"])
            del row["facility"]
        return rows

    # --- assessment and submission -------------------------------------------------

    def assess(self, form: ApplicationForm) -> Assessment:
        """The preliminary assessment of a (complete) form, without saving anything."""
        clean = self._validated(form)
        _check_complete(clean, need_consent=False)
        return self._assess(clean)

    def submit(self, operator: Operator, application_id: str) -> ApplicationView:
        """Freeze the application and queue it for the registry, as one confirmed act."""
        require(operator, "register applications")
        site = self.site
        with site.store.write() as db:
            require_draft(self.site.store, application_id)
            form = self._load(application_id).form
            _check_complete(form, need_consent=True)
            assessment = self._assess(form)
            self._refuse_duplicate(form)
            at = stamp(site.clock)
            payload = {
                "application_id": application_id,
                "facility": site.facility.id,
                **asdict(form),
                "assessment": assessment.as_dict(),
            }
            checked = db.execute("SELECT face_check FROM applications WHERE id = ?", (application_id,))
            face = payload_of(db, checked.fetchone()[0])
            if face is not None:
                payload["face_check"] = face  # the registry looks into a face that passes for another
            act = record_act(
                db,
                kind="application",
                payload=payload,
                operator_id=operator.id,
                at=at,
                subject=f"application:{application_id}",
            )
            db.execute(
                "UPDATE applications SET status = 'submitted', submitted_at = ?, updated_at = ?,"
                " assessment = ?, flagged = ?, tx_uuid = ? WHERE id = ?",
                (
                    at,
                    at,
                    json.dumps(assessment.as_dict(), ensure_ascii=False),
                    int(assessment.flagged),
                    act.uuid,
                    application_id,
                ),
            )
        return self._load(application_id)

    # --- helpers ------------------------------------------------------------------

    def _assess(self, form: ApplicationForm) -> Assessment:
        site = self.site
        household = Household(
            members=tuple(
                (m.full_name, date.fromisoformat(m.birth_date), m.restricted_body) for m in form.members
            ),
            monthly_incomes=tuple(i.monthly_amount for i in form.incomes),
            asset_values=tuple(a.value for a in form.assets),
        )
        return assess(
            form.benefit_type or "",
            household,
            today(site.clock),
            threshold=site.setting("low_income_threshold"),
            asset_limit=site.setting("asset_value_limit"),
            currency=site.facility.currency,
        )

    def _refuse_duplicate(self, form: ApplicationForm) -> None:
        since = (today(self.site.clock) - DUPLICATE_WINDOW).isoformat()
        pins = [m.pin for m in form.members]
        row = self.site.store.one(
            "SELECT a.submitted_at FROM applications a JOIN application_members m ON m.application_id = a.id"
            " WHERE a.status = 'submitted' AND a.benefit_type = ? AND a.submitted_at >= ?"
            f" AND m.pin IN ({','.join('?' * len(pins))}) ORDER BY a.submitted_at DESC LIMIT 1",
            [form.benefit_type, since, *pins],
        )
        if row:
            raise DuplicateApplication(
                benefit=BENEFIT_TYPES[form.benefit_type or ""],
                submitted_on=date.fromisoformat(row["submitted_at"][:10]),
            )

    def _validated(self, form: ApplicationForm) -> ApplicationForm:
        """A cleaned copy of the form; raises on the first field that is wrong."""
        country, on = self.site.country, today(self.site.clock)
        if form.benefit_type is not None and form.benefit_type not in BENEFIT_TYPES:
            raise InvalidInput(field="benefit type", reason="choose one of the listed benefits")
        members = []
        for m in form.members:
            try:
                number = parse_id_number(m.pin, country, on)
            except InvalidIdNumber as exc:
                name = _text(m.full_name, term("name"), 200) or term("a family member")
                raise InvalidMemberIdNumber(name=name, reason=exc.params["reason"]) from None
            born = number.birth_date
            if m.birth_date and parse_date(m.birth_date, term("birth date")) != born:
                raise InvalidInput(
                    field="birth date", reason="it does not match the birth date in the ID number"
                )
            if m.relation not in RELATIONS:
                raise InvalidInput(field="relation", reason="choose one of the listed relations")
            if m.restricted_body is not None and m.restricted_body not in RESTRICTED_BODIES:
                raise InvalidInput(field="place of work", reason="unknown body")
            full_name = _text(m.full_name, term("name"), 200)
            if not full_name:
                raise InvalidInput(field="name", reason="the family member's name is empty")
            members.append(
                Member(
                    number.value,
                    full_name,
                    m.relation,
                    born.isoformat(),
                    _text(m.occupation, term("occupation"), 200),
                    m.restricted_body,
                )
            )
        pins = [m.pin for m in members]
        if len(set(pins)) != len(pins):
            raise InvalidInput(field="family members", reason="the same ID number is listed twice")
        if sum(m.relation == "applicant" for m in members) > 1:
            raise InvalidInput(field="family members", reason="only one person can be the applicant")
        incomes = []
        for i in form.incomes:
            pin = "".join(ch for ch in i.member_pin if ch.isdigit())
            if pin not in pins:
                raise InvalidInput(field="income", reason="it belongs to someone not in the family")
            if i.source not in INCOME_SOURCES:
                raise InvalidInput(field="income source", reason="choose one of the listed sources")
            incomes.append(Income(pin, i.source, _amount(i.monthly_amount, term("monthly income"))))
        assets = []
        for a in form.assets:
            if a.kind not in ASSET_KINDS:
                raise InvalidInput(field="asset", reason="choose one of the listed kinds")
            assets.append(
                Asset(
                    a.kind,
                    _amount(a.value, term("asset value")),
                    _text(a.description, term("asset description"), 500),
                )
            )
        return ApplicationForm(
            form.benefit_type,
            members,
            incomes,
            assets,
            _text(form.address, term("address"), 500),
            _text(form.phone, term("phone"), 40),
            bool(form.consent),
        )


def _check_complete(form: ApplicationForm, need_consent: bool) -> None:
    missing = []
    if not any(m.relation == "applicant" for m in form.members):
        missing.append(term("the applicant"))
    if form.benefit_type is None:
        missing.append(term("the benefit type"))
    if not form.address:
        missing.append(term("the address"))
    if need_consent and not form.consent:
        missing.append(term("the applicant's consent"))
    if missing:
        raise ApplicationIncomplete(missing=tuple(missing))  # each translated, then listed


def _text(value: str, field_name: str, limit: int) -> str:
    text = " ".join(str(value).split())
    if len(text) > limit:
        raise InvalidInput(field=field_name, reason=Phrase("at most {limit} characters", {"limit": limit}))
    if any(ord(ch) < 32 for ch in text):
        raise InvalidInput(field=field_name, reason="it contains control characters")
    return text


def _amount(value: object, field_name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidInput(field=field_name, reason="must be a whole amount, zero or more")
    if value > 10**15:
        raise InvalidInput(field=field_name, reason="the amount is implausibly large")
    return value
