"""``hamyon bench store``: how fast a confirmed dispense commits, beside plain sqlite3.

Both sides run in the same process on the same disk with the same durability
(WAL, ``synchronous=FULL``, one transaction per act). The dispense side is the
whole service call: checks, business rows, log, audit and outbox rows, commit,
in the terminal's store, which is encrypted (SQLCipher: AES-256 and an HMAC on
every page written); the baseline is an unencrypted sqlite3 file, so the gap
includes the cost of encryption.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from terminal.bench import percentile_ms
from terminal.core.demo_site import open_demo_site
from terminal.core.dispensing import DispenseLine
from terminal.core.identification import Identification
from terminal.core.simulate import operator_for
from terminal.core.store_key import key_files_only

WARM_UP = 50


def run(count: int = 2000, workdir: Path | None = None) -> dict[str, Any]:
    with key_files_only(), tempfile.TemporaryDirectory(prefix="hamyon-bench-", dir=workdir) as tmp:
        dispense = _dispense_timings(Path(tmp) / "site", count)
        baseline = _baseline_timings(Path(tmp) / "baseline.db", count)
    return {
        "acts": count,
        "acts_per_second": round(count / sum(dispense), 1),
        "commit_p50_ms": percentile_ms(dispense, 50),
        "commit_p95_ms": percentile_ms(dispense, 95),
        "commit_p99_ms": percentile_ms(dispense, 99),
        "baseline_acts_per_second": round(count / sum(baseline), 1),
        "baseline_commit_p50_ms": percentile_ms(baseline, 50),
        "baseline_commit_p95_ms": percentile_ms(baseline, 95),
        "durability": "journal_mode=wal, synchronous=full, one transaction per act",
        "encryption": "store: SQLCipher (AES-256, page HMAC, raw key); baseline: none",
    }


def _dispense_timings(home: Path, count: int) -> list[float]:
    site, _ = open_demo_site(home, elderly=max(300, count // 4))
    with site:
        nurse = operator_for(site, "dispense medicines")
        plans = _plans(site, count + WARM_UP)
        timings = []
        for n, (citizen_id, item_id) in enumerate(plans):
            ident = Identification(citizen_id, "face", distance=0.33)
            started = time.perf_counter()
            site.dispensing.dispense(nurse, ident, [DispenseLine(item_id, 1)])
            if n >= WARM_UP:
                timings.append(time.perf_counter() - started)
    return timings


def _plans(site: Any, count: int) -> list[tuple[int, int]]:
    """(citizen, prescription item) pairs to dispense one unit each, spread over the population."""
    on = site.clock.now().date().isoformat()
    rows = site.store.all(
        "SELECT p.citizen_id, i.id, i.qty_prescribed - i.qty_dispensed AS remaining"
        " FROM prescription_items i JOIN prescriptions p ON p.id = i.prescription_id"
        " WHERE p.status = 'active' AND p.valid_from <= ? AND p.valid_until >= ?",
        (on, on),
    )
    slots = [(r["citizen_id"], r["id"]) for r in rows for _ in range(min(r["remaining"], 5))]
    random.Random(7).shuffle(slots)
    if len(slots) < count:
        raise RuntimeError(f"the bench site has only {len(slots)} units to dispense, {count} needed")
    return slots[:count]


def _baseline_timings(path: Path, count: int) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE acts (seq INTEGER PRIMARY KEY, uuid TEXT UNIQUE, payload TEXT)")
    payload = "x" * 400
    timings = []
    for n in range(count + WARM_UP):
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO acts (uuid, payload) VALUES (?, ?)", (str(uuid.uuid4()), payload))
        conn.execute("COMMIT")
        if n >= WARM_UP:
            timings.append(time.perf_counter() - started)
    conn.close()
    return timings
