"""SIGKILL while acts are being recorded: the store stays sound and no confirmed act is lost or doubled."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from terminal.core import acts, audit
from terminal.core.store import Store
from tests.cli_runner import HAMYON

KILLS = 12


def _run_and_kill(home: Path, delay: float) -> list[str]:
    """Start recording dispenses, SIGKILL it after ``delay`` s; return the acts it reported committed."""
    proc = subprocess.Popen(
        [HAMYON, "--home", str(home), "simulate", "dispenses", "--count", "100000", "--jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "HAMYON_HOME"},
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the simulation ended before it was killed"
    confirmed = []
    for line in out.splitlines():
        with contextlib.suppress(ValueError, KeyError):  # the line being written when it died
            confirmed.append(json.loads(line)["tx"])
    return confirmed


def _check(home: Path, confirmed: set[str]) -> int:
    with Store.open(home) as store:
        assert store.integrity_check() == ["ok"]
        found = {r["uuid"] for r in store.all("SELECT uuid FROM transactions")}
        assert confirmed <= found, f"{len(confirmed - found)} confirmed acts are missing"
        assert store.scalar("SELECT count(*) FROM transactions") == len(found)
        # No half-written act: each act has its outbox row, audit entry and business rows, and back.
        assert (
            store.scalar(
                "SELECT count(*) FROM transactions t LEFT JOIN outbox o ON o.tx_uuid = t.uuid"
                " WHERE o.tx_uuid IS NULL"
            )
            == 0
        )
        assert store.scalar("SELECT count(*) FROM outbox") == len(found)
        assert store.scalar("SELECT count(*) FROM audit WHERE action = 'dispense'") == len(found)
        assert store.scalar("SELECT count(*) FROM dispenses") == len(found)
        assert (
            store.scalar(
                "SELECT count(*) FROM dispenses d WHERE total_cost !="
                " (SELECT sum(cost) FROM dispense_items WHERE dispense_id = d.id)"
            )
            == 0
        )
        assert (
            store.scalar(
                "SELECT count(*) FROM prescription_items i WHERE qty_dispensed !="
                " (SELECT coalesce(sum(quantity), 0) FROM dispense_items WHERE prescription_item_id = i.id)"
            )
            == 0
        )
        assert acts.verify_log(store)[1] is None
        assert audit.verify(store)[1] is None
        return len(found)


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_or_doubles_a_confirmed_act(tmp_path: Path) -> None:
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    home = tmp_path / "terminal"
    confirmed: set[str] = set()
    counts = []
    for cycle in range(KILLS):
        # The first kill lands while the demo site is being seeded, the others mid-recording.
        delay = 0.25 if cycle == 0 else rng.uniform(0.6, 1.8)
        reported = _run_and_kill(home, delay)
        assert len(reported) == len(set(reported))
        confirmed |= set(reported)
        counts.append(_check(home, confirmed))
    assert counts == sorted(counts), f"acts disappeared between kills (seed {seed}): {counts}"
    assert len(confirmed) >= 100, f"only {len(confirmed)} acts confirmed in {KILLS} runs (seed {seed})"
