"""USB bundles at the registry: taking a device's bundle in, writing its news back.

Taking in: the bundle's signature is checked with the key of the device its header names (known,
not revoked) before anything is read, then it is opened with the registry's key and its acts go
through :func:`sync.server.push.take` and its audit entries through :func:`sync.server.audit.take`,
a batch a transaction: the same per-act answers and exactly-once rules as an online push, so a
bundle taken twice, or acts that also came online, are counted once.

The way back holds, for one device, the news of its feed after the cursor its latest bundle
carried (pages as ``GET /v1/changes`` gives them, read in one transaction) and the answers to its
acts from the first act that bundle held: sealed to the device's key, signed by the registry's.
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from pydantic import ValidationError

from sync.errors import DeviceRevoked, UnknownDevice
from sync.protocol import bundle, times
from sync.protocol.models import AuditEntry, AuditPushResponse, BundleKey, PushResponse, TxEnvelope
from sync.protocol.signing import unb64
from sync.server import audit, pull, push
from sync.server.db import RegistryDB, Tx

BATCH = 500


def seed(tx: Tx, clock: times.Clock) -> bytes:
    """The registry's bundle key (an Ed25519 seed), made on first use."""
    row = tx.one("SELECT seed FROM bundle_keys WHERE id = 1")
    if row is None:
        tx.execute(
            "INSERT INTO bundle_keys (id, seed, created_at) VALUES (1, :s, :at) ON CONFLICT (id) DO NOTHING",
            {"s": base64.b64encode(bundle.signing_seed()).decode("ascii"), "at": times.iso(clock.now())},
        )
        row = tx.one("SELECT seed FROM bundle_keys WHERE id = 1")
    assert row is not None
    return base64.b64decode(row["seed"])


def public_key(tx: Tx, clock: times.Clock) -> BundleKey:
    raw = bundle.verify_key(seed(tx, clock))
    return BundleKey(public_key=base64.b64encode(raw).decode("ascii"), server_time=times.iso(clock.now()))


@dataclass
class ImportReport:
    device: str
    digest: str
    acts: int = 0
    answers: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    audit_stored: int = 0
    audit_duplicates: int = 0
    imported_before: str | None = None  # when this very bundle was taken in before

    def as_dict(self) -> dict[str, Any]:
        return {
            "device": self.device,
            "bundle": self.digest,
            "acts": self.acts,
            "answers": dict(self.answers),
            "reasons": dict(self.reasons),
            "audit": {"stored": self.audit_stored, "duplicates": self.audit_duplicates},
            "imported_before": self.imported_before,
        }


def take_in(db: RegistryDB, data: bytes, clock: times.Clock) -> ImportReport:
    """Verify, open and take a device's bundle; raises a SyncError (and takes nothing) when the
    bundle is damaged, changed, not for this registry, or from an unknown or revoked device."""
    head = bundle.header(data)
    if head.get("direction") != "to_registry":
        raise bundle.BundleNotForUs(whom="a terminal (it is a bundle from the registry)")
    device_id = str(head.get("device", ""))

    def keys(tx: Tx) -> tuple[dict[str, Any], bytes]:
        return _device(tx, device_id), seed(tx, clock)

    device, own = db.run(keys)
    head, payload = bundle.open_(data, unb64(device["public_key"]), own, whom="another registry")
    acts, entries = _contents(payload)
    report = ImportReport(device=device_id, digest=bundle.digest(data), acts=len(acts))
    for i in range(0, len(acts), BATCH):
        answer = db.run(partial(_take_acts, device_id=device_id, acts=acts[i : i + BATCH], clock=clock))
        for r in answer.results:
            report.answers[r.status] += 1
            if r.reason:
                report.reasons[r.reason] += 1
    for i in range(0, len(entries), BATCH):
        chunk = entries[i : i + BATCH]
        taken = db.run(partial(_take_audit, device_id=device_id, entries=chunk, clock=clock))
        report.audit_stored += taken.stored
        report.audit_duplicates += taken.duplicates
    report.imported_before = db.run(lambda tx: _note(tx, report, head, acts, clock))
    return report


def _take_acts(tx: Tx, device_id: str, acts: list[TxEnvelope], clock: times.Clock) -> PushResponse:
    return push.take(tx, device_id, acts, times.iso(clock.now()))


def _take_audit(tx: Tx, device_id: str, entries: list[AuditEntry], clock: times.Clock) -> AuditPushResponse:
    return audit.take(tx, device_id, entries, times.iso(clock.now()))


def _device(tx: Tx, device_id: str) -> dict[str, Any]:
    device = tx.one("SELECT * FROM devices WHERE id = :id", {"id": device_id})
    if device is None:
        raise UnknownDevice()
    if device["revoked_at"]:
        raise DeviceRevoked()
    return device


def _contents(payload: Any) -> tuple[list[TxEnvelope], list[AuditEntry]]:
    """The acts and audit entries of an opened bundle (signed by the device: still checked)."""
    try:
        acts = [TxEnvelope.model_validate(a) for a in payload["transactions"]]
        entries = [AuditEntry.model_validate(e) for e in payload["audit"]]
    except (ValidationError, KeyError, TypeError):
        raise bundle.BundleDamaged(reason="its acts are not in the protocol's form") from None
    return sorted(acts, key=lambda a: a.seq), sorted(entries, key=lambda e: e.seq)


def _note(
    tx: Tx, report: ImportReport, head: dict[str, Any], acts: list[TxEnvelope], clock: times.Clock
) -> str | None:
    """Record the bundle (once); when it had been taken in before, then."""
    before: str | None = tx.scalar(
        "SELECT imported_at FROM bundle_imports WHERE digest = :d", {"d": report.digest}
    )
    if before is None:
        tx.execute(
            "INSERT INTO bundle_imports (digest, device_id, created_at, acts, seq_from, cursor, imported_at)"
            " VALUES (:d, :dev, :created, :acts, :first, :cursor, :at)",
            {
                "d": report.digest,
                "dev": report.device,
                "created": str(head.get("created_at", "")),
                "acts": len(acts),
                "first": acts[0].seq if acts else None,
                "cursor": str(head.get("cursor", "0")),
                "at": times.iso(clock.now()),
            },
        )
    return before


@dataclass
class WayBack:
    name: str
    data: bytes
    summary: dict[str, Any]


def write_back(db: RegistryDB, device_id: str, clock: times.Clock, since: int | None = None) -> WayBack:
    """The bundle for one device: its news after ``since`` (default: the cursor its latest bundle
    carried) and the answers to its acts from the first act that bundle held."""
    return db.run(lambda tx: _write_back(tx, device_id, clock, since), write=True)


def _write_back(tx: Tx, device_id: str, clock: times.Clock, since: int | None) -> WayBack:
    device = _device(tx, device_id)
    own = seed(tx, clock)
    latest = tx.one(
        "SELECT cursor, seq_from FROM bundle_imports WHERE device_id = :d ORDER BY created_at DESC LIMIT 1",
        {"d": device_id},
    )
    start = since if since is not None else int(latest["cursor"]) if latest else 0
    at = times.iso(clock.now())
    pages, cursor, changes = [], start, 0
    while True:
        page = json.loads(pull.page(tx, device, cursor, pull.MAX_PAGE, at))
        pages.append({"since": str(cursor), "page": page})
        changes += len(page["changes"])
        cursor = int(page["cursor"])
        if not page["more"]:
            break
    first = latest["seq_from"] if latest and latest["seq_from"] is not None else None
    answers = _answers(tx, device_id, first)
    header = {
        "direction": "to_device",
        "device": device_id,
        "facility": device["facility_id"],
        "created_at": at,
        "answers": len(answers),
        "changes": changes,
        "since": str(start),
        "cursor": str(cursor),
    }
    payload = {
        "answers": answers,
        "head": {"seq": device["head_seq"], "hash": device["head_hash"]},
        "pages": pages,
    }
    data = bundle.write(header, payload, unb64(device["public_key"]), own)
    name = bundle.file_name(device["facility_id"], device_id, at, "news")
    return WayBack(name, data, {k: v for k, v in header.items() if k != "direction"})


def _answers(tx: Tx, device_id: str, first: int | None) -> list[dict[str, Any]]:
    if first is None:
        return []
    rows = tx.all(
        "SELECT k.uuid, k.outcome, t.reason FROM transaction_keys k LEFT JOIN transactions t"
        " ON t.uuid = k.uuid WHERE k.device_id = :d AND k.seq >= :first ORDER BY k.seq",
        {"d": device_id, "first": first},
    )
    return [{"uuid": r["uuid"], "status": r["outcome"], "reason": r["reason"]} for r in rows]
