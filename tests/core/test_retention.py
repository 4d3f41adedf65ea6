"""Retention: old synced acts, synced audit entries and unseen citizens' faces go; the chains stay whole."""

from __future__ import annotations

import random

import numpy as np
import pytest

from biometrics.learning import Confirmation
from biometrics.matching import identify
from terminal.core import acts, audit, faces, retention
from terminal.core.clock import stamp
from terminal.core.simulate import simulate
from tests.conftest import snapshot


def _mark_synced(site, upto_seq: int | None = None) -> None:
    with site.store.write() as db:
        db.execute(
            "UPDATE outbox SET state = 'synced', registry_status = 'accepted' WHERE tx_uuid IN"
            " (SELECT uuid FROM transactions WHERE seq <= coalesce(?, seq))",
            (upto_seq,),
        )


def _audit_synced(site, upto: int) -> None:
    with site.store.write() as db:
        db.execute(
            "INSERT INTO sync_cursors (stream, cursor, updated_at) VALUES ('audit', ?, 'now')"
            " ON CONFLICT (stream) DO UPDATE SET cursor = excluded.cursor",
            (str(upto),),
        )


def _activity(site) -> None:
    rng = random.Random(5)
    simulate(site, "dispenses", 6, rng)
    simulate(site, "meals", 6, rng)
    simulate(site, "applications", 2, rng)


def test_unsynced_acts_are_never_purged_however_old(site) -> None:
    _activity(site)
    before = snapshot(site)
    site.clock.advance(days=5000)
    report = retention.purge(site)
    assert report.counts["transactions"] == 0 and report.counts["audit"] == 0
    after = snapshot(site)
    assert after["transactions"] == before["transactions"] and after["outbox"] == before["outbox"]


def test_old_synced_acts_go_with_their_rows_and_the_chain_goes_on(site) -> None:
    _activity(site)
    total = site.store.scalar("SELECT count(*) FROM transactions")
    _mark_synced(site, upto_seq=total - 3)  # the last three are still queued
    site.clock.advance(days=401)
    report = retention.purge(site)
    assert report.counts["transactions"] == total - 3
    assert report.counts["outbox"] == total - 3
    assert report.counts["dispenses"] + report.counts["meals"] + report.counts["applications"] == total - 3
    assert site.store.scalar("SELECT min(seq) FROM transactions") == total - 2
    assert site.store.scalar("SELECT count(*) FROM outbox WHERE state = 'queued'") == 3
    anchor = site.store.one("SELECT seq, hash FROM chain_anchors WHERE chain = 'transactions'")
    assert anchor["seq"] == total - 3 and report.anchors["transactions"] == [anchor["seq"], anchor["hash"]]
    assert acts.verify_log(site.store) == (3, None)
    assert audit.verify(site.store)[1] is None
    purge_entry = site.store.one("SELECT * FROM audit WHERE action = 'purge'")
    assert purge_entry["subject"] == "retention" and '"transactions":' in purge_entry["details"]
    # The next act chains onto what is left.
    simulate(site, "dispenses", 1, random.Random(1))
    assert acts.verify_log(site.store) == (4, None)
    assert site.store.scalar("SELECT max(seq) FROM transactions") == total + 1


def test_everything_purged_the_next_act_chains_onto_the_anchor(site) -> None:
    _activity(site)
    total = site.store.scalar("SELECT count(*) FROM transactions")
    _mark_synced(site)
    site.clock.advance(days=401)
    retention.purge(site)
    assert site.store.scalar("SELECT count(*) FROM transactions") == 0
    simulate(site, "dispenses", 1, random.Random(1))
    row = site.store.one("SELECT seq, prev_hash FROM transactions")
    anchor = site.store.one("SELECT seq, hash FROM chain_anchors WHERE chain = 'transactions'")
    assert row == {"seq": total + 1, "prev_hash": anchor["hash"]}
    assert acts.verify_log(site.store) == (1, None)


def test_a_dry_run_counts_and_changes_nothing(site) -> None:
    _activity(site)
    _mark_synced(site)
    site.clock.advance(days=900)
    _audit_synced(site, site.store.scalar("SELECT max(seq) FROM audit"))
    before = snapshot(site)
    dry = retention.purge(site, dry_run=True)
    assert snapshot(site) == before
    real = retention.purge(site)
    assert dry.counts == real.counts and real.counts["transactions"] > 0


def test_synced_old_audit_entries_go_and_verification_starts_at_the_anchor(site) -> None:
    _activity(site)
    entries = site.store.scalar("SELECT max(seq) FROM audit")
    _audit_synced(site, entries - 2)
    site.clock.advance(days=1096)
    report = retention.purge(site)
    assert report.counts["audit"] == entries - 2
    assert site.store.scalar("SELECT min(seq) FROM audit") == entries - 1
    assert audit.verify(site.store) == (3, None)  # two left and the purge's own entry


def test_an_anchor_moved_to_hide_removed_entries_is_found(site) -> None:
    _activity(site)
    entries = site.store.scalar("SELECT max(seq) FROM audit")
    _audit_synced(site, entries - 4)
    site.clock.advance(days=1096)
    retention.purge(site)
    conn = site.store.db.conn
    with conn:  # hide two more entries: move the anchor onto the last one removed
        last = conn.execute("SELECT seq, hash FROM audit WHERE seq = ?", (entries - 2,)).fetchone()
        conn.execute("UPDATE chain_anchors SET seq = ?, hash = ? WHERE chain = 'audit'", last)
        conn.execute("DELETE FROM audit WHERE seq <= ?", (entries - 2,))
    _, brk = audit.verify(site.store)
    assert brk is not None and brk.reason.code == "anchor"


def test_the_store_refuses_deletes_above_the_anchor_and_anchors_moving_back(site) -> None:
    _activity(site)
    _mark_synced(site, upto_seq=3)
    site.clock.advance(days=401)
    retention.purge(site)
    conn = site.store.db.conn
    for sql in (
        "DELETE FROM transactions WHERE seq = 4",
        "DELETE FROM meals",
        "DELETE FROM dispenses",
        "DELETE FROM audit",
        "UPDATE chain_anchors SET seq = 1",
        "DELETE FROM chain_anchors",
    ):
        with pytest.raises(Exception, match=r"append-only|only moves forward"), conn:
            conn.execute(sql)


def _tamper(site, sql: str, table: str) -> None:
    conn = site.store.db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    with conn:
        conn.execute(f"DROP TRIGGER {table}_no_update")
        conn.execute(f"DROP TRIGGER {table}_no_delete")
        for statement in sql.split(";"):
            conn.execute(statement)
    conn.execute("PRAGMA foreign_keys = ON")


@pytest.mark.parametrize(
    ("table", "sql", "words"),
    [
        ("transactions", "UPDATE transactions SET payload = '{}' WHERE seq = {a} + 2", "changed"),
        ("transactions", "DELETE FROM transactions WHERE seq = {a} + 1", "missing"),
        (
            "transactions",
            "UPDATE transactions SET seq = -1 WHERE seq = {a} + 1; UPDATE transactions SET seq = {a} + 1"
            " WHERE seq = {a} + 2; UPDATE transactions SET seq = {a} + 2 WHERE seq = -1",
            "does not follow",
        ),
        ("audit", "UPDATE audit SET subject = 'x' WHERE seq = {b} + 2", "changed"),
        ("audit", "DELETE FROM audit WHERE seq = {b} + 1", "missing"),
        (
            "audit",
            "UPDATE audit SET seq = -1 WHERE seq = {b} + 1; UPDATE audit SET seq = {b} + 1"
            " WHERE seq = {b} + 2; UPDATE audit SET seq = {b} + 2 WHERE seq = -1",
            "does not follow",
        ),
    ],
)
@pytest.mark.parametrize("purged", [False, True])
def test_edits_removals_and_reordering_are_found_with_or_without_a_purge(
    site, table, sql, words, purged
) -> None:
    _activity(site)
    if purged:
        total = site.store.scalar("SELECT count(*) FROM transactions")
        _mark_synced(site, upto_seq=total - 4)
        entries = site.store.scalar("SELECT max(seq) FROM audit")
        _audit_synced(site, entries - 4)
        site.clock.advance(days=1096)
        retention.purge(site)
    a = site.store.scalar("SELECT coalesce(max(seq), 0) FROM chain_anchors WHERE chain = 'transactions'")
    b = site.store.scalar("SELECT coalesce(max(seq), 0) FROM chain_anchors WHERE chain = 'audit'")
    assert (a > 0 and b > 0) == purged
    _tamper(site, sql.replace("{a}", str(a)).replace("{b}", str(b)), table)
    _, brk = (acts.verify_log if table == "transactions" else audit.verify)(site.store)
    assert brk is not None and words in brk.reason


def test_templates_of_citizens_unseen_for_long_are_erased(site) -> None:
    rng = np.random.default_rng(1)
    with_faces = [r["id"] for r in site.store.all("SELECT id FROM citizens ORDER BY id LIMIT 3")]
    nurse = site.operator("nurse")
    enrolled = rng.normal(size=(len(with_faces), 128)).astype("float32")
    for citizen, template in zip(with_faces, enrolled, strict=True):
        faces.enroll(site, nurse, citizen, template[None], consent=True)
    first = retention.purge(site)  # starts counting for citizens never seen here
    assert first.counts["face_templates"] == 0
    site.clock.advance(days=700)
    gallery = faces.load_gallery(site.store)
    visit = identify(gallery, enrolled[0])  # the first comes back and is recognised
    assert visit.status == "match" and visit.identity == with_faces[0]
    faces.learn_from_visit(
        site, nurse, with_faces[0], enrolled[0], Confirmation("face", visit.distance), gallery=gallery
    )
    assert site.store.scalar("SELECT last_seen_at FROM citizens WHERE id = ?", (with_faces[0],)) == stamp(
        site.clock
    )
    site.clock.advance(days=40)
    report = retention.purge(site)
    left = {r["citizen_id"] for r in site.store.all("SELECT citizen_id FROM face_templates")}
    assert with_faces[0] in left and not left & set(with_faces[1:])
    assert report.counts["face_templates"] >= 2 and report.template_ids
    assert site.store.one("SELECT action, details FROM audit WHERE action = 'purge'") is not None


def test_serving_a_citizen_counts_as_seeing_them(site) -> None:
    simulate(site, "dispenses", 2, random.Random(3))
    simulate(site, "meals", 2, random.Random(3))
    seen = site.store.scalar("SELECT count(*) FROM citizens WHERE last_seen_at IS NOT NULL")
    assert seen >= 3


def test_drafts_untouched_for_long_are_discarded_and_submitted_applications_stay(site) -> None:
    from tests.core.test_applications import family

    inspector = site.operator("inspector")
    _activity(site)  # two submitted applications
    old = site.applications.save_draft(inspector, family())
    site.clock.advance(days=60)
    fresh = site.applications.save_draft(inspector, family())
    site.clock.advance(days=31)  # the old draft is 91 days old, the fresh one 31

    dry = retention.purge(site, dry_run=True)
    assert dry.counts["drafts"] == 1 and site.store.scalar(
        "SELECT count(*) FROM applications WHERE id = ?", (old,)
    )
    report = retention.purge(site)
    assert report.counts["drafts"] == 1
    drafts = [d["id"] for d in site.applications.drafts(inspector)]
    assert drafts == [fresh]
    for table in ("application_members", "application_incomes", "application_assets"):
        assert site.store.scalar(f"SELECT count(*) FROM {table} WHERE application_id = ?", (old,)) == 0
    assert site.store.scalar("SELECT count(*) FROM applications WHERE status = 'submitted'") == 2
    entry = site.store.one("SELECT details FROM audit WHERE action = 'purge' ORDER BY seq DESC LIMIT 1")
    assert '"drafts":1' in entry["details"]
    assert acts.verify_log(site.store)[1] is None and audit.verify(site.store)[1] is None
    # 0 keeps drafts forever.
    with site.store.write() as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('retention_draft_days', '0')")
    site.clock.advance(days=5000)
    assert retention.purge(site).counts["drafts"] == 0 and site.applications.drafts(inspector)
