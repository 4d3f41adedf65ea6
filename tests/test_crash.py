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
from terminal.core.store import STORE_FILE, Store
from tests.cli_runner import HAMYON

KILLS = 12


def _run_and_kill(home: Path, while_seeding: bool, delay: float) -> list[str]:
    """Start recording dispenses and SIGKILL it ``delay`` s after the store file appears (mid-seeding)
    or after its first act is reported (mid-recording); return the acts it reported committed.
    Timing from these moments, not from the start, keeps the kills where they are meant to land on a
    slow or busy machine."""
    proc = subprocess.Popen(
        [HAMYON, "--home", str(home), "simulate", "dispenses", "--count", "100000", "--jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "HAMYON_HOME"},
    )
    first = ""
    if while_seeding:
        deadline = time.monotonic() + 30
        while not (home / STORE_FILE).exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
    else:
        first = proc.stdout.readline()  # type: ignore[union-attr]
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, f"the simulation ended before it was killed: {err[-500:]}"
    confirmed = []
    for line in (first + out).splitlines():
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
        seeding = cycle == 0
        reported = _run_and_kill(home, seeding, rng.uniform(0.0, 0.3) if seeding else rng.uniform(0.0, 1.2))
        assert len(reported) == len(set(reported))
        confirmed |= set(reported)
        counts.append(_check(home, confirmed))
    assert counts == sorted(counts), f"acts disappeared between kills (seed {seed}): {counts}"
    assert len(confirmed) >= 100, f"only {len(confirmed)} acts confirmed in {KILLS} runs (seed {seed})"
