"""Faces enrolled at a terminal travel: terminal A enrolls a citizen's face with consent, the registry
keeps it, terminal B identifies the citizen with it; withdrawn at A, it leaves the registry and B.
On SQLite and PostgreSQL.
"""

from __future__ import annotations

import base64
import json

import numpy as np
import pytest

from biometrics import identify, pipeline
from biometrics.images import load_image
from sync.server.stats import stats
from terminal.core import faces
from terminal.core.demo_site import DEMO_PINS
from terminal.core.operators import SupervisorWord
from terminal.core.site import Site
from terminal.sync_client.cycle import sync_once
from tests.biometrics.conftest import FACES, photo
from tests.sync.conftest import CLOCK, Registry, new_terminal


@pytest.fixture(scope="module")
def obama() -> dict[str, np.ndarray]:
    if not (FACES / "people").is_dir():
        pytest.skip(f"the shared face photos are not at {FACES} (../shared/faces beside the project)")
    names = ("obama_1.jpg", "obama_2.jpg", "obama_3.jpg")
    return {
        n: pipeline.analyse(load_image(photo(n)), policy=pipeline.PHOTO_POLICY, max_side=1280).encoding
        for n in names
    }


def two_citizens(site: Site) -> list[tuple[int, str]]:
    rows = site.store.all("SELECT id, pin FROM citizens WHERE removed_at IS NULL ORDER BY pin LIMIT 2")
    return [(r["id"], r["pin"]) for r in rows]


def templates_at_registry(reg: Registry) -> dict[str, dict]:
    rows = reg.all("SELECT key, data, removed FROM entities WHERE entity = 'template'")
    return {r["key"]: {**json.loads(r["data"]), "removed": r["removed"]} for r in rows}


def test_a_face_enrolled_at_one_terminal_identifies_the_citizen_at_another(any_registry, obama, tmp_path):
    a, b = new_terminal(any_registry, tmp_path / "a"), new_terminal(any_registry, tmp_path / "b")
    (citizen_a, pin), _ = two_citizens(a)
    gallery_a = faces.load_gallery(a.store)
    ids = faces.enroll(
        a, a.operator("nurse"), citizen_a, obama["obama_1.jpg"], consent=True, gallery=gallery_a
    )
    key = a.store.scalar("SELECT registry_id FROM face_templates WHERE id = ?", (ids[0],))

    report = sync_once(a.store, CLOCK)
    assert report.push.answers == {"accepted": 1}
    held = templates_at_registry(any_registry)
    assert held[key]["citizen_pin"] == pin and held[key]["source"] == "terminal" and not held[key]["removed"]
    sent = base64.b64decode(held[key]["encoding"])
    assert sent == a.store.scalar("SELECT encoding FROM face_templates WHERE id = ?", (ids[0],))
    act = any_registry.one("SELECT payload, outcome FROM transactions WHERE kind = 'face_enrolled'")
    assert act["outcome"] == "accepted" and held[key]["encoding"] not in act["payload"]
    assert json.loads(act["payload"])["consent_at"]
    # A's own pull brought it back: the same row, still its own enrolment.
    assert a.store.all("SELECT id, source FROM face_templates WHERE registry_id = ?", (key,)) == [
        {"id": ids[0], "source": "terminal"}
    ]

    sync_once(b.store, CLOCK)
    gallery_b = faces.load_gallery(b.store)
    decision = identify(gallery_b, obama["obama_2.jpg"])
    citizen_b = b.store.scalar("SELECT id FROM citizens WHERE pin = ?", (pin,))
    assert decision.status == "match" and decision.identity == citizen_b

    # Pushed again as if the answer had been lost: a duplicate, counted once.
    with a.store.write() as db:
        db.execute("UPDATE outbox SET state = 'queued', registry_status = NULL")
    assert sync_once(a.store, CLOCK).push.answers == {"duplicate": 1}
    assert stats(any_registry.db)["transactions"]["by_kind"] == {"face_enrolled": 1}

    # Withdrawn at A: erased there, removed at the registry, gone from B at its next pull.
    faces.revoke(a, a.operator("supervisor"), citizen_a, reason="Consent withdrawn", gallery=gallery_a)
    assert sync_once(a.store, CLOCK).push.answers == {"accepted": 1}
    assert templates_at_registry(any_registry)[key]["removed"]
    sync_once(b.store, CLOCK)
    assert identify(faces.load_gallery(b.store), obama["obama_2.jpg"]).status == "no_match"
    # ... and A's pull never brings back what A withdrew.
    assert a.store.one(
        "SELECT revoked_at IS NOT NULL AS gone, encoding FROM face_templates WHERE id = ?", (ids[0],)
    ) == {
        "gone": 1,
        "encoding": bytes(512),
    }
    a.close()
    b.close()


def test_a_look_alike_enrolment_tells_the_registry_who_it_resembled_and_who_decided(
    registry, obama, tmp_path
) -> None:
    a = new_terminal(registry, tmp_path / "a")
    (first, first_pin), (second, second_pin) = two_citizens(a)
    gallery = faces.load_gallery(a.store)
    nurse, chief = a.operator("nurse"), a.operator("supervisor")
    faces.enroll(a, nurse, first, obama["obama_1.jpg"], consent=True, gallery=gallery)
    word = SupervisorWord(chief.login, DEMO_PINS["supervisor"], "identical twins, both passports seen")
    faces.enroll(a, nurse, second, obama["obama_2.jpg"], consent=True, gallery=gallery, word=word)
    assert sync_once(a.store, CLOCK).push.answers == {"accepted": 2}
    acts = [json.loads(r["payload"]) for r in registry.all("SELECT payload FROM transactions ORDER BY seq")]
    assert [p["citizen_pin"] for p in acts] == [first_pin, second_pin]
    assert acts[1]["looks_like"] == [first_pin] and acts[1]["supervisor_id"] == chief.id
    assert "looks_like" not in acts[0]
    a.close()


def test_the_registry_refuses_an_enrolled_template_that_is_not_the_one_the_act_names(
    registry, obama, tmp_path
) -> None:
    a = new_terminal(registry, tmp_path / "a")
    (citizen_a, _pin), _ = two_citizens(a)
    ids = faces.enroll(a, a.operator("nurse"), citizen_a, obama["obama_1.jpg"], consent=True)
    with a.store.write() as db:  # changed after the act was signed: the registry must not take it
        db.execute(
            "UPDATE face_templates SET encoding = ? WHERE id = ?",
            (np.asarray(obama["obama_3.jpg"], "<f4").tobytes(), ids[0]),
        )
    assert sync_once(a.store, CLOCK).push.answers == {"rejected": 1}
    assert [t for t in templates_at_registry(registry).values() if t.get("source") == "terminal"] == []
    a.close()
