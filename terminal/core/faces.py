"""Face templates in the store, and the Face-ID gallery that mirrors them.

The gallery holds every template in force (``revoked_at IS NULL``) of every
citizen not removed: the template's row id is its key and the citizen's id its
identity. It is loaded with one query (100k templates in well under a second)
and then kept in step row by row: :func:`refresh` after sync has written rows,
:func:`enroll` and :func:`revoke` for what happens on this terminal.

Enrolling a face captured here needs the citizen's consent (its time is
stored) and writes an audit entry in the same transaction; the entry names the
citizen and the templates by their internal ids only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import numpy as np

from biometrics import Gallery, templates
from biometrics.matching import DEFAULT_THRESHOLDS, Thresholds, identify
from terminal.core import audit
from terminal.core.clock import stamp
from terminal.core.errors import ConsentRequired, FaceEnrolledForAnother, InvalidInput, UnknownCitizen
from terminal.core.roles import Operator, require
from terminal.core.site import Site
from terminal.core.store import Store

log = logging.getLogger(__name__)
IN_FORCE = (
    "SELECT t.id, t.citizen_id, t.encoding FROM face_templates t JOIN citizens c ON c.id = t.citizen_id"
    " WHERE t.revoked_at IS NULL AND c.removed_at IS NULL"
)


def load_gallery(store: Store) -> Gallery:
    """Every template in force, in a new gallery: one query, one buffer, one bulk add."""
    with_rows = store.db.conn.execute(IN_FORCE).fetchall()
    gallery = Gallery(capacity=max(1024, len(with_rows) + len(with_rows) // 4))
    _add_rows(gallery, with_rows)
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


def enroll(
    site: Site,
    operator: Operator,
    citizen_id: int,
    encodings: object,
    *,
    consent: bool,
    gallery: Gallery | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> list[int]:
    """Store templates captured on this terminal (with consent) and add them to ``gallery``.

    Refused when the face already matches another citizen: a supervisor must look into it.
    Returns the new templates' ids.
    """
    require(operator, "enroll a citizen's face")
    if not consent:
        raise ConsentRequired()
    block = templates.as_templates(encodings)
    if len(block) == 0:
        raise InvalidInput(field="face templates", reason="none were captured")
    citizen = site.store.one("SELECT id, removed_at FROM citizens WHERE id = ?", (citizen_id,))
    if citizen is None or citizen["removed_at"] is not None:
        raise UnknownCitizen()
    if gallery is not None:
        decision = identify(gallery, block[0], thresholds)
        if decision.status == "match" and decision.identity != citizen_id:
            raise FaceEnrolledForAnother()
    at = stamp(site.clock)
    with site.store.write() as db:
        ids = []
        for template in block:
            cursor = db.execute(
                "INSERT INTO face_templates (citizen_id, encoding, source, consent_at, created_at)"
                " VALUES (?, ?, 'terminal', ?, ?)",
                (citizen_id, templates.to_bytes(template), at, at),
            )
            ids.append(int(cursor.lastrowid))
        audit.append(
            db,
            at=at,
            operator_id=operator.id,
            action="face_enrolled",
            subject=f"citizen:{citizen_id}",
            details={"templates": ids, "consent_at": at},
        )
    if gallery is not None:
        gallery.add(citizen_id, block, keys=ids)
    return ids


def revoke(
    site: Site, operator: Operator, citizen_id: int, *, reason: str, gallery: Gallery | None = None
) -> int:
    """Withdraw a citizen's terminal-captured templates (consent withdrawn, wrong person): erased, audited."""
    require(operator, "remove a citizen's face")
    if not reason.strip():
        raise InvalidInput(field="reason", reason="a written reason is required")
    at = stamp(site.clock)
    with site.store.write() as db:
        ids = [
            row[0]
            for row in db.execute(
                "SELECT id FROM face_templates WHERE citizen_id = ? AND source = 'terminal'"
                " AND revoked_at IS NULL",
                (citizen_id,),
            ).fetchall()
        ]
        db.execute(
            "UPDATE face_templates SET revoked_at = ?, encoding = zeroblob(512)"
            " WHERE citizen_id = ? AND source = 'terminal' AND revoked_at IS NULL",
            (at, citizen_id),
        )
        audit.append(
            db,
            at=at,
            operator_id=operator.id,
            action="face_revoked",
            subject=f"citizen:{citizen_id}",
            details={"templates": ids, "reason": reason.strip()},
        )
    if gallery is not None:
        for key in ids:
            gallery.remove(key)
    return len(ids)


def mark_seen(site: Site, template_id: int) -> None:
    """Record when a template last identified someone (for the registry's housekeeping)."""
    with site.store.write() as db:
        db.execute(
            "UPDATE face_templates SET last_seen_at = ? WHERE id = ?", (stamp(site.clock), template_id)
        )


def _add_rows(gallery: Gallery, rows: list[tuple[int, int, bytes]]) -> None:
    """Add store rows in bulk; a damaged or erased (all-zero) template is left out, and logged by count."""
    if not rows:
        return
    blob = b"".join([r[2] for r in rows])
    block = np.frombuffer(blob, dtype=templates.WIRE_DTYPE).reshape(-1, templates.DIM)
    usable = np.isfinite(block).all(axis=1) & block.any(axis=1)
    keys = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    citizens = [r[1] for r in rows]
    if not usable.all():
        log.warning("%d face templates in the store are damaged and were left out", int((~usable).sum()))
        citizens = [c for c, ok in zip(citizens, usable.tolist(), strict=True) if ok]
        block, keys = block[usable], keys[usable]
    gallery.add_many(citizens, block, keys)
