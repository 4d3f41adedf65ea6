"""Face templates in the store, and the Face-ID gallery that mirrors them.

The gallery holds every template in force (``revoked_at IS NULL``) of every
citizen not removed: the template's row id is its key and the citizen's id its
identity. It is loaded with one query (100k templates in well under a second)
and then kept in step row by row: :func:`refresh` after sync has written rows,
:func:`enroll` and :func:`revoke` for what happens on this terminal.

Enrolling a face captured here needs the citizen's consent (its time is
stored) and writes an audit entry in the same transaction; the entry names the
citizen and the templates by their internal ids only.

After each identified visit, :func:`learn_from_visit` records which template
matched (``last_seen_at``, what retention counts from) and, when the policy of
:mod:`biometrics.learning` allows, keeps the visit's template as a *learned*
one: the row, its act ``face_learned`` (its audit entry and outbox row) in one
transaction. The act carries the template's stable id (a UUID made here, the
registry's key for it) and the sha256 of its bytes, never the bytes: the push
attaches them from this table while the template is in force, so erasing it
here (retention, a withdrawn consent) erases it from the terminal for good.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import uuid
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Any, SupportsInt

import numpy as np
from sqlite_utils import Database

from biometrics import Gallery, heap, learning, templates
from biometrics.matching import DEFAULT_THRESHOLDS, Thresholds, look_alikes
from biometrics.phrases import term
from terminal.core import audit
from terminal.core.acts import record_act
from terminal.core.clock import stamp
from terminal.core.errors import ConsentRequired, FaceEnrolledForAnother, InvalidInput, UnknownCitizen
from terminal.core.operators import MIN_REASON, SupervisorWord, WordRefused, supervisors_word
from terminal.core.roles import Operator, require
from terminal.core.site_context import SiteContext
from terminal.core.store import Store

log = logging.getLogger(__name__)
IN_FORCE = (
    "SELECT t.id, t.citizen_id, t.encoding, t.source = 'learned' AS learned"
    " FROM face_templates t JOIN citizens c ON c.id = t.citizen_id"
    " WHERE t.revoked_at IS NULL AND c.removed_at IS NULL"
)
ENROLLED, LEARNED, FORGOTTEN = "face_enrolled", "face_learned", "face_forgotten"  # acts the registry is told


LOAD_CHUNK = 4096  # rows read at a time by load_gallery


def load_gallery(store: Store) -> Gallery:
    """Every template in force, in a new gallery: one query, read a chunk of rows at a time into one
    buffer, one bulk add.

    Never every row at once: 100k rows as Python objects take some 65 MB beside their 51 MB of floats,
    and the heap they leave stays with the window (``hamyon bench memory`` measured 95 MB of it). From
    :data:`biometrics.coarse.MIN_ROWS` templates on, the floats themselves then leave the window's
    memory for an encrypted file without a name in the home (:mod:`biometrics.spill`).
    """
    conn = store.db.conn
    room = int(conn.execute("SELECT count(*) FROM face_templates").fetchone()[0])  # those in force, or more
    block = np.empty((room, templates.DIM), dtype=templates.WIRE_DTYPE)  # memory only where written
    keys = np.empty(room, dtype=np.int64)
    citizens: list[int] = []
    learned: list[bool] = []
    cursor = conn.execute(IN_FORCE)
    while rows := cursor.fetchmany(LOAD_CHUNK):
        start, end = len(citizens), len(citizens) + len(rows)
        if end > len(keys):  # templates written since the count
            more = end - len(keys) + LOAD_CHUNK
            block = np.concatenate([block, np.empty((more, templates.DIM), dtype=block.dtype)])
            keys = np.concatenate([keys, np.empty(more, dtype=keys.dtype)])
        blob = b"".join([r[2] for r in rows])
        block[start:end] = np.frombuffer(blob, dtype=templates.WIRE_DTYPE).reshape(-1, templates.DIM)
        keys[start:end] = [r[0] for r in rows]
        citizens += [r[1] for r in rows]
        learned += [bool(r[3]) for r in rows]
    # the read filled the connection's page cache (8 MB, kept for good): the rows are read once, so the
    # cache is given back rather than kept for pages nothing will ask for again
    conn.execute("PRAGMA shrink_memory")
    count = len(citizens)
    # a large gallery's rows go to an encrypted file in the home once its compact copy is searched
    gallery = Gallery(capacity=max(1024, count + count // 4), spill=store.path.parent)
    _add_block(gallery, citizens, block[:count], keys[:count], np.array(learned, dtype=np.bool_))
    del block, keys, citizens, learned
    heap.give_back()  # glibc keeps a load's freed heap otherwise: some 25 MB after 100,000 templates
    return gallery


def refresh(gallery: Gallery, store: Store, template_ids: Iterable[int]) -> tuple[int, int]:
    """Bring these templates' rows (just written by sync, say) into the gallery: (in force, removed)."""
    ids = sorted({int(i) for i in template_ids})
    for key in ids:
        gallery.remove(key)
    rows = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows += store.db.conn.execute(f"{IN_FORCE} AND t.id IN ({marks})", chunk).fetchall()
    _add_rows(gallery, rows)
    return len(rows), len(ids) - len(rows)


@dataclass(frozen=True)
class LookAlike:
    """An enrolled citizen a new face would already pass for (the supervisor is shown who)."""

    citizen_id: int
    full_name: str
    birth_date: str
    distance: float


@dataclass(frozen=True)
class FaceCheck:
    """A new face against everyone enrolled, before it is kept: ``new`` (nobody), ``same`` (already this
    citizen's face, nobody else's) or ``other`` (it would pass for ``others``: a supervisor decides)."""

    result: str
    others: tuple[LookAlike, ...] = ()

    @property
    def flagged(self) -> bool:
        return self.result == "other"


def check_face(
    site: SiteContext,
    gallery: Gallery,
    encodings: object,
    citizen_id: int | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> FaceCheck:
    """Would this face already pass for an enrolled person other than ``citizen_id``?
    (:func:`biometrics.matching.look_alikes`: the 1:N decision names them, or their templates lie within
    the 1:1 bar.)"""
    block = templates.as_templates(encodings)
    if len(block) == 0:
        raise InvalidInput(field="face templates", reason="none were captured")
    near = {m.identity: m.distance for m in look_alikes(gallery, block[0], thresholds)}  # the mean first
    others = {_citizen_id(k): float(v) for k, v in near.items() if k != citizen_id}
    if not others:
        return FaceCheck("same" if citizen_id in near else "new")
    return FaceCheck("other", look_alike_people(site.store, {k: round(v, 3) for k, v in others.items()}))


def _citizen_id(identity: Hashable) -> int:
    """A gallery identity as the citizen's id (this terminal's galleries are keyed by citizen ids)."""
    if not isinstance(identity, SupportsInt):
        raise TypeError(f"a gallery identity that is not a citizen id: {identity!r}")
    return int(identity)


def look_alike_people(store: Store, distances: dict[int, float]) -> tuple[LookAlike, ...]:
    """These citizens (id: distance) by name and birth date, nearest first; one no longer here is left out."""
    if not distances:
        return ()
    marks = ",".join("?" * len(distances))
    rows = store.all(
        f"SELECT id, surname, given_name, patronymic, birth_date FROM citizens WHERE id IN ({marks})",
        list(distances),
    )
    found = (
        LookAlike(
            r["id"],
            " ".join(p for p in (r["surname"], r["given_name"], r["patronymic"]) if p),
            r["birth_date"],
            distances[r["id"]],
        )
        for r in rows
    )
    return tuple(sorted(found, key=lambda a: a.distance))


def enroll(
    site: SiteContext,
    operator: Operator,
    citizen_id: int,
    encodings: object,
    *,
    consent: bool,
    gallery: Gallery | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    word: SupervisorWord | None = None,
) -> list[int]:
    """Store templates captured on this terminal (with the citizen's consent to Face-ID) and add them to
    ``gallery``; each is an act ``face_enrolled`` (the registry keeps it under the UUID made here).

    When the face would already pass for another citizen (:func:`check_face`) it is refused unless a
    supervisor gives their ``word`` (PIN and reason: twins, say); the acts then carry who they looked
    like and who decided. Returns the new templates' ids.
    """
    require(operator, "enroll a citizen's face")
    if not consent:
        raise ConsentRequired()
    block = templates.as_templates(encodings)
    if len(block) == 0:
        raise InvalidInput(field="face templates", reason="none were captured")
    citizen = site.store.one("SELECT id, pin, removed_at FROM citizens WHERE id = ?", (citizen_id,))
    if citizen is None or citizen["removed_at"] is not None:
        raise UnknownCitizen()
    known = gallery if gallery is not None else load_gallery(site.store)  # never enrolled unchecked
    check = check_face(site, known, block, citizen_id, thresholds)
    decided: dict[str, Any] = {}  # who the face looked like, and who let it be enrolled
    if check.flagged:
        if word is None:
            raise FaceEnrolledForAnother()
        supervisor = _supervisor(site, operator, word)
        decided = {
            "looks_like": [a.citizen_id for a in check.others],
            "supervisor_id": supervisor.id,
            "reason": " ".join(word.reason.split()),
        }
    at = stamp(site.clock)
    with site.store.write() as db:
        pins = [_pin(db, c) for c in decided.get("looks_like", [])]  # the registry knows them by these
        ids = []
        for template in block:
            blob, key = templates.to_bytes(template), str(uuid.uuid4())
            new_id = _inserted(
                db.execute(
                    "INSERT INTO face_templates (citizen_id, encoding, source, registry_id, consent_at,"
                    " created_at) VALUES (?, ?, 'terminal', ?, ?, ?)",
                    (citizen_id, blob, key, at, at),
                )
            )
            ids.append(new_id)
            payload: dict[str, Any] = {
                "facility": site.facility.id,
                "citizen_pin": citizen["pin"],
                "template_id": key,
                "encoding_sha256": hashlib.sha256(blob).hexdigest(),
                "consent_at": at,
            }
            details: dict[str, Any] = {"template": new_id, "consent_at": at}
            if decided:
                payload |= {**decided, "looks_like": pins}
                details |= {"looks_like": decided["looks_like"], "supervisor": decided["supervisor_id"]}
            record_act(
                db,
                kind=ENROLLED,
                payload=payload,
                operator_id=operator.id,
                at=at,
                subject=f"citizen:{citizen_id}",
                details=details,
            )
    if gallery is not None:
        gallery.add(citizen_id, block, keys=ids)
    return ids


def _supervisor(site: SiteContext, operator: Operator, word: SupervisorWord) -> Operator:
    """Who lets a look-alike face be enrolled: a supervisor at the desk types their own PIN again,
    anyone else needs another supervisor's PIN (four eyes)."""
    if len(" ".join(word.reason.split())) < MIN_REASON:
        raise WordRefused(reason="write the reason")
    action = term("enroll a look-alike face")
    return supervisors_word(site, operator, word, action=action, purpose="face_enrollment")


def revoke(
    site: SiteContext, operator: Operator, citizen_id: int, *, reason: str, gallery: Gallery | None = None
) -> int:
    """Withdraw a citizen's templates captured at terminals (enrolled with consent, or learned from
    visits): erased, audited; also at the registry (act ``face_forgotten``) those it was told of."""
    require(operator, "remove a citizen's face")
    if not reason.strip():
        raise InvalidInput(field="reason", reason="a written reason is required")
    at = stamp(site.clock)
    with site.store.write() as db:
        rows = db.execute(
            "UPDATE face_templates SET revoked_at = ?, encoding = zeroblob(512) WHERE citizen_id = ?"
            " AND source IN ('terminal', 'learned') AND revoked_at IS NULL RETURNING id, source, registry_id",
            (at, citizen_id),
        ).fetchall()
        ids = sorted(r[0] for r in rows)
        audit.append(
            db,
            at=at,
            operator_id=operator.id,
            action="face_revoked",
            subject=f"citizen:{citizen_id}",
            details={"templates": ids, "reason": reason.strip()},
        )
        learned = sorted(r[2] for r in rows if r[2] is not None)  # those the registry was told of
        if learned:
            payload = {
                "facility": site.facility.id,
                "citizen_pin": _pin(db, citizen_id),
                "template_ids": learned,
            }
            record_act(
                db,
                kind=FORGOTTEN,
                payload=payload,
                operator_id=operator.id,
                at=at,
                subject=f"citizen:{citizen_id}",
            )
    if gallery is not None:
        for key in ids:
            gallery.remove(key)
    return len(ids)


@dataclass(frozen=True)
class VisitLearning:
    """What an identified visit left: the policy's verdict, the learned template's id (when it learned),
    and the template that matched the visit (now marked seen)."""

    verdict: learning.Verdict
    template_id: int | None = None
    seen: int | None = None


def learn_from_visit(
    site: SiteContext,
    operator: Operator,
    citizen_id: int,
    template: object,
    confirmation: learning.Confirmation,
    *,
    gallery: Gallery,
    thresholds: Thresholds | None = None,
) -> VisitLearning:
    """After a visit identified as ``confirmation`` says: mark the matching template seen, and learn the
    visit's ``template`` (the mean of its confirming frames) if :func:`biometrics.learning.decide` allows;
    one transaction. ``gallery`` follows (the replaced key out, the learned one in). A refusal writes
    nothing but the time seen."""
    probe = templates.as_template(template)
    citizen = site.store.one("SELECT pin, removed_at FROM citizens WHERE id = ?", (citizen_id,))
    if citizen is None or citizen["removed_at"] is not None:
        raise UnknownCitizen()
    own = _known(site.store, citizen_id)
    verdict = learning.decide(confirmation, probe, citizen_id, own, gallery, thresholds)
    seen = _nearest(probe, own)
    at = stamp(site.clock)
    learned = None
    with site.store.write() as db:
        if seen is not None:
            db.execute("UPDATE face_templates SET last_seen_at = ? WHERE id = ?", (at, seen))
        if verdict.learns:
            learned = _learn(db, site, operator, citizen_id, citizen["pin"], probe, confirmation, verdict, at)
    if learned is not None:
        if verdict.replaces is not None:
            gallery.remove(verdict.replaces)
        gallery.add(citizen_id, probe, keys=[learned], learned=True)
    log.info("a visit's face template: %s", verdict.reason)
    return VisitLearning(verdict, learned, seen)


def _learn(
    db: Database,
    site: SiteContext,
    operator: Operator,
    citizen_id: int,
    pin: str,
    probe: np.ndarray,
    confirmation: learning.Confirmation,
    verdict: learning.Verdict,
    at: str,
) -> int:
    replaced = None
    if verdict.replaces is not None:
        row = db.execute(
            "UPDATE face_templates SET revoked_at = ?, encoding = zeroblob(512)"
            " WHERE id = ? AND source = 'learned' AND revoked_at IS NULL RETURNING registry_id",
            (at, verdict.replaces),
        ).fetchone()
        replaced = row[0] if row else None
    blob, key = templates.to_bytes(probe), str(uuid.uuid4())
    new_id = _inserted(
        db.execute(
            "INSERT INTO face_templates (citizen_id, encoding, source, registry_id, learned_from, created_at,"
            " last_seen_at) VALUES (?, ?, 'learned', ?, ?, ?, ?)",
            (citizen_id, blob, key, confirmation.learned_from, at, at),
        )
    )
    payload = {
        "facility": site.facility.id,
        "citizen_pin": pin,
        "template_id": key,
        "encoding_sha256": hashlib.sha256(blob).hexdigest(),
        "learned_from": confirmation.learned_from,
        "distance": None if confirmation.distance is None else round(float(confirmation.distance), 4),
        "replaces": replaced,
    }
    details = {"template": new_id, "replaces": verdict.replaces, "learned_from": confirmation.learned_from}
    record_act(
        db,
        kind=LEARNED,
        payload=payload,
        operator_id=operator.id,
        at=at,
        subject=f"citizen:{citizen_id}",
        details=details,
    )
    return new_id


def _inserted(cursor: sqlite3.Cursor) -> int:
    """The row id an INSERT just gave its row."""
    if cursor.lastrowid is None:
        raise TypeError("the statement inserted no row")
    return cursor.lastrowid


def _known(store: Store, citizen_id: int) -> list[learning.Known]:
    """The citizen's templates in force, damaged or erased ones left out."""
    rows = store.all(
        "SELECT id, source, created_at, encoding FROM face_templates"
        " WHERE citizen_id = ? AND revoked_at IS NULL ORDER BY id",
        (citizen_id,),
    )
    found = []
    for r in rows:
        values = np.frombuffer(r["encoding"], dtype=templates.WIRE_DTYPE)
        if len(values) == templates.DIM and np.isfinite(values).all() and values.any():
            found.append(learning.Known(r["id"], r["source"], r["created_at"], values.astype(np.float32)))
    return found


def _nearest(probe: np.ndarray, own: list[learning.Known]) -> int | None:
    if not own:
        return None
    block = np.stack([k.template for k in own])
    return own[int(np.linalg.norm(block - probe, axis=1).argmin())].key


def _pin(db: Database, citizen_id: int) -> str:
    return str(db.execute("SELECT pin FROM citizens WHERE id = ?", (citizen_id,)).fetchone()[0])


def _add_rows(gallery: Gallery, rows: list[tuple[int, int, bytes, int]]) -> None:
    """Add store rows (``IN_FORCE``'s columns) in bulk (see :func:`_add_block`)."""
    if not rows:
        return
    blob = b"".join([r[2] for r in rows])
    block = np.frombuffer(blob, dtype=templates.WIRE_DTYPE).reshape(-1, templates.DIM)
    keys = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    learned = np.fromiter((bool(r[3]) for r in rows), dtype=np.bool_, count=len(rows))
    _add_block(gallery, [r[1] for r in rows], block, keys, learned)


def _add_block(
    gallery: Gallery, citizens: list[int], block: np.ndarray, keys: np.ndarray, learned: np.ndarray
) -> None:
    """Add templates in bulk (``learned``: a flag each, taken from a visit); a damaged or erased
    (all-zero) template is left out, and logged by count."""
    if not len(keys):
        return
    usable = np.asarray(np.isfinite(block).all(axis=1) & block.any(axis=1), dtype=np.bool_)
    if not usable.all():
        log.warning("%d face templates in the store are damaged and were left out", int((~usable).sum()))
        citizens = [c for c, ok in zip(citizens, usable.tolist(), strict=True) if ok]
        block, keys, learned = block[usable], keys[usable], learned[usable]
    gallery.add_many(citizens, block, keys, learned=learned)
