"""Taking a batch of a device's acts: chain and signature checks, then business effects.

The whole batch runs in one transaction holding the device's row lock, so two
workers handed the same device's batches (a client retrying after a timeout)
take them one after the other and the second sees duplicates.

Per item, in order: a known uuid is a ``duplicate``; a bad signature, a
content that does not hash, a broken chain or a reused sequence number is
``rejected`` and not stored (the items after it are ``deferred``); a gap is
``deferred``; anything else is stored with its outcome (``accepted``,
``conflict``, or ``rejected`` for a payload, a time or references the registry
cannot take into account (:mod:`sync.server.checks`), or whose effects fail:
stored, so the chain goes on). Nothing one act holds can make the registry
answer 500 for the batch: what no database column could hold is refused by the
protocol's models before the batch is read (400).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from sync.protocol import times
from sync.protocol.canonical import tx_hash
from sync.protocol.models import PAYLOADS, ChainHead, ItemResult, ItemStatus, PushResponse, TxEnvelope
from sync.protocol.signing import tx_message, verify
from sync.server import checks, effects, partitions
from sync.server.candidate import Candidate, Conflict
from sync.server.db import Tx


@dataclass
class Batch:
    device: dict[str, Any]
    results: dict[str, ItemResult] = field(default_factory=dict)
    stored: list[Candidate] = field(default_factory=list)
    duplicates: int = 0


def take(tx: Tx, device_id: str, items: list[TxEnvelope], at: str) -> PushResponse:
    device = tx.one(f"SELECT * FROM devices WHERE id = :id{tx.for_update}", {"id": device_id})
    assert device is not None  # authenticated just before
    batch = Batch(device)
    known = _known(tx, [i.uuid for i in items])
    head_seq, head_hash, blocked = device["head_seq"], device["head_hash"], False
    received = times.parse(at)
    for env in items:
        prior = known.get(env.uuid)
        if prior is not None:
            same = prior["device_id"] == device_id and prior["hash"] == env.hash
            _answer(batch, env, "duplicate" if same else "rejected", None if same else "uuid_reused")
            batch.duplicates += same
            continue
        if blocked:
            _answer(batch, env, "deferred", "after_refused")
            continue
        refusal = _chain_refusal(device, env, head_seq, head_hash)
        if refusal is not None:
            status, reason = refusal
            _answer(batch, env, status, reason)
            blocked = reason != "sequence_reused"
            continue
        batch.stored.append(_candidate(device, env, received))
        known[env.uuid] = {"device_id": device_id, "hash": env.hash}
        head_seq, head_hash = env.seq, env.hash
    checks.refuse_mismatches(tx, device, batch.stored)
    effects.apply(tx, device, batch.stored, at)
    _store(tx, batch, at)
    tx.execute(
        "UPDATE devices SET head_seq = :seq, head_hash = :hash, duplicates = duplicates + :dups,"
        " last_seen_at = :at WHERE id = :id",
        {"seq": head_seq, "hash": head_hash, "dups": batch.duplicates, "at": at, "id": device_id},
    )
    for c in batch.stored:
        _answer(batch, c.env, c.outcome, c.reason, c.conflict)
    return PushResponse(
        results=[batch.results[i.uuid] for i in items],
        head=ChainHead(seq=head_seq, hash=head_hash),
        server_time=at,
    )


def _known(tx: Tx, uuids: list[str]) -> dict[str, dict[str, Any]]:
    if not uuids:
        return {}
    sql, params = tx.in_list("u", uuids)
    rows = tx.all(f"SELECT uuid, device_id, hash FROM transaction_keys WHERE uuid IN {sql}", params)
    return {r["uuid"]: r for r in rows}


def _chain_refusal(
    device: dict[str, Any], env: TxEnvelope, head_seq: int, head_hash: str
) -> tuple[ItemStatus, str] | None:
    if not verify(device["public_key"], tx_message(device["id"], env.hash), env.signature):
        return "rejected", "bad_signature"
    if tx_hash(env.model_dump()) != env.hash:
        return "rejected", "hash_mismatch"
    if env.seq <= head_seq:
        return "rejected", "sequence_reused"
    if env.seq > head_seq + 1:
        return "deferred", "sequence_gap"
    if env.prev_hash != head_hash:
        return "rejected", "broken_chain"
    return None


def _candidate(device: dict[str, Any], env: TxEnvelope, received: datetime) -> Candidate:
    """The act with its payload, or refused: kind, payload, facility, time, template, in that order."""
    model = PAYLOADS.get(env.kind)
    if model is None:
        return Candidate(env, None, "rejected", "unknown_kind")
    try:
        data = json.loads(env.payload)
    except (ValueError, RecursionError):
        return Candidate(env, None, "rejected", "invalid_payload")
    facility = data.get("facility") if isinstance(data, dict) else None
    if isinstance(facility, str) and facility != device["facility_id"]:
        return Candidate(env, None, "rejected", "wrong_facility")
    try:
        payload = model.model_validate(data)
    except ValidationError:
        return Candidate(env, None, "rejected", "invalid_payload")
    refusal = checks.time_refusal(env, payload, device["enrolled_at"], received)
    if refusal is not None:
        return Candidate(env, None, "rejected", refusal)
    if env.template is not None and not _template_fits(env.template, payload):
        return Candidate(env, None, "rejected", "invalid_payload")
    return Candidate(env, payload)


def _template_fits(text: str, payload: Any) -> bool:
    """A template beside an act: 512 bytes whose sha256 the (signed) payload names."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return False
    expected = getattr(payload, "encoding_sha256", None)
    return len(raw) == effects.TEMPLATE_BYTES and hashlib.sha256(raw).hexdigest() == expected


def _answer(
    batch: Batch, env: TxEnvelope, status: ItemStatus, reason: str | None, conflict: Conflict | None = None
) -> None:
    batch.results[env.uuid] = ItemResult(
        uuid=env.uuid, status=status, reason=reason, conflict=conflict.info() if conflict else None
    )


def _store(tx: Tx, batch: Batch, at: str) -> None:
    """Each act in its month, and its identity where uuid and (device, seq) are unique."""
    if not batch.stored:
        return
    partitions.ensure_month(tx, at)
    tx.many(
        "INSERT INTO transaction_keys (uuid, device_id, seq, kind, hash, outcome, received_at)"
        " VALUES (:uuid, :device_id, :seq, :kind, :hash, :outcome, :at)",
        [
            {**c.env.model_dump(include={"uuid", "seq", "kind", "hash"}), "device_id": batch.device["id"]}
            | {"outcome": c.outcome, "at": at}
            for c in batch.stored
        ],
    )
    tx.many(
        "INSERT INTO transactions (uuid, device_id, seq, kind, operator_id, operator, created_at, payload,"
        " prev_hash, hash, signature, received_at, outcome, reason) VALUES (:uuid, :device_id, :seq, :kind,"
        " :operator_id, :operator, :created_at, :payload, :prev_hash, :hash, :signature, :at, :outcome,"
        " :reason)",
        [
            {
                **c.env.model_dump(),
                "device_id": batch.device["id"],
                "at": at,
                "outcome": c.outcome,
                "reason": c.reason,
            }
            for c in batch.stored
        ],
    )
