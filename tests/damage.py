"""Real damage for real stores: bytes flipped in the encrypted file, as a failing disk does it."""

from __future__ import annotations

import random
from pathlib import Path

from terminal.core.simulate import simulate
from terminal.core.site import Site
from terminal.core.store import STORE_FILE
from terminal.core.store_cipher import raw_connection

PAGE = 4096


def flip(path: Path, *offsets: int, length: int = 16) -> list[int]:
    """Invert ``length`` bytes at each offset; returns the pages hit (numbered from 1)."""
    with path.open("r+b") as f:
        for offset in offsets:
            f.seek(offset)
            chunk = f.read(length)
            f.seek(offset)
            f.write(bytes(b ^ 0xFF for b in chunk))
    return sorted({offset // PAGE + 1 for offset in offsets})


def thirds(path: Path) -> tuple[int, int, int]:
    """A third, half and two thirds into the file: what the issue's report flipped."""
    size = path.stat().st_size
    return size // 3, size // 2, 2 * size // 3


def root_page(home: Path, table: str) -> int:
    conn = raw_connection(home)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()


def with_acts(site: Site, meals: int = 1200, dispenses: int = 60) -> None:
    """Enough acts that they fill most of the store's pages."""
    simulate(site, "dispenses", dispenses, random.Random(1))
    simulate(site, "meals", meals, random.Random(2))


def store_file(home: Path) -> Path:
    return home / STORE_FILE
