"""terminal.core.faces.learn_from_visit: a visit's template kept in the store, with its act, or nothing.

Obama is a citizen of the demo site enrolled by the registry with his first photo;
his other photographs are his later visits.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import numpy as np
import pytest

from biometrics.learning import CAP, Confirmation
from terminal.core import acts, audit, faces, retention
from terminal.core.clock import stamp
from terminal.core.errors import StoreError
from terminal.core.registry_news import apply_changes
from terminal.core.site import Site
from terminal.core.store import Store
from tests.conftest import snapshot, table_counts

CLEAR = Confirmation("face", 0.30)
OTHERS = ("biden_1.jpg", "kit_harington_1.jpg", "rose_leslie_1.jpg")


def enroll_at_registry(site: Site, encodings: dict[str, np.ndarray]) -> int:
    """Obama (the first citizen) and three others, enrolled as the registry sends them; Obama's id."""
    rows = site.store.all("SELECT id, pin FROM citizens ORDER BY id LIMIT 4")
    changes = [
        {
            "entity": "template",
            "key": f"T-{row['id']}",
            "op": "upsert",
            "data": {
                "id": f"T-{row['id']}",
                "citizen_pin": row["pin"],
                "encoding": base64.b64encode(np.asarray(encodings[name], "<f4").tobytes()).decode(),
                "created_at": "2026-01-05T09:00:00.000+05:00",
            },
        }
        for row, name in zip(rows, ("obama_1.jpg", *OTHERS), strict=True)
    ]
    with site.store.write() as db:
        assert apply_changes(db, changes, stamp(site.clock)).counts["template:upsert"] == 4
    return rows[0]["id"]


@pytest.fixture
def obama(site, encodings) -> int:
    return enroll_at_registry(site, encodings)


def test_a_learned_template_is_stored_with_its_act_audit_entry_and_outbox_row(site, obama, encodings) -> None:
    gallery = faces.load_gallery(site.store)
    nurse = site.operator("nurse")
    before = table_counts(site)
    result = faces.learn_from_visit(site, nurse, obama, encodings["obama_2.jpg"], CLEAR, gallery=gallery)

    assert result.verdict.action == "add" and result.template_id is not None
    row = site.store.one("SELECT * FROM face_templates WHERE id = ?", (result.template_id,))
    assert row["source"] == "learned" and row["learned_from"] == "face" and row["consent_at"] is None
    assert str(uuid.UUID(row["registry_id"])) == row["registry_id"]
    assert np.allclose(np.frombuffer(row["encoding"], "<f4"), encodings["obama_2.jpg"])
    act = site.store.one("SELECT * FROM transactions WHERE kind = 'face_learned'")
    payload = json.loads(act["payload"])
    assert payload["template_id"] == row["registry_id"] and payload["replaces"] is None
    assert payload["encoding_sha256"] == hashlib.sha256(row["encoding"]).hexdigest()
    assert "encoding" not in payload  # the log never holds a template: the push attaches it
    assert site.store.scalar("SELECT state FROM outbox WHERE tx_uuid = ?", (act["uuid"],)) == "queued"
    entry = site.store.one("SELECT * FROM audit WHERE action = 'face_learned'")
    assert entry["subject"] == f"citizen:{obama}"
    details = json.loads(entry["details"])
    assert details == {
        "tx": act["uuid"],
        "template": result.template_id,
        "replaces": None,
        "learned_from": "face",
    }
    pin = site.store.scalar("SELECT pin FROM citizens WHERE id = ?", (obama,))
    assert pin not in entry["details"] + entry["subject"]
    after = table_counts(site)
    changed = {t: after[t] - before[t] for t in after if after[t] != before[t]}
    assert changed == {"face_templates": 1, "transactions": 1, "outbox": 1, "audit": 1}
    assert result.template_id in gallery and gallery.keys_of(obama) == [result.seen, result.template_id]
    assert acts.verify_log(site.store)[1] is None and audit.verify(site.store)[1] is None


def test_a_learned_template_is_known_as_learned_in_the_window_s_gallery_after_a_reload_and_a_refresh(
    site, obama, encodings
) -> None:
    gallery = faces.load_gallery(site.store)
    visit = encodings["obama_2.jpg"]
    learned = faces.learn_from_visit(site, site.operator("nurse"), obama, visit, CLEAR, gallery=gallery)
    assert learned.template_id is not None
    registry_photo = float(np.linalg.norm(encodings["obama_1.jpg"] - visit))
    refreshed = faces.load_gallery(site.store)
    refreshed.remove(learned.template_id)
    assert faces.refresh(refreshed, site.store, [learned.template_id]) == (1, 0)  # as a sync brings it
    for g in (gallery, faces.load_gallery(site.store), refreshed):
        nearest = g.search(visit, limit=1)[0]  # the visit's own template, and the registry photo's distance
        assert (nearest.identity, nearest.key, nearest.distance) == (obama, learned.template_id, 0.0)
        assert nearest.enrolled == pytest.approx(registry_photo, abs=1e-5)


def test_every_identified_visit_marks_the_matching_template_seen_even_when_nothing_is_learned(
    site, obama, encodings
) -> None:
    gallery = faces.load_gallery(site.store)
    site.clock.advance(days=3)
    before = table_counts(site)
    result = faces.learn_from_visit(
        site, site.operator("nurse"), obama, encodings["obama_480p.jpg"], CLEAR, gallery=gallery
    )
    assert result.verdict.reason == "adds_nothing" and result.template_id is None
    registry_template = site.store.scalar(
        "SELECT id FROM face_templates WHERE registry_id = ?", (f"T-{obama}",)
    )
    assert result.seen == registry_template
    now = stamp(site.clock)
    assert site.store.scalar("SELECT last_seen_at FROM face_templates WHERE id = ?", (result.seen,)) == now
    assert site.store.scalar("SELECT last_seen_at FROM citizens WHERE id = ?", (obama,)) == now
    assert table_counts(site) == before  # no row, no act, no audit entry


def test_the_cap_is_kept_in_the_store_and_the_registry_template_stays(site, obama, encodings) -> None:
    gallery = faces.load_gallery(site.store)
    nurse = site.operator("nurse")
    for name in ("obama_2.jpg", "obama_3.jpg", "obama_4.jpg", "obama_240p.jpg"):
        site.clock.advance(days=30)
        faces.learn_from_visit(site, nurse, obama, encodings[name], CLEAR, gallery=gallery)
    in_force = site.store.all(
        "SELECT source, registry_id FROM face_templates WHERE citizen_id = ? AND revoked_at IS NULL", (obama,)
    )
    assert sorted(r["source"] for r in in_force) == ["learned"] * CAP + ["registry"]
    replaced = site.store.one(
        "SELECT * FROM face_templates WHERE source = 'learned' AND revoked_at IS NOT NULL"
    )
    assert replaced is not None and not any(replaced["encoding"])  # erased, the row kept for the record
    last = json.loads(site.store.scalar("SELECT payload FROM transactions ORDER BY seq DESC LIMIT 1"))
    assert last["replaces"] == replaced["registry_id"]
    assert replaced["id"] not in gallery and len(gallery.keys_of(obama)) == CAP + 1


def test_a_learned_template_is_written_whole_or_not_at_all(site, obama, encodings) -> None:
    gallery = faces.load_gallery(site.store)
    with site.store.write() as db:  # the queue's table fails, as a full disk would, after the row
        db.execute(
            "CREATE TRIGGER outbox_fails BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'no room'); END"
        )
    before, keys = snapshot(site), len(gallery)
    with pytest.raises(StoreError):
        faces.learn_from_visit(
            site, site.operator("nurse"), obama, encodings["obama_2.jpg"], CLEAR, gallery=gallery
        )
    assert snapshot(site) == before and len(gallery) == keys


def test_retention_erases_learned_templates_with_the_other_faces_of_citizens_unseen_for_long(
    site, obama, encodings
) -> None:
    gallery = faces.load_gallery(site.store)
    learned = faces.learn_from_visit(
        site, site.operator("nurse"), obama, encodings["obama_2.jpg"], CLEAR, gallery=gallery
    ).template_id
    site.clock.advance(days=int(site.setting("retention_template_days")) - 1)
    assert learned not in retention.purge(site).template_ids  # seen at the visit: still kept
    site.clock.advance(days=2)
    report = retention.purge(site)
    assert learned in report.template_ids
    assert site.store.scalar("SELECT count(*) FROM face_templates WHERE citizen_id = ?", (obama,)) == 0


def test_withdrawn_consent_erases_learned_templates_and_tells_the_registry(site, obama, encodings) -> None:
    gallery = faces.load_gallery(site.store)
    result = faces.learn_from_visit(
        site, site.operator("nurse"), obama, encodings["obama_2.jpg"], CLEAR, gallery=gallery
    )
    key = site.store.scalar("SELECT registry_id FROM face_templates WHERE id = ?", (result.template_id,))
    assert (
        faces.revoke(site, site.operator("supervisor"), obama, reason="Consent withdrawn", gallery=gallery)
        == 1
    )
    row = site.store.one(
        "SELECT revoked_at, encoding FROM face_templates WHERE id = ?", (result.template_id,)
    )
    assert row["revoked_at"] and not any(row["encoding"]) and result.template_id not in gallery
    act = site.store.one("SELECT payload FROM transactions WHERE kind = 'face_forgotten'")
    assert json.loads(act["payload"])["template_ids"] == [key]
    assert site.store.scalar(
        "SELECT count(*) FROM face_templates WHERE source = 'registry' AND revoked_at IS NULL"
    )


KILLS = 3
LEARNER = textwrap.dedent(
    """
    import sys, numpy as np
    from pathlib import Path
    from biometrics.learning import Confirmation
    from terminal.core import faces
    from terminal.core.site import Site
    from terminal.core.store import Store
    from tests.conftest import fixed_clock

    CLEAR = Confirmation("face", 0.3)
    home, citizen, visit = Path(sys.argv[1]), int(sys.argv[2]), np.load(sys.argv[3])
    site = Site(Store.open(home), fixed_clock())
    gallery, nurse = faces.load_gallery(site.store), site.operator("nurse")
    rng = np.random.default_rng(int(sys.argv[4]))
    while True:  # each visit a little different: learned, then replacing, until killed
        noise = rng.normal(size=128).astype("float32")
        template = visit + 0.2 * noise / np.linalg.norm(noise)
        site.clock.advance(minutes=1)
        done = faces.learn_from_visit(site, nurse, citizen, template, CLEAR, gallery=gallery)
        if done.template_id is not None:
            key = "SELECT registry_id FROM face_templates WHERE id = ?"
            print(site.store.scalar(key, (done.template_id,)), flush=True)
    """
)


@pytest.mark.slow
def test_a_killed_terminal_leaves_each_learned_template_whole_or_not_at_all(
    site, obama, encodings, tmp_path: Path
) -> None:
    home = site.store.path.parent
    visit = tmp_path / "visit.npy"
    np.save(visit, encodings["obama_2.jpg"])
    site.close()
    reported: list[str] = []
    env = {k: v for k, v in os.environ.items() if k != "HAMYON_HOME"}
    root = Path(__file__).resolve().parents[2]
    for kill in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", LEARNER, str(home), str(obama), str(visit), str(kill)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=root,
            env=env,
        )
        reported.append(proc.stdout.readline().strip())  # type: ignore[union-attr]
        time.sleep(0.2 + 0.15 * kill)
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err[-500:]
        reported += [line for line in out.splitlines()[:-1] if line]  # the last may be cut
    with Store.open(home) as store:
        assert store.integrity_check() == ["ok"]
        learned = {
            r["registry_id"]
            for r in store.all("SELECT registry_id FROM face_templates WHERE source = 'learned'")
        }
        named = {
            json.loads(r["payload"])["template_id"]
            for r in store.all("SELECT payload FROM transactions WHERE kind = 'face_learned'")
        }
        assert set(reported) <= learned and learned == named and len(learned) > CAP
        assert (
            store.scalar(
                "SELECT count(*) FROM transactions t JOIN outbox o ON o.tx_uuid = t.uuid"
                " WHERE kind = 'face_learned'"
            )
            == len(named)
            == store.scalar("SELECT count(*) FROM audit WHERE action = 'face_learned'")
        )
        assert (
            store.scalar(
                "SELECT count(*) FROM face_templates WHERE source = 'learned' AND revoked_at IS NULL"
            )
            == CAP
        )
        assert acts.verify_log(store)[1] is None and audit.verify(store)[1] is None
