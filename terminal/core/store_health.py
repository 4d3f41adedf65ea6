"""Is the store whole? Damage is found, named, and remembered until the store is recovered.

SQLCipher keeps a MAC on every page (HMAC-SHA512 over the encrypted page, its IV and its number).
``PRAGMA cipher_integrity_check`` verifies them all without reading the schema, so it also works on
a store whose first page is the damaged one, and it tells damage from a wrong key: with the right key
only the damaged pages fail, with a wrong one every page does. It reads the whole file (about 15 ms
per 10 MB, ``hamyon bench store-check``) and runs on every :meth:`Store.open`. ``PRAGMA quick_check``
(SQLite's own structure) costs more and runs daily and on ``hamyon store check``.

The first 16 bytes of the file are the salt from which the page MAC's key is derived: flipped, every
page fails as under a wrong key. So the salt of a store that opened well is kept beside it
(``hamyon.db.salt``, not a secret); with it, a damaged salt is told from a wrong key, and recovery
reads every page.

Damage found is written beside the store (``hamyon.db.damage``: why, which pages, when), so every
later open, status and write sees it until ``hamyon store recover`` replaces the store.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from biometrics.phrases import Phrase, term
from terminal.core.store_cipher import Connection, DatabaseError, connect

PAGE_SIZE = 4096  # SQLCipher 4's default, which the store keeps
SALT_BYTES = 16
_PAGE = re.compile(r"page (\d+)")
_RETRIES = 3  # a page read while another process writes it may look torn for a moment


@dataclass(frozen=True)
class Damage:
    reason: str  # a Phrase when found here; the English words when read back from the marker
    pages: tuple[int, ...] = ()
    found_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    def as_dict(self) -> dict[str, Any]:
        return {"reason": str(self.reason), "pages": list(self.pages), "found_at": self.found_at}


def marker(path: Path) -> Path:
    return path.with_name(path.name + ".damage")


def recorded(path: Path) -> Damage | None:
    """The damage written beside the store at ``path``, if any."""
    try:
        data = json.loads(marker(path).read_text(encoding="utf-8"))
        pages = tuple(int(p) for p in data.get("pages", ()))
        return Damage(str(data["reason"]), pages, str(data["found_at"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return Damage(term("the damage report beside it cannot be read"))


def record(path: Path, damage: Damage) -> Damage:
    """Remember ``damage`` beside the store (the first report is kept, its pages joined)."""
    before = recorded(path)
    if before is not None:
        damage = Damage(before.reason, tuple(sorted({*before.pages, *damage.pages})), before.found_at)
    tmp = marker(path).with_name(f".{marker(path).name}.tmp")
    with contextlib.suppress(OSError):  # a full or read-only disk: the error itself still says it
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(damage.as_dict(), f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, marker(path))
    return damage


def forget(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        marker(path).unlink()


def bad_pages(conn: Connection) -> tuple[int, ...]:
    """Pages whose MAC fails, read twice more when some do (a torn read of a page being written)."""
    found: set[int] | None = None
    for attempt in range(_RETRIES):
        lines = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        pages = {int(m.group(1)) for line in lines if (m := _PAGE.search(line))}
        found = pages if found is None else found & pages
        if not found:
            return ()
        if attempt + 1 < _RETRIES:
            time.sleep(0.05)
    return tuple(sorted(found or ()))


def page_damage(path: Path, pages: tuple[int, ...]) -> Damage | None:
    if not pages:
        return None
    if 1 in pages:
        return Damage(Phrase("its first page (the header) fails its check", code="header"), pages)
    total = max(path.stat().st_size // PAGE_SIZE, len(pages))
    reason = Phrase("{count} of its {total} pages fail their check", {"count": len(pages), "total": total})
    return Damage(reason, pages)


def header_damage(path: Path, keys: list[bytes]) -> Damage | None:
    """When no key opens the store: is it damaged rather than the key wrong? With the right key only
    the damaged pages fail; with a wrong key (or another store's file) every page does, and so they
    do when the salt is damaged, unless the salt kept beside the store makes them pass."""
    total = path.stat().st_size // PAGE_SIZE
    for key in keys:
        pages = _failing(path, key)
        if total > 1 and pages is not None and len(pages) < total:
            return page_damage(path, pages)
    salt = kept_salt(path)
    if salt is None or salt == file_salt(path):
        return None
    for key in keys:
        pages = _failing(path, key, salt)
        if total > 1 and pages is not None and len(pages) < total:
            reason = Phrase("its salt (the first bytes of the file) is damaged", code="salt")
            return Damage(reason, tuple(sorted({1, *pages})))
    return None


def _failing(path: Path, key: bytes, salt: bytes | None = None) -> tuple[int, ...] | None:
    conn = connect(path, key if salt is None else key + salt)
    try:
        return bad_pages(conn)
    except DatabaseError:
        return None
    finally:
        conn.close()


def file_salt(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(SALT_BYTES)


def kept_salt(path: Path) -> bytes | None:
    try:
        salt = bytes.fromhex(_salt_file(path).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
    return salt if len(salt) == SALT_BYTES else None


def keep_salt(path: Path) -> None:
    """Keep the salt of a store that has just opened well (so it is the right one)."""
    salt = file_salt(path)
    if len(salt) == SALT_BYTES and kept_salt(path) != salt:
        with contextlib.suppress(OSError):
            fd = os.open(_salt_file(path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as f:
                f.write(salt.hex() + "\n")


def _salt_file(path: Path) -> Path:
    return path.with_name(path.name + ".salt")


def scan(path: Path, keys: list[bytes]) -> Damage | None:
    """The page check on a fresh connection (the working one may be stuck after a failed page), under
    the key that is the store's (a stale one, under which every page fails, is passed over)."""
    total = path.stat().st_size // PAGE_SIZE
    for key in keys:
        pages = _failing(path, key)
        if pages is not None and (not pages or len(pages) < total):
            return page_damage(path, pages)
    return None


def structure_damage(conn: Connection) -> Damage | None:
    """SQLite's own check of the b-trees (run once the pages passed theirs)."""
    try:
        result = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except DatabaseError as exc:
        return Damage(str(exc))
    if result == ["ok"]:
        return None
    lines = [line for text in result for line in text.splitlines() if not line.startswith("***")]
    return Damage(lines[0] if lines else term("SQLite's check of the store failed"))
