"""``hamyon bench registry``: simulated terminals enrolled at real registry workers push and pull at once;
the figures it prints are what the registry's database holds afterwards."""

from __future__ import annotations

import json
from pathlib import Path

from sync.server.db import RegistryDB
from tests.cli_runner import hamyon


def test_terminals_of_two_facilities_push_at_once_and_the_registry_holds_every_act(tmp_path: Path) -> None:
    db = tmp_path / "registry.db"
    done = hamyon(
        "bench", "registry", "--terminals", "12", "--acts", "7", "--workers", "2", "--db", f"sqlite:///{db}",
        "--json", timeout=600,
    )  # fmt: skip
    out = json.loads(done.stdout[done.stdout.index("{") :])
    assert (out["terminals"], out["acts"], out["facilities"], out["registry_workers"]) == (12, 84, 2, 2)
    assert out["errors"] == 0 and out["answers"] == {"accepted": 84} and out["registry_total"] == 84
    assert out["acts_per_second"] > 0 and abs(out["acts_per_second"] * out["seconds"] - 84) < 1
    assert out["push_requests"] == 12 and out["push_p95_ms"] >= out["push_p50_ms"] > 0
    assert len(out["registry_worker_peak_rss_mb"]) == 2 and out["registry_peak_rss_mb"] > 50
    registry = RegistryDB(f"sqlite:///{db}")
    try:
        with registry.transaction() as tx:
            devices = tx.all("SELECT device_id, count(*) AS n FROM transactions GROUP BY device_id")
            served = tx.one("SELECT count(*) AS n FROM meals_served")
    finally:
        registry.close()
    # Every terminal's own device, each with its acts counted: no meal served twice.
    assert len(devices) == 12 and {d["n"] for d in devices} == {7}
    assert served == {"n": 84}


def test_a_database_that_is_not_one_is_refused_in_a_line() -> None:
    done = hamyon("bench", "registry", "--db", "mysql://x", check=False)
    assert done.returncode == 2 and "sqlite:///PATH or postgresql://" in done.stderr


def test_with_acts_stored_beforehand_it_measures_the_same_run_before_and_among_them(pg_url) -> None:
    done = hamyon(
        "bench", "registry", "--terminals", "4", "--acts", "3", "--workers", "1", "--db", pg_url,
        "--stored", "1200", "--json", timeout=600,
    )  # fmt: skip
    out = json.loads(done.stdout[done.stdout.index("{") :])
    assert out["stored_acts"] == 1200 and out["errors"] == 0 and out["registry_total"] == 12
    assert out["empty"]["errors"] == 0 and out["empty"]["registry_total"] == 12
    assert out["acts_per_second_vs_empty"] == round(
        out["acts_per_second"] / out["empty"]["acts_per_second"], 3
    )
    assert out["pull_p95_ms"] > 0 and out["empty"]["pull_p95_ms"] > 0
    registry = RegistryDB(pg_url)
    try:
        with registry.transaction() as tx:
            held = tx.one("SELECT count(*) AS n FROM transaction_keys")
            months = tx.all(
                "SELECT tableoid::regclass::text AS part FROM transactions"
                " WHERE device_id LIKE 'archive-%' GROUP BY 1"
            )
            served = tx.one("SELECT count(*) AS n FROM meals_served")
    finally:
        registry.close()
    # The bench's 24 acts and the 1,200 of the past year, each in its month, each with its meal.
    assert held == {"n": 1224} and served == {"n": 1224}
    assert len(months) in (12, 13) and "transactions_default" not in {m["part"] for m in months}


def test_acts_stored_beforehand_need_postgresql(tmp_path: Path) -> None:
    done = hamyon(
        "bench", "registry", "--db", f"sqlite:///{tmp_path / 'r.db'}", "--stored", "10", check=False
    )
    assert done.returncode == 2 and "need PostgreSQL" in done.stderr
