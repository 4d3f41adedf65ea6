"""A damaged store read page by page, for ``hamyon store recover``: what can be trusted, in memory.

SQLCipher refuses a page whose MAC fails and then every later read of that connection, and it cannot
open a store whose first page is damaged at all. So recovery decrypts the file itself (SQLCipher 4's
page format: AES-256-CBC, a 16-byte IV and an HMAC-SHA512 of the encrypted page, its IV and its number
at the end of each 4096-byte page; the HMAC key derived from the store key and the file's 16-byte
salt). A page whose MAC fails is zeroed, never guessed at; the committed frames of a write-ahead log
are applied on top. The result is a plain SQLite image opened in memory with Python's ``sqlite3``
(nothing in clear ever touches the disk), where SQLite refuses the zeroed pages without giving up the
connection.

When the schema cannot be read (its first page or one of its own pages is damaged), a new first page
is made and the schema's rows, found on the pages that remain, written into it (``writable_schema``).
"""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)
USABLE = PAGE - RESERVE
SALT = 16
MAGIC = b"SQLite format 3\x00"
_WAL_HEADER, _FRAME_HEADER = 32, 24
_LEAF_TABLE, _INTERIOR_TABLE = 0x0D, 0x05
_SCHEMA_TYPES = {"table", "index"}


@dataclass
class Image:
    """The store as plain pages in memory; ``bad`` holds the numbers of the pages zeroed."""

    data: bytearray
    bad: set[int] = field(default_factory=set)
    rebuilt_schema: bool = False

    @property
    def pages(self) -> int:
        return len(self.data) // PAGE

    def page(self, number: int) -> bytes:
        return bytes(self.data[(number - 1) * PAGE : number * PAGE])

    def open(self) -> sqlite3.Connection:
        """The image in an in-memory SQLite connection; the schema rebuilt first if it cannot be read."""
        conn = _deserialized(self.data)
        if not _schema_readable(conn):
            conn.close()
            rows = list(schema_rows(self))
            self.data[:PAGE] = _empty_first_page(self.pages)
            conn = _deserialized(self.data)
            _write_schema(conn, rows)
            self.rebuilt_schema = True
        return conn


def read(path: Path, key: bytes, salt: bytes | None = None) -> Image:
    """Decrypt the store at ``path`` (and its write-ahead log, if any) with ``key``; ``salt`` instead
    of the file's own first 16 bytes when those are damaged."""
    raw = path.read_bytes()
    mac = _mac(key, salt or raw[:SALT])
    pages = {n: raw[(n - 1) * PAGE : n * PAGE] for n in range(1, len(raw) // PAGE + 1)}
    size = len(pages)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        frames, size = _committed_frames(wal.read_bytes(), size)
        pages.update(frames)
    image = Image(bytearray(size * PAGE))
    for number in range(1, size + 1):
        plain = _decrypt(pages.get(number, b""), number, key, mac)
        if plain is None:
            image.bad.add(number)
        else:
            image.data[(number - 1) * PAGE : number * PAGE] = plain
    if 1 not in image.bad:
        _plain_header(image.data, size)
    return image


def fits(path: Path, key: bytes, salt: bytes | None = None) -> bool:
    """Does ``key`` (with ``salt``, or the file's) open at least one page other than the first? Then
    it is the store's key."""
    raw = path.read_bytes()[: PAGE * 64]
    mac = _mac(key, salt or raw[:SALT])
    return any(_verified(raw[(n - 1) * PAGE : n * PAGE], n, mac) for n in range(2, len(raw) // PAGE + 1))


def _mac(key: bytes, salt: bytes) -> Any:
    """The page MAC, keyed as SQLCipher 4 derives it: PBKDF2-HMAC-SHA512 (2 rounds) of the key, with
    the salt masked by 0x3a."""
    mac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
    return hmac.new(mac_key, digestmod="sha512")


def _verified(page: bytes, number: int, mac: Any) -> bool:
    if len(page) != PAGE:
        return False
    start = SALT if number == 1 else 0
    check = mac.copy()
    check.update(page[start : USABLE + 16])
    check.update(number.to_bytes(4, "little"))
    return hmac.compare_digest(check.digest(), page[USABLE + 16 : USABLE + 16 + 64])


def _decrypt(page: bytes, number: int, key: bytes, mac: Any) -> bytes | None:
    """The plain page, or None when its MAC fails (damaged, torn, or missing)."""
    if not _verified(page, number, mac):
        return None
    start = SALT if number == 1 else 0
    iv = page[USABLE : USABLE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page[start:USABLE]) + decryptor.finalize()
    return (MAGIC if number == 1 else b"") + plain + bytes(RESERVE)


def _committed_frames(wal: bytes, size: int) -> tuple[dict[int, bytes], int]:
    """The pages of the log's committed transactions (the last version of each) and the store's size."""
    if len(wal) < _WAL_HEADER:
        return {}, size
    salts = wal[16:24]
    committed: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    at = _WAL_HEADER
    while at + _FRAME_HEADER + PAGE <= len(wal):
        number, commit = struct.unpack(">II", wal[at : at + 8])
        if wal[at + 8 : at + 16] != salts:
            break  # a frame left from before the log was last reset
        pending[number] = wal[at + _FRAME_HEADER : at + _FRAME_HEADER + PAGE]
        if commit:
            committed.update(pending)
            pending, size = {}, commit
        at += _FRAME_HEADER + PAGE
    return committed, size


def _plain_header(data: bytearray, pages: int) -> None:
    """A plain, rollback-journal header (an in-memory image cannot be in WAL mode) of the right size."""
    data[18] = data[19] = 1
    data[28:32] = pages.to_bytes(4, "big")
    data[92:96] = data[24:28]  # the size above is valid for this change counter


def _empty_first_page(pages: int) -> bytes:
    """A first page holding the database header and an empty schema (a table leaf with no cells)."""
    header = bytearray(PAGE)
    header[:16] = MAGIC
    header[16:18] = PAGE.to_bytes(2, "big")
    header[18:24] = bytes([1, 1, RESERVE, 64, 32, 32])
    header[24:28] = (1).to_bytes(4, "big")
    header[28:32] = pages.to_bytes(4, "big")
    header[40:48] = (1).to_bytes(4, "big") + (4).to_bytes(4, "big")  # schema cookie, format 4
    header[56:60] = (1).to_bytes(4, "big")  # UTF-8
    header[92:96] = (1).to_bytes(4, "big")
    header[96:100] = (3_045_000).to_bytes(4, "big")
    header[100] = _LEAF_TABLE
    header[105:107] = USABLE.to_bytes(2, "big")  # no cells: the content area starts at its end
    return bytes(header)


def _deserialized(data: bytearray) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.deserialize(bytes(data))
    return conn


def _schema_readable(conn: sqlite3.Connection) -> bool:
    try:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            conn.execute(f"SELECT 1 FROM [{name}] LIMIT 0").fetchall()
    except sqlite3.DatabaseError:
        return False
    return True


def _write_schema(conn: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    conn.execute("PRAGMA writable_schema = ON")
    with conn:
        conn.executemany(
            "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES (?, ?, ?, ?, ?)", rows
        )
    conn.execute("PRAGMA writable_schema = RESET")


# --- rows read straight off the pages -------------------------------------------------------------


def schema_rows(image: Image) -> Iterator[tuple[Any, ...]]:
    """The schema's rows for tables and indexes, as found on intact table leaves (the last copy of each
    name wins; only a root page that is an intact b-tree page counts)."""
    found: dict[str, tuple[Any, ...]] = {}
    for _page, _rowid, values in leaf_records(image):
        if len(values) != 5 or values[0] not in _SCHEMA_TYPES:
            continue
        kind, name, table, root, sql = values
        if isinstance(name, str) and isinstance(root, int) and isinstance(sql, str) and _is_tree(image, root):
            found[name] = (kind, name, table, root, sql)
    yield from found.values()


def _is_tree(image: Image, root: int) -> bool:
    if not 1 < root <= image.pages or root in image.bad:
        return False
    return image.data[(root - 1) * PAGE] in (2, 5, 10, 13)  # a b-tree page of an index or a table


def leaf_records(image: Image) -> Iterator[tuple[int, int, list[Any]]]:
    """(page, rowid, values) of every record on every intact table leaf page."""
    for number in range(1, image.pages + 1):
        start = 100 if number == 1 else 0  # the first page's b-tree header follows the database header
        if number in image.bad or image.data[(number - 1) * PAGE + start] != _LEAF_TABLE:
            continue
        page = image.page(number)
        count = int.from_bytes(page[start + 3 : start + 5], "big")
        for k in range(count):
            try:
                at = int.from_bytes(page[start + 8 + 2 * k : start + 10 + 2 * k], "big")
                payload, rowid = _cell(image, page, at)
                yield number, rowid, _record(payload)
            except (IndexError, ValueError, UnicodeDecodeError, struct.error):
                continue  # a cell that is not what it claims: left alone


def _cell(image: Image, page: bytes, at: int) -> tuple[bytes, int]:
    size, at = _varint(page, at)
    rowid, at = _varint(page, at)
    local = _local_size(size)
    payload = bytearray(page[at : at + local])
    if local < size:  # the rest is on a chain of overflow pages
        following = int.from_bytes(page[at + local : at + local + 4], "big")
        while len(payload) < size and 1 < following <= image.pages and following not in image.bad:
            over = image.page(following)
            payload += over[4 : 4 + min(USABLE - 4, size - len(payload))]
            following = int.from_bytes(over[:4], "big")
        if len(payload) < size:
            raise ValueError("a broken overflow chain")
    if rowid >= 1 << 63:
        rowid -= 1 << 64
    return bytes(payload), rowid


def _local_size(size: int) -> int:
    """How much of a table leaf cell's payload is on the page itself (SQLite's file format, 1.6)."""
    most = USABLE - 35
    if size <= most:
        return size
    least = (USABLE - 12) * 32 // 255 - 23
    local = least + (size - least) % (USABLE - 4)
    return local if local <= most else least


def _varint(buf: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(8):
        byte = buf[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    return (value << 8) | buf[at + 8], at + 9


_INTS = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _record(payload: bytes) -> list[Any]:
    """The values of one record (SQLite's record format)."""
    header, at = _varint(payload, 0)
    types = []
    while at < header:
        kind, at = _varint(payload, at)
        types.append(kind)
    values: list[Any] = []
    at = header
    for kind in types:
        if kind in (0, 8, 9):
            values.append(None if kind == 0 else kind - 8)
        elif kind in _INTS:
            n = _INTS[kind]
            values.append(int.from_bytes(payload[at : at + n], "big", signed=True))
            at += n
        elif kind == 7:
            values.append(struct.unpack(">d", payload[at : at + 8])[0])
            at += 8
        elif kind >= 12:
            n = (kind - 12) // 2
            chunk = payload[at : at + n]
            values.append(bytes(chunk) if kind % 2 == 0 else chunk.decode("utf-8"))
            at += n
        else:
            raise ValueError(f"serial type {kind}")
    if at != len(payload):
        raise ValueError("a record of the wrong length")
    return values
