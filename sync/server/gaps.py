"""Acts a device lost before they reached the registry (its store was damaged and recovered).

Without a declaration the acts after them would wait forever (``deferred`` ``sequence_gap``). The
declaration, signed by the device like every request, is taken in one transaction holding the
device's row lock, only when it starts at the device's head (``after_seq`` is ``head_seq``) and
declares at least one act lost (``next_seq > after_seq + 1``): the gap is recorded in ``chain_gaps``
and the head moves to ``(next_seq - 1, next_prev_hash)``, so act ``next_seq`` chains on and its
chain check (``prev_hash`` is the head's hash) holds the device to what it declared. Anything else
is refused 409 ``gap_mismatch`` and changes nothing. The same declaration sent again once it took
effect (a retry whose answer was lost) is answered with ``declared: false`` and changes nothing.
An act that turns up later within a declared gap is ``rejected`` ``sequence_reused``.
"""

from __future__ import annotations

from sync.errors import GapMismatch
from sync.protocol.models import ChainHead, GapDeclaration, GapResponse
from sync.server.db import Tx


def declare(tx: Tx, device_id: str, gap: GapDeclaration, at: str) -> GapResponse:
    device = tx.one(
        f"SELECT head_seq, head_hash FROM devices WHERE id = :id{tx.for_update}", {"id": device_id}
    )
    assert device is not None  # authenticated just before
    first, last = gap.after_seq + 1, gap.next_seq - 1  # the acts declared lost
    row = {"device": device_id, "first": first, "last": last, "prev": gap.next_prev_hash, "at": at}
    head = ChainHead(seq=device["head_seq"], hash=device["head_hash"])
    if tx.one(
        "SELECT 1 AS one FROM chain_gaps WHERE device_id = :device AND seq_from = :first"
        " AND seq_to = :last AND prev_hash = :prev",
        row,
    ):
        return GapResponse(declared=False, head=head, server_time=at)
    if gap.after_seq != head.seq or gap.next_seq <= gap.after_seq + 1:
        raise GapMismatch(head=head.seq, first=first, last=last)
    tx.execute(
        "INSERT INTO chain_gaps (device_id, seq_from, seq_to, prev_hash, declared_at)"
        " VALUES (:device, :first, :last, :prev, :at)",
        row,
    )
    tx.execute(
        "UPDATE devices SET head_seq = :last, head_hash = :prev, last_seen_at = :at WHERE id = :device",
        row,
    )
    return GapResponse(declared=True, head=ChainHead(seq=last, hash=gap.next_prev_hash), server_time=at)
