"""Who is asking: every request but enrollment is signed by an enrolled device's key.

Checked in order: the four headers are there, the nonce at most 64 characters (else 401
``unsigned_request``: credentials missing, as ``/openapi.json`` declares them); the device is
known (401 ``unknown_device``) and not revoked (403 ``device_revoked``); its time is within
``SKEW`` of the registry's (401 ``clock_skew``); the signature covers method, path, device, time,
nonce and the body's digest (401 ``bad_signature``); the nonce was never seen (401
``replayed_request``). Nonces live in the database, so any worker can check.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any, ClassVar

from sync.errors import (
    BadRequest,
    BadSignature,
    ClockSkew,
    DeviceRevoked,
    ReplayedRequest,
    SyncError,
    UnknownDevice,
)
from sync.protocol import times
from sync.protocol.canonical import body_digest
from sync.protocol.signing import request_message, verify
from sync.server.db import Tx

SKEW = timedelta(minutes=5)
NONCE_KEEP = SKEW * 2
HEADERS = ("x-hamyon-device", "x-hamyon-time", "x-hamyon-nonce", "x-hamyon-signature")
MAX_NONCE = 64


class UnsignedRequest(SyncError):
    """A request to a signed route without the signature's headers: its credentials are missing."""

    code: ClassVar[str] = "unsigned_request"
    template: ClassVar[str] = (
        "The request is not signed: the device, time, nonce and signature headers are required"
        " (a nonce of at most {limit} characters)."
    )
    http_status: ClassVar[int] = 401


def authenticate(
    tx: Tx, headers: dict[str, str], method: str, path: str, body: bytes, clock: times.Clock
) -> dict[str, Any]:
    """The device row of a correctly signed, fresh request; raises the matching error otherwise."""
    device_id, at, nonce, signature = (headers.get(h, "") for h in HEADERS)
    if not (device_id and at and nonce and signature) or len(nonce) > MAX_NONCE:
        raise UnsignedRequest(limit=MAX_NONCE)
    device = tx.one("SELECT * FROM devices WHERE id = :id", {"id": device_id})
    if device is None:
        raise UnknownDevice()
    if device["revoked_at"]:
        raise DeviceRevoked()
    now = clock.now()
    try:
        sent = times.parse(at)
    except ValueError:
        raise BadRequest(reason="the time header is not an ISO 8601 time with an offset") from None
    if abs(sent - now) > SKEW:
        raise ClockSkew(limit=int(SKEW.total_seconds()), server_time=times.iso(now))
    message = request_message(method, path, device_id, at, nonce, body_digest(body))
    if not verify(device["public_key"], message, signature):
        raise BadSignature()
    fresh = tx.one(
        "INSERT INTO nonces (device_id, nonce, seen_at) VALUES (:d, :n, :at)"
        " ON CONFLICT (device_id, nonce) DO NOTHING RETURNING nonce",
        {"d": device_id, "n": nonce, "at": times.iso(now)},
    )
    if fresh is None:
        raise ReplayedRequest()
    if random.random() < 0.02:  # keep the table small; any worker may do it
        tx.execute("DELETE FROM nonces WHERE seen_at < :old", {"old": times.iso(now - NONCE_KEEP)})
    return device
