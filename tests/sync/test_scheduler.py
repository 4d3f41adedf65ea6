"""The background sync: backoff with jitter up to a cap, and an immediate try when the link returns."""

from __future__ import annotations

import random
import time

from terminal.core.simulate import simulate
from terminal.core.status import status
from terminal.core.store import Store
from terminal.sync_client.scheduler import SyncScheduler, next_delay
from tests.sync.conftest import Server, new_terminal


def test_delays_back_off_exponentially_up_to_a_cap_with_jitter() -> None:
    rng = random.Random(1)
    for failures, base in ((0, 300), (1, 15), (2, 30), (3, 60), (6, 480), (8, 1800), (30, 1800)):
        delays = [next_delay(failures, 300, 15, 1800, rng) for _ in range(200)]
        assert min(delays) >= base * 0.8 and max(delays) <= base * 1.2
        assert max(delays) - min(delays) > base * 0.2  # really jittered


def _wait(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_the_scheduler_backs_off_while_offline_and_syncs_as_soon_as_the_registry_is_back(
    registry, tmp_path
) -> None:
    home = tmp_path / "t1"
    site = new_terminal(registry, home)
    simulate(site, "meals", 20, random.Random(1))
    site.close()
    registry.server.stop()
    seen: list[dict] = []
    scheduler = SyncScheduler(
        home, interval=600, retry=600, cap=3600, probe_seconds=0.3, on_status=seen.append
    )
    scheduler.start()
    try:
        assert _wait(lambda: scheduler.failures >= 1, 20)
        with Store.open(home) as store:
            st = status(store)
        assert st["online"] is False and st["queue_depth"] == 20 and "cannot be reached" in st["last_error"]
        assert seen and seen[-1]["online"] is False
        registry.server = Server(registry.db, port=registry.server.port).start()
        # The next regular try is 10 minutes away; the probe sees the registry and syncs at once.
        assert _wait(lambda: scheduler.failures == 0 and scheduler.cycles >= 2, 20)
    finally:
        scheduler.stop()
    with Store.open(home) as store:
        st = status(store)
    assert st["online"] is True and st["queued"] == 0 and st["last_error"] is None and st["last_success"]
    assert seen[-1]["synced"] == 20


def test_the_scheduler_hands_the_templates_a_cycle_touched_to_the_app(registry, tmp_path) -> None:
    from sync.server import records

    home = tmp_path / "t1"
    site = new_terminal(registry, home)
    face = site.store.one("SELECT id, registry_id FROM face_templates ORDER BY id LIMIT 1")
    site.close()
    with registry.db.transaction() as tx:
        records.revoke_template(tx, face["registry_id"], "2026-11-20T10:00:00.000+00:00")
    touched: list[set[int]] = []
    scheduler = SyncScheduler(home, interval=600, on_templates=touched.append)
    scheduler.start()
    try:
        assert _wait(lambda: scheduler.cycles >= 1, 20)
    finally:
        scheduler.stop()
    assert touched == [{face["id"]}]


def test_the_daily_retention_purge_erases_faces_unseen_for_long_and_tells_the_gallery(
    registry, tmp_path
) -> None:
    home = tmp_path / "t1"
    site = new_terminal(registry, home)
    with site.store.write() as db:  # every citizen last seen long ago, but one seen yesterday
        db.execute("UPDATE citizens SET last_seen_at = '2001-01-01T00:00:00.000+00:00'")
        kept = db.execute("SELECT citizen_id FROM face_templates ORDER BY id LIMIT 1").fetchone()[0]
        db.execute("UPDATE citizens SET last_seen_at = ? WHERE id = ?", (site.clock.now().isoformat(), kept))
    templates = site.store.scalar("SELECT count(*) FROM face_templates")
    site.close()
    touched: list[set[int]] = []
    scheduler = SyncScheduler(home, on_templates=touched.append, retention_hours=24)
    scheduler._retention()  # what the daily job runs
    with Store.open(home) as store:
        left = store.all("SELECT DISTINCT citizen_id FROM face_templates")
        purge = store.one("SELECT subject FROM audit WHERE action = 'purge'")
    assert left == [{"citizen_id": kept}] and purge == {"subject": "retention"}
    assert len(touched) == 1 and len(touched[0]) == templates - 1
