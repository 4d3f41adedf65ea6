"""The store encrypted at rest: nothing readable on disk, a wrong or missing key changes nothing,
a plain store from an earlier version is encrypted in place, and the key rotates without loss."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from terminal.core import audit, store_cipher
from terminal.core.dispensing import DispenseLine
from terminal.core.errors import StoreKeyError, StoreKeyMissing
from terminal.core.identification import Identification
from terminal.core.schema import migrations
from terminal.core.store import STORE_FILE, Store
from terminal.core.store_cipher import PLAIN_HEADER, opens_with, raw_connection
from terminal.core.store_key import SERVICE, StoreKeys, new_key
from terminal.core.store_rekey import rotate_key
from tests.cli_runner import hamyon
from tests.conftest import dispensable_item, fixed_clock, snapshot

V1_DUMP = Path(__file__).resolve().parents[1] / "fixtures" / "store_v1.sql"
ID_LIKE = re.compile(rb"[0-9]{12,14}")


def _files(home: Path) -> dict[str, str]:
    """Every file under ``home`` (but the logs) and the hash of its bytes."""
    return {
        str(p.relative_to(home)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(home.rglob("*"))
        if p.is_file() and "logs" not in p.parts
    }


def _key_of(home: Path) -> bytes:
    (key,) = StoreKeys.for_home(home).current()
    return key


def _dispense(site, times: int = 3) -> None:
    nurse = site.operator("nurse")
    for _ in range(times):
        citizen_id, _, item = dispensable_item(site, 1)
        ident = Identification(citizen_id, "face", 0.3)
        site.dispensing.dispense(nurse, ident, [DispenseLine(item.item_id, 1)])


# --- nothing readable on disk ------------------------------------------------------------------------


def test_after_real_activity_neither_the_file_nor_its_log_shows_an_id_number_or_a_name(site) -> None:
    _dispense(site)
    people = site.store.all("SELECT pin, surname, given_name FROM citizens")
    path = site.store.path
    wal = Path(f"{path}-wal")
    assert wal.stat().st_size > 0  # the acts are still in the write-ahead log: it is checked too
    for data in (path.read_bytes(), wal.read_bytes()):
        assert not data.startswith(PLAIN_HEADER)
        assert not ID_LIKE.search(data)
        for person in people[:50]:
            for word in (person["pin"], person["surname"], person["given_name"]):
                assert word.encode("utf-8") not in data
    assert path.read_bytes()[: len(PLAIN_HEADER)] != PLAIN_HEADER


def test_the_key_file_is_for_the_service_account_only(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    key_file = tmp_path / "keys" / "store.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    assert len(bytes.fromhex(key_file.read_text())) == 32
    assert key_file.read_text().strip() not in (tmp_path / STORE_FILE).read_bytes().hex()


def test_a_new_home_and_its_logs_are_for_the_service_account_only(tmp_path: Path) -> None:
    from terminal.core import logs

    home = tmp_path / "new" / "home"
    Store.open(home).close()
    path, root = logs.configure(home), logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "baseFilename", None) == str(path)]:
        root.removeHandler(handler)
        handler.close()
    assert stat.S_IMODE(home.stat().st_mode) == 0o700  # receipts and reports made under it too
    assert stat.S_IMODE((home / "logs").stat().st_mode) == 0o700


def test_the_key_file_can_live_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "secret" / "hamyon.key"
    monkeypatch.setenv("HAMYON_KEY_FILE", str(elsewhere))
    Store.open(tmp_path / "home").close()
    assert elsewhere.exists() and not (tmp_path / "home" / "keys").exists()
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o600
    Store.open(tmp_path / "home").close()


# --- a wrong or missing key --------------------------------------------------------------------------


def test_a_wrong_key_is_refused_in_plain_words_and_changes_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store, store.write() as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('kept', '1')")
    StoreKeys.for_home(tmp_path).save(new_key())
    before = _files(tmp_path)
    with pytest.raises(StoreKeyError) as refused:
        Store.open(tmp_path)
    assert "cannot be opened: its key is missing or wrong" in refused.value.message
    assert _files(tmp_path) == before


def test_a_missing_key_is_refused_and_no_new_store_or_key_is_made(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    (tmp_path / "keys" / "store.key").unlink()
    before = _files(tmp_path)
    with pytest.raises(StoreKeyMissing, match="Ask IT; nothing has been changed"):
        Store.open(tmp_path)
    assert _files(tmp_path) == before


def test_the_command_line_says_so_in_one_line(tmp_path: Path) -> None:
    hamyon("simulate", "dispenses", "--count", "3", home=tmp_path)
    StoreKeys.for_home(tmp_path).save(new_key())
    before = _files(tmp_path)
    done = hamyon("status", "--json", home=tmp_path, check=False)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "Error: The data on this terminal cannot be opened: its key is missing or wrong."
        " Ask IT; nothing has been changed."
    ]
    assert _files(tmp_path) == before


# --- a plain store from an earlier version -----------------------------------------------------------


def _plain_v1(home: Path) -> Path:
    home.mkdir(parents=True)
    conn = sqlite3.connect(home / STORE_FILE)
    conn.executescript(V1_DUMP.read_text(encoding="utf-8"))
    conn.close()
    return home / STORE_FILE


def test_a_plain_store_is_encrypted_in_place_on_first_open(tmp_path: Path) -> None:
    path = _plain_v1(tmp_path / "t")
    plain = sqlite3.connect(path)
    tables = [t for (t,) in plain.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = {t: [c[1] for c in plain.execute(f"PRAGMA table_info([{t}])")] for t in tables}
    rows = {t: plain.execute(f"SELECT * FROM [{t}] ORDER BY rowid").fetchall() for t in tables}
    plain.close()
    with Store.open(path.parent) as store:
        assert [m.name for m in migrations.applied(store.db)] == [m.name for m in migrations._migrations]
        for table, before in rows.items():
            names = ", ".join(f"[{c}]" for c in columns[table])
            after = store.db.execute(f"SELECT {names} FROM [{table}] ORDER BY rowid").fetchall()
            assert after[: len(before)] == before, table
        assert store.integrity_check() == ["ok"]
        assert audit.verify(store)[1] is None
    assert not path.read_bytes().startswith(PLAIN_HEADER)
    assert not ID_LIKE.search(path.read_bytes())
    # no leftover of the export; the new file's salt is kept (store_health: a damaged salt is told apart)
    assert sorted(p.name for p in path.parent.iterdir()) == ["hamyon.db", "hamyon.db.salt", "keys"]


def test_a_plain_store_with_acts_still_in_its_log_keeps_them(tmp_path: Path) -> None:
    """An earlier version that stopped without closing left committed acts in hamyon.db-wal."""
    path = _plain_v1(tmp_path / "t")
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("INSERT INTO settings (key, value) VALUES ('in_the_log', '1')")
    writer.commit()
    crashed = tmp_path / "after-crash"
    crashed.mkdir()
    for name in ("hamyon.db", "hamyon.db-wal"):
        (crashed / name).write_bytes((path.parent / name).read_bytes())
    writer.close()
    with Store.open(crashed) as store:
        assert store.scalar("SELECT value FROM settings WHERE key = 'in_the_log'") == "1"
    assert not (crashed / STORE_FILE).read_bytes().startswith(PLAIN_HEADER)


def test_a_crash_while_encrypting_leaves_the_plain_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _plain_v1(tmp_path / "t")
    original = path.read_bytes()
    StoreKeys.for_home(path.parent).save(new_key())  # saved before the export starts

    def power_cut(*args: object) -> None:
        raise OSError("power cut before the rename")

    monkeypatch.setattr(store_cipher.os, "replace", power_cut)
    with pytest.raises(OSError, match="power cut"):
        Store.open(path.parent)
    assert path.read_bytes() == original  # the original is untouched; a half-made copy is beside it
    assert (path.parent / "hamyon.db.encrypting").exists()
    monkeypatch.undo()
    with Store.open(path.parent) as store:  # the next start finishes the job
        assert store.scalar("SELECT count(*) FROM transactions") == 1
    assert not (path.parent / "hamyon.db.encrypting").exists()
    assert not path.read_bytes().startswith(PLAIN_HEADER)


def test_another_programs_plain_database_is_not_encrypted(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / STORE_FILE)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = _files(tmp_path)
    with pytest.raises(Exception, match="another program"):
        Store.open(tmp_path)
    assert _files(tmp_path) == before


# --- rotating the key --------------------------------------------------------------------------------


def test_rekey_keeps_every_row_and_the_old_key_no_longer_opens_the_store(site) -> None:
    _dispense(site)
    home, path = site.store.path.parent, site.store.path
    old_key = _key_of(home)
    before = snapshot(site)
    done = rotate_key(site.store, fixed_clock())
    assert done.kept_in == "file" and done.key_file == str(home / "keys" / "store.key")
    after = snapshot(site)
    *kept, entry = after.pop("audit")
    assert kept == before.pop("audit") and after == before  # every row, and one more audit entry
    assert entry["action"] == "store_rekey" and entry["seq"] == done.audit_seq
    site.close()

    new_key_ = _key_of(home)
    assert new_key_ != old_key and stat.S_IMODE((home / "keys" / "store.key").stat().st_mode) == 0o600
    assert not opens_with(path, old_key) and opens_with(path, new_key_)
    assert not (home / "keys" / "store.key.next").exists()
    with Store.open(home) as store:
        assert store.integrity_check() == ["ok"]
        assert audit.verify(store)[1] is None
        assert store.scalar("SELECT count(*) FROM transactions") == len(before["transactions"])


def test_a_crash_after_the_rekey_committed_is_finished_on_the_next_open(
    site, monkeypatch: pytest.MonkeyPatch
) -> None:
    _dispense(site, 1)
    home, path = site.store.path.parent, site.store.path
    old_key = _key_of(home)
    txs = site.store.scalar("SELECT count(*) FROM transactions")

    def power_cut(self: StoreKeys, key: bytes) -> str:
        raise OSError("power cut before the new key was made current")

    monkeypatch.setattr(StoreKeys, "promote", power_cut)
    with pytest.raises(OSError, match="power cut"):
        rotate_key(site.store, fixed_clock())
    site.close()
    monkeypatch.undo()
    assert _key_of(home) == old_key and not opens_with(path, old_key)  # only the pending key opens it
    with Store.open(home) as store:
        assert store.scalar("SELECT count(*) FROM transactions") == txs
        assert store.scalar("SELECT action FROM audit ORDER BY seq DESC LIMIT 1") == "store_rekey"
    assert _key_of(home) != old_key and not (home / "keys" / "store.key.next").exists()


def test_a_crash_before_the_rekey_committed_leaves_the_old_key(site, monkeypatch: pytest.MonkeyPatch) -> None:
    home = site.store.path.parent
    old_key = _key_of(home)

    def power_cut(conn: object, key: bytes) -> None:
        raise OSError("power cut during the rekey")

    monkeypatch.setattr("terminal.core.store_rekey.rekey", power_cut)
    with pytest.raises(OSError):
        rotate_key(site.store, fixed_clock())
    site.close()
    with Store.open(home) as store:
        assert store.integrity_check() == ["ok"]
    assert _key_of(home) == old_key


def test_hamyon_store_rekey(tmp_path: Path) -> None:
    hamyon("simulate", "dispenses", "--count", "5", home=tmp_path)
    old_key = _key_of(tmp_path)
    done = json.loads(hamyon("store", "rekey", "--json", home=tmp_path).stdout)
    assert done["rekeyed"] is True and done["kept_in"] == "file" and done["audit_seq"] > 0
    assert _key_of(tmp_path) != old_key
    line = hamyon("store", "rekey", home=tmp_path).stdout.strip()
    assert line.startswith("store key rotated; the new key is in ") and "\n" not in line
    assert json.loads(hamyon("audit", "verify", "--json", home=tmp_path).stdout)["ok"] is True
    conn = raw_connection(tmp_path)
    assert conn.execute("SELECT count(*) FROM audit WHERE action = 'store_rekey'").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM transactions").fetchone()[0] == 5
    conn.close()


# --- the OS keyring ----------------------------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its secrets in memory (as a secure OS keyring would, elsewhere)."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def os_keyring(monkeypatch: pytest.MonkeyPatch):
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    monkeypatch.setenv("HAMYON_KEYRING", "on")
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def test_the_key_lives_in_the_os_keyring_when_there_is_one(tmp_path: Path, os_keyring: MemoryKeyring) -> None:
    with Store.open(tmp_path) as store, store.write() as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('kept', '1')")
    assert not (tmp_path / "keys").exists()
    account = f"store:{tmp_path.resolve()}"
    first = os_keyring.secrets[(SERVICE, account)]
    with Store.open(tmp_path) as store:
        done = rotate_key(store, fixed_clock())
    assert done.kept_in == "keyring" and done.key_file is None
    assert os_keyring.secrets[(SERVICE, account)] != first
    assert (SERVICE, account + "#next") not in os_keyring.secrets
    with Store.open(tmp_path) as store:
        assert store.scalar("SELECT value FROM settings WHERE key = 'kept'") == "1"
    os_keyring.secrets.clear()
    with pytest.raises(StoreKeyMissing):
        Store.open(tmp_path)


def test_an_insecure_keyring_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    monkeypatch.setenv("HAMYON_KEYRING", "on")
    keyring.set_keyring(fail.Keyring())
    try:
        Store.open(tmp_path).close()
    finally:
        keyring.set_keyring(previous)
    assert (tmp_path / "keys" / "store.key").exists()
