"""A device enrolled at a running registry that signs what it sends, as a terminal does, but
sends whatever a test makes: hostile acts, audit entries and headers. No terminal store."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

import requests

from sync.protocol import times
from sync.protocol.canonical import GENESIS, audit_hash, body_digest, canonical_json, tx_hash
from sync.protocol.signing import (
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIME,
    DeviceKey,
    request_message,
    tx_message,
)

CLOCK = times.UtcClock()
HEADERS = (HEADER_DEVICE, HEADER_TIME, HEADER_NONCE, HEADER_SIGNATURE)


def signature_headers(device: str, key: DeviceKey, method: str, path: str, body: bytes) -> dict[str, str]:
    at, nonce = times.iso(CLOCK.now()), uuid.uuid4().hex
    message = request_message(method, path, device, at, nonce, body_digest(body))
    return {HEADER_DEVICE: device, HEADER_TIME: at, HEADER_NONCE: nonce, HEADER_SIGNATURE: key.sign(message)}


class Signer(requests.auth.AuthBase):
    """Signs each prepared request over the exact bytes that go out (what schemathesis sends).

    ``as_declared``: sign only a request that carries all four signature headers (schemathesis
    fills them with made-up values where the document declares them), so that a request it
    sends without one of them, to see it refused, stays so."""

    def __init__(self, device: str, key: DeviceKey, as_declared: bool = False) -> None:
        self.device, self.key, self.as_declared = device, key, as_declared

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        if self.as_declared and not all(h in r.headers for h in HEADERS):
            return r
        body = r.body.encode("utf-8") if isinstance(r.body, str) else (r.body or b"")
        r.headers.update(signature_headers(self.device, self.key, r.method or "GET", r.path_url, body))
        return r


@dataclass
class Device:
    address: str
    device: str
    facility: str
    key: DeviceKey
    head: tuple[int, str] = (0, GENESIS)
    audit_head: tuple[int, str] = (0, GENESIS)
    session: requests.Session = field(default_factory=requests.Session)

    @classmethod
    def enroll(cls, address: str, code: str) -> Device:
        key = DeviceKey.generate()
        answer = requests.post(
            address + "/v1/enroll", json={"code": code, "public_key": key.public_key}, timeout=10
        )
        answer.raise_for_status()
        return cls(address, answer.json()["device_id"], answer.json()["facility"]["id"], key)

    def signer(self) -> Signer:
        return Signer(self.device, self.key)

    def send(
        self, method: str, path: str, body: bytes = b"", headers: dict | None = None
    ) -> requests.Response:
        signed = signature_headers(self.device, self.key, method, path, body)
        extra = {"Content-Type": "application/json"} if body else {}
        return self.session.request(
            method, self.address + path, data=body, headers={**signed, **extra, **(headers or {})}, timeout=30
        )

    def post(self, path: str, document: Any) -> requests.Response:
        return self.send("POST", path, json.dumps(document).encode("utf-8"))

    def act(self, kind: str, payload: Any, created_at: str | None = None, **fields: Any) -> dict[str, Any]:
        """The next act of the chain, signed; ``payload`` a dict (made canonical) or the exact text.
        ``fields`` replace any envelope field before it is hashed (a hostile operator_id, say)."""
        seq, prev = self.head
        env: dict[str, Any] = {
            "uuid": str(uuid.uuid4()),
            "seq": seq + 1,
            "kind": kind,
            "operator_id": 1,
            "operator": "nurse",
            "created_at": created_at or times.iso(CLOCK.now()),
            "payload": payload if isinstance(payload, str) else canonical_json(payload),
            "prev_hash": prev,
            **fields,
        }
        env["hash"] = _hashed(tx_hash, env)
        env["signature"] = self.key.sign(tx_message(self.device, env["hash"]))
        self.head = (env["seq"], env["hash"])
        return env

    def push(self, *acts: dict[str, Any]) -> requests.Response:
        return self.post("/v1/push", {"transactions": list(acts)})

    def results(self, *acts: dict[str, Any]) -> list[tuple[str, str | None]]:
        """(status, reason) of each act, pushed in one batch (which must be answered 200)."""
        answer = self.push(*acts)
        assert answer.status_code == 200, answer.text
        return [(r["status"], r["reason"]) for r in answer.json()["results"]]

    def entry(self, action: str, details: Any, at: str | None = None, **fields: Any) -> dict[str, Any]:
        """The next audit entry of the device's trail."""
        seq, prev = self.audit_head
        entry: dict[str, Any] = {
            "seq": seq + 1,
            "at": at or times.iso(CLOCK.now()),
            "operator_id": 1,
            "action": action,
            "subject": "citizen:1",
            "details": details if isinstance(details, str) else canonical_json(details),
            "prev_hash": prev,
            **fields,
        }
        entry["hash"] = _hashed(audit_hash, entry)
        self.audit_head = (entry["seq"], entry["hash"])
        return entry


def _hashed(digest: Any, fields: dict[str, Any]) -> str:
    """The chain hash; 64 zeros for fields no UTF-8 can carry (a lone surrogate): sent as they are."""
    try:
        return digest(fields)
    except UnicodeEncodeError:
        return "0" * 64
