"""Faults for real: a proxy that drops, cuts, delays and fails requests; a terminal killed between
sending and recording; the registry killed and restarted mid-batch. Afterwards every confirmed act
is in the registry exactly once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import threading

import pytest

from sync.errors import SyncError
from sync.server.stats import stats
from terminal.core.simulate import simulate
from terminal.core.store import Store
from terminal.sync_client.cycle import sync_once
from tests.cli_runner import HAMYON
from tests.sync.conftest import (
    CLOCK,
    Registry,
    local_uuids,
    make_registry,
    new_terminal,
    quick_link,
    registry_uuids,
)
from tests.sync.proxy import FAULTS, FaultProxy


def _record(site, n: int, seed: int) -> None:
    rng = random.Random(seed)
    meals = min(n // 2, 25)  # today's meals only: the registry refuses days ahead of it
    simulate(site, "dispenses", n - meals, rng)
    simulate(site, "meals", meals, rng)


def test_every_act_arrives_once_through_a_link_that_drops_cuts_delays_and_fails(registry, tmp_path) -> None:
    seed = random.randrange(10**6)
    proxy = FaultProxy(registry.server.port, delay=3.5)
    site = new_terminal(registry, tmp_path / "t1", address=proxy.url)
    _record(site, 300, seed)
    link = quick_link(site, proxy.url, read_timeout=3.0)
    # The registry commits the first batch, then the answer is lost four ways; then the link dies.
    proxy.plan = ["drop_response", "after503", "truncate", "delay", "drop_request", "http500", "http503"]
    rng = random.Random(seed)
    proxy.chooser = lambda n: rng.choice(["pass"] * 7 + list(FAULTS))
    failures = 0
    for _cycle in range(40):
        try:
            sync_once(site.store, CLOCK, link=link, sleep=lambda s: None)
        except SyncError:
            failures += 1
            continue
        if site.store.scalar("SELECT count(*) FROM outbox WHERE state != 'synced'") == 0:
            break
    assert failures >= 1, f"seed {seed}"
    assert site.store.scalar("SELECT count(*) FROM outbox WHERE state != 'synced'") == 0, f"seed {seed}"
    assert registry_uuids(registry) == local_uuids(site), f"seed {seed}"
    st = stats(registry.db)
    assert st["transactions"]["by_outcome"] == {"accepted": 300}
    assert st["duplicates_received"] >= 100, f"the lost answers were not resent (seed {seed})"
    proxy.chooser = None
    assert sync_once(site.store, CLOCK, link=link).push.sent == 0
    site.close()
    proxy.close()


@pytest.mark.slow
def test_a_terminal_killed_between_sending_and_recording_loses_and_doubles_nothing(
    registry, tmp_path
) -> None:
    proxy = FaultProxy(registry.server.port)
    home = tmp_path / "t1"
    site = new_terminal(registry, home, address=proxy.url)
    _record(site, 150, 7)
    site.close()
    proxy.plan = ["hold"]  # the first push: the registry commits it, the answer never comes back
    env = {k: v for k, v in os.environ.items() if k != "HAMYON_HOME"}
    proc = subprocess.Popen([HAMYON, "--home", str(home), "sync"], env=env, stderr=subprocess.PIPE)
    assert proxy.held.wait(60), "the push never reached the registry"
    held = len(registry_uuids(registry))
    assert held == 100  # the first batch is in the registry, the terminal does not know it yet
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    proxy.release.set()
    with Store.open(home) as store:
        assert store.scalar("SELECT count(*) FROM outbox WHERE state = 'synced'") == 0
        assert store.integrity_check() == ["ok"]
        report = sync_once(store, CLOCK)
        assert report.push.answers == {"duplicate": 100, "accepted": 50}
        assert sorted(r["uuid"] for r in store.all("SELECT uuid FROM transactions")) == registry_uuids(
            registry
        )
        assert sync_once(store, CLOCK).push.sent == 0  # nothing acknowledged is sent again
    assert stats(registry.db)["duplicates_received"] == 100
    proxy.close()


@pytest.mark.slow
def test_the_registry_killed_and_restarted_mid_batch(serve, tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'registry.db'}"
    reg: Registry = make_registry(url)
    server = serve(url).start()
    proxy = FaultProxy(server.port)
    site = new_terminal(reg, tmp_path / "t1", address=proxy.url)
    _record(site, 200, 3)
    proxy.plan = ["stall"]  # half the batch is on its way to the registry when it dies
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["report"] = sync_once(
                site.store, CLOCK, link=quick_link(site, proxy.url, 20), sleep=lambda s: None
            )
        except Exception as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=run)
    worker.start()
    assert proxy.stalled.wait(30)
    server.kill()
    server = serve(url, port=server.port).start()
    proxy.release.set()
    worker.join(60)
    assert "error" not in outcome, outcome.get("error")
    assert outcome["report"].push.retries >= 1
    assert registry_uuids(reg) == local_uuids(site)
    assert site.store.scalar("SELECT count(*) FROM outbox WHERE state != 'synced'") == 0
    site.close()
    proxy.close()
    reg.db.close()
