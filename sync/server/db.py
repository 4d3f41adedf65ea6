"""One interface over the registry's two databases: SQLite (embedded) and PostgreSQL.

A thin dialect layer over ``sqlite3`` and ``psycopg`` rather than an ORM: the
registry runs a few dozen statements, all written once with ``:name``
parameters in the SQL both databases share (``INSERT ... ON CONFLICT``,
``RETURNING``); the layer only translates placeholders, opens connections
(one per thread for SQLite, a pool for PostgreSQL), runs transactions and
retries the transient failures (deadlock, serialization, a busy SQLite).
Change-feed rows written in a transaction get their ids at commit time from a
locked counter row, so ids become visible in commit order (see ``changes``).
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from sync.errors import RegistryBusy, RegistryDatabaseError, RegistryDatabaseMissing

T = TypeVar("T")
Params = dict[str, Any]
_NAME = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_TRANSIENT_PG = (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure)
IN_CHUNK = 1000
CONNECT_SECONDS = 5  # a PostgreSQL that does not answer is reported in seconds, not after the pool's wait


def transient(exc: BaseException) -> bool:
    """Is this a failure of the database itself (lost connection, deadlock, busy file, a pool with no
    connection), to be retried, rather than of the statement's data?"""
    return isinstance(
        exc, psycopg.OperationalError | psycopg.InterfaceError | sqlite3.OperationalError | PoolTimeout
    )


class Tx:
    """One open transaction. ``change()`` buffers change-feed rows written at commit."""

    def __init__(self, dialect: str, conn: Any) -> None:
        self.dialect = dialect
        self._conn = conn
        self._changes: dict[tuple[str, str, str], str] = {}
        self._savepoints = 0

    @property
    def for_update(self) -> str:
        """Row locks where the database has them (SQLite locks the whole file instead)."""
        return " FOR UPDATE" if self.dialect == "postgresql" else ""

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A savepoint (both databases have them): if the block raises, what it wrote is undone,
        change-feed entries included, and the transaction goes on."""
        self._savepoints += 1
        name, changes = f"sp{self._savepoints}", dict(self._changes)
        self._conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self._conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
            self._conn.execute(f"RELEASE SAVEPOINT {name}")
            self._changes = changes
            raise
        else:
            self._conn.execute(f"RELEASE SAVEPOINT {name}")
        finally:
            self._savepoints -= 1

    def _sql(self, sql: str) -> str:
        if self.dialect == "postgresql":
            return _NAME.sub(r"%(\1)s", sql.replace("%", "%%"))
        return sql

    def execute(self, sql: str, params: Params | None = None) -> int:
        cur = self._conn.execute(self._sql(sql), params or {})
        rowcount: int = cur.rowcount
        return rowcount

    def all(self, sql: str, params: Params | None = None) -> list[dict[str, Any]]:
        cur = self._conn.execute(self._sql(sql), params or {})
        if self.dialect == "postgresql":
            return list(cur.fetchall())
        cols = [c[0] for c in cur.description or ()]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def one(self, sql: str, params: Params | None = None) -> dict[str, Any] | None:
        rows = self.all(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Params | None = None) -> Any:
        row = self.one(sql, params)
        return None if row is None else next(iter(row.values()))

    def many(self, sql: str, rows: Sequence[Params]) -> None:
        if rows:
            if self.dialect == "postgresql":
                with self._conn.cursor() as cur:
                    cur.executemany(self._sql(sql), rows)
            else:
                self._conn.executemany(sql, rows)

    def many_returning(self, sql: str, rows: Sequence[Params]) -> list[dict[str, Any] | None]:
        """Run an ``INSERT ... RETURNING`` once per row; each row's returned row or None."""
        if not rows:
            return []
        if self.dialect == "postgresql":
            out: list[dict[str, Any] | None] = []
            with self._conn.cursor() as cur:
                cur.executemany(self._sql(sql), rows, returning=True)
                while True:
                    out.append(cur.fetchone())
                    if not cur.nextset():
                        break
            return out
        return [self.one(sql, row) for row in rows]

    def in_list(self, prefix: str, values: Sequence[Any]) -> tuple[str, Params]:
        """``(:p0, :p1, ...)`` and its parameters, for ``IN`` lists."""
        params = {f"{prefix}{i}": v for i, v in enumerate(values)}
        return "(" + ", ".join(f":{k}" for k in params) + ")", params

    def all_in(self, sql: str, values: Sequence[Any], params: Params | None = None) -> list[dict[str, Any]]:
        """``sql`` whose ``{IN}`` stands for an ``IN`` list of ``values``, run on chunks of them (a
        statement holds at most 65,535 parameters in PostgreSQL); the rows of every chunk."""
        rows: list[dict[str, Any]] = []
        for start in range(0, len(values), IN_CHUNK):
            chunk, chunk_params = self.in_list("in_", values[start : start + IN_CHUNK])
            rows += self.all(sql.replace("{IN}", chunk), {**(params or {}), **chunk_params})
        return rows

    def allocate(self, counter: str, n: int) -> int:
        """Reserve ``n`` consecutive ids of ``counter``; returns the first."""
        last = self.scalar(
            "UPDATE counters SET value = value + :n WHERE name = :name RETURNING value",
            {"n": n, "name": counter},
        )
        return int(last) - n + 1

    def change(self, scope: str, entity: str, key: str, op: str) -> None:
        """Put (scope, entity, key) at the end of the change feed, as ``op``, when this commits."""
        self._changes.pop((scope, entity, key), None)
        self._changes[(scope, entity, key)] = op

    def flush_changes(self) -> None:
        if not self._changes:
            return
        first = self.allocate("changes", len(self._changes))  # locks the counter until commit
        rows = [
            {"id": first + i, "scope": s, "entity": e, "key": k, "op": op}
            for i, ((s, e, k), op) in enumerate(self._changes.items())
        ]
        self._changes.clear()
        self.many(
            "INSERT INTO changes (id, scope, entity, key, op) VALUES (:id, :scope, :entity, :key, :op)"
            " ON CONFLICT (scope, entity, key) DO UPDATE SET id = excluded.id, op = excluded.op",
            rows,
        )


class RegistryDB:
    """The registry's database, from a URL: ``sqlite:///path`` or ``postgresql://...``."""

    def __init__(self, url: str, pool_size: int = 8) -> None:
        self.url = url
        if url.startswith("sqlite:///"):
            self.dialect = "sqlite"
            self.path = Path(url[len("sqlite:///") :])
            self._local = threading.local()
            self._all_conns: list[sqlite3.Connection] = []
            self._lock = threading.Lock()
        elif url.startswith(("postgresql://", "postgres://")):
            self.dialect = "postgresql"
            self._pool: ConnectionPool | None = None
            self._pool_size = pool_size
        else:
            raise RegistryDatabaseError(url=_safe(url), reason="use sqlite:///PATH or postgresql://...")

    def __repr__(self) -> str:
        return f"RegistryDB({_safe(self.url)})"

    # --- connections -------------------------------------------------------------------

    def _sqlite(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")
            except (OSError, sqlite3.Error) as exc:
                raise RegistryDatabaseError(url=self.url, reason=str(exc)) from exc
            self._local.conn = conn
            with self._lock:
                self._all_conns.append(conn)
        return conn

    def _pg_pool(self) -> ConnectionPool:
        if self._pool is None:
            with _POOL_LOCK:
                if self._pool is None:
                    self._pool = ConnectionPool(
                        self.url,
                        min_size=1,
                        max_size=self._pool_size,
                        kwargs={"row_factory": dict_row, "connect_timeout": CONNECT_SECONDS},
                        timeout=30,
                        open=True,
                    )
        return self._pool

    def check(self, must_exist: bool = False) -> None:
        """Fail at once, in plain words: no SQLite file where one ``must_exist``; a PostgreSQL that
        does not answer within ``CONNECT_SECONDS`` or refuses the connection."""
        if self.dialect == "sqlite":
            if must_exist and not self.path.is_file():
                raise RegistryDatabaseMissing(path=str(self.path))
            return
        try:
            psycopg.connect(self.url, connect_timeout=CONNECT_SECONDS).close()
        except psycopg.Error as exc:
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise RegistryDatabaseError(url=_safe(self.url), reason=reason.rstrip(".")) from exc

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator[Tx]:
        """One transaction: committed whole (change-feed rows included) or rolled back."""
        if self.dialect == "sqlite":
            conn = self._sqlite()
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                tx = Tx("sqlite", conn)
                yield tx
                tx.flush_changes()
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            return
        with self._pg_pool().connection() as pg_conn, pg_conn.transaction():
            tx = Tx("postgresql", pg_conn)
            yield tx
            tx.flush_changes()

    def run(self, fn: Callable[[Tx], T], write: bool = True, attempts: int = 4) -> T:
        """``fn`` in a transaction, retried on transient failures (deadlock, busy, lost connection)."""
        for attempt in range(attempts):
            try:
                with self.transaction(write) as tx:
                    return fn(tx)
            except _TRANSIENT_PG:
                pass
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
            except (psycopg.OperationalError, PoolTimeout) as exc:
                if attempt == attempts - 1:
                    raise RegistryBusy() from exc
            time.sleep(0.02 * 2**attempt)
        raise RegistryBusy()

    def close(self) -> None:
        if self.dialect == "sqlite":
            with self._lock:
                for conn in self._all_conns:
                    conn.close()
                self._all_conns.clear()
            self._local = threading.local()
        elif self._pool is not None:
            self._pool.close()
            self._pool = None


_POOL_LOCK = threading.Lock()


def _safe(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)
