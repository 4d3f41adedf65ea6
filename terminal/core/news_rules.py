"""What every handler of the registry's news shares (:mod:`terminal.core.registry_news` applies them).

A handler takes ``(db, data, at)`` for an upsert or ``(db, key, at)`` for a removal. It finds the rows a
change refers to by the registry's keys; when one has not arrived yet (a prescription before its
citizen) it raises :class:`Waiting`, and the change waits until the row comes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

Touched = list[int] | None  # what a handler returns: the face_templates ids it wrote, if any
Upsert = Callable[[Database, dict[str, Any], str], Touched]
Remove = Callable[[Database, str, str], Touched]
Handlers = dict[str, tuple[Upsert, Remove]]  # entity -> (upsert, remove)


class Waiting(Exception):
    """The row this change refers to has not arrived yet."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def citizen_id(db: Database, pin: str) -> int:
    """The local id of the citizen with this ID number; Waiting until the citizen has arrived."""
    row = db.execute("SELECT id FROM citizens WHERE pin = ?", (pin,)).fetchone()
    if row is None:
        raise Waiting(f"citizen:{pin}")
    return int(row[0])


def require_row(db: Database, table: str, column: str, value: Any) -> None:
    """Waiting until a row of ``table`` with ``column = value`` has arrived."""
    if db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", (value,)).fetchone() is None:
        raise Waiting(f"{table}:{value}")


def ignore(db: Database, key: str, at: str) -> None:
    """A removal that changes nothing here."""
