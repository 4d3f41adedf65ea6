"""What a receipt's QR code holds: a compact statement of the act, signed by the device that recorded it.

Text form (what the QR code holds, and what ``hamyon receipt verify`` and ``POST /v1/receipts/verify``
take): ``HR1:`` then base45 (RFC 9285) of the 64-byte Ed25519 signature followed by the zlib-compressed
canonical JSON of the statement. Base45 keeps the QR code in alphanumeric mode (5.5 bits a character):
a dispense of four medicines is a version 13 code at error correction M (docs/security.md, Receipts).

The signature is the device key's over ``HAMYON-RECEIPT-1\\n`` + those JSON bytes, so it is never
mistaken for a request's or a transaction's signature. The statement names no citizen: act id,
facility, device, time, items (code, quantity, cost to the state in minor units), the total, the
currency and the act's chain hash, under one-letter keys (the QR code stays small).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Literal

import base45
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from sync.protocol import times
from sync.protocol.bounds import KIND, Int64, Positive64, Stored, text
from sync.protocol.canonical import canonical_json
from sync.protocol.models import HEX64, UUID
from sync.protocol.signing import DeviceKey, b64, unb64, verify

PREFIX = "HR1:"
DOMAIN = b"HAMYON-RECEIPT-1\n"
SIGNATURE_BYTES = 64
MAX_TEXT = 4296  # the most characters a QR code holds (version 40, alphanumeric mode)
MAX_STATEMENT = 16 * 1024  # decompressed: refuse a "zip bomb" long before it costs memory
MAX_ITEMS = 200
QR_CHARACTERS = r"^[0-9A-Z $%*+./:-]*$"  # a QR code's alphanumeric mode: base45's alphabet and the prefix

Code = Annotated[Stored, text(64, min_length=1)]
Item = tuple[Code, Positive64, Int64]  # (medicine or aid code, quantity, cost to the state in minor units)


# each field's key in the JSON: one letter, the QR code stays small
KEYS = {
    "kind": "k",
    "act": "a",
    "facility": "f",
    "device": "d",
    "at": "t",
    "items": "i",
    "total": "c",
    "currency": "u",
    "chain_hash": "h",
}


class Statement(BaseModel):
    """The signed facts of one act, under the one-letter keys of :data:`KEYS` in its JSON."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, populate_by_name=True, alias_generator=KEYS.__getitem__
    )

    kind: str = Field(pattern=KIND)
    act: str = Field(pattern=UUID)
    facility: Annotated[Stored, text(64, min_length=1)]
    device: Annotated[Stored, text(64, min_length=1)]
    at: str = Field(max_length=40)
    items: tuple[Item, ...] = Field(min_length=1, max_length=MAX_ITEMS)
    total: Int64
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    chain_hash: str = Field(pattern=HEX64)

    @field_validator("at")
    @classmethod
    def _time_with_offset(cls, value: str) -> str:
        times.parse(value)  # ValueError: pydantic reports it
        return value

    def canonical(self) -> bytes:
        """The bytes the device signs: canonical JSON under the one-letter keys."""
        return canonical_json(self.model_dump(by_alias=True, mode="json")).encode("utf-8")


class ReceiptUnreadable(ValueError):
    """The text is not a receipt statement of this format; ``reason`` says why, in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Sealed:
    """A statement as read from a QR code, with the signature it carried and the bytes it covers."""

    statement: Statement
    signature: str  # base64
    signed: bytes  # the JSON bytes exactly as carried

    def signed_by(self, public_key: str) -> bool:
        return verify(public_key, DOMAIN + self.signed, self.signature)


def seal(statement: Statement, key: DeviceKey) -> str:
    """The QR text of ``statement`` signed with the device ``key``."""
    raw = statement.canonical()
    signature = unb64(key.sign(DOMAIN + raw))
    return PREFIX + str(base45.b45encode(signature + zlib.compress(raw, 9)).decode("ascii"))


def unseal(qr_text: str) -> Sealed:
    """Read a QR text; ReceiptUnreadable when it is not one (the signature is checked by the caller)."""
    qr_text = qr_text.strip()
    if len(qr_text) > MAX_TEXT:
        raise ReceiptUnreadable(f"it is longer than any QR code holds ({len(qr_text)} characters)")
    if not qr_text.startswith(PREFIX):
        raise ReceiptUnreadable(f"it does not start with {PREFIX}: not a Hamyon receipt's QR code")
    try:
        blob = base45.b45decode(qr_text[len(PREFIX) :])
    except ValueError:
        raise ReceiptUnreadable("its characters are damaged (not base45)") from None
    if len(blob) <= SIGNATURE_BYTES:
        raise ReceiptUnreadable("it is too short to hold a signed statement")
    signature, packed = blob[:SIGNATURE_BYTES], blob[SIGNATURE_BYTES:]
    raw = _inflate(packed)
    try:
        statement = Statement.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ReceiptUnreadable(f"its statement is malformed ({where}: {first['msg']})") from None
    return Sealed(statement, b64(signature), raw)


def _inflate(packed: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(packed, MAX_STATEMENT + 1)
    except zlib.error:
        raise ReceiptUnreadable("its content is damaged (it does not decompress)") from None
    if len(raw) > MAX_STATEMENT or not inflater.eof:
        raise ReceiptUnreadable("its content is damaged or too long")
    return raw


# --- the verdict -------------------------------------------------------------------------------------

VerdictCode = Literal["valid", "unreadable", "unknown_device", "bad_signature", "revoked", "not_as_recorded"]


@dataclass(frozen=True)
class KnownDevice:
    """A device whose public key the verifier knows (this terminal, or the registry's devices table)."""

    id: str
    public_key: str
    revoked_at: str | None = None
    where: str = ""  # how the verifier knows it: "this terminal", "the registry"


class ReceiptItemView(BaseModel):
    code: str
    quantity: int
    cost: int = Field(description="cost to the state, in minor units of the currency")


class StatementView(BaseModel):
    """The statement with its full field names, as the API answers it."""

    kind: str
    act: str
    facility: str
    device: str
    at: str
    items: list[ReceiptItemView]
    total: int = Field(description="cost to the state, in minor units of the currency")
    currency: str
    chain_hash: str

    @classmethod
    def of(cls, s: Statement) -> StatementView:
        items = [ReceiptItemView(code=c, quantity=q, cost=m) for c, q, m in s.items]
        fields = s.model_dump(exclude={"items"})
        return cls(items=items, **fields)


class ReceiptCheckRequest(BaseModel):
    """A receipt's QR text, as a scanner or ``hamyon receipt verify`` read it."""

    model_config = ConfigDict(extra="forbid")

    qr: str = Field(
        max_length=MAX_TEXT,
        pattern=QR_CHARACTERS,
        description=f"the QR code's text, starting {PREFIX}: the QR alphanumeric characters only",
    )


class ReceiptVerdict(BaseModel):
    """Whether a receipt is what it says: ``valid`` and why (``code``, ``reason``), and what it says."""

    valid: bool
    code: VerdictCode
    reason: str
    statement: StatementView | None = None
    revoked_at: str | None = None
    reversed_at: str | None = Field(
        default=None,
        description="the act was cancelled later by a reversal: genuine, but it no longer counts",
    )


def judge(qr_text: str, known: Callable[[str], KnownDevice | None]) -> tuple[ReceiptVerdict, Sealed | None]:
    """Read ``qr_text`` and check its signature with the key ``known`` gives for its device.

    The verdict is valid when the device is known, not revoked and its key signed exactly these bytes;
    the caller may then compare the statement with the act it holds (:func:`not_as_recorded`).
    """
    try:
        sealed = unseal(qr_text)
    except ReceiptUnreadable as exc:
        return ReceiptVerdict(valid=False, code="unreadable", reason=exc.reason), None
    s = sealed.statement
    view = StatementView.of(s)
    device = known(s.device)
    if device is None:
        reason = f"unknown device: {s.device} is not a device whose key is known here"
        return ReceiptVerdict(valid=False, code="unknown_device", reason=reason, statement=view), sealed
    if not sealed.signed_by(device.public_key):
        reason = (
            f"the signature of device {s.device} does not match what the receipt says:"
            " it was changed after it was signed (an amount, an item, a date) or signed by another key"
        )
        return ReceiptVerdict(valid=False, code="bad_signature", reason=reason, statement=view), sealed
    if device.revoked_at:
        reason = f"device {s.device} was revoked on {device.revoked_at}: its receipts are not trusted"
        verdict = ReceiptVerdict(
            valid=False, code="revoked", reason=reason, statement=view, revoked_at=device.revoked_at
        )
        return verdict, sealed
    where = f" ({device.where})" if device.where else ""
    reason = f"signed by device {s.device}{where}"
    return ReceiptVerdict(valid=True, code="valid", reason=reason, statement=view), sealed


def reversed_on(verdict: ReceiptVerdict, at: str | None) -> ReceiptVerdict:
    """A valid verdict noting that the act was reversed at ``at`` (None: it was not)."""
    if at is None:
        return verdict
    reason = f"{verdict.reason}; but the act was reversed on {at}: it no longer counts"
    return verdict.model_copy(update={"reason": reason, "reversed_at": at})


def not_as_recorded(verdict: ReceiptVerdict, reason: str) -> ReceiptVerdict:
    """The verdict when the statement contradicts the act the verifier holds."""
    return verdict.model_copy(update={"valid": False, "code": "not_as_recorded", "reason": reason})
