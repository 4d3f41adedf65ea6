"""The local store: pragmas, recorded migrations, atomic writes, and its failures in plain words."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from terminal.core.errors import StoreCorrupt, StoreFull, StoreReadOnly, StoreTooNew
from terminal.core.schema import migrations
from terminal.core.store import STORE_FILE, Store
from terminal.core.store_cipher import raw_connection

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_new_store_has_wal_full_sync_foreign_keys_and_every_migration(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        conn = store.db.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        applied = [m.name for m in migrations.applied(store.db)]
        assert applied == [m.name for m in migrations._migrations]
        assert store.integrity_check() == ["ok"]
        tables = set(store.db.table_names())
    for table in (
        "facility",
        "device",
        "operators",
        "citizens",
        "face_templates",
        "drugs",
        "prescriptions",
        "prescription_items",
        "stock",
        "schools",
        "classes",
        "students",
        "meal_sessions",
        "meals",
        "applications",
        "application_members",
        "application_incomes",
        "application_assets",
        "transactions",
        "outbox",
        "sync_cursors",
        "audit",
    ):
        assert table in tables


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    with Store.open(tmp_path) as store:
        names = [m.name for m in migrations.applied(store.db)]
    assert len(names) == len(set(names)) == len(migrations._migrations)


def test_a_failing_write_leaves_nothing_behind(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with pytest.raises(RuntimeError), store.write() as db:
            db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
            raise RuntimeError("power cut")
        assert store.scalar("SELECT count(*) FROM settings") == 0
        with store.write() as db:
            db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        assert store.scalar("SELECT count(*) FROM settings") == 1


def test_nested_writes_roll_back_to_their_savepoint(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store, store.write() as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('outer', '1')")
        with pytest.raises(ValueError), store.write() as inner:
            inner.execute("INSERT INTO settings (key, value) VALUES ('inner', '1')")
            raise ValueError
    with Store.open(tmp_path) as store:
        assert [r["key"] for r in store.all("SELECT key FROM settings")] == ["outer"]


def test_a_file_that_is_not_a_database_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / STORE_FILE
    path.write_bytes(b"this is a photo, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreCorrupt):
        Store.open(tmp_path)
    assert path.read_bytes() == before


def test_another_programs_database_is_refused_and_kept(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / STORE_FILE)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = (tmp_path / STORE_FILE).read_bytes()
    with pytest.raises(StoreCorrupt, match="another program"):
        Store.open(tmp_path)
    assert (tmp_path / STORE_FILE).read_bytes() == before  # not encrypted: not ours


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    conn = raw_connection(tmp_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('hamyon', 'm999_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StoreTooNew):
        Store.open(tmp_path)


def test_the_disk_filling_up_mid_act_loses_nothing_and_says_so(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        pages = store.scalar("PRAGMA page_count")
        store.db.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        with store.write() as db:
            db.execute("INSERT INTO settings (key, value) VALUES ('kept', '1')")
        with pytest.raises(StoreFull, match="disk is full"), store.write() as db:
            for n in range(2000):
                db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{n}", "x" * 500))
        assert store.scalar("SELECT count(*) FROM settings") == 1
        assert store.integrity_check() == ["ok"]


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True
    )
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path):
    where = tmp_path / "disk"
    if not _mount_tmpfs(where, "4m"):
        pytest.skip("mounting a small tmpfs needs root (CAP_SYS_ADMIN); the max_page_count test covers this")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(disk: Path) -> None:
    with open(disk / "ballast", "wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError:
            pass


def test_a_really_full_disk_refuses_the_act_and_keeps_the_store_sound(small_disk: Path) -> None:
    from terminal.core.demo_site import seed
    from tests.conftest import fixed_clock

    with Store.open(small_disk) as store:
        seed(store, fixed_clock(), elderly=10)
        before = store.scalar("SELECT count(*) FROM settings")
        _fill(small_disk)  # the disk fills up while the terminal is running
        with pytest.raises(StoreFull, match="disk is full"), store.write() as db:
            for n in range(500):
                db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{n}", "x" * 4000))
        assert store.scalar("SELECT count(*) FROM settings") == before
    # A terminal restarted on the full disk can still read, and says so when it must write.
    with pytest.raises(StoreFull), Store.open(small_disk) as store, store.write() as db:
        assert store.scalar("SELECT count(*) FROM settings") == before
        db.execute("INSERT INTO settings (key, value) VALUES ('big', ?)", ("x" * 100_000,))
    (small_disk / "ballast").unlink()
    with Store.open(small_disk) as store:
        assert store.integrity_check() == ["ok"]
        assert store.scalar("SELECT count(*) FROM settings") == before


def test_a_read_only_disk_is_reported_in_plain_words(tmp_path: Path) -> None:
    where = tmp_path / "ro"
    if not _mount_tmpfs(where, "2m"):
        pytest.skip("mounting a tmpfs needs root (CAP_SYS_ADMIN)")
    try:
        Store.open(where).close()
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
        with (
            pytest.raises(StoreReadOnly, match="cannot be written"),
            Store.open(where) as store,
            store.write() as db,
        ):
            db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        with pytest.raises(StoreReadOnly):
            Store.open(where / "new-home")
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)
