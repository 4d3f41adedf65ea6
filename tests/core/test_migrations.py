"""Schema changes only through recorded migrations; a store from the first schema upgrades in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from terminal.core.dispensing import DispenseLine, Identification
from terminal.core.schema import migrations
from terminal.core.site import Site
from terminal.core.store import STORE_FILE, Store
from tests.conftest import fixed_clock

V1_DUMP = Path(__file__).resolve().parents[1] / "fixtures" / "store_v1.sql"
FIRST = "m001_core_and_dispensing"


def _schema(conn: sqlite3.Connection) -> dict[str, str]:
    return {
        name: sql
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        if not name.startswith(("_sqlite_migrations", "idx__sqlite_migrations"))
    }


def _load_v1(home: Path) -> Path:
    home.mkdir()
    conn = sqlite3.connect(home / STORE_FILE)
    conn.executescript(V1_DUMP.read_text(encoding="utf-8"))
    conn.close()
    return home / STORE_FILE


def test_the_first_migration_was_never_edited(tmp_path: Path) -> None:
    old = sqlite3.connect(_load_v1(tmp_path / "old"))
    fresh = sqlite3.connect(tmp_path / "fresh.db")
    from sqlite_utils import Database

    migrations.apply(Database(fresh), stop_before="m002_school_meals")
    assert _schema(fresh) == _schema(old)


def test_a_first_schema_store_upgrades_and_keeps_its_acts(tmp_path: Path) -> None:
    home = tmp_path / "terminal"
    path = _load_v1(home)
    conn = sqlite3.connect(path)
    old_tx = conn.execute("SELECT uuid, hash FROM transactions").fetchall()
    old_outbox = conn.execute("SELECT tx_uuid, state FROM outbox").fetchall()
    conn.close()
    assert len(old_tx) == 1

    store = Store.open(home)
    assert [m.name for m in migrations.applied(store.db)] == [m.name for m in migrations._migrations]
    assert store.all("SELECT uuid, hash FROM transactions") == [{"uuid": u, "hash": h} for u, h in old_tx]
    assert store.all("SELECT tx_uuid, state FROM outbox") == [
        {"tx_uuid": u, "state": s} for u, s in old_outbox
    ]
    assert store.integrity_check() == ["ok"]

    # The upgraded store works with today's services, and its chains continue.
    site = Site(store, fixed_clock())
    nurse = site.operator("nurse")
    receipt = site.dispensing.dispense(nurse, Identification(1, "face", distance=0.3), [DispenseLine(1, 30)])
    assert receipt.total == 30 * 45_000
    assert store.scalar("SELECT qty_dispensed FROM prescription_items WHERE id = 1") == 60
    from terminal.core import acts, audit

    assert acts.verify_log(store) == (2, None)
    assert audit.verify(store) == (2, None)
    assert "meals" in store.db.table_names() and "applications" in store.db.table_names()
    store.close()


def test_every_migration_is_recorded_with_its_time(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        rows = store.all("SELECT name, applied_at FROM _sqlite_migrations WHERE migration_set = 'hamyon'")
    assert rows[0]["name"] == FIRST
    assert all(r["applied_at"] for r in rows)
