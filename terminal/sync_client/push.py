"""Pushing the outbox: batches in device order, sized to the link, marked only after the answer commits.

Every act goes up with its chain fields and the device's signature. The
answer for each is recorded in one local transaction: ``accepted``,
``duplicate`` and ``conflict`` become ``synced``; ``rejected`` is set aside
for a supervisor; ``deferred`` stays queued. If the terminal dies between
sending and recording, the next push sends the batch again and the registry
answers ``duplicate``: nothing is lost or counted twice.

A ``face_enrolled`` or ``face_learned`` act goes up with its template beside it (``template``),
read from ``face_templates`` while it is in force there; the act's payload
holds only its sha256. Erased meanwhile (retention, a withdrawn consent), it
goes up without: the registry records the act and learns nothing.

Acts a damaged store lost (``lost_acts``, kept by ``hamyon store recover``) that had not reached
the registry leave it waiting for them: the acts after them come back ``deferred``
``sequence_gap``. When the store's ``lost_acts`` cover every act from the registry's head to the
first act this terminal still holds after it, the gap is declared (``POST /v1/gap``, signed) and
the push goes on from there, in the same sync; otherwise nothing is declared.
"""

from __future__ import annotations

import base64
import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sync.errors import BatchTooLarge, PushStalled, SyncCancelled, SyncError
from sync.phrases import item_reason
from sync.protocol import times
from sync.protocol.models import GapDeclaration, ItemResult, PushResponse
from sync.protocol.signing import tx_message
from terminal.core.registry_news import record_conflict
from terminal.core.store import Store
from terminal.sync_client.enroll import Identity
from terminal.sync_client.link import RegistryLink

MAX_RETRIES = 5
FACE_KINDS = ("face_enrolled", "face_learned")  # acts whose template travels beside them


@dataclass
class BatchSizer:
    """Additive growth is too slow for a link that comes and goes: double on a quick success,
    halve on a failure or a slow answer."""

    size: int = 100
    minimum: int = 1
    maximum: int = 1000
    quick_seconds: float = 2.0
    slow_seconds: float = 15.0

    def succeeded(self, seconds: float) -> None:
        if seconds <= self.quick_seconds:
            self.size = min(self.maximum, self.size * 2)
        elif seconds >= self.slow_seconds:
            self.size = max(self.minimum, self.size // 2)

    def failed(self) -> None:
        self.size = max(self.minimum, self.size // 2)


@dataclass
class PushReport:
    sent: int = 0
    requests: int = 0
    retries: int = 0
    answers: Counter[str] = field(default_factory=Counter)
    batch_sizes: list[int] = field(default_factory=list)
    gaps_declared: list[list[int]] = field(default_factory=list)  # [first, last] seqs declared lost

    def as_dict(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "requests": self.requests,
            "retries": self.retries,
            "answers": dict(self.answers),
            "gaps_declared": [list(g) for g in self.gaps_declared],
        }


QUEUED = """
SELECT t.seq, t.uuid, t.kind, t.operator_id, o2.login AS operator, t.created_at, t.payload,
       t.prev_hash, t.hash
FROM outbox o JOIN transactions t ON t.uuid = o.tx_uuid
LEFT JOIN operators o2 ON o2.id = t.operator_id
WHERE o.state = 'queued' AND t.seq > ? ORDER BY t.seq LIMIT ?
"""


def push(
    store: Store,
    link: RegistryLink,
    me: Identity,
    clock: times.Clock,
    sizer: BatchSizer | None = None,
    sleep: Callable[[float], None] = time.sleep,
    cancelled: Callable[[], bool] = lambda: False,
    report: PushReport | None = None,
) -> PushReport:
    """Send every queued act once; raises a SyncError if the registry cannot take them now.

    ``report`` (a new one by default) is filled in as the push goes, so a caller keeps what a
    failed push did. A registry not there at all at the cycle's first request is not retried.
    """
    sizer = sizer or BatchSizer()
    report = report if report is not None else PushReport()
    after, failures, deferred = 0, 0, []
    requeued, declared_after = False, set[int]()  # heads a gap was declared after
    while True:
        if cancelled():
            raise SyncCancelled()
        rows = store.all(QUEUED, (after, sizer.size))
        if not rows:
            break
        _note_attempt(store, rows, clock)
        started = time.monotonic()
        try:
            answer = link.push([envelope(row, me, store) for row in rows])
        except SyncError as exc:
            if isinstance(exc, BatchTooLarge) and sizer.size > 1:
                sizer.failed()
                continue
            if not exc.retryable or failures >= MAX_RETRIES or link.first_contact_failed(exc):
                _note_error(store, rows, exc.message)
                raise
            failures += 1
            report.retries += 1
            sizer.failed()
            sleep(min(0.2 * 2**failures, 5.0))
            continue
        failures = 0
        report.requests += 1
        report.sent += len(rows)
        report.batch_sizes.append(len(rows))
        sizer.succeeded(time.monotonic() - started)
        record_answers(store, answer, clock, report)
        deferred += [r for r in answer.results if r.status == "deferred"]
        gap = _lost_before(store, answer)
        if gap is not None and gap.after_seq not in declared_after:
            declared_after.add(gap.after_seq)
            link.declare_gap(gap)  # a SyncError ends the push: the next sync declares it again
            report.gaps_declared.append([gap.after_seq + 1, gap.next_seq - 1])
            after, deferred = gap.after_seq, []
            continue
        if not requeued and _registry_behind(store, answer, rows[0]["seq"]):
            requeued, after, deferred = True, answer.head.seq, []
            continue
        after = rows[-1]["seq"]
    if deferred:
        raise PushStalled(count=len(deferred), reason=item_reason(deferred[0].reason))
    return report


def envelope(row: dict[str, Any], me: Identity, store: Store) -> dict[str, Any]:
    """A queued act (a row of ``QUEUED``) as it goes up, signed; online or in a USB bundle."""
    envelope = {
        "uuid": row["uuid"],
        "seq": row["seq"],
        "kind": row["kind"],
        "operator_id": row["operator_id"],
        "operator": row["operator"],
        "created_at": row["created_at"],
        "payload": row["payload"],
        "prev_hash": row["prev_hash"],
        "hash": row["hash"],
        "signature": me.key.sign(tx_message(me.device, row["hash"])),
    }
    if row["kind"] in FACE_KINDS and (template := _own_template(store, row["payload"])):
        envelope["template"] = template
    return envelope


def _own_template(store: Store, payload: str) -> str | None:
    """The template an act names (enrolled or learned here), base64, if it is still in force (not erased)."""
    key = json.loads(payload).get("template_id")
    blob = store.scalar(
        "SELECT encoding FROM face_templates WHERE registry_id = ? AND source IN ('learned', 'terminal')"
        " AND revoked_at IS NULL",
        (key,),
    )
    if not blob or not any(blob):
        return None
    return base64.b64encode(blob).decode("ascii")


def _note_attempt(store: Store, rows: list[dict[str, Any]], clock: times.Clock) -> None:
    at = times.iso(clock.now())
    with store.write() as db:
        db.conn.executemany(
            "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ? WHERE tx_uuid = ?",
            [(at, r["uuid"]) for r in rows],
        )


def _note_error(store: Store, rows: list[dict[str, Any]], message: str) -> None:
    with store.write() as db:
        db.conn.executemany(
            "UPDATE outbox SET last_error = ? WHERE tx_uuid = ?", [(message, r["uuid"]) for r in rows]
        )


def record_answers(store: Store, answer: PushResponse, clock: times.Clock, report: PushReport) -> None:
    """The registry's answers (online or from a USB bundle), committed together: only now are the acts
    synced. An answer for an act no longer queued changes nothing."""
    at = times.iso(clock.now())
    done: list[tuple[str, str, str]] = []
    aside: list[tuple[str, str]] = []
    waiting: list[tuple[str, str]] = []
    with store.write() as db:
        for r in answer.results:
            report.answers[r.status] += 1
            if r.status in ("accepted", "duplicate", "conflict"):
                done.append((r.status, at, r.uuid))
                if r.conflict is not None:
                    record_conflict(db, _conflict(r), at)
            elif r.status == "rejected":
                aside.append((r.reason or "rejected", r.uuid))
            else:
                waiting.append((r.reason or "deferred", r.uuid))
        db.conn.executemany(
            "UPDATE outbox SET state = 'synced', registry_status = ?, synced_at = ?, last_error = NULL"
            " WHERE tx_uuid = ? AND state = 'queued'",
            done,
        )
        db.conn.executemany(
            "UPDATE outbox SET state = 'set_aside', registry_status = 'rejected', last_error = ?"
            " WHERE tx_uuid = ? AND state = 'queued'",
            aside,
        )
        db.conn.executemany("UPDATE outbox SET last_error = ? WHERE tx_uuid = ?", waiting)


def _conflict(r: ItemResult) -> dict[str, Any]:
    assert r.conflict is not None
    return {"id": r.conflict.id, "kind": r.conflict.kind, "tx_uuid": r.uuid, "with_tx": r.conflict.with_tx}


def _lost_before(store: Store, answer: PushResponse) -> GapDeclaration | None:
    """The gap to declare when the registry waits for acts this store lost (all of them, from its head
    to the first act still held after it: ``lost_acts``), else None."""
    if not any(r.reason == "sequence_gap" for r in answer.results):
        return None
    head = answer.head.seq
    first = store.one("SELECT seq, prev_hash FROM transactions WHERE seq > ? ORDER BY seq LIMIT 1", (head,))
    if first is None or first["seq"] <= head + 1:
        return None
    lost = store.all("SELECT seq_from, seq_to FROM lost_acts WHERE seq_to > ? ORDER BY seq_from", (head,))
    covered = head
    for r in lost:
        if r["seq_from"] > covered + 1:
            break
        covered = max(covered, r["seq_to"])
    if covered < first["seq"] - 1:
        return None
    return GapDeclaration(
        after_seq=head, next_seq=first["seq"], next_prev_hash=first["prev_hash"], reason="store_damaged"
    )


def _registry_behind(store: Store, answer: PushResponse, first_sent: int) -> bool:
    """The registry lost acts it had acknowledged (restored from a backup): queue them again."""
    if answer.head.seq >= first_sent - 1 or not any(r.reason == "sequence_gap" for r in answer.results):
        return False
    with store.write() as db:
        db.execute(
            "UPDATE outbox SET state = 'queued', registry_status = NULL, synced_at = NULL"
            " WHERE state = 'synced' AND tx_uuid IN (SELECT uuid FROM transactions WHERE seq > ?)",
            (answer.head.seq,),
        )
    return True
