"""Schema changes only through recorded migrations; a store from the first schema upgrades in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from terminal.core.dispensing import DispenseLine, Identification
from terminal.core.errors import StoreError
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


def test_a_store_from_before_learned_templates_upgrades_and_keeps_its_faces(tmp_path: Path) -> None:
    """m008 rebuilds face_templates (a CHECK changes only so in SQLite): rows, ids, index and trigger stay."""
    from sqlite_utils import Database

    home = tmp_path / "terminal"
    home.mkdir()
    conn = sqlite3.connect(home / STORE_FILE)
    migrations.apply(Database(conn), stop_before="m008_learned_templates")
    blob = bytes(range(256)) * 2
    conn.executescript(
        f"""
        INSERT INTO citizens (id, pin, surname, given_name, birth_date, sex, catchment, updated_at)
            VALUES (7, '40905482610126', 'Karimova', 'Dilnoza', '1948-05-09', 'F', 'C1', '2026-01-01');
        INSERT INTO face_templates (id, citizen_id, encoding, source, registry_id, created_at)
            VALUES (3, 7, X'{blob.hex()}', 'registry', 'T-1', '2026-01-01');
        INSERT INTO face_templates (id, citizen_id, encoding, source, consent_at, created_at, revoked_at)
            VALUES (5, 7, X'{blob.hex()}', 'terminal', '2026-02-01', '2026-02-01', '2026-03-01');
        """
    )
    old = conn.execute("SELECT * FROM face_templates ORDER BY id").fetchall()
    conn.close()

    with Store.open(home) as store:
        assert [m.name for m in migrations.applied(store.db)] == [m.name for m in migrations._migrations]
        rows = store.db.conn.execute("SELECT * FROM face_templates ORDER BY id").fetchall()
        assert [r[:9] for r in rows] == old and all(r[9] is None for r in rows)  # learned_from
        assert store.integrity_check() == ["ok"]
        indexes = {r[1] for r in store.db.conn.execute("PRAGMA index_list(face_templates)")}
        assert "face_templates_citizen" in indexes
        with store.write() as db:  # seeing a face still counts as seeing the citizen
            db.execute("UPDATE face_templates SET last_seen_at = '2026-11-20' WHERE id = 3")
        assert store.scalar("SELECT last_seen_at FROM citizens WHERE id = 7") == "2026-11-20"
        learned = (
            "INSERT INTO face_templates (citizen_id, encoding, source, registry_id, learned_from, created_at)"
            " VALUES (7, zeroblob(512), 'learned', ?, ?, '2026-11-20')"
        )
        with store.write() as db:
            db.execute(learned, ("0b6a3c3e-8f4e-4c1e-9d55-6f2f7c1d2a10", "id_number_face"))
        for refused in (  # the store itself holds the rules
            (learned, (None, "face")),  # a learned template without its stable id
            (learned.replace("?, ?", "?, NULL"), ("e3b0c442-98fc-4c14-9afb-f4c8996fb924",)),
            (learned.replace("'learned'", "'terminal'"), ("x", "face")),  # no consent
            (learned, ("a1", "a guess")),
        ):
            with pytest.raises(StoreError), store.write() as db:
                db.execute(*refused)
