"""The command line: demo, status, simulate, bench, audit; errors as one clear line."""

from __future__ import annotations

import json
from pathlib import Path

from terminal.core.store_cipher import raw_connection
from tests.cli_runner import hamyon


def test_demo_prepares_an_enrolled_site_once_and_says_what_it_did(tmp_path: Path) -> None:
    first = hamyon("demo", "--no-window", home=tmp_path)
    assert "Seeding the demo registry" in first.stdout and "Demo site ready" in first.stdout
    st = json.loads(hamyon("status", "--json", home=tmp_path).stdout)
    assert st["citizens"] >= 300 and st["templates"] >= 300 and st["transactions"] == 0
    assert st["facility"]["country"] == "UZ" and st["registry"].startswith("http://127.0.0.1:")
    second = hamyon("demo", "--no-window", home=tmp_path)
    assert "Seeding" not in second.stdout and "Demo site ready" in second.stdout
    assert json.loads(hamyon("status", "--json", home=tmp_path).stdout)["citizens"] == st["citizens"]


def test_home_comes_from_the_environment_too(tmp_path: Path) -> None:
    hamyon("demo", "--no-window", "--country", "KZ", env={"HAMYON_HOME": str(tmp_path)})
    assert (tmp_path / "hamyon.db").exists()
    st = json.loads(hamyon("status", "--json", env={"HAMYON_HOME": str(tmp_path)}).stdout)
    assert st["facility"]["country"] == "KZ"


def test_simulate_records_acts_that_status_counts(tmp_path: Path) -> None:
    out = hamyon("simulate", "dispenses", "--count", "15", "--jsonl", "--seed", "3", home=tmp_path).stdout
    lines = [json.loads(line) for line in out.splitlines()]
    acts = [line for line in lines if "tx" in line]
    assert len(acts) == 15 and lines[-1]["summary"]["recorded"] == 15
    hamyon("simulate", "meals", "--count", "30", home=tmp_path)
    hamyon("simulate", "applications", "--count", "4", home=tmp_path)
    st = json.loads(hamyon("status", "--json", home=tmp_path).stdout)
    for key in ("store_path", "citizens", "templates", "transactions", "queued", "synced", "last_sync"):
        assert key in st
    assert st["transactions"] == 49 and st["queued"] == 49 and st["synced"] == 0 and st["last_sync"] is None
    conn = raw_connection(tmp_path)
    kinds = dict(conn.execute("SELECT kind, count(*) FROM transactions GROUP BY kind").fetchall())
    assert kinds == {"dispense": 15, "meal": 30, "application": 4}
    assert {a["tx"] for a in acts} <= {r[0] for r in conn.execute("SELECT uuid FROM transactions")}


def test_simulated_meals_move_to_the_next_school_day_when_today_is_full(tmp_path: Path) -> None:
    hamyon("simulate", "meals", "--count", "500", home=tmp_path)
    conn = raw_connection(tmp_path)
    per_day = conn.execute("SELECT served_on, count(*) FROM meals GROUP BY served_on").fetchall()
    assert len(per_day) >= 2
    dupes = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM meals GROUP BY student_id, session_id, served_on"
        " HAVING count(*) > 1)"
    ).fetchone()[0]
    assert dupes == 0


def test_audit_verify_passes_then_finds_tampering(tmp_path: Path) -> None:
    hamyon("simulate", "dispenses", "--count", "5", home=tmp_path)
    ok = hamyon("audit", "verify", "--json", home=tmp_path)
    assert json.loads(ok.stdout)["ok"] is True
    conn = raw_connection(tmp_path)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET subject = 'citizen:1' WHERE seq = 3")
    conn.commit()
    conn.close()
    bad = hamyon("audit", "verify", home=tmp_path, check=False)
    assert bad.returncode == 1 and "BROKEN at entry 3" in bad.stdout


def test_bench_store_prints_figures_beside_the_baseline(tmp_path: Path) -> None:
    out = json.loads(hamyon("bench", "store", "--json", "--count", "200", home=tmp_path).stdout)
    for key in ("acts_per_second", "commit_p95_ms", "baseline_acts_per_second", "baseline_commit_p95_ms"):
        assert out[key] > 0
    assert out["acts"] == 200


def test_a_failure_is_one_clear_line_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "hamyon.db").write_bytes(b"not a database at all" * 50)
    done = hamyon("status", "--json", home=tmp_path, check=False)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged or is not a Hamyon store" in lines[0]
    assert "Traceback" not in done.stderr


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    done = hamyon("simulate", "parties", home=tmp_path, check=False)
    assert done.returncode == 2 and "parties" in done.stderr
    done = hamyon("simulate", "meals", "--count", "0", home=tmp_path, check=False)
    assert done.returncode == 2


def test_every_command_of_this_release_answers_help() -> None:
    for args in (
        [],
        ["demo"],
        ["status"],
        ["simulate"],
        ["bench"],
        ["bench", "store"],
        ["audit", "verify"],
        ["store", "rekey"],
    ):
        done = hamyon(*args, "--help")
        assert "Usage: hamyon" in done.stdout


def test_simulate_refuses_a_terminal_of_a_real_registry(tmp_path: Path) -> None:
    """Made-up acts must never reach a real registry as if a nurse had done them."""
    hamyon("demo", "--no-window", home=tmp_path)
    conn = raw_connection(tmp_path)
    with conn:
        conn.execute("UPDATE device SET registry_url = 'https://registry.example.uz'")
    before = conn.execute("SELECT count(*) FROM transactions").fetchone()[0]
    done = hamyon("simulate", "dispenses", "--count", "3", home=tmp_path, check=False)
    assert done.returncode != 0 and "not at registry.example.uz" in done.stderr, done.stderr
    assert conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == before


def test_an_enrolled_terminal_never_invents_prescriptions(tmp_path: Path) -> None:
    hamyon("demo", "--no-window", home=tmp_path)  # enrolled at the demo's registry
    conn = raw_connection(tmp_path)
    with conn:
        conn.execute("UPDATE prescription_items SET qty_dispensed = qty_prescribed WHERE id > 3")
    before = conn.execute("SELECT count(*) FROM prescriptions").fetchone()[0]
    left = [r[0] for r in conn.execute("SELECT qty_prescribed - qty_dispensed FROM prescription_items")]
    most = sum(-(-units // 10) for units in left)  # every dispense hands out at least 10 units, or the rest
    out = hamyon("simulate", "dispenses", "--count", "50", "--jsonl", home=tmp_path).stdout
    summary = json.loads(out.splitlines()[-1])["summary"]
    assert summary["exhausted"] is True and summary["topped_up"] == 0
    assert 0 < summary["recorded"] <= most < 50
    left_after = conn.execute("SELECT sum(qty_prescribed - qty_dispensed) FROM prescription_items").fetchone()
    assert left_after[0] == 0
    assert conn.execute("SELECT count(*) FROM prescriptions").fetchone()[0] == before


def test_purge_counts_in_a_dry_run_and_never_touches_unsynced_acts(tmp_path: Path) -> None:
    hamyon("simulate", "dispenses", "--count", "3", home=tmp_path)
    dry = json.loads(hamyon("purge", "--dry-run", "--json", home=tmp_path).stdout)
    assert dry["dry_run"] is True and dry["counts"]["transactions"] == 0
    assert set(dry["days"]) == {"template", "transaction", "audit", "draft"}
    done = hamyon("purge", home=tmp_path)
    assert done.stdout.startswith("Retention (days: template 730")
    verified = json.loads(hamyon("audit", "verify", "--json", home=tmp_path).stdout)
    assert verified["ok"] is True and verified["transactions"] == 3
    assert "Usage: hamyon" in hamyon("purge", "--help").stdout
