"""The registry's news for school meals: schools, classes, meal sessions and the students on the roster."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from terminal.core.news_rules import Handlers, Waiting, citizen_id, ignore, require_row


def _school(db: Database, d: dict[str, Any], at: str) -> None:
    facility = db.execute("SELECT id FROM facility LIMIT 1").fetchone()
    if facility is None:
        raise Waiting("facility")
    db.execute(
        "INSERT INTO schools (id, facility_id, name) VALUES (?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name",
        (d["id"], facility[0], d["name"]),
    )


def _class(db: Database, d: dict[str, Any], at: str) -> None:
    require_row(db, "schools", "id", d["school_id"])
    db.execute(
        "INSERT INTO classes (id, school_id, name, grade) VALUES (:id, :school_id, :name, :grade)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, grade = excluded.grade",
        d,
    )


def _meal_session(db: Database, d: dict[str, Any], at: str) -> None:
    require_row(db, "schools", "id", d["school_id"])
    db.execute(
        "INSERT INTO meal_sessions (id, school_id, name, starts_at, ends_at, price, active)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
        " starts_at = excluded.starts_at, ends_at = excluded.ends_at, price = excluded.price,"
        " active = excluded.active",
        (
            d["id"],
            d["school_id"],
            d["name"],
            d["starts_at"],
            d["ends_at"],
            d["price"],
            int(d.get("active", 1)),
        ),
    )


def _student(db: Database, d: dict[str, Any], at: str) -> None:
    owner = citizen_id(db, d["citizen_pin"])
    require_row(db, "classes", "id", d["class_id"])
    db.execute(
        "INSERT INTO students (id, citizen_id, class_id, meal_eligible, eligibility_basis, active)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET citizen_id = excluded.citizen_id,"
        " class_id = excluded.class_id, meal_eligible = excluded.meal_eligible,"
        " eligibility_basis = excluded.eligibility_basis, active = excluded.active",
        (
            int(d["id"]),
            owner,
            d["class_id"],
            int(d["meal_eligible"]),
            d.get("eligibility_basis", ""),
            int(d.get("active", True)),
        ),
    )


def _deactivate(table: str) -> Callable[[Database, str, str], None]:
    def remove(db: Database, key: str, at: str) -> None:
        db.execute(f"UPDATE {table} SET active = 0 WHERE id = ?", (key,))

    return remove


NEWS: Handlers = {
    "school": (_school, ignore),
    "class": (_class, ignore),
    "meal_session": (_meal_session, _deactivate("meal_sessions")),
    "student": (_student, _deactivate("students")),
}
