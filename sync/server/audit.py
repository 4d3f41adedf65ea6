"""Taking a device's audit trail: stored per device, one unbroken chain, duplicates taken quietly.

The batch runs in one transaction holding the device's row lock. Entries at or below the head the
registry holds are duplicates when their hash is the one stored, and refused
(409 ``audit_chain_broken``) when it is not: the device's trail was edited or forked after it
came up. Above the head each entry must be the next one (else 409 ``audit_gap``), follow the head's
hash and hash to its own ``hash`` (else 409 ``audit_chain_broken``). A refusal stores nothing of
the batch: the terminal keeps the entries and a supervisor looks into them. An entry whose
``at`` is not a plausible time is stored all the same (the trail is the record) with its
``problem`` (``invalid_time``, ``time_in_future``; see :mod:`sync.server.checks`).
"""

from __future__ import annotations

from sync.errors import AuditChainBroken, AuditGap
from sync.protocol import times
from sync.protocol.canonical import audit_hash
from sync.protocol.models import AuditEntry, AuditPushResponse, ChainHead
from sync.server.checks import audit_time_problem
from sync.server.db import Tx


def take(tx: Tx, device_id: str, entries: list[AuditEntry], at: str) -> AuditPushResponse:
    device = tx.one(
        f"SELECT audit_seq, audit_hash FROM devices WHERE id = :id{tx.for_update}", {"id": device_id}
    )
    assert device is not None  # authenticated just before
    head_seq, head_hash = device["audit_seq"], device["audit_hash"]
    received = times.parse(at)
    stored, duplicates = [], 0
    known = _known(tx, device_id, [e.seq for e in entries if e.seq <= head_seq])
    for entry in entries:
        if entry.seq <= head_seq:
            if known.get(entry.seq) != entry.hash:
                raise AuditChainBroken(seq=entry.seq, reason="differs from the entry the registry holds")
            duplicates += 1
            continue
        if entry.seq != head_seq + 1:
            raise AuditGap(seq=entry.seq, head=head_seq)
        if entry.prev_hash != head_hash:
            raise AuditChainBroken(seq=entry.seq, reason="does not follow the entry before it")
        if audit_hash(entry.model_dump()) != entry.hash:
            raise AuditChainBroken(seq=entry.seq, reason="does not match its hash")
        problem = audit_time_problem(entry.at, received)
        stored.append({**entry.model_dump(), "device_id": device_id, "received_at": at, "problem": problem})
        head_seq, head_hash = entry.seq, entry.hash
    tx.many(
        "INSERT INTO audit_entries (device_id, seq, at, operator_id, action, subject, details, prev_hash,"
        " hash, received_at, problem) VALUES (:device_id, :seq, :at, :operator_id, :action, :subject,"
        " :details, :prev_hash, :hash, :received_at, :problem)",
        stored,
    )
    tx.execute(
        "UPDATE devices SET audit_seq = :seq, audit_hash = :hash WHERE id = :id",
        {"seq": head_seq, "hash": head_hash, "id": device_id},
    )
    return AuditPushResponse(
        stored=len(stored),
        duplicates=duplicates,
        head=ChainHead(seq=head_seq, hash=head_hash),
        server_time=at,
    )


def _known(tx: Tx, device_id: str, seqs: list[int]) -> dict[int, str]:
    if not seqs:
        return {}
    sql, params = tx.in_list("s", seqs)
    rows = tx.all(
        f"SELECT seq, hash FROM audit_entries WHERE device_id = :device AND seq IN {sql}",
        {**params, "device": device_id},
    )
    return {r["seq"]: r["hash"] for r in rows}
