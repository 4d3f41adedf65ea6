"""One-time enrollment codes per facility, and the devices they enroll."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import timedelta
from typing import Any

from sync.errors import BadRequest, EnrollmentCodeInvalid, UnknownDevice
from sync.protocol import times
from sync.protocol.canonical import GENESIS
from sync.protocol.models import EnrollRequest, EnrollResponse, Facility
from sync.protocol.signing import valid_public_key
from sync.server import records
from sync.server.db import Tx

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone


def _hash(code: str) -> str:
    clean = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(clean.encode()).hexdigest()


def issue_code(tx: Tx, facility_id: str, clock: times.Clock, valid: timedelta = timedelta(days=2)) -> str:
    """A new one-time code for ``facility_id``, like ``K7QM-2XDP-9RTA``; only its hash is stored."""
    records.facility_or_fail(tx, facility_id)
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(12))
    code = "-".join(raw[i : i + 4] for i in range(0, 12, 4))
    now = clock.now()
    tx.execute(
        "INSERT INTO enrollment_codes (code_hash, facility_id, created_at, expires_at)"
        " VALUES (:h, :f, :at, :until)",
        {"h": _hash(code), "f": facility_id, "at": times.iso(now), "until": times.iso(now + valid)},
    )
    return code


def enroll(tx: Tx, request: EnrollRequest, clock: times.Clock) -> EnrollResponse:
    """Spend the code, register the device's public key; the facility it now belongs to."""
    if not valid_public_key(request.public_key):
        raise BadRequest(reason="the public key is not a base64 Ed25519 key")
    now = times.iso(clock.now())
    device_id = f"DEV-{uuid.uuid4().hex[:12].upper()}"
    spent = tx.one(
        "UPDATE enrollment_codes SET used_at = :at, device_id = :d"
        " WHERE code_hash = :h AND used_at IS NULL AND expires_at > :at RETURNING facility_id",
        {"at": now, "d": device_id, "h": _hash(request.code)},
    )
    if spent is None:
        raise EnrollmentCodeInvalid()
    if tx.scalar("SELECT count(*) FROM devices WHERE public_key = :k", {"k": request.public_key}):
        raise BadRequest(reason="this public key is enrolled already; generate a new one")
    facility = records.facility_or_fail(tx, spent["facility_id"])
    tx.execute(
        "INSERT INTO devices (id, facility_id, public_key, name, enrolled_at, head_seq, head_hash)"
        " VALUES (:id, :f, :k, :name, :at, 0, :genesis)",
        {
            "id": device_id,
            "f": spent["facility_id"],
            "k": request.public_key,
            "name": request.device_name or device_id,
            "at": now,
            "genesis": GENESIS,
        },
    )
    return EnrollResponse(device_id=device_id, facility=Facility(**facility), protocol=1, server_time=now)


def revoke(tx: Tx, device_id: str, clock: times.Clock) -> dict[str, Any]:
    """Revoke a device (a terminal lost, stolen or replaced): from now on its requests are refused
    (403 ``device_revoked``); what it sent before stays. Revoking it again changes nothing."""
    row = tx.one("SELECT id, facility_id, revoked_at FROM devices WHERE id = :d", {"d": device_id})
    if row is None:
        raise UnknownDevice()
    if row["revoked_at"] is None:
        row = {**row, "revoked_at": times.iso(clock.now())}
        tx.execute(
            "UPDATE devices SET revoked_at = :at WHERE id = :d", {"at": row["revoked_at"], "d": device_id}
        )
    return {"device": row["id"], "facility": row["facility_id"], "revoked_at": row["revoked_at"]}
