"""The audit trail goes up with the sync: stored per device, one unbroken chain, duplicates taken
quietly, a broken link refused; the terminal records how far the registry holds it, and retention
purges only what the registry holds."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from sync.errors import AuditChainBroken, AuditGap
from sync.protocol.canonical import link_hash
from sync.server.stats import stats
from terminal.core import acts, audit, retention
from terminal.core.clock import FixedClock
from terminal.core.simulate import simulate
from terminal.core.site import Site
from terminal.sync_client.cycle import sync_once
from tests.sync.conftest import CLOCK, new_terminal, quick_link

FIELDS = "seq, at, operator_id, action, subject, details, prev_hash, hash"


def _local(site) -> list[dict]:
    return site.store.all(f"SELECT {FIELDS} FROM audit ORDER BY seq")


def _cursor(site) -> int:
    return audit.synced_upto(site.store.db)


def _device(site) -> str:
    return site.store.scalar("SELECT id FROM device")


def test_the_trail_reaches_the_registry_once_and_the_terminal_records_how_far(any_registry, tmp_path) -> None:
    site = new_terminal(any_registry, tmp_path / "t1")
    simulate(site, "dispenses", 5, random.Random(2))
    simulate(site, "applications", 2, random.Random(2))
    report = sync_once(site.store, CLOCK)
    local = _local(site)
    assert report.audit.stored == len(local) and report.audit.duplicates == 0
    stored = any_registry.all(
        f"SELECT {FIELDS} FROM audit_entries WHERE device_id = :d ORDER BY seq", {"d": _device(site)}
    )
    assert stored == local
    assert _cursor(site) == local[-1]["seq"]
    st = stats(any_registry.db)
    assert st["audit"] == {"total": len(local), "by_device": {_device(site): len(local)}}
    again = sync_once(site.store, CLOCK)
    assert again.audit.sent == 0
    site.close()


def test_entries_sent_again_are_duplicates_and_stored_once(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    simulate(site, "meals", 4, random.Random(1))
    sync_once(site.store, CLOCK)
    n = len(_local(site))
    with site.store.write() as db:  # as if the answer had never been recorded
        db.execute("UPDATE sync_cursors SET cursor = '1' WHERE stream = 'audit'")
    simulate(site, "meals", 1, random.Random(2))
    report = sync_once(site.store, CLOCK)
    assert report.audit.duplicates == n - 1 and report.audit.stored == 1  # the new meal's entry
    total = registry.one("SELECT count(*) AS n FROM audit_entries")["n"]
    assert total == len(_local(site)) and _cursor(site) == len(_local(site))
    site.close()


def test_an_entry_edited_after_it_went_up_is_refused_and_the_cursor_stays(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    simulate(site, "dispenses", 3, random.Random(1))
    sync_once(site.store, CLOCK)
    conn = site.store.db.conn
    with conn:  # someone rewrites entry 2 and re-links the chain after it
        conn.execute("DROP TRIGGER audit_no_update")
        rows = conn.execute(f"SELECT {FIELDS} FROM audit ORDER BY seq").fetchall()
        prev = rows[0][7]
        for row in rows[1:]:
            fields = dict(
                zip(("seq", "at", "operator_id", "action", "subject", "details"), row[:6], strict=True)
            )
            if fields["seq"] == 2:
                fields["subject"] = "nothing to see"
            digest = link_hash(fields, prev)
            conn.execute(
                "UPDATE audit SET subject = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                (fields["subject"], prev, digest, fields["seq"]),
            )
            prev = digest
        conn.execute("UPDATE sync_cursors SET cursor = '0' WHERE stream = 'audit'")
    with pytest.raises(AuditChainBroken) as refused:
        sync_once(site.store, CLOCK)
    assert refused.value.http_status == 409 and refused.value.params["seq"] == 2
    assert _cursor(site) == 0
    assert "audit entry 2" in site.store.scalar("SELECT last_error FROM sync_state")
    site.close()


def test_a_broken_link_or_a_gap_is_refused_whole(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    simulate(site, "dispenses", 2, random.Random(1))
    local = _local(site)
    link = quick_link(site, registry.address)
    bad = [dict(e) for e in local]
    bad[1]["prev_hash"] = "f" * 64
    with pytest.raises(AuditChainBroken):
        link.audit(bad)
    forged = [dict(e) for e in local]
    forged[1]["details"] = '{"tx":"forged"}'
    with pytest.raises(AuditChainBroken):
        link.audit(forged)
    with pytest.raises(AuditGap):
        link.audit(local[1:])
    assert registry.one("SELECT count(*) AS n FROM audit_entries")["n"] == 0
    answer = link.audit(local)
    assert answer.stored == len(local) and answer.head.hash == local[-1]["hash"]
    link.close()
    site.close()


def test_a_registry_that_lost_entries_gets_them_again(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    simulate(site, "dispenses", 3, random.Random(1))
    sync_once(site.store, CLOCK)
    device = _device(site)

    def restore(tx) -> None:  # the registry restored from a backup holding the first two entries
        keep = tx.one("SELECT hash FROM audit_entries WHERE device_id = :d AND seq = 2", {"d": device})
        tx.execute("DELETE FROM audit_entries WHERE device_id = :d AND seq > 2", {"d": device})
        tx.execute(
            "UPDATE devices SET audit_seq = 2, audit_hash = :h WHERE id = :d",
            {"h": keep["hash"], "d": device},
        )

    registry.db.run(restore)
    simulate(site, "dispenses", 1, random.Random(2))
    sync_once(site.store, CLOCK)
    assert registry.one("SELECT count(*) AS n FROM audit_entries")["n"] == len(_local(site))
    site.close()


def test_retention_purges_only_what_the_registry_holds_and_both_chains_go_on(any_registry, tmp_path) -> None:
    site = new_terminal(any_registry, tmp_path / "t1")
    simulate(site, "dispenses", 4, random.Random(1))
    sync_once(site.store, CLOCK)
    simulate(site, "dispenses", 2, random.Random(2))  # recorded after the sync: not purged
    later = Site(site.store, FixedClock(site.clock.now() + timedelta(days=1200)))
    report = retention.purge(later)
    assert report.counts["transactions"] == 4 and report.counts["audit"] == _cursor(site)
    assert acts.verify_log(site.store)[1] is None and audit.verify(site.store)[1] is None
    sync_once(site.store, CLOCK)  # the two acts and the purge's own entry chain on at the registry
    device = _device(site)
    head = any_registry.one("SELECT head_seq, audit_seq FROM devices WHERE id = :d", {"d": device})
    assert head["head_seq"] == 6
    assert head["audit_seq"] == site.store.scalar("SELECT max(seq) FROM audit") == _cursor(site)
    purge_entry = any_registry.one(
        "SELECT subject, details FROM audit_entries WHERE device_id = :d AND action = 'purge'", {"d": device}
    )
    assert purge_entry["subject"] == "retention" and '"anchors"' in purge_entry["details"]
    site.close()
