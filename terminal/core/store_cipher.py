"""The store file encrypted at rest with SQLCipher: opening it with its key, encrypting a plain one.

Every page of ``hamyon.db`` and of its write-ahead log is AES-256 encrypted
with a page HMAC (SQLCipher 4 defaults); the key is kept outside the file (see
:mod:`terminal.core.store_key`) and given raw, so opening costs no passphrase
stretching. Nothing here ever deletes a store or writes a new one over an
existing file: a key that is missing or wrong is an error that changes nothing.

A store written by an earlier version (a plain SQLite file) is encrypted on its
first open: exported to ``hamyon.db.encrypting`` beside it, checked, flushed to
disk, then renamed over the original in one atomic step. A crash before the
rename leaves the plain original as it was; the key is saved before the export
starts, so a crash after it leaves a key that opens the new file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as sqlcipher

from terminal.core.errors import StoreBusy, StoreCorrupt, StoreKeyError, StoreKeyMissing, StoreReadOnly
from terminal.core.schema import migrations
from terminal.core.store_key import KeyFileError, StoreKeys, fsync_folder, new_key, sql_literal
from terminal.core.store_layout import STORE_FILE

if TYPE_CHECKING:
    # sqlcipher3 ships no types. Its dbapi2 is the standard library's sqlite3 module built against
    # SQLCipher, the same classes and methods, so type checkers are shown sqlite3's (sqlite-utils,
    # which wraps the connection, types it as sqlite3.Connection too).
    from sqlite3 import Connection as Connection
    from sqlite3 import DatabaseError as DatabaseError
    from sqlite3 import IntegrityError as IntegrityError
else:
    Connection = sqlcipher.Connection
    DatabaseError = sqlcipher.DatabaseError
    IntegrityError = sqlcipher.IntegrityError

PLAIN_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 10.0
_NOT_A_DATABASE = 26  # SQLITE_NOTADB: what SQLCipher says of a key that does not fit
_MIN_PAGE = 512  # a database file is always a whole number of pages of at least this size
log = logging.getLogger("hamyon.store")


def connect(path: Path, key: bytes | None, **options: Any) -> Connection:
    """A connection to ``path`` keyed with ``key`` (None: a plain file; 48 bytes: the key, then the salt
    to use instead of the file's first 16 bytes). Nothing is read yet."""
    options.setdefault("timeout", BUSY_TIMEOUT_SECONDS)
    conn: Connection = sqlcipher.connect(str(path), **options)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # its errors come to us, not to stderr
        if key is not None:
            conn.execute(f"PRAGMA key = {sql_literal(key)}")
    except BaseException:
        conn.close()
        raise
    return conn


def file_state(path: Path) -> str:
    """``"new"`` (absent or empty), ``"plain"`` (an unencrypted SQLite file) or ``"encrypted"``."""
    try:
        with path.open("rb") as f:
            head = f.read(len(PLAIN_HEADER))
        size = path.stat().st_size
    except FileNotFoundError:
        return "new"
    if size == 0:
        return "new"
    if head == PLAIN_HEADER:
        return "plain"
    if size % _MIN_PAGE:
        raise StoreCorrupt(path=str(path), reason="it is not a whole number of database pages")
    return "encrypted"


def open_keyed(path: Path, keys: StoreKeys, **options: Any) -> Connection:
    """The store at ``path`` opened with its key.

    A new store gets a new key (saved first); a plain store is encrypted; a key
    rotation that was cut short is finished. A missing or wrong key raises
    :class:`StoreKeyError` and leaves every file as it was.
    """
    try:
        state = file_state(path)
        if state == "plain":
            encrypt_plain(path, keys)
            state = "encrypted"
        current = keys.current()
        if state == "new":
            key = current[0] if current else _created(keys)
            return connect(path, key, **options)
        for key in current:
            if (conn := _opened(path, key, options)) is not None:
                return conn
        for key in keys.pending():
            if (conn := _opened(path, key, options)) is not None:
                keys.promote(key)  # the rotation committed but was not recorded: finish it
                return conn
    except KeyFileError as exc:
        log.warning("%s", exc)
        raise StoreKeyError() from exc
    if not current and not keys.pending():
        raise StoreKeyMissing()
    raise StoreKeyError()


def _created(keys: StoreKeys) -> bytes:
    key = new_key()
    try:
        keys.save(key)
    except OSError as exc:
        raise StoreReadOnly(path=str(keys.file.parent)) from exc
    return key


def _opened(path: Path, key: bytes, options: dict[str, Any]) -> Connection | None:
    """A connection if ``key`` opens the store, None if it does not fit."""
    conn = connect(path, key, **options)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == _NOT_A_DATABASE:
            return None
        raise
    return conn


def encrypt_plain(path: Path, keys: StoreKeys) -> None:
    """Encrypt the plain store at ``path`` in place (see the module's text); the key is saved first."""
    conn = connect(path, None, isolation_level=None)
    try:
        # Hold the plain file exclusively: no one writes to it while it is copied, and a second
        # process that started at the same moment waits, then sees the file is encrypted already.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
        if file_state(path) != "plain":
            return
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and migrations.migrations_table not in tables:
            raise StoreCorrupt(path=str(path), reason="it holds tables of another program")
        current = keys.current()
        key = current[0] if current else _created(keys)
        if conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
            raise StoreBusy()
        tmp = _export(conn, path, key)
        if sys.platform == "win32":  # Windows cannot rename over a file that is open
            conn.close()
        os.replace(tmp, path)
        fsync_folder(path.parent)
    finally:
        conn.close()


def _export(conn: Connection, path: Path, key: bytes) -> Path:
    """Copy the open plain store into an encrypted file beside it; checked and on disk."""
    tmp = path.with_name(path.name + ".encrypting")
    for leftover in (tmp, Path(f"{tmp}-journal")):  # from an export that was cut short
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {sql_literal(key)}", (str(tmp),))
    try:
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE encrypted")
    with tmp.open("rb+") as f:
        os.fsync(f.fileno())
    copy = connect(tmp, key)
    try:
        same = _row_counts(copy) == _row_counts(conn)
        sound = _passes_quick_check(copy)
    finally:
        copy.close()
    if not (same and sound):
        raise StoreCorrupt(path=str(path), reason="its encrypted copy did not match; the original is kept")
    return tmp


def _passes_quick_check(conn: Connection) -> bool:
    verdict: str = conn.execute("PRAGMA quick_check").fetchone()[0]
    return verdict == "ok"


def _row_counts(conn: Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {n: conn.execute(f"SELECT count(*) FROM [{n}]").fetchone()[0] for n in names}


def rekey(conn: Connection, key: bytes) -> None:
    """Re-encrypt every page of the open store under ``key``, in one transaction.

    SQLCipher re-keys through the pager; so that no page under the old key is
    left in a write-ahead log, the log is checkpointed and the store switched
    to a rollback journal for the rekey (which then makes it atomic: a crash
    midway rolls back to the old key), and back to WAL after.
    """
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy or conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0].lower() != "delete":
        raise StoreBusy()  # another connection has the store open
    try:
        conn.execute(f"PRAGMA rekey = {sql_literal(key)}").fetchall()
    finally:
        conn.execute("PRAGMA journal_mode = WAL").fetchone()


def opens_with(path: Path, key: bytes) -> bool:
    """Does ``key`` open the store at ``path``, whole? (A fresh connection, read-only use.)"""
    conn = _opened(path, key, {})
    if conn is None:
        return False
    try:
        return _passes_quick_check(conn)
    finally:
        conn.close()


# --- for tools and tests that reach the file itself ------------------------------------------------


def raw_connection(home: Path) -> Connection:
    """A plain DB-API connection to the store in ``home``, with its key (tests, repair tools)."""
    return open_keyed(Path(home) / STORE_FILE, StoreKeys.for_home(home))


def copy_store(source_home: Path, target_home: Path) -> None:
    """Copy a closed store to another home, its key along with it (kept as the target's key)."""
    source = Path(source_home) / STORE_FILE
    for key in StoreKeys.for_home(source_home).current():
        conn = _opened(source, key, {})
        if conn is not None:
            conn.close()
            Path(target_home).mkdir(parents=True, exist_ok=True)
            StoreKeys.for_home(target_home).save(key)
            shutil.copyfile(source, Path(target_home) / STORE_FILE)
            return
    raise StoreKeyError()
