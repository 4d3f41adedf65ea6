"""USB bundles: a plain header, a payload sealed to the receiver, the whole signed by the sender.

A bundle carries a device's queued acts and audit entries to the registry (``to_registry``) or
the registry's news and answers back to one device (``to_device``), on a stick that may be lost,
copied or damaged on the way. The file is::

    MAGIC | header length (4 bytes, big-endian) | header (canonical JSON) | sealed payload | signature

The header says what a person needs to tell bundles apart and nothing personal (format, direction,
device, facility, time, counts, sequence range). The payload (zlib-compressed canonical JSON) is a
libsodium sealed box to the receiver's Curve25519 key: a lost stick reveals nothing. The Ed25519
signature (64 bytes) covers every byte before it, so a changed or missing byte anywhere refuses
the whole bundle before anything in it is read.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import tempfile
import zlib
from pathlib import Path
from typing import Any, ClassVar, Literal

import nacl.exceptions
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

from sync.errors import SyncError
from sync.protocol.canonical import canonical_json

MAGIC = b"HAMYON-BUNDLE\n"
FORMAT = 1
SUFFIX = ".hbundle"
SIGNATURE_BYTES = 64
MAX_HEADER = 16 * 1024
MAX_PAYLOAD = 512 * 1024 * 1024  # decompressed: a bundle can never expand past this
Direction = Literal["to_registry", "to_device"]


class BundleDamaged(SyncError):
    code: ClassVar[str] = "bundle_damaged"
    template: ClassVar[str] = (
        "This file is not a whole Hamyon bundle ({reason}): it is refused and nothing in it was used."
        " Write the bundle again."
    )


class BundleChanged(SyncError):
    code: ClassVar[str] = "bundle_changed"
    template: ClassVar[str] = (
        "The bundle was changed after it was written (its signature does not match): it is refused whole"
        " and nothing in it was used."
    )


class BundleNotForUs(SyncError):
    code: ClassVar[str] = "bundle_not_for_us"
    template: ClassVar[str] = (
        "The bundle cannot be opened here: it was sealed for {whom}. Nothing in it was used."
    )


class BundleNotWritten(SyncError):
    code: ClassVar[str] = "bundle_not_written"
    template: ClassVar[str] = (
        "The bundle could not be written to {folder} (the stick is full, read-only or was taken out):"
        " nothing was left there. Try another stick or folder."
    )


def signing_seed(seed: bytes | None = None) -> bytes:
    """A new (or the given) 32-byte Ed25519 seed."""
    return bytes(SigningKey(seed) if seed else SigningKey.generate())


def verify_key(seed: bytes) -> bytes:
    """The raw Ed25519 public key of a seed."""
    return bytes(SigningKey(seed).verify_key)


def sealing_key(ed25519_public: bytes) -> bytes:
    """The Curve25519 public key to seal to, from an Ed25519 public key."""
    return bytes(VerifyKey(ed25519_public).to_curve25519_public_key())


def write(header: dict[str, Any], payload: Any, seal_to: bytes, signer_seed: bytes) -> bytes:
    """The bundle's bytes: ``payload`` (JSON-able) sealed to the Ed25519 public key ``seal_to``."""
    head = canonical_json({**header, "format": FORMAT}).encode("utf-8")
    plain = zlib.compress(canonical_json(payload).encode("utf-8"), 6)
    sealed = SealedBox(PublicKey(sealing_key(seal_to))).encrypt(plain)
    body = MAGIC + struct.pack(">I", len(head)) + head + bytes(sealed)
    return body + SigningKey(signer_seed).sign(_message(body)).signature


def header(data: bytes) -> dict[str, Any]:
    """The plain header, unverified (to find who signed it); BundleDamaged if there is none."""
    return _split(data)[0]


def _split(data: bytes) -> tuple[dict[str, Any], int]:
    """The header and where the sealed payload starts."""
    if not data.startswith(MAGIC):
        raise BundleDamaged(reason="it does not start as a bundle does")
    start = len(MAGIC) + 4
    if len(data) < start:
        raise BundleDamaged(reason="it is cut short")
    (size,) = struct.unpack(">I", data[len(MAGIC) : start])
    if size > MAX_HEADER or len(data) < start + size + SIGNATURE_BYTES:
        raise BundleDamaged(reason="it is cut short")
    try:
        value = json.loads(data[start : start + size])
    except (ValueError, UnicodeDecodeError):
        raise BundleDamaged(reason="its header is unreadable") from None
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise BundleDamaged(reason="an unknown bundle format")
    return value, start + size


def open_(data: bytes, signer: bytes, receiver_seed: bytes, whom: str) -> tuple[dict[str, Any], Any]:
    """Header and payload of a bundle signed by Ed25519 key ``signer`` and sealed to the key of
    ``receiver_seed``; BundleDamaged, BundleChanged or BundleNotForUs (``whom`` it was sealed for)."""
    head, sealed_at = _split(data)
    body, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    try:
        VerifyKey(signer).verify(_message(body), signature)
    except (nacl.exceptions.BadSignatureError, ValueError):
        raise BundleChanged() from None
    sealed = body[sealed_at:]
    private = SigningKey(receiver_seed).to_curve25519_private_key()
    try:
        plain = SealedBox(PrivateKey(bytes(private))).decrypt(sealed)
    except nacl.exceptions.CryptoError:
        raise BundleNotForUs(whom=whom) from None
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(plain, MAX_PAYLOAD)
        payload = json.loads(text)
    except (zlib.error, ValueError, RecursionError):
        raise BundleDamaged(reason="its sealed part is unreadable") from None
    if inflater.unconsumed_tail or not inflater.eof:
        raise BundleDamaged(reason="its sealed part is too large or incomplete")
    return head, payload


def digest(data: bytes) -> str:
    """What identifies a bundle: the sha256 of its bytes."""
    return hashlib.sha256(data).hexdigest()


def file_name(facility: str, device: str, at: str, what: str = "") -> str:
    """``hamyon-<facility>-<device-short>-<YYYYMMDD-HHMM>[-what].hbundle`` (``at`` ISO 8601)."""
    short = device.removeprefix("DEV-")[:6].lower()
    stamp = re.sub(r"[^0-9]", "", at[:16])
    parts = ["hamyon", _safe(facility), _safe(short), f"{stamp[:8]}-{stamp[8:12]}"] + ([what] if what else [])
    return "-".join(parts) + SUFFIX


def save(folder: Path, name: str, data: bytes) -> Path:
    """Write atomically: a temporary file in ``folder``, flushed, then renamed (never over another
    bundle). A full stick or a killed export leaves no half bundle under a bundle's name."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".hamyon-", suffix=".part", dir=folder)
    except OSError as exc:
        raise BundleNotWritten(folder=str(folder)) from exc
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        target = _free(folder / name)
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise BundleNotWritten(folder=str(folder)) from exc
        raise
    return target


def _free(path: Path) -> Path:
    """``path``, or ``name-2.hbundle``, ``-3`` ... when a bundle of the same minute is there already."""
    n = 1
    found = path
    while found.exists():
        n += 1
        found = path.with_name(f"{path.name.removesuffix(SUFFIX)}-{n}{SUFFIX}")
    return found


def _message(body: bytes) -> bytes:
    return b"HAMYON-BUNDLE-1\n" + hashlib.sha256(body).digest()


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.]+", "-", text).strip("-") or "x"
