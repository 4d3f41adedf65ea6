"""The last step of ``hamyon store recover``: the damaged store set aside, the recovered one in place.

A marker (``hamyon.db.recovery``) is written first, so that :meth:`Store.open` finishes a swap the
terminal died in the middle of; every step is done at most once.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

from terminal.core import store_health
from terminal.core.store_key import fsync_folder

RECOVERED, PENDING = ".recovered", ".recovery"


def swap_pending(path: Path) -> bool:
    """Was a swap for the store at ``path`` started and not finished?"""
    return Path(f"{path}{PENDING}").exists()


def swap(path: Path, new: Path) -> str:
    """Set the damaged store aside and put ``new`` in its place; the name it was set aside under."""
    fsync_folder(path.parent)
    aside = f"{path.name}.damaged-{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
    pending = Path(f"{path}{PENDING}")
    tmp = pending.with_name(pending.name + ".tmp")
    tmp.write_text(json.dumps({"aside": aside}), encoding="utf-8")
    os.replace(tmp, pending)
    fsync_folder(path.parent)
    finish_swap(path)
    return aside


def finish_swap(path: Path) -> None:
    """Finish a recovery's swap (each step is done at most once, so this may run again after a crash)."""
    pending = Path(f"{path}{PENDING}")
    try:
        aside = path.with_name(json.loads(pending.read_text(encoding="utf-8"))["aside"])
    except FileNotFoundError:
        return
    new = path.with_name(path.name + RECOVERED)
    if new.exists():
        for suffix in ("", "-wal", "-shm"):  # the old log must never meet the new file
            if Path(f"{path}{suffix}").exists():
                os.replace(f"{path}{suffix}", f"{aside}{suffix}")
        os.replace(new, path)
    if store_health.marker(path).exists():
        os.replace(store_health.marker(path), store_health.marker(aside))
    fsync_folder(path.parent)
    pending.unlink()
