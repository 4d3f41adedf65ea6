"""terminal.core.faces: the store's face templates and the gallery that mirrors them."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from biometrics import Gallery, identify
from biometrics.learning import Confirmation
from biometrics.templates import to_bytes
from terminal.core import audit, faces
from terminal.core.clock import stamp
from terminal.core.demo_site import DEMO_PINS
from terminal.core.errors import PermissionDenied, UnknownCitizen
from terminal.core.operators import SupervisorWord, WordRefused
from tests.conftest import table_counts


def citizens(site, count: int) -> list[int]:
    return [r["id"] for r in site.store.all("SELECT id FROM citizens ORDER BY id LIMIT ?", (count,))]


def registry_rows(site, rows: list[tuple[int, np.ndarray, str]]) -> list[int]:
    """Write templates as the sync side does (source 'registry'); returns their row ids."""
    ids = []
    with site.store.write() as db:
        for citizen_id, encoding, registry_id in rows:
            cursor = db.execute(
                "INSERT INTO face_templates (citizen_id, encoding, source, registry_id, created_at)"
                " VALUES (?, ?, 'registry', ?, ?)",
                (citizen_id, np.asarray(encoding, dtype="<f4").tobytes(), registry_id, stamp(site.clock)),
            )
            ids.append(cursor.lastrowid)
    return ids


def test_enrolling_with_consent_stores_templates_and_audits(site, encodings: dict[str, np.ndarray]) -> None:
    citizen = citizens(site, 1)[0]
    inspector = site.operator("inspector")
    gallery = Gallery()
    captured = np.stack([encodings["biden_1.jpg"], encodings["biden_2.jpg"]])
    ids = faces.enroll(site, inspector, citizen, captured, consent=True, gallery=gallery)
    rows = site.store.all("SELECT * FROM face_templates WHERE id IN (?, ?) ORDER BY id", ids)
    at = stamp(site.clock)
    assert [(r["citizen_id"], r["source"], r["consent_at"], r["created_at"]) for r in rows] == [
        (citizen, "terminal", at, at)
    ] * 2
    assert rows[0]["encoding"] == to_bytes(captured[0])
    entries = site.store.all("SELECT * FROM audit WHERE action = 'face_enrolled' ORDER BY seq")
    acts = site.store.all("SELECT uuid, payload FROM transactions WHERE kind = 'face_enrolled' ORDER BY seq")
    assert [e["subject"] for e in entries] == [f"citizen:{citizen}"] * 2
    assert [json.loads(e["details"]) for e in entries] == [
        {"template": key, "consent_at": at, "tx": act["uuid"]} for key, act in zip(ids, acts, strict=True)
    ]
    pin = site.store.scalar("SELECT pin FROM citizens WHERE id = ?", (citizen,))
    for row, act in zip(rows, acts, strict=True):  # each template is an act the registry is told
        payload = json.loads(act["payload"])
        assert payload["template_id"] == row["registry_id"] and payload["citizen_pin"] == pin
        assert payload["encoding_sha256"] == hashlib.sha256(row["encoding"]).hexdigest()
        assert payload["consent_at"] == at and "encoding" not in payload
    assert audit.verify(site.store)[1] is None
    assert sorted(gallery.keys_of(citizen)) == ids
    later = identify(gallery, encodings["biden_1.jpg"])
    assert later.identity == citizen


def test_enrolling_is_refused_without_consent_role_or_citizen(site, encodings: dict[str, np.ndarray]) -> None:
    before = table_counts(site)
    citizen = citizens(site, 1)[0]
    encoding = encodings["kit_harington_1.jpg"]
    with pytest.raises(faces.ConsentRequired):
        faces.enroll(site, site.operator("nurse"), citizen, encoding, consent=False)
    with pytest.raises(PermissionDenied):
        faces.enroll(site, site.operator("canteen"), citizen, encoding, consent=True)
    with pytest.raises(UnknownCitizen):
        faces.enroll(site, site.operator("nurse"), 10**9, encoding, consent=True)
    assert table_counts(site) == before


def test_a_face_enrolled_for_another_citizen_is_refused(site, encodings: dict[str, np.ndarray]) -> None:
    first, second = citizens(site, 2)
    gallery = Gallery()
    nurse = site.operator("nurse")
    faces.enroll(site, nurse, first, encodings["rose_leslie_1.jpg"], consent=True, gallery=gallery)
    before = table_counts(site)
    with pytest.raises(faces.FaceEnrolledForAnother):
        faces.enroll(site, nurse, second, encodings["rose_leslie_2.jpg"], consent=True, gallery=gallery)
    assert table_counts(site) == before and len(gallery) == 1
    check = faces.check_face(site, gallery, encodings["rose_leslie_2.jpg"], second)
    assert check.result == "other" and [a.citizen_id for a in check.others] == [first]
    assert faces.check_face(site, gallery, encodings["rose_leslie_2.jpg"], first).result == "same"
    assert faces.check_face(site, gallery, encodings["kit_harington_1.jpg"], second).result == "new"
    faces.enroll(site, nurse, first, encodings["rose_leslie_2.jpg"], consent=True, gallery=gallery)
    assert len(gallery) == 2  # a second template for the same citizen is welcome


def test_a_look_alike_face_is_enrolled_only_on_a_supervisors_word(site, encodings) -> None:
    first, second = citizens(site, 2)
    gallery = Gallery()
    nurse, chief = site.operator("nurse"), site.operator("supervisor")
    faces.enroll(site, nurse, first, encodings["rose_leslie_1.jpg"], consent=True, gallery=gallery)
    before = table_counts(site)
    with pytest.raises(PermissionDenied):  # the nurse's own PIN is not a supervisor's word
        faces.enroll(
            site,
            nurse,
            second,
            encodings["rose_leslie_2.jpg"],
            consent=True,
            gallery=gallery,
            word=SupervisorWord(nurse.login, DEMO_PINS["nurse"], "twin sister, checked her passport"),
        )
    with pytest.raises(WordRefused):  # a word without a reason
        faces.enroll(
            site,
            nurse,
            second,
            encodings["rose_leslie_2.jpg"],
            consent=True,
            gallery=gallery,
            word=SupervisorWord(chief.login, DEMO_PINS["supervisor"], "ok"),
        )
    assert table_counts(site)["face_templates"] == before["face_templates"]
    word = SupervisorWord(chief.login, DEMO_PINS["supervisor"], "twin sister, checked her passport")
    ids = faces.enroll(
        site, nurse, second, encodings["rose_leslie_2.jpg"], consent=True, gallery=gallery, word=word
    )
    act = site.store.one("SELECT payload FROM transactions WHERE kind = 'face_enrolled' ORDER BY seq DESC")
    payload = json.loads(act["payload"])
    first_pin = site.store.scalar("SELECT pin FROM citizens WHERE id = ?", (first,))
    assert payload["looks_like"] == [first_pin] and payload["supervisor_id"] == chief.id
    assert payload["reason"] == "twin sister, checked her passport"
    assert sorted(gallery.keys_of(second)) == ids


def test_the_gallery_holds_what_is_in_force(site, encodings: dict[str, np.ndarray]) -> None:
    a, b, c = citizens(site, 3)
    ids = registry_rows(
        site,
        [(a, encodings["obama_2.jpg"], "r1"), (a, encodings["obama_3.jpg"], "r2"),
         (b, encodings["biden_1.jpg"], "r3"), (c, encodings["kit_harington_1.jpg"], "r4")],
    )  # fmt: skip
    with site.store.write() as db:
        db.execute("UPDATE face_templates SET revoked_at = ? WHERE id = ?", (stamp(site.clock), ids[1]))
        db.execute("UPDATE citizens SET removed_at = ? WHERE id = ?", (stamp(site.clock), c))
    gallery = faces.load_gallery(site.store)
    assert len(gallery) == 2 and sorted(gallery.keys_of(a)) == [ids[0]] and gallery.keys_of(b) == [ids[2]]
    assert identify(gallery, encodings["obama_4.jpg"]).identity == a
    assert identify(gallery, encodings["kit_harington_2.jpg"]).status == "no_match"


def test_refresh_follows_changed_rows_without_a_reload(site, encodings: dict[str, np.ndarray]) -> None:
    a, b = citizens(site, 2)
    ids = registry_rows(site, [(a, encodings["obama_2.jpg"], "r1"), (b, encodings["biden_1.jpg"], "r2")])
    gallery = faces.load_gallery(site.store)
    with site.store.write() as db:  # the registry re-sent r1 with a new photo, revoked r2, added r3
        db.execute(
            "UPDATE face_templates SET encoding = ? WHERE id = ?",
            (to_bytes(encodings["rose_leslie_1.jpg"]), ids[0]),
        )
        db.execute(
            "UPDATE face_templates SET revoked_at = ?, encoding = zeroblob(512) WHERE id = ?", ("x", ids[1])
        )
    new = registry_rows(site, [(b, encodings["kit_harington_1.jpg"], "r3")])
    assert faces.refresh(gallery, site.store, [*ids, *new, 999_999]) == (2, 2)
    assert identify(gallery, encodings["rose_leslie_2.jpg"]).identity == a
    assert identify(gallery, encodings["obama_3.jpg"]).status == "no_match"
    assert identify(gallery, encodings["kit_harington_3.jpg"]).identity == b
    assert len(gallery) == 2


def test_damaged_rows_are_left_out_not_fatal(site, encodings: dict[str, np.ndarray]) -> None:
    a, b = citizens(site, 2)
    registry_rows(site, [(a, encodings["obama_2.jpg"], "r1"), (b, np.full(128, np.nan), "r2")])
    with site.store.write() as db:
        db.execute(
            "INSERT INTO face_templates (citizen_id, encoding, source, registry_id, created_at)"
            " VALUES (?, zeroblob(512), 'registry', 'r3', 'now')",
            (b,),
        )
    assert len(faces.load_gallery(site.store)) == 1


def test_revoking_erases_audits_and_leaves_the_gallery(site, encodings: dict[str, np.ndarray]) -> None:
    citizen = citizens(site, 1)[0]
    gallery = Gallery()
    ids = faces.enroll(site, site.operator("nurse"), citizen, encodings["alex_lacamoire_2.jpg"], consent=True,
                       gallery=gallery)  # fmt: skip
    with pytest.raises(PermissionDenied):
        faces.revoke(site, site.operator("nurse"), citizen, reason="asked", gallery=gallery)
    assert (
        faces.revoke(site, site.operator("supervisor"), citizen, reason="consent withdrawn", gallery=gallery)
        == 1
    )
    row = site.store.one("SELECT * FROM face_templates WHERE id = ?", (ids[0],))
    assert row["revoked_at"] == stamp(site.clock) and row["encoding"] == bytes(512)
    assert len(gallery) == 0 and len(faces.load_gallery(site.store)) == 0
    entry = site.store.one("SELECT * FROM audit WHERE action = 'face_revoked' ORDER BY seq DESC LIMIT 1")
    assert json.loads(entry["details"])["templates"] == ids
    act = site.store.one("SELECT payload FROM transactions WHERE kind = 'face_forgotten'")
    assert json.loads(act["payload"])["template_ids"] == [row["registry_id"]]  # the registry is told


def test_a_visit_marks_the_template_that_matched_and_its_citizen_seen(
    site, encodings: dict[str, np.ndarray]
) -> None:
    obama, biden = citizens(site, 2)
    ids = registry_rows(
        site,
        [(obama, encodings["obama_1.jpg"], "r1"), (obama, encodings["obama_2.jpg"], "r2"),
         (biden, encodings["biden_1.jpg"], "r3")],
    )  # fmt: skip
    gallery = faces.load_gallery(site.store)
    site.clock.advance(days=2)
    probe = encodings["obama_2.jpg"]
    decision = identify(gallery, probe)
    assert decision.status == "match" and decision.identity == obama
    visit = faces.learn_from_visit(
        site, site.operator("nurse"), obama, probe, Confirmation("face", decision.distance), gallery=gallery
    )
    assert visit.seen == ids[1]  # the nearest of his own templates
    seen = {r["id"]: r["last_seen_at"] for r in site.store.all("SELECT id, last_seen_at FROM face_templates")}
    assert {key: seen[key] for key in ids} == {ids[0]: None, ids[1]: stamp(site.clock), ids[2]: None}
    assert site.store.scalar("SELECT last_seen_at FROM citizens WHERE id = ?", (obama,)) == stamp(site.clock)
    assert site.store.scalar("SELECT last_seen_at FROM citizens WHERE id = ?", (biden,)) is None


def test_many_templates_load_in_one_go(site) -> None:
    rng = np.random.default_rng(8)
    people = citizens(site, 50)
    block = rng.standard_normal((20_000, 128)).astype(np.float32)
    with site.store.write() as db:
        db.conn.executemany(
            "INSERT INTO face_templates (citizen_id, encoding, source, registry_id, created_at)"
            " VALUES (?, ?, 'registry', ?, 'now')",
            ((people[i % 50], block[i].astype("<f4").tobytes(), f"bulk-{i}") for i in range(len(block))),
        )
    gallery = faces.load_gallery(site.store)
    assert len(gallery) == 20_000 and gallery.identity_count == 50
    found = gallery.search(block[12_345])[0]
    assert found.identity == people[12_345 % 50] and found.distance < 1e-5
