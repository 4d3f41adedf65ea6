"""Push: every act once, answered per item; duplicates done, bad items set aside, the rest flows."""

from __future__ import annotations

import json
import random
import uuid

import pytest

from sync.errors import PushStalled
from sync.protocol.canonical import GENESIS, link_hash, tx_hash
from sync.protocol.signing import tx_message
from sync.server.stats import stats
from terminal.core import supervision
from terminal.core.acts import record_act
from terminal.core.clock import stamp
from terminal.core.errors import PermissionDenied
from terminal.core.simulate import simulate
from terminal.sync_client.cycle import sync_once
from terminal.sync_client.enroll import identity
from terminal.sync_client.link import RegistryLink
from terminal.sync_client.push import BatchSizer, push
from tests.sync.conftest import CLOCK, local_uuids, new_terminal, registry_uuids


def test_every_act_reaches_the_registry_once_in_growing_batches(any_registry, tmp_path) -> None:
    site = new_terminal(any_registry, tmp_path / "t1")
    rng = random.Random(4)
    simulate(site, "dispenses", 120, rng)
    simulate(site, "meals", 30, rng)
    simulate(site, "applications", 6, rng)
    report = sync_once(site.store, CLOCK, sizer=BatchSizer(size=10))
    assert report.push.sent == 156 and report.push.answers == {"accepted": 156}
    assert report.push.batch_sizes[:3] == [10, 20, 40]  # quick answers: the batch doubles
    assert registry_uuids(any_registry) == local_uuids(site)
    st = stats(any_registry.db)
    assert st["transactions"]["total"] == 156
    assert st["transactions"]["by_kind"] == {"dispense": 120, "meal": 30, "application": 6}
    again = sync_once(site.store, CLOCK)
    assert again.push.sent == 0  # nothing acknowledged is sent again
    row = site.store.one("SELECT count(*) AS n, min(registry_status) AS s FROM outbox WHERE state = 'synced'")
    assert row == {"n": 156, "s": "accepted"}
    # The registry stored the acts exactly as the terminal's log holds them.
    stored = any_registry.one("SELECT * FROM transactions WHERE seq = 7")
    local = site.store.one("SELECT * FROM transactions WHERE seq = 7")
    assert {k: stored[k] for k in ("uuid", "payload", "hash", "prev_hash", "created_at")} == {
        k: local[k] for k in ("uuid", "payload", "hash", "prev_hash", "created_at")
    }
    site.close()


def test_acts_sent_again_after_a_lost_answer_are_duplicates_and_count_once(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    simulate(site, "dispenses", 30, random.Random(1))
    sync_once(site.store, CLOCK)
    with site.store.write() as db:  # as if the answer had never been recorded
        db.execute("UPDATE outbox SET state = 'queued', registry_status = NULL WHERE rowid % 2 = 0")
    requeued = site.store.scalar("SELECT count(*) FROM outbox WHERE state = 'queued'")
    simulate(site, "dispenses", 5, random.Random(2))
    report = sync_once(site.store, CLOCK)
    assert report.push.answers == {"duplicate": requeued, "accepted": 5}
    assert registry_uuids(registry) == local_uuids(site)
    assert stats(registry.db)["duplicates_received"] == requeued
    assert site.store.scalar("SELECT count(*) FROM outbox WHERE state != 'synced'") == 0
    site.close()


def test_a_rejected_act_is_set_aside_and_the_queue_flows_past_it(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    simulate(site, "dispenses", 3, random.Random(1))
    nurse = site.operator("nurse")
    with site.store.write() as db:
        bad = record_act(
            db, kind="dispense", payload={"facility": "F1"}, operator_id=nurse.id, at="2026-01-01"
        )
        odd = record_act(db, kind="teleport", payload={}, operator_id=nurse.id, at="2026-01-01")
        alien = record_act(
            db,
            kind="application",
            payload={
                "facility": "F9",
                "application_id": "A",
                "benefit_type": "x",
                "members": [{"pin": "1", "relation": "applicant"}],
            },
            operator_id=nurse.id,
            at="2026-01-01",
        )
    simulate(site, "dispenses", 3, random.Random(2))
    report = sync_once(site.store, CLOCK)
    assert report.push.answers == {"accepted": 6, "rejected": 3}
    aside = {
        r["tx_uuid"]: r["last_error"]
        for r in site.store.all("SELECT * FROM outbox WHERE state = 'set_aside'")
    }
    assert aside == {bad.uuid: "invalid_payload", odd.uuid: "unknown_kind", alien.uuid: "wrong_facility"}
    # What the supervisor's page lists: newest first, the registry's reason in words; others may not see it.
    listed = supervision.set_aside_acts(site.store, site.operator("supervisor"))
    assert [(a.number, a.kind, a.operator, str(a.reason)) for a in listed] == [
        (alien.uuid[:8], "application", nurse.full_name, "it belongs to another facility"),
        (odd.uuid[:8], "teleport", nurse.full_name, "the registry does not know this kind of act"),
        (bad.uuid[:8], "dispense", nurse.full_name, "its contents are not valid"),
    ]
    with pytest.raises(PermissionDenied):
        supervision.set_aside_acts(site.store, nurse)
    # Stored (the chain goes on) but not taken into account.
    outcomes = {r["uuid"]: r["outcome"] for r in registry.all("SELECT uuid, outcome FROM transactions")}
    assert outcomes[bad.uuid] == "rejected" and sum(o == "accepted" for o in outcomes.values()) == 6
    st = site.store.one("SELECT * FROM sync_state")
    assert st["last_error"] is None and st["online"] == 1
    site.close()


def _envelopes(site, me, first: int, count: int) -> list[dict]:
    rows = site.store.all("SELECT * FROM transactions WHERE seq >= ? ORDER BY seq LIMIT ?", (first, count))
    return [
        {
            **{
                k: r[k]
                for k in ("uuid", "seq", "kind", "operator_id", "created_at", "payload", "prev_hash", "hash")
            },
            "signature": me.key.sign(tx_message(me.device, r["hash"])),
        }
        for r in rows
    ]


def test_the_registry_refuses_tampered_forged_gapped_and_forked_chains(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    simulate(site, "dispenses", 6, random.Random(3))
    me = identity(site.store)
    link = RegistryLink(registry.address, CLOCK, me.device, me.key)
    envs = _envelopes(site, me, 1, 6)

    def answer(items):
        return [(r.status, r.reason) for r in link.push(items).results]

    gap = answer([envs[2]])
    assert gap == [("deferred", "sequence_gap")]
    tampered = dict(envs[0], payload=envs[0]["payload"].replace('"face"', '"override"'))
    assert answer([tampered, envs[1]]) == [("rejected", "hash_mismatch"), ("deferred", "after_refused")]
    forged = dict(envs[0], signature=envs[1]["signature"])
    assert answer([forged]) == [("rejected", "bad_signature")]
    # A well-hashed, signed act that does not follow the one before it.
    fake = dict(envs[0], prev_hash="ab" * 32)
    fake["hash"] = tx_hash(fake)
    fake["signature"] = me.key.sign(tx_message(me.device, fake["hash"]))
    assert answer([fake]) == [("rejected", "broken_chain")]
    assert answer(envs[:2]) == [("accepted", None), ("accepted", None)]
    fork = dict(envs[1], uuid=str(uuid.uuid4()))
    fork["hash"] = tx_hash(fork)
    fork["signature"] = me.key.sign(tx_message(me.device, fork["hash"]))
    assert answer([fork, envs[1], envs[2]]) == [
        ("rejected", "sequence_reused"),
        ("duplicate", None),
        ("accepted", None),
    ]
    assert registry.one("SELECT head_seq FROM devices")["head_seq"] == 3
    assert len(registry_uuids(registry)) == 3
    site.close()


def test_a_chain_broken_on_the_terminal_stalls_the_queue_and_says_so(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    simulate(site, "dispenses", 4, random.Random(3))
    site.store.db.conn.execute("DROP TRIGGER transactions_no_update")
    site.store.db.conn.execute("UPDATE transactions SET payload = payload || ' ' WHERE seq = 2")
    with pytest.raises(PushStalled) as err:
        sync_once(site.store, CLOCK)
    assert err.value.params["count"] == 2 and err.value.params["reason"].code == "after_refused"
    states = [
        r["state"]
        for r in site.store.all(
            "SELECT o.state FROM outbox o JOIN transactions t ON t.uuid = o.tx_uuid ORDER BY t.seq"
        )
    ]
    assert states == ["synced", "set_aside", "queued", "queued"]
    assert len(registry_uuids(registry)) == 1
    assert "ask a supervisor" in site.store.scalar("SELECT last_error FROM sync_state")
    site.close()


def test_a_registry_restored_from_a_backup_gets_the_acts_it_lost(registry, tmp_path) -> None:
    import shutil

    site = new_terminal(registry, tmp_path / "t1")
    simulate(site, "dispenses", 10, random.Random(5))
    sync_once(site.store, CLOCK)
    registry.server.stop()
    registry.db.close()
    path = registry.db.path
    shutil.copyfile(path, tmp_path / "backup.db")
    registry.db.run(lambda tx: None)  # reopen
    registry.server.start()
    simulate(site, "dispenses", 10, random.Random(6))
    sync_once(site.store, CLOCK)
    assert len(registry_uuids(registry)) == 20
    registry.server.stop()
    registry.db.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(tmp_path / "backup.db", path)  # the last 10 acts are lost at the registry
    registry.server.start()
    simulate(site, "dispenses", 5, random.Random(7))
    report = sync_once(site.store, CLOCK)
    assert report.push.answers["accepted"] == 15
    assert registry_uuids(registry) == local_uuids(site)
    site.close()


def test_push_uses_the_chain_fields_of_the_log(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    simulate(site, "meals", 3, random.Random(1))
    first = site.store.one("SELECT * FROM transactions WHERE seq = 1")
    assert first["prev_hash"] == GENESIS
    fields = {k: first[k] for k in ("seq", "uuid", "kind", "operator_id", "created_at", "payload")}
    assert link_hash(fields, GENESIS) == first["hash"]
    me = identity(site.store)
    report = push(site.store, RegistryLink(registry.address, CLOCK, me.device, me.key), me, CLOCK)
    assert report.requests == 1 and json.loads(first["payload"])["school"] == "F1-SCH1"
    site.close()


def _unusable_acts(site) -> dict[str, str]:
    """Three acts the registry cannot take into account, recorded between good ones: an application
    with a time that is not a time, a meal and a dispense with numbers no database column holds."""
    nurse = site.operator("nurse")
    at = stamp(site.clock)
    item = site.store.one(
        "SELECT i.registry_id, i.drug_code, p.id AS rx, c.pin FROM prescription_items i"
        " JOIN prescriptions p ON p.id = i.prescription_id JOIN citizens c ON c.id = p.citizen_id"
        " ORDER BY i.registry_id LIMIT 1"
    )
    session = site.store.scalar("SELECT id FROM meal_sessions ORDER BY id LIMIT 1")
    line = {"item_id": 1, "prescription_id": item["rx"], "drug_code": item["drug_code"], "unit_price": 0}
    with site.store.write() as db:
        late = record_act(
            db,
            kind="application",
            operator_id=nurse.id,
            at="yesterday",
            payload={
                "facility": "F1",
                "application_id": "A-LATE",
                "benefit_type": "childcare_under_2",
                "members": [{"pin": item["pin"], "relation": "applicant"}],
            },
        )
        meal = record_act(
            db,
            kind="meal",
            operator_id=nurse.id,
            at=at,
            payload={"school": "F1-SCH1", "student_id": 2**63, "session": session, "served_on": at[:10]}
            | {"price": 0},
        )
        dispense = record_act(
            db,
            kind="dispense",
            operator_id=nurse.id,
            at=at,
            payload={"facility": "F1", "citizen_pin": item["pin"], "id_method": "face", "total_cost": 0}
            | {"items": [line | {"quantity": 2**63}]},
        )
    return {late.uuid: "invalid_time", meal.uuid: "invalid_payload", dispense.uuid: "invalid_payload"}


def test_one_act_the_registry_cannot_take_is_rejected_alone_never_failing_its_batch(
    any_registry, tmp_path
) -> None:
    site = new_terminal(any_registry, tmp_path / "t1")
    rng = random.Random(8)
    simulate(site, "meals", 3, rng)
    unusable = _unusable_acts(site)
    simulate(site, "meals", 3, rng)
    quantities = any_registry.all("SELECT id, qty_dispensed FROM rx_items ORDER BY id")
    report = sync_once(site.store, CLOCK)
    assert report.push.answers == {"accepted": 6, "rejected": 3}
    aside = {
        r["tx_uuid"]: r["last_error"] for r in site.store.all("SELECT * FROM outbox WHERE state != 'synced'")
    }
    assert aside == unusable
    # All stored (the chain goes on), the three as rejected, and nothing of their effects kept.
    assert registry_uuids(any_registry) == local_uuids(site)
    assert stats(any_registry.db)["transactions"]["by_outcome"] == {"accepted": 6, "rejected": 3}
    assert any_registry.one("SELECT count(*) AS n FROM meals_served")["n"] == 6
    assert any_registry.one("SELECT count(*) AS n FROM conflicts")["n"] == 0
    assert any_registry.all("SELECT id, qty_dispensed FROM rx_items ORDER BY id") == quantities
    assert any_registry.one("SELECT count(*) AS n FROM application_claims")["n"] == 0
    simulate(site, "meals", 2, rng)
    assert sync_once(site.store, CLOCK).push.answers == {"accepted": 2}  # the queue flows on
    site.close()
