"""Templates learned from visits travel: terminal A learns, the registry keeps it, terminal B identifies
with it; replaced or withdrawn, it leaves every terminal. On SQLite and PostgreSQL.

Obama is enrolled at the registry with his first photo, as a citizen of the facility's catchment; his
other photographs are his visits.
"""

from __future__ import annotations

import base64
import json

import numpy as np
import pytest

from biometrics import identify, pipeline
from biometrics.images import load_image
from biometrics.learning import CAP, Confirmation
from sync.server import records
from sync.server.stats import stats
from terminal.core import faces
from terminal.core.site import Site
from terminal.sync_client.cycle import sync_once
from tests.biometrics.conftest import FACES, photo
from tests.sync.conftest import CLOCK, Registry, new_terminal

CLEAR = Confirmation("face", 0.30)
ENROLLED = "T-OBAMA"


@pytest.fixture(scope="module")
def obama() -> dict[str, np.ndarray]:
    if not (FACES / "people").is_dir():
        pytest.skip(f"the shared face photos are not at {FACES} (../shared/faces beside the project)")
    names = ("obama_1.jpg", "obama_2.jpg", "obama_3.jpg", "obama_4.jpg", "obama_240p.jpg")
    return {
        n: pipeline.analyse(load_image(photo(n)), policy=pipeline.PHOTO_POLICY, max_side=1280).encoding
        for n in names
    }


def enroll_obama(reg: Registry, encoding: np.ndarray) -> str:
    """His first photo as one of the templates of a citizen of the catchment; the citizen's ID number."""
    pin = reg.one("SELECT key FROM entities WHERE entity = 'citizen' AND removed = 0 ORDER BY key LIMIT 1")
    assert pin is not None
    data = {
        "id": ENROLLED,
        "citizen_pin": pin["key"],
        "encoding": base64.b64encode(np.asarray(encoding, "<f4").tobytes()).decode("ascii"),
        "created_at": "2026-01-05T04:00:00.000Z",
    }
    with reg.db.transaction() as tx:
        records.put_template(tx, data, "2026-01-05T04:00:00.000Z")
    return pin["key"]


def citizen(site: Site, pin: str) -> int:
    return site.store.scalar("SELECT id FROM citizens WHERE pin = ?", (pin,))


def learn(site: Site, pin: str, encoding: np.ndarray, gallery=None) -> faces.VisitLearning:
    gallery = gallery if gallery is not None else faces.load_gallery(site.store)
    return faces.learn_from_visit(
        site, site.operator("nurse"), citizen(site, pin), encoding, CLEAR, gallery=gallery
    )


def learned_at_registry(reg: Registry) -> dict[str, dict]:
    rows = reg.all("SELECT key, data, removed FROM entities WHERE entity = 'template'")
    return {
        r["key"]: {**json.loads(r["data"]), "removed": r["removed"]}
        for r in rows
        if r["key"] != ENROLLED and json.loads(r["data"]).get("source") == "learned"
    }


def test_a_template_learned_at_one_terminal_reaches_the_registry_and_identifies_the_person_at_another(
    any_registry, obama, tmp_path
) -> None:
    pin = enroll_obama(any_registry, obama["obama_1.jpg"])
    a, b = new_terminal(any_registry, tmp_path / "a"), new_terminal(any_registry, tmp_path / "b")
    gallery_a = faces.load_gallery(a.store)
    result = learn(a, pin, obama["obama_2.jpg"], gallery_a)
    assert result.verdict.action == "add"
    key = a.store.scalar("SELECT registry_id FROM face_templates WHERE id = ?", (result.template_id,))

    report = sync_once(a.store, CLOCK)
    assert report.push.answers == {"accepted": 1}
    held = learned_at_registry(any_registry)
    assert list(held) == [key] and held[key]["citizen_pin"] == pin and not held[key]["removed"]
    assert held[key]["learned_from"] == "face"
    sent = base64.b64decode(held[key]["encoding"])
    assert sent == a.store.scalar("SELECT encoding FROM face_templates WHERE id = ?", (result.template_id,))
    act = any_registry.one("SELECT payload, outcome FROM transactions WHERE kind = 'face_learned'")
    assert act["outcome"] == "accepted" and held[key]["encoding"] not in act["payload"]

    # A's own pull brought it back: the same row, not a second one.
    assert result.template_id in report.templates
    rows = a.store.all("SELECT id, source FROM face_templates WHERE registry_id = ?", (key,))
    assert rows == [{"id": result.template_id, "source": "learned"}]
    faces.refresh(gallery_a, a.store, report.templates)
    assert sorted(gallery_a.keys_of(citizen(a, pin))) == sorted(
        r["id"]
        for r in a.store.all(
            "SELECT id FROM face_templates WHERE citizen_id = ? AND revoked_at IS NULL", (citizen(a, pin),)
        )
    )

    sync_once(b.store, CLOCK)
    row = b.store.one("SELECT id, source, learned_from FROM face_templates WHERE registry_id = ?", (key,))
    assert row is not None and (row["source"], row["learned_from"]) == ("learned", "face")
    gallery_b = faces.load_gallery(b.store)
    decision = identify(gallery_b, obama["obama_2.jpg"])
    assert decision.status == "match" and decision.identity == citizen(b, pin)
    assert gallery_b.distance_to(citizen(b, pin), obama["obama_2.jpg"]).key == row["id"]  # by the learned one
    a.close()
    b.close()


def test_a_learned_template_pushed_twice_counts_once(any_registry, obama, tmp_path) -> None:
    pin = enroll_obama(any_registry, obama["obama_1.jpg"])
    a = new_terminal(any_registry, tmp_path / "a")
    learn(a, pin, obama["obama_2.jpg"])
    sync_once(a.store, CLOCK)
    with a.store.write() as db:  # as if the answer had never been recorded
        db.execute("UPDATE outbox SET state = 'queued', registry_status = NULL")
    report = sync_once(a.store, CLOCK)
    assert report.push.answers == {"duplicate": 1}
    assert stats(any_registry.db)["transactions"]["by_kind"] == {"face_learned": 1}
    assert len(learned_at_registry(any_registry)) == 1
    assert a.store.scalar("SELECT count(*) FROM face_templates WHERE source = 'learned'") == 1
    a.close()


def test_replaced_and_withdrawn_learned_templates_leave_the_registry_and_every_terminal(
    any_registry, obama, tmp_path
) -> None:
    pin = enroll_obama(any_registry, obama["obama_1.jpg"])
    a, b = new_terminal(any_registry, tmp_path / "a"), new_terminal(any_registry, tmp_path / "b")
    gallery_a = faces.load_gallery(a.store)
    for name in ("obama_2.jpg", "obama_3.jpg", "obama_4.jpg", "obama_240p.jpg"):  # the fourth replaces one
        a.clock.advance(minutes=5)
        assert learn(a, pin, obama[name], gallery_a).verdict.learns
        sync_once(a.store, CLOCK)
    held = learned_at_registry(any_registry)
    assert sorted(h["removed"] for h in held.values()) == [0] * CAP + [1]
    sync_once(b.store, CLOCK)
    in_force = "SELECT count(*) FROM face_templates WHERE source = 'learned' AND revoked_at IS NULL"
    assert b.store.scalar(in_force) == CAP

    gallery_b = faces.load_gallery(b.store)
    faces.revoke(b, b.operator("supervisor"), citizen(b, pin), reason="Consent withdrawn", gallery=gallery_b)
    assert sync_once(b.store, CLOCK).push.answers == {"accepted": 1}
    assert all(h["removed"] for h in learned_at_registry(any_registry).values())
    enrolled = any_registry.one(
        "SELECT removed FROM entities WHERE entity = 'template' AND key = :k", {"k": ENROLLED}
    )
    assert enrolled == {"removed": 0}  # a terminal never removes the registry's own template

    report = sync_once(a.store, CLOCK)
    assert a.store.scalar(in_force) == 0
    faces.refresh(gallery_a, a.store, report.templates)
    enrolled_a = a.store.scalar("SELECT id FROM face_templates WHERE registry_id = ?", (ENROLLED,))
    assert enrolled_a in gallery_a.keys_of(citizen(a, pin))
    assert not set(gallery_a.keys_of(citizen(a, pin))) & {
        r["id"] for r in a.store.all("SELECT id FROM face_templates WHERE source = 'learned'")
    }
    a.close()
    b.close()


def test_a_template_erased_before_the_push_never_leaves_the_terminal(registry, obama, tmp_path) -> None:
    pin = enroll_obama(registry, obama["obama_1.jpg"])
    a = new_terminal(registry, tmp_path / "a")
    learn(a, pin, obama["obama_2.jpg"])
    faces.revoke(a, a.operator("supervisor"), citizen(a, pin), reason="Consent withdrawn")
    assert sync_once(a.store, CLOCK).push.answers == {"accepted": 2}
    assert learned_at_registry(registry) == {}
    a.close()


def test_the_registry_refuses_a_template_that_is_not_the_one_the_act_names(registry, obama, tmp_path) -> None:
    pin = enroll_obama(registry, obama["obama_1.jpg"])
    a = new_terminal(registry, tmp_path / "a")
    result = learn(a, pin, obama["obama_2.jpg"])
    with a.store.write() as db:  # changed after the act was signed: the registry must not take it
        db.execute(
            "UPDATE face_templates SET encoding = ? WHERE id = ?",
            (np.asarray(obama["obama_4.jpg"], "<f4").tobytes(), result.template_id),
        )
    report = sync_once(a.store, CLOCK)
    assert report.push.answers == {"rejected": 1}
    assert a.store.one("SELECT state, last_error FROM outbox") == {
        "state": "set_aside",
        "last_error": "invalid_payload",
    }
    assert learned_at_registry(registry) == {}
    a.close()
