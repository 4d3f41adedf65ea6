"""The terminal's local store: one SQLite file per terminal, opened in one place.

Encrypted at rest with SQLCipher, its key kept outside the file
(:mod:`terminal.core.store_cipher`, :mod:`terminal.core.store_key`). WAL
journal, ``synchronous=FULL`` (a confirmed act survives a power cut), foreign
keys on, the schema brought up to date by recorded migrations. Writes go
through :meth:`Store.write`, one ``BEGIN IMMEDIATE`` transaction that either
commits whole or leaves nothing; SQLite's failures come out as the store errors
of :mod:`terminal.core.errors`.

Damage (pages that fail SQLCipher's MAC, a malformed b-tree) is looked for at every open and named
as such whenever SQLite meets it (:mod:`terminal.core.store_health`); a damaged store refuses every
write until ``hamyon store recover`` replaces it. The home is created 0700 and the store 0600.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from biometrics.phrases import Phrase
from terminal.core import private
from terminal.core import store_health as health
from terminal.core.errors import (
    StoreBusy,
    StoreCorrupt,
    StoreDamaged,
    StoreError,
    StoreFull,
    StoreKeyError,
    StoreReadOnly,
    StoreTooNew,
)
from terminal.core.schema import migrations
from terminal.core.store_cipher import Connection, DatabaseError, connect, file_state, open_keyed
from terminal.core.store_key import StoreKeys
from terminal.core.store_layout import STORE_FILE as STORE_FILE
from terminal.core.store_layout import default_home as default_home
from terminal.core.store_swap import finish_swap, swap_pending

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's (SQLCipher's) failures into errors that tell the operator what happened.

    A malformed page is damage: remembered beside the store (so every later write is refused) and
    named. After a page fails its MAC, SQLCipher fails every later read of that connection as out of
    memory: a fresh page check tells that from a real lack of memory.
    """
    try:
        yield
    except DatabaseError as exc:
        error = _translate(exc, path)
        if isinstance(error, StoreDamaged):
            found = health.scan(path, StoreKeys.for_home(path.parent).current())
            error = damaged(path, found or health.Damage(str(exc)))
        raise error from exc
    except MemoryError as exc:
        found = health.scan(path, StoreKeys.for_home(path.parent).current())
        if found is None:
            raise
        raise damaged(path, found) from exc


def damaged(path: Path, damage: health.Damage) -> StoreDamaged:
    """Remember the damage beside the store; the error that names it."""
    kept = health.record(path, damage)
    return StoreDamaged(path=str(path), reason=kept.reason)


def _translate(exc: DatabaseError, path: Path) -> StoreError:
    code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(exc).lower()
    if code == _SQLITE_FULL or "disk is full" in text:
        return StoreFull()
    if code in (_SQLITE_READONLY, _SQLITE_CANTOPEN) or "readonly" in text:
        return StoreReadOnly(path=str(path.parent))
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreBusy()
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return StoreDamaged(path=str(path), reason=str(exc))
    if code == _SQLITE_IOERR:
        if _disk_nearly_full(path):
            return StoreFull()
        return StoreError(reason=Phrase("the disk failed to read or write ({detail})", {"detail": str(exc)}))
    return StoreError(reason=str(exc))


def _disk_nearly_full(path: Path) -> bool:
    """SQLite reports some out-of-space cases (a new -shm file, say) only as an I/O error."""
    try:
        return shutil.disk_usage(path.parent).free < 256 * 1024
    except OSError:
        return False


def _keyed(path: Path, keys: StoreKeys) -> Connection:
    """The store opened with its key; a first page that fails its MAC is damage, not a wrong key."""
    try:
        return open_keyed(path, keys, check_same_thread=False)
    except StoreKeyError:
        if file_state(path) != "encrypted":
            raise
        found = health.header_damage(path, [*keys.current(), *keys.pending()])
        if found is None:
            raise
        raise damaged(path, found) from None


class Store:
    """An open terminal store. Use from one thread at a time."""

    def __init__(self, path: Path, db: Database, keys: StoreKeys | None = None) -> None:
        self.path = path
        self.db = db
        self.keys = keys or StoreKeys.for_home(path.parent)
        self.damage: health.Damage | None = None

    @classmethod
    def open(cls, home: Path, *, check: bool = True) -> Store:
        """Open (creating if needed) the store in ``home`` and bring its schema up to date.

        With ``check`` (the default; the sync scheduler's frequent opens leave it out) every page's
        MAC is verified first. A damaged store opens for reading, its damage in ``damage``, and
        refuses writes; one whose first page is damaged raises :class:`StoreDamaged`. A missing or
        wrong key raises :class:`~terminal.core.errors.StoreKeyError` and changes nothing.
        """
        home = Path(home)
        path = home / STORE_FILE
        if swap_pending(path):  # a recovery's swap that was cut short
            finish_swap(path)
        try:
            private.make_home(home)
            private.make_file(path)  # before SQLite creates it: its -wal and -shm take its mode
        except OSError as exc:
            raise StoreReadOnly(path=str(home)) from exc
        keys = StoreKeys.for_home(home)
        with translated_errors(path):
            conn = _keyed(path, keys)
            try:
                store = cls(path, Database(conn, execute_plugins=False), keys)
                if file_state(path) == "encrypted":
                    health.keep_salt(path)  # it opened: this salt is the right one
                if check and (found := health.page_damage(path, health.bad_pages(conn))):
                    health.record(path, found)
                store.damage = health.recorded(path)
                store._configure()
                if store.damage is None:
                    store._migrate()
            except BaseException:
                conn.close()
                raise
        return store

    @classmethod
    def new_at(cls, path: Path, key: bytes) -> Store:
        """A new, empty store at ``path`` under ``key``, every migration applied (``hamyon store
        recover`` builds one beside the damaged store, under the home's key)."""
        private.make_file(path)
        with translated_errors(path):
            conn = connect(path, key, check_same_thread=False)
            try:
                store = cls(path, Database(conn, execute_plugins=False), StoreKeys.for_home(path.parent))
                store._configure()
                store._migrate()
            except BaseException:
                conn.close()
                raise
        return store

    def _configure(self) -> None:
        conn = self.db.conn
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            with self.db.ensure_autocommit_on():
                conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")

    def _migrate(self) -> None:
        names = set(self.db.table_names())
        if names and migrations.migrations_table not in names:
            raise StoreCorrupt(path=str(self.path), reason="it holds tables of another program")
        known = {m.name for m in migrations._migrations}
        if any(m.name not in known for m in migrations.applied(self.db)):
            raise StoreTooNew(path=str(self.path))
        if migrations.pending(self.db):
            with self.write():
                migrations.apply(self.db)

    def damaged(self) -> health.Damage | None:
        """The damage found in this store, by this process or another one (the daily check)."""
        self.damage = self.damage or health.recorded(self.path)
        return self.damage

    def check(self, *, structure: bool = True) -> health.Damage | None:
        """Check every page's MAC and (``structure``) SQLite's b-trees now; damage is remembered."""
        with translated_errors(self.path):
            found = health.page_damage(self.path, health.bad_pages(self.db.conn))
            if found is None and structure:
                found = health.structure_damage(self.db.conn)
        if found is not None:
            self.damage = health.record(self.path, found)
        return self.damaged()

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One transaction for everything written inside: all of it commits, or none.

        Nested calls become savepoints of the outer transaction. A damaged store refuses.
        """
        conn = self.db.conn
        if (damage := self.damaged()) is not None:
            raise StoreDamaged(path=str(self.path), reason=damage.reason)
        with translated_errors(self.path):
            if conn.in_transaction:
                with self.db.atomic():
                    yield self.db
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                conn.execute("COMMIT")
            except BaseException:
                _roll_back(conn)
                raise

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> dict[str, Any] | None:
        rows = self.all(sql, params)
        return rows[0] if rows else None

    def all(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        with translated_errors(self.path):
            cursor = self.db.conn.execute(sql, params)
            columns = [c[0] for c in cursor.description or ()]
            return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        with translated_errors(self.path):
            row = self.db.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def integrity_check(self) -> list[str]:
        """SQLite's own check of the file: ``["ok"]`` when it is sound."""
        with translated_errors(self.path):
            return [row[0] for row in self.db.conn.execute("PRAGMA integrity_check")]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _roll_back(conn: Connection) -> None:
    """Undo the transaction still open on ``conn`` (a failed COMMIT may have ended it already)."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")
