"""``hamyon store recover``: every readable act, outbox row, audit entry and face into a new store.

1. The store's key is the one under which its pages verify; a file no key fits is refused as a wrong
   key (it is another store, or its key is lost), and nothing changes.
2. The file is read page by page (:mod:`terminal.core.store_image`): damaged pages are zeroed, never
   guessed at; a damaged schema is rebuilt from the pages that remain.
3. A new store under the same key is made beside it (``hamyon.db.recovered``), every migration
   applied, and each table's readable rows copied in, children before parents. Past a damaged page
   the next readable row is found by probing the rowids; acts and audit entries on intact pages
   that the b-tree no longer reaches are read off the pages themselves, proven by their hash.
4. Every act keeps an outbox row (queued when its own was lost: the registry answers "duplicate"
   for one it has); outbox rows whose act was lost go, and are reported.
5. The pull cursor is reset: the next sync brings again everything the registry holds for the site.
   The lost acts' sequence numbers are kept as ranges (``lost_acts``, audited ``acts_lost``): the sync
   declares to the registry those it never received, so that the acts after them chain on.
6. The swap (:mod:`terminal.core.store_swap`): the damaged file (and its log) set aside as
   ``hamyon.db.damaged-<time>``, the new one put in place, the damage forgotten. A marker written
   first makes the next open finish a swap that was cut short. Close the window first: the store
   must not be open elsewhere.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from terminal.core import audit, store_health, store_image
from terminal.core.acts import TX_FIELDS
from terminal.core.chain import link_hash
from terminal.core.errors import StoreKeyError, StoreSound
from terminal.core.schema import migrations
from terminal.core.store import Store
from terminal.core.store_cipher import connect
from terminal.core.store_key import StoreKeys
from terminal.core.store_layout import STORE_FILE
from terminal.core.store_swap import RECOVERED, swap
from terminal.core.store_swap import finish_swap as finish_swap

_LINEAR_PROBES = 2000  # rowids tried one by one past a damaged page before leaps
_MAX_ROWID = (1 << 63) - 1
_CHAINS = {"transactions": TX_FIELDS, "audit": audit.AUDIT_FIELDS}


@dataclass
class Recovery:
    """What ``hamyon store recover`` did (no personal data: counts, page numbers, sequence numbers)."""

    damaged_pages: list[int] = field(default_factory=list)
    schema_rebuilt: bool = False
    copied: dict[str, int] = field(default_factory=dict)
    found_on_pages: dict[str, int] = field(default_factory=dict)  # chain rows the b-tree did not reach
    missing: dict[str, list[int]] = field(default_factory=dict)  # seqs absent from each chain
    requeued: int = 0  # acts whose outbox row was lost, queued again
    lost_outbox: dict[str, int] = field(default_factory=dict)  # outbox rows whose act was lost, by state
    orphans: dict[str, int] = field(default_factory=dict)  # rows whose parent row was lost
    lost_acts: list[list[int]] = field(default_factory=list)  # [first, last] seqs of acts newly lost
    set_aside: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def recover(home: Path, *, force: bool = False) -> Recovery:
    """Recover the store in ``home`` (see the module's text); :class:`StoreSound` if nothing is wrong
    with it (unless ``force``)."""
    path = Path(home) / STORE_FILE
    key, salt = _fitting_key(path)
    image = store_image.read(path, key, salt)
    damaged = image.bad or salt or store_health.recorded(path)
    if not damaged and not force and _sound(path, key):
        raise StoreSound(path=str(path))
    report = Recovery(damaged_pages=sorted(image.bad | ({1} if salt else set())))
    source = image.open()
    report.schema_rebuilt = image.rebuilt_schema
    new = path.with_name(STORE_FILE + RECOVERED)
    for leftover in (new, Path(f"{new}-wal"), Path(f"{new}-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    target = Store.new_at(new, key)
    try:
        _copy(source, target, image, report)
        target.db.conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to move
    finally:
        target.close()
        source.close()
    report.set_aside = swap(path, new)
    return report


def _fitting_key(path: Path) -> tuple[bytes, bytes | None]:
    """The store's key, and the salt kept beside it when the file's own is damaged."""
    keys = StoreKeys.for_home(path.parent)
    kept = store_health.kept_salt(path)
    for salt in (None, kept) if kept and kept != store_health.file_salt(path) else (None,):
        for key in [*keys.current(), *keys.pending()]:
            if store_image.fits(path, key, salt):
                return key, salt
    raise StoreKeyError()


def _sound(path: Path, key: bytes) -> bool:
    conn = connect(path, key)
    try:
        return store_health.structure_damage(conn) is None
    finally:
        conn.close()


# --- copying ------------------------------------------------------------------------------------


def _copy(source: sqlite3.Connection, target: Store, image: store_image.Image, report: Recovery) -> None:
    conn = target.db.conn
    conn.execute("PRAGMA foreign_keys = OFF")  # rows whose parent was lost are kept, and counted
    have = {r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in _children_first(target.db):
        if table not in have:
            continue
        columns = [c for c in _columns(target.db, table) if c in _source_columns(source, table)]
        with target.write() as db:
            report.copied[table] = _copy_table(source, db, table, columns)
    with target.write() as db:
        for table, fields in _CHAINS.items():
            report.found_on_pages[table] = _chain_rows_from_pages(image, db, table, fields)
        _settle(db, report)
        report.lost_acts = _record_lost(db, report.missing["transactions"])
    conn.execute("PRAGMA foreign_keys = ON")


def _children_first(db: Database) -> list[str]:
    """Every table of the new store, each before the tables it refers to."""
    skip = {migrations.migrations_table}
    tables = [t for t in db.table_names() if t not in skip and not t.startswith("sqlite_")]
    parents = {t: {fk.other_table for fk in db.table(t).foreign_keys} - {t} for t in tables}
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and all(c in ordered for c in _children(t, parents))]
        ordered += ready or [t for t in tables if t not in ordered]  # a cycle: the rest as they come
    return ordered


def _children(table: str, parents: dict[str, set[str]]) -> list[str]:
    return [child for child, refs in parents.items() if table in refs]


def _columns(db: Database, table: str) -> list[str]:
    return [c.name for c in db[table].columns]


def _source_columns(source: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in source.execute(f"PRAGMA table_info([{table}])")}


def _copy_table(source: sqlite3.Connection, db: Database, table: str, columns: list[str]) -> int:
    """Copy the readable rows, each under its own rowid (an INTEGER PRIMARY KEY is the rowid)."""
    alias = _rowid_alias(db, table)
    kept = [c for c in columns if c != alias]
    names = ", ".join(["rowid", *(f"[{c}]" for c in kept)])
    insert = f"INSERT OR REPLACE INTO [{table}] ({names}) VALUES ({', '.join('?' * (len(kept) + 1))})"
    count, batch = 0, []
    for row in readable_rows(source, table, kept):
        batch.append(row)
        if len(batch) >= 500:
            db.conn.executemany(insert, batch)
            count, batch = count + len(batch), []
    db.conn.executemany(insert, batch)
    return count + len(batch)


def _rowid_alias(db: Database, table: str) -> str | None:
    pks = [r for r in db.execute(f"PRAGMA table_info([{table}])").fetchall() if r[5]]
    return pks[0][1] if len(pks) == 1 and str(pks[0][2]).upper() == "INTEGER" else None


def readable_rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[tuple[Any, ...]]:
    """(rowid, *columns) of every row of ``table`` that can be read, in rowid order, stepping over
    damaged pages."""
    names = ", ".join(["rowid", *(f"[{c}]" for c in columns)])
    select = f"SELECT {names} FROM [{table}] WHERE rowid > ? ORDER BY rowid"
    last: int | None = -_MAX_ROWID - 1
    while last is not None:
        try:
            for row in conn.execute(select, (last,)):
                last = row[0]
                yield row
            return
        except sqlite3.DatabaseError:
            last = _next_readable(conn, table, last)


def _next_readable(conn: sqlite3.Connection, table: str, after: int) -> int | None:
    """The smallest x past ``after`` from which rows can be read again (the rows up to x lie on the
    damaged page), or None: one by one for a while, then by leaps and a bisection."""
    probe = f"SELECT rowid FROM [{table}] WHERE rowid > ? ORDER BY rowid LIMIT 1"

    def readable(x: int) -> bool:
        try:
            conn.execute(probe, (x,)).fetchall()
        except sqlite3.DatabaseError:
            return False
        return True

    end = _MAX_ROWID - 1
    for x in range(after + 1, min(after + _LINEAR_PROBES, end) + 1):
        if readable(x):
            return x
    low, step = after + _LINEAR_PROBES, _LINEAR_PROBES
    while True:
        step *= 2
        high = min(after + step, end)
        if low >= end or (high == end and not readable(end)):
            return None
        if readable(high):
            break
        low = high
    while high - low > 1:
        middle = (low + high) // 2
        if readable(middle):
            high = middle
        else:
            low = middle
    return high


def _chain_rows_from_pages(
    image: store_image.Image, db: Database, table: str, fields: tuple[str, ...]
) -> int:
    """Rows of an append-only, hash-chained table found on intact pages that the b-tree no longer
    reaches: a row whose hash matches its content is the row. Never one a purge removed."""
    columns = _columns(db, table)
    anchor = db.execute("SELECT seq FROM chain_anchors WHERE chain = ?", (table,)).fetchone()
    have = {r[0] for r in db.execute(f"SELECT seq FROM [{table}]")}
    found: dict[int, list[Any]] = {}
    for _page, rowid, values in store_image.leaf_records(image):
        if len(values) != len(columns) or values[0] is not None or rowid in have:
            continue
        row = dict(zip(columns, [rowid, *values[1:]], strict=True))
        if anchor and rowid <= anchor[0]:
            continue
        if (
            isinstance(row["prev_hash"], str)
            and link_hash({f: row[f] for f in fields}, row["prev_hash"]) == row["hash"]
        ):
            found[rowid] = [row[c] for c in columns]
    names = ", ".join(f"[{c}]" for c in columns)
    db.conn.executemany(
        f"INSERT OR IGNORE INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})", found.values()
    )
    return len(found)


def _settle(db: Database, report: Recovery) -> None:
    """Outbox rows for every act, none for a lost one; what is missing, counted."""
    orphaned = "FROM outbox WHERE tx_uuid NOT IN (SELECT uuid FROM transactions)"
    report.lost_outbox = dict(db.execute(f"SELECT state, count(*) {orphaned} GROUP BY state").fetchall())
    db.execute(f"DELETE {orphaned}")
    report.requeued = db.execute(
        "INSERT INTO outbox (tx_uuid, state, queued_at) SELECT uuid, 'queued', created_at FROM transactions"
        " WHERE uuid NOT IN (SELECT tx_uuid FROM outbox)"
    ).rowcount
    for table in _CHAINS:
        report.missing[table] = _gaps(db, table)
    orphans: dict[str, int] = {}
    for row in db.execute("PRAGMA foreign_key_check").fetchall():
        orphans[row[0]] = orphans.get(row[0], 0) + 1
    report.orphans = orphans
    db.execute(f"DELETE FROM sync_cursors WHERE stream <> '{audit.REGISTRY_STREAM}'")  # pull it all again


def _gaps(db: Database, table: str) -> list[int]:
    anchor = db.execute("SELECT seq FROM chain_anchors WHERE chain = ?", (table,)).fetchone()
    seqs = [r[0] for r in db.execute(f"SELECT seq FROM [{table}] ORDER BY seq")]
    start = anchor[0] if anchor else 0
    present = set(seqs)
    return [s for s in range(start + 1, (seqs[-1] if seqs else start) + 1) if s not in present]


def _record_lost(db: Database, missing: list[int]) -> list[list[int]]:
    """Keep the lost acts' seqs as ranges (those an earlier recovery recorded are there already), and
    audit them: sequence numbers only."""
    known = db.execute("SELECT seq_from, seq_to FROM lost_acts").fetchall()
    ranges: list[list[int]] = []
    for seq in missing:
        if any(first <= seq <= last for first, last in known):
            continue
        if ranges and ranges[-1][1] == seq - 1:
            ranges[-1][1] = seq
        else:
            ranges.append([seq, seq])
    if ranges:
        at = datetime.now(UTC).isoformat(timespec="milliseconds")
        db.conn.executemany(
            "INSERT INTO lost_acts (seq_from, seq_to, found_at) VALUES (?, ?, ?)",
            [(first, last, at) for first, last in ranges],
        )
        audit.append(db, at=at, operator_id=None, action="acts_lost", details={"ranges": ranges})
    return ranges
