"""Sync by USB stick on the terminal: the queue out as a bundle, the registry's news back in.

``export`` writes every queued act and the audit entries the registry does not hold yet, sealed to
the registry's bundle key (learned over the signed online channel: at enrollment or on a sync) and
signed by this device's key. The acts stay queued until an answer comes back, online or in the way
back, so exporting twice is harmless.

``take_back`` opens the newest way-back bundle for this device, records the answers to its acts
with the code an online push uses (an answer for an act no longer queued changes nothing), then
applies the news page by page with the code an online pull uses, each page with its cursor in one
transaction: an interrupted import goes on where it stopped, a repeated one changes nothing. The
cursor only moves forward and never jumps: pages at or before it are skipped, and the import stops at
a page that does not begin at it (this terminal synced online since: the rest comes with the next
sync or bundle).

Both are audited on the terminal (``bundle_export``, ``bundle_import``): the file, the counts, and
who did it (the supervisor in the window, or ``"by": "command_line"``); an import stopped part way is
audited with what it applied.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from cryptography.hazmat.primitives import serialization

from sync.errors import KeyMissing, SyncCancelled, SyncError
from sync.protocol import bundle, times
from sync.protocol.models import ChainHead, ItemResult, PushResponse
from terminal.core import audit
from terminal.core.audit import synced_upto
from terminal.core.clock import stamp
from terminal.core.store import Store
from terminal.sync_client.enroll import Identity, identity, key_path
from terminal.sync_client.pull import PullReport, apply_page, cursor
from terminal.sync_client.push import QUEUED, PushReport, envelope, record_answers
from terminal.sync_client.registry_key import registry_key

Step = Callable[[int, int], None]  # (done, total): how far an export or an import is


def _quiet(done: int, total: int) -> None:
    pass


class RegistryKeyUnknown(SyncError):
    code: ClassVar[str] = "registry_key_unknown"
    template: ClassVar[str] = (
        "This terminal has not learned the registry's key for USB bundles yet: connect it to the"
        " registry once ('hamyon sync') before it can write a bundle."
    )


class NoBundleHere(SyncError):
    code: ClassVar[str] = "no_bundle_here"
    template: ClassVar[str] = "There is no bundle from the registry for this terminal ({device}) in {where}."


def _device_seed(store: Store) -> bytes:
    path = key_path(store)
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        return key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise KeyMissing(path=str(path)) from exc


# --- out: the queue -------------------------------------------------------------------------------


@dataclass
class ExportReport:
    path: Path
    acts: int
    audit: int
    seq_from: int | None
    seq_to: int | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "acts": self.acts,
            "audit": self.audit,
            "seq_from": self.seq_from,
            "seq_to": self.seq_to,
        }


def export(
    store: Store,
    folder: Path,
    clock: times.Clock,
    on_step: Step = _quiet,
    operator_id: int | None = None,
) -> ExportReport:
    """Write the queue as one bundle into ``folder``; the acts stay queued. ``on_step(done, 3)``:
    read, sealed, written. Audited after the file is written (the entry goes with the next bundle)."""
    me = identity(store)
    sealed_to = registry_key(store)
    if sealed_to is None:
        raise RegistryKeyUnknown()
    rows = store.all(QUEUED, (0, 2**62))
    acts = [envelope(row, me, store) for row in rows]
    entries = store.all(
        "SELECT seq, at, operator_id, action, subject, details, prev_hash, hash FROM audit"
        " WHERE seq > ? ORDER BY seq",
        (synced_upto(store.db),),
    )
    at = times.iso(clock.now())
    first, last = (acts[0]["seq"], acts[-1]["seq"]) if acts else (None, None)
    header = {
        "direction": "to_registry",
        "device": me.device,
        "facility": me.facility,
        "created_at": at,
        "acts": len(acts),
        "audit": len(entries),
        "seq_from": first,
        "seq_to": last,
        "cursor": cursor(store),
    }
    on_step(1, 3)
    data = bundle.write(header, {"transactions": acts, "audit": entries}, sealed_to, _device_seed(store))
    on_step(2, 3)
    path = bundle.save(folder, bundle.file_name(me.facility, me.device, at), data)
    report = ExportReport(path, len(acts), len(entries), first, last)
    _audit(store, clock, operator_id, "bundle_export", path, report.as_dict())
    on_step(3, 3)
    return report


def _audit(
    store: Store,
    clock: times.Clock,
    operator_id: int | None,
    action: str,
    path: Path,
    details: dict[str, Any],
) -> None:
    """One audit entry for a bundle written or read: its file name and counts (nothing personal)."""
    facts = {k: v for k, v in details.items() if k != "file"}
    by = {"by": "command_line"} if operator_id is None else {}
    with store.write() as db:
        audit.append(
            db,
            at=stamp(clock),
            operator_id=operator_id,
            action=action,
            subject=path.name,
            details={**facts, **by},
        )


# --- back: answers and news -----------------------------------------------------------------------


@dataclass
class TakeBackReport:
    path: Path
    answers: PushReport = field(default_factory=PushReport)  # all the answers the bundle holds
    settled: int = 0  # acts of this terminal that were waiting for an answer and have one now
    news: PullReport = field(default_factory=PullReport)
    skipped_pages: int = 0
    stopped_early: bool = False  # a page began before this terminal's cursor: the rest waits

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "answers": dict(self.answers.answers),
            "settled": self.settled,
            "news": self.news.as_dict(),
            "skipped_pages": self.skipped_pages,
            "stopped_early": self.stopped_early,
        }


def find(store: Store, where: Path) -> Path:
    """``where`` itself when it is a file, else the newest bundle from the registry for this device in it."""
    if where.is_file():
        return where
    me = identity(store)
    found: list[tuple[str, Path]] = []
    for path in sorted(where.glob(f"*{bundle.SUFFIX}")) if where.is_dir() else []:
        try:
            head = bundle.header(path.read_bytes())
        except (OSError, SyncError):
            continue
        if head.get("direction") == "to_device" and head.get("device") == me.device:
            found.append((str(head.get("created_at", "")), path))
    if not found:
        raise NoBundleHere(device=me.device, where=str(where))
    return max(found)[1]


def take_back(
    store: Store,
    where: Path,
    clock: times.Clock,
    on_step: Step = _quiet,
    cancelled: Callable[[], bool] = lambda: False,
    operator_id: int | None = None,
) -> TakeBackReport:
    """Verify and apply the way-back bundle at ``where`` (a file, or the newest in a folder).
    ``on_step(done, total)`` after the answers and after each page of news; ``cancelled`` is asked
    between pages (SyncCancelled: what was applied stays, the next import goes on from there)."""
    me = identity(store)
    path = find(store, where)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise bundle.BundleDamaged(reason="it cannot be read") from exc
    head = bundle.header(data)
    if head.get("direction") != "to_device" or head.get("device") != me.device:
        raise bundle.BundleNotForUs(whom="another terminal")
    signer = registry_key(store)
    if signer is None:
        raise RegistryKeyUnknown()
    head, payload = bundle.open_(data, signer, _device_seed(store), whom="another terminal")
    report = TakeBackReport(path)
    _answers(store, me, payload, clock, report)
    try:
        _news(store, payload, clock, report, on_step, cancelled)
    except SyncCancelled:
        _audit(store, clock, operator_id, "bundle_import", path, {**report.as_dict(), "completed": False})
        raise
    _audit(store, clock, operator_id, "bundle_import", path, {**report.as_dict(), "completed": True})
    return report


def _answers(store: Store, me: Identity, payload: Any, clock: times.Clock, report: TakeBackReport) -> None:
    try:
        results = [ItemResult.model_validate(a) for a in payload["answers"]]
        head = ChainHead.model_validate(payload["head"])
    except (KeyError, TypeError, ValueError):
        raise bundle.BundleDamaged(reason="its answers are not in the protocol's form") from None
    answer = PushResponse(results=results, head=head, server_time=times.iso(clock.now()))
    waiting = _queued(store)
    record_answers(store, answer, clock, report.answers)
    report.settled = waiting - _queued(store)


def _queued(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM outbox WHERE state = 'queued'") or 0)


def _news(
    store: Store,
    payload: Any,
    clock: times.Clock,
    report: TakeBackReport,
    on_step: Step,
    cancelled: Callable[[], bool],
) -> None:
    pages = payload.get("pages") if isinstance(payload, dict) else None
    if not isinstance(pages, list):
        raise bundle.BundleDamaged(reason="its news is not in the protocol's form")
    on_step(1, len(pages) + 1)
    for done, entry in enumerate(pages, start=2):
        if cancelled():
            raise SyncCancelled()
        try:
            since, page = int(entry["since"]), entry["page"]
            end = int(page["cursor"])
        except (KeyError, TypeError, ValueError):
            raise bundle.BundleDamaged(reason="its news is not in the protocol's form") from None
        here = int(cursor(store))
        if end <= here:
            report.skipped_pages += 1
            continue
        if since != here:  # it began before the cursor (synced online since) or after it (a gap)
            report.stopped_early = True
            return
        applied = apply_page(store, page, clock)
        report.news.applied.update(applied.counts)
        report.news.templates |= applied.templates
        report.news.pages += 1
        report.news.changes += len(page["changes"])
        on_step(done, len(pages) + 1)
