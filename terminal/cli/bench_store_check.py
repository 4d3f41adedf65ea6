"""``hamyon bench store-check``: what checking the store for damage costs, beside reading and hashing it.

A throwaway store (in a temporary folder, its key in a key file) is filled with CITIZENS citizens, a
face template each, and ACTS acts with their audit and outbox rows, then timed, best of three (the
file in the page cache, as on a running terminal): opening it without the page check, the page check
that every open runs (``PRAGMA cipher_integrity_check``: every page's HMAC), the daily structure check
(``PRAGMA quick_check``), and as baselines reading the whole file and hashing it with SHA-512.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from terminal.cli.output import print_json


@click.command("store-check")
@click.option("--citizens", type=click.IntRange(0, 1_000_000), default=100_000, show_default=True)
@click.option("--acts", type=click.IntRange(0, 1_000_000), default=50_000, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def bench_store_check(citizens: int, acts: int, as_json: bool) -> None:
    """The page check of every open and the daily structure check, beside reading and hashing the file."""
    from terminal.core.store_key import key_files_only

    with key_files_only(), tempfile.TemporaryDirectory(prefix="hamyon-bench-") as tmp:
        result = _measure(Path(tmp) / "home", citizens, acts)
    if as_json:
        print_json(result)
        return
    click.echo(
        f"store {result['store_mb']} MB: page check {result['page_check_ms']} ms, structure check "
        f"{result['structure_check_ms']} ms, open {result['open_ms']} ms"
        f" (with the page check {result['open_checked_ms']} ms)"
    )
    click.echo(f"baseline: read {result['baseline_read_ms']} ms, sha512 {result['baseline_sha512_ms']} ms")


def _measure(home: Path, citizens: int, acts: int) -> dict[str, Any]:
    from terminal.core import store_health
    from terminal.core.store import Store

    with Store.open(home) as store:
        _fill(store, citizens, acts)
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = home / "hamyon.db"
    with Store.open(home, check=False) as store:
        conn = store.db.conn
        figures = {
            "page_check_ms": _best(lambda: store_health.bad_pages(conn)),
            "structure_check_ms": _best(lambda: conn.execute("PRAGMA quick_check").fetchall()),
        }
    return {
        "citizens": citizens,
        "acts": acts,
        "store_mb": round(path.stat().st_size / 1e6, 1),
        "pages": path.stat().st_size // 4096,
        **figures,
        "open_ms": _best(lambda: Store.open(home, check=False).close()),
        "open_checked_ms": _best(lambda: Store.open(home).close()),
        "baseline_read_ms": _best(path.read_bytes),
        "baseline_sha512_ms": _best(lambda: hashlib.sha512(path.read_bytes()).digest()),
    }


def _fill(store: Any, citizens: int, acts: int) -> None:
    """Rows of realistic sizes, written straight in (what is timed is the reading, not the writing)."""
    at = "2026-12-01T10:00:00.000+05:00"
    with store.write() as db:
        db.conn.executemany(
            "INSERT INTO citizens (id, pin, surname, given_name, birth_date, sex, catchment, updated_at)"
            " VALUES (?, ?, 'Karimova', 'Dilnoza', '1948-05-09', 'F', 'C1', ?)",
            ((n, f"{40905482610000 + n}", at) for n in range(1, citizens + 1)),
        )
        db.conn.executemany(
            "INSERT INTO face_templates (citizen_id, encoding, source, registry_id, created_at)"
            " VALUES (?, ?, 'registry', ?, ?)",
            ((n, os.urandom(512), f"T-{n}", at) for n in range(1, citizens + 1)),
        )
        db.conn.executemany(
            "INSERT INTO transactions (seq, uuid, kind, operator_id, created_at, payload, prev_hash, hash)"
            " VALUES (?, ?, 'meal', NULL, ?, ?, ?, ?)",
            ((n, f"u-{n}", at, "x" * 400, f"{n - 1:064x}", f"{n:064x}") for n in range(1, acts + 1)),
        )
        db.conn.executemany(
            "INSERT INTO audit (seq, at, action, subject, details, prev_hash, hash)"
            " VALUES (?, ?, 'meal', 'student:1', ?, ?, ?)",
            ((n, at, '{"tx":"u"}', f"{n - 1:064x}", f"a{n:063x}") for n in range(1, acts + 1)),
        )
        db.conn.executemany(
            "INSERT INTO outbox (tx_uuid, state, queued_at) VALUES (?, 'queued', ?)",
            ((f"u-{n}", at) for n in range(1, acts + 1)),
        )


def _best(run: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return round(min(times) * 1000, 1)
