"""Wire models of protocol version 1 (pydantic v2), shared by the terminal and the registry."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema

from sync.protocol import times
from sync.protocol.bounds import (
    BASE64,
    DATE,
    KIND,
    MAX_DETAILS,
    MAX_PAYLOAD,
    STORABLE,
    Int64,
    JsonInt,
    Positive64,
    Stored,
    text,
)
from sync.protocol.idnumbers import IdNumber

HEX64 = r"^[0-9a-f]{64}$"
UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"

ItemStatus = Literal["accepted", "duplicate", "conflict", "rejected", "deferred"]
ConflictKind = Literal[
    "prescription_over_dispensed",
    "meal_served_twice",
    "application_same_family",
    "aid_handed_twice",
    "pack_handed_twice",
]

# Reasons an item is rejected or deferred; see docs/sync.md for what each means.
REJECT_REASONS = (
    "bad_signature",  # the item's signature does not verify with the device key: not stored
    "hash_mismatch",  # the item's content does not hash to its hash: not stored
    "broken_chain",  # prev_hash is not the hash of the device's previous act: not stored
    "sequence_reused",  # a different act already holds this sequence number (a replay or a fork)
    "uuid_reused",  # another act (other device or other content) already holds this uuid
    "unknown_kind",  # stored (the chain goes on), but not taken into account
    "invalid_payload",  # stored, not taken into account (also: its effects could not be applied)
    "invalid_time",  # created_at is not ISO 8601 with an offset: stored, not taken into account
    "wrong_facility",  # stored, not taken into account (also: a meal at a school of another facility)
    "wrong_citizen",  # a dispense from a prescription of another citizen: stored, not taken into account
    "wrong_school",  # a meal for a student or session not of the act's school: stored, not taken into account
    "before_enrollment",  # created_at more than a day before the device was enrolled: stored, not counted
    "time_in_future",  # created_at more than a day after the registry received it: stored, not counted
    "not_reversible",  # a reversal of no dispense, meal or aid hand-over of this device: stored, not counted
    "already_reversed",  # a second reversal of the same act: stored, not counted
)
DEFER_REASONS = ("sequence_gap", "after_refused")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _a_date(value: str) -> str:
    date.fromisoformat(value)
    return value


WireDate = Annotated[str, Field(pattern=DATE), AfterValidator(_a_date)]
# Declared as one schema, not "anyOf" a string or null: validators and fuzzers that meet a pattern
# inside "anyOf" do not always hold to it.
Login = Annotated[
    Annotated[Stored, text(200)] | None,
    WithJsonSchema({"type": ["string", "null"], "maxLength": 200, "pattern": STORABLE}),
]


class Facility(Model):
    id: str
    name: str
    kind: Literal["polyclinic", "school", "mahalla", "mixed"]
    country: Literal["UZ", "KZ"]
    region: str
    district: str
    catchment: str
    timezone: str
    currency: str


class ServiceInfo(Model):
    service: str = "hamyon-registry"
    protocol: list[int]
    server_time: str


class EnrollRequest(Model):
    code: Stored = text(64, min_length=4)
    public_key: str = Field(
        pattern=r"^[A-Za-z0-9+/]{43}=$",
        description="base64 of the 32 raw bytes of the device's Ed25519 public key",
    )
    device_name: Stored = text(200, default="")
    protocol: JsonInt = Field(default=1, ge=1, le=1000)


class BundleKey(Model):
    """The registry's key for USB bundles (:mod:`sync.protocol.bundle`)."""

    public_key: str = Field(
        pattern=r"^[A-Za-z0-9+/]{43}=$",
        description="base64 of the registry's Ed25519 public key: it signs the bundles it writes back;"
        " bundles for it are sealed to its Curve25519 form",
    )
    server_time: str


class EnrollResponse(Model):
    device_id: str
    facility: Facility
    protocol: int
    server_time: str
    bundle_key: BundleKey | None = Field(default=None, description="for USB bundles (older registries: none)")


class TxEnvelope(Model):
    """One confirmed act, exactly as the device's log holds it, plus its signature."""

    uuid: str = Field(pattern=UUID, description="idempotency key")
    seq: Positive64 = Field(description="the device's sequence number, 1, 2, 3 ... without gaps")
    kind: str = Field(pattern=KIND, description="unknown kinds are stored and answered 'unknown_kind'")
    operator_id: Int64 | None = Field(description="the operator's id on the device (part of the hash)")
    operator: Login = Field(default=None, description="the operator's login (not hashed)")
    created_at: Stored = text(
        64,
        description="device time, ISO 8601 with offset; checked per act (see device_time), so that one"
        " act with a bad or implausible time is answered 'rejected' (invalid_time, before_enrollment,"
        " time_in_future) and never fails its whole batch",
    )
    payload: Stored = text(MAX_PAYLOAD, description="the act's canonical JSON text, exactly as hashed")
    prev_hash: str = Field(pattern=HEX64)
    hash: str = Field(pattern=HEX64)
    signature: str = Field(
        max_length=100, pattern=BASE64, description="base64 Ed25519 over 'HAMYON-TX-1\\n{device}\\n{hash}'"
    )
    template: str | None = Field(
        default=None,
        max_length=700,
        pattern=BASE64,
        description="face_enrolled and face_learned only: base64 of the template (512 bytes), beside the act,"
        " never in it: the payload's encoding_sha256 (hashed and signed) vouches for it, and the"
        " terminal's log never holds a template. Absent when the terminal erased it before the push.",
    )

    def device_time(self) -> datetime | None:
        """``created_at`` as a time, or None when it is not ISO 8601 with an offset."""
        try:
            return times.parse(self.created_at)
        except ValueError:
            return None


class PushRequest(Model):
    transactions: list[TxEnvelope] = Field(description="at most 2,000 (else 413 batch_too_large)")


class ConflictInfo(Model):
    id: str
    kind: ConflictKind
    with_tx: list[str] = Field(description="the other acts involved")


class ItemResult(Model):
    uuid: str
    status: ItemStatus
    reason: str | None = None
    conflict: ConflictInfo | None = None


class ChainHead(Model):
    seq: int
    hash: str


class PushResponse(Model):
    results: list[ItemResult]
    head: ChainHead = Field(description="the last act of this device the registry holds")
    server_time: str


class GapDeclaration(Model):
    """Acts this device lost before they reached the registry (its store was damaged and recovered):
    acts ``after_seq + 1`` to ``next_seq - 1``. Taken only when ``after_seq`` is the device's head at
    the registry; the head then becomes ``(next_seq - 1, next_prev_hash)``, so act ``next_seq`` chains
    on. The request's signature is the device's word for it."""

    after_seq: Int64 = Field(description="the device's head at the registry: the last act it holds")
    next_seq: Positive64 = Field(description="the first act the device still holds after the lost ones")
    next_prev_hash: str = Field(pattern=HEX64, description="that act's prev_hash: the last lost act's hash")
    reason: Literal["store_damaged"]


class GapResponse(Model):
    declared: bool = Field(description="false when this very gap had been declared already: nothing changed")
    head: ChainHead = Field(description="the device's head at the registry, after the declaration")
    server_time: str


class AuditEntry(Model):
    """One entry of the device's audit trail, exactly as the device holds it (a hash chain of its own)."""

    seq: Positive64
    at: Stored = text(
        64,
        description="device time, ISO 8601 with offset; an entry whose time is not one, or is implausible,"
        " is stored all the same (the trail goes on) and marked so at the registry",
    )
    operator_id: Int64 | None
    action: Stored = text(100)
    subject: Stored = text(500)
    details: Stored = text(MAX_DETAILS, description="canonical JSON text, exactly as hashed")
    prev_hash: str = Field(pattern=HEX64)
    hash: str = Field(pattern=HEX64)


class AuditPushRequest(Model):
    entries: list[AuditEntry] = Field(description="at most 2,000 (else 413 batch_too_large)")


class AuditPushResponse(Model):
    stored: int
    duplicates: int
    head: ChainHead = Field(description="the last audit entry of this device the registry holds")
    server_time: str


class Change(Model):
    entity: str
    key: str
    op: Literal["upsert", "remove"]
    data: dict[str, Any] | None = None


class ChangesPage(Model):
    changes: list[Change]
    cursor: str = Field(description="opaque: send it back as ?since= for the next page")
    more: bool
    server_time: str


class ErrorDetail(Model):
    code: str
    message: str
    params: dict[str, Any] = {}


class ErrorBody(Model):
    error: ErrorDetail


# --- the payloads of the act kinds the registry takes into account ------------------------


class Payload(BaseModel):
    """Bounded like the wire models (ID numbers with their check digit, 64-bit numbers, no NUL);
    an act whose payload is not is stored and answered 'rejected invalid_payload'."""

    model_config = ConfigDict(extra="allow")  # newer terminals may add fields


MONEY = 10**15  # tiyin or tiyn: far beyond any real amount, far within 64 bits


GTIN = r"^[0-9]{14}$"


class PackLine(Payload):
    """A medicine pack scanned at hand-out: its GS1 product code and serial (a pack is handed out once)."""

    gtin: str = Field(pattern=GTIN)
    serial: Stored = text(20, min_length=1)
    expiry: WireDate | None = None
    batch: Annotated[Stored, text(20)] | None = None


class DispenseLine(Payload):
    item_id: Int64
    prescription_id: Stored = text(128, min_length=1)
    drug_code: Stored = text(64, min_length=1)
    quantity: JsonInt = Field(gt=0, le=1_000_000)
    unit_price: JsonInt = Field(ge=0, le=MONEY)
    packs: list[PackLine] = Field(default_factory=list, max_length=1000)


class DispensePayload(Payload):
    facility: Stored = text(64)
    citizen_pin: IdNumber
    id_method: Stored = text(32)
    items: list[DispenseLine] = Field(min_length=1, max_length=200)
    total_cost: JsonInt = Field(ge=0, le=MONEY)


class MealPayload(Payload):
    school: Stored = text(128, min_length=1)
    student_id: Positive64
    session: Stored = text(128, min_length=1)
    served_on: WireDate
    price: JsonInt = Field(ge=0, le=MONEY)


class AidHandoverPayload(Payload):
    """A technical aid handed over against the citizen's entitlement, with the aid's serial number."""

    facility: Stored = text(64)
    citizen_pin: IdNumber
    id_method: Stored = text(32)
    entitlement_id: Stored = text(128, min_length=1)
    aid_code: Stored = text(64, min_length=1)
    serial: Stored = text(64, min_length=1)
    state_cost: JsonInt = Field(ge=0, le=MONEY)


class ApplicationMember(Payload):
    pin: IdNumber
    relation: Stored = text(32)


class ApplicationPayload(Payload):
    application_id: Stored = text(128, min_length=1)
    facility: Stored = text(64)
    benefit_type: Stored = text(64, min_length=1)
    members: list[ApplicationMember] = Field(min_length=1, max_length=100)


class FaceLearnedPayload(Payload):
    """A template learned from a visit; the template itself travels as the envelope's ``template``."""

    facility: Stored = text(64)
    citizen_pin: IdNumber
    template_id: str = Field(pattern=UUID, description="made by the terminal: the registry's key for it")
    encoding_sha256: str = Field(pattern=HEX64)
    learned_from: Literal["face", "id_number_face", "override_face"]
    distance: float | None = Field(default=None, ge=0, le=100, allow_inf_nan=False)
    replaces: str | None = Field(default=None, pattern=UUID, description="a learned template that makes way")


class FaceEnrolledPayload(Payload):
    """A template enrolled at a terminal with the citizen's consent to Face-ID; the template travels as
    the envelope's ``template``. ``looks_like``: the citizens whose faces it was already near, when a
    supervisor (``supervisor_id``, ``reason``) let it be enrolled all the same."""

    facility: Stored = text(64)
    citizen_pin: IdNumber
    template_id: str = Field(pattern=UUID, description="made by the terminal: the registry's key for it")
    encoding_sha256: str = Field(pattern=HEX64)
    consent_at: Stored = text(64, min_length=1)
    looks_like: list[IdNumber] = Field(default_factory=list, max_length=10)
    supervisor_id: Int64 | None = None
    reason: Stored = text(500, default="")


class FaceForgottenPayload(Payload):
    """Templates enrolled or learned at a terminal, withdrawn there (consent withdrawn, wrong person)."""

    facility: Stored = text(64)
    citizen_pin: IdNumber
    template_ids: list[Annotated[str, Field(pattern=UUID)]] = Field(min_length=1, max_length=100)


class ReversalPayload(Payload):
    """A mistaken dispense, meal or aid hand-over of this device cancelled by a supervisor with a reason:
    a new act that names the first (which stays, as every act does)."""

    facility: Stored = text(64)
    reverses: str = Field(pattern=UUID, description="the uuid of the act it cancels")
    reverses_kind: Literal["dispense", "meal", "aid_handover"]
    reason: Stored = text(500, min_length=1)
    supervisor_id: Int64


PAYLOADS: dict[str, type[Payload]] = {
    "dispense": DispensePayload,
    "meal": MealPayload,
    "application": ApplicationPayload,
    "aid_handover": AidHandoverPayload,
    "face_enrolled": FaceEnrolledPayload,
    "face_learned": FaceLearnedPayload,
    "face_forgotten": FaceForgottenPayload,
    "reversal": ReversalPayload,
}


# --- what the pull carries: one model per entity (``data`` of an upsert) ----------------------


class CitizenData(Model):
    pin: str
    surname: str
    given_name: str
    patronymic: str = ""
    birth_date: str
    sex: Literal["M", "F"]
    catchment: str
    address: str = ""
    updated_at: str


class TemplateData(Model):
    id: str
    citizen_pin: str
    encoding: str = Field(description="base64 of 128 float32 little-endian (512 bytes)")
    created_at: str
    source: Literal["registry", "terminal", "learned"] = Field(
        default="registry",
        description="terminal: enrolled at a terminal with consent (face_enrolled); learned: from a visit"
        " at a terminal (face_learned)",
    )
    learned_from: Literal["face", "id_number_face", "override_face"] | None = None


class DrugData(Model):
    code: str
    name: str
    form: str
    unit: str
    state_price: int = Field(ge=0)
    updated_at: str
    gtins: list[str] = Field(default_factory=list, description="the GS1 product codes of its packs")


class PrescriptionItemData(Model):
    id: int = Field(default=0, description="the registry's item id (assigned by it on import)")
    drug_code: str
    dosage: str = ""
    qty_prescribed: int = Field(gt=0)
    qty_dispensed: int = Field(default=0, ge=0, description="as known to the registry, all sites")


class PrescriptionData(Model):
    id: str
    citizen_pin: str
    number: str
    prescriber: str
    issued_on: str
    valid_from: str
    valid_until: str
    status: Literal["active", "cancelled"] = "active"
    items: list[PrescriptionItemData] = Field(min_length=1)


class DeliveryData(Model):
    id: str
    drug_code: str
    quantity: int = Field(gt=0)
    delivered_at: str


class OperatorData(Model):
    login: str
    full_name: str
    role: Literal["nurse", "canteen", "inspector", "social_worker", "supervisor"]
    active: bool = True
    secret_hash: str | None = Field(
        default=None,
        description="argon2id hash of the operator's PIN, checked offline by the terminal (never the PIN)",
        pattern=r"^\$argon2id\$",
    )


class SettingData(Model):
    key: str
    value: Any


class SchoolData(Model):
    id: str
    name: str


class ClassData(Model):
    id: str
    school_id: str
    name: str
    grade: int = Field(ge=0, le=11)


class StudentData(Model):
    id: int
    citizen_pin: str
    class_id: str
    meal_eligible: bool
    eligibility_basis: str = ""
    active: bool = True


class MealSessionData(Model):
    id: str
    school_id: str
    name: str
    starts_at: str
    ends_at: str
    price: int = Field(ge=0)
    active: bool = True


class AidEntitlementData(Model):
    """A technical aid the registry entitles a person with a disability to (a commission's decision)."""

    id: str
    citizen_pin: str
    aid_code: str
    aid_name: str
    category: Literal["mobility", "hearing", "vision", "prosthesis", "care"]
    state_cost: int = Field(ge=0, le=MONEY)
    decision_number: str
    valid_from: str
    valid_until: str
    status: Literal["active", "cancelled", "handed_over"] = Field(
        default="active", description="handed_over: handed over at some terminal, as the registry knows"
    )
    updated_at: str


class DecisionData(Model):
    application_id: str
    decision: Literal["approved", "refused", "needs_documents"]
    decided_at: str
    note: str = ""


class ConflictData(Model):
    id: str
    kind: ConflictKind
    tx_uuid: str
    with_tx: list[str]
    detected_at: str
    details: dict[str, Any] = {}


ENTITIES: dict[str, type[Model]] = {
    "facility": Facility,
    "setting": SettingData,
    "operator": OperatorData,
    "citizen": CitizenData,
    "template": TemplateData,
    "drug": DrugData,
    "prescription": PrescriptionData,
    "delivery": DeliveryData,
    "school": SchoolData,
    "class": ClassData,
    "student": StudentData,
    "meal_session": MealSessionData,
    "aid_entitlement": AidEntitlementData,
    "decision": DecisionData,
    "conflict": ConflictData,
}
