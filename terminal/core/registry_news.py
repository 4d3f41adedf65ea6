"""Applying what the registry sends (one page of its change feed) to the local store.

Called by the sync client inside the transaction that also stores the new
cursor, so a page is applied whole or not at all. Each change is applied in a
savepoint of its own: a change that cannot be applied (malformed, or refused
by the store's constraints) leaves nothing half-written; it is kept in
``sync_rejected_changes`` for a supervisor (counted by ``hamyon status`` as
``unapplied_changes``) and the feed goes on. A later change to the same record
replaces it. Rows are matched by the registry's keys (a citizen's ID number, a
template's or prescription's id); a change whose parent has not arrived yet (a
template before its citizen) waits in ``sync_pending`` and is applied when the
parent comes.
Each workflow applies its own entities (:mod:`terminal.core.workflows`: the
prescriptions of dispensing, the rosters of meals...); this module applies the
site's own (facility, settings, operators, citizens, face templates) and the
conflicts the registry found.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import sqlite3
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher
from sqlite_utils import Database

from terminal.core import audit
from terminal.core.news_rules import Handlers, Remove, Touched, Upsert, Waiting
from terminal.core.news_rules import citizen_id as _citizen_id
from terminal.core.news_rules import ignore as _ignore
from terminal.core.settings import SETTINGS
from terminal.core.settings import problem as settings_problem
from terminal.core.workflows import WORKFLOWS

TEMPLATE_BYTES = 512  # 128 float32, little-endian
log = logging.getLogger("hamyon.sync")

# What a change that cannot be applied raises; anything else (a full disk, a locked store) fails the page.
MALFORMED: tuple[type[Exception], ...] = (
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    ArithmeticError,
    sqlcipher.IntegrityError,  # the terminal's store (SQLCipher's classes are not sqlite3's)
    sqlcipher.InterfaceError,
    sqlcipher.ProgrammingError,
    sqlcipher.DataError,
    sqlite3.IntegrityError,  # a plain SQLite database handed in by a tool or a test
    sqlite3.InterfaceError,
    sqlite3.ProgrammingError,
    sqlite3.DataError,
)
# A page where a change raises one of these is applied a change at a time.
NOT_AT_ONCE: tuple[type[Exception], ...] = (Waiting, *MALFORMED)


class MalformedChange(ValueError):
    """A change without a usable entity, key or op."""


@dataclass
class Applied:
    """What applying changes did: counts per ``entity:op`` (and ``waiting``, ``unapplied``,
    ``ignored``), and ``templates``, the ids of the local ``face_templates`` rows added, changed,
    revoked or erased (for ``terminal.core.faces.refresh``)."""

    counts: Counter[str] = field(default_factory=Counter)
    templates: set[int] = field(default_factory=set)
    # Do sync_pending or sync_rejected_changes hold rows a change may make moot? (Saves two
    # statements per change in the usual case: nothing waits, nothing was set aside.)
    kept: bool = field(default=False, repr=False)

    def __getitem__(self, name: str) -> int:
        return self.counts[name]

    def add(self, entity: str, op: str, touched: Touched) -> None:
        """One change applied: counted, and the templates it touched kept."""
        self.templates.update(touched or ())
        self.counts[f"{entity}:{op}"] += 1


def apply_changes(db: Database, changes: Sequence[Mapping[str, Any]], at: str) -> Applied:
    """Apply one page; call inside ``Store.write``."""
    kept = _holds_rows(db)
    if not kept and (whole := _at_once(db, changes, at)) is not None:
        return whole
    applied = Applied(kept=kept)
    for change in changes:
        try:
            entity, key, op, data = _fields(change)
        except MalformedChange as exc:
            _set_aside(db, _loose(change), at, exc, applied)
            continue
        _apply(db, entity, key, op, data, at, applied)
    if applied.counts and applied.kept and db.execute("SELECT 1 FROM sync_pending LIMIT 1").fetchone():
        _retry_pending(db, at, applied)
    return applied


def _at_once(db: Database, changes: Sequence[Mapping[str, Any]], at: str) -> Applied | None:
    """The usual page, where every change applies and nothing waits: all of it in one savepoint, none
    a change (a first pull saves two statements a change). None, with nothing written, as soon as one
    change waits or cannot be applied: the page is then applied a change at a time, from the start."""
    applied = Applied()
    try:
        with _Savepoint(db, "page"):
            for change in changes:
                entity, key, op, data = _fields(change)
                handler = HANDLERS.get(entity)
                if handler is None:
                    applied.counts["ignored"] += 1
                    continue
                applied.add(entity, op, _run(handler, db, key, op, data, at))
    except NOT_AT_ONCE:
        return None
    return applied


def _holds_rows(db: Database) -> bool:
    return bool(
        db.execute(
            "SELECT EXISTS (SELECT 1 FROM sync_pending) OR EXISTS (SELECT 1 FROM sync_rejected_changes)"
        ).fetchone()[0]
    )


def _fields(change: Any) -> tuple[str, str, str, Any]:
    if not isinstance(change, Mapping):
        raise MalformedChange("a change that is not an object")
    entity, key, op = change.get("entity"), change.get("key"), change.get("op")
    if not isinstance(entity, str) or not isinstance(key, str) or op not in ("upsert", "remove"):
        raise MalformedChange("a change without entity, key or op")
    return entity, key, op, change.get("data")


def _loose(change: Any) -> tuple[str, str, str, Any]:
    """Whatever can be read of a malformed change, to keep it."""
    if not isinstance(change, Mapping):
        return "?", _digest(change), "?", change
    entity, op = str(change.get("entity", "?")), str(change.get("op", "?"))
    key = change.get("key")
    return entity, key if isinstance(key, str) else _digest(change), op, change.get("data")


def _digest(change: Any) -> str:
    """A stand-in key for a change without one, so that two such changes are both kept."""
    text = json.dumps(change, sort_keys=True, default=str)
    return "#" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _apply(db: Database, entity: str, key: str, op: str, data: Any, at: str, applied: Applied) -> None:
    handler = HANDLERS.get(entity)
    if handler is None:
        applied.counts["ignored"] += 1  # an entity of a newer protocol revision
        return
    try:
        with _Savepoint(db):  # a change is applied whole or not at all
            touched = _run(handler, db, key, op, data, at)
            if applied.kept:
                _forget(db, entity, key)
    except Waiting as w:
        _wait(db, entity, key, data, w.what)
        applied.counts["waiting"] += 1
        applied.kept = True
        return
    except MALFORMED as exc:
        _set_aside(db, (entity, key, op, data), at, exc, applied)
        return
    applied.add(entity, op, touched)


def _run(handler: tuple[Upsert, Remove], db: Database, key: str, op: str, data: Any, at: str) -> Touched:
    """The entity's handler for one change: its removal by key, or its upsert of the data."""
    upsert, remove = handler
    return remove(db, key, at) if op == "remove" else upsert(db, data, at)


class _Savepoint:
    """A savepoint of the page's transaction, as ``db.atomic()`` nests one, but with a fixed name
    and no generator: a first pull runs one per change, hundreds of thousands."""

    def __init__(self, db: Database, name: str = "change") -> None:
        self.conn, self.name = db.conn, name

    def __enter__(self) -> None:
        self.conn.execute(f"SAVEPOINT {self.name}")

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None and self.conn.in_transaction:  # RAISE(ROLLBACK) may have ended it
            self.conn.execute(f"ROLLBACK TO {self.name}")
        if self.conn.in_transaction:
            self.conn.execute(f"RELEASE {self.name}")


def _forget(db: Database, entity: str, key: str) -> None:
    """This record is now as the registry has it: older waiting or unapplied versions are moot."""
    db.execute("DELETE FROM sync_pending WHERE entity = ? AND key = ?", (entity, key))
    db.execute("DELETE FROM sync_rejected_changes WHERE entity = ? AND key = ?", (entity, key))


def _wait(db: Database, entity: str, key: str, data: Any, what: str) -> None:
    db.execute("DELETE FROM sync_rejected_changes WHERE entity = ? AND key = ?", (entity, key))
    db.execute(
        "INSERT INTO sync_pending (entity, key, data, waiting_for) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (entity, key) DO UPDATE SET data = excluded.data,"
        " waiting_for = excluded.waiting_for",
        (entity, key, json.dumps(data), what),
    )


def _set_aside(
    db: Database, change: tuple[str, str, str, Any], at: str, exc: Exception, applied: Applied
) -> None:
    """Keep a change that cannot be applied for a supervisor; logged without its key or data."""
    entity, key, op, data = change
    what = entity if entity in HANDLERS else "malformed"  # never a key, nor text of unknown origin
    log.warning("a %s change from the registry cannot be applied: %s", what, type(exc).__name__)
    db.execute("DELETE FROM sync_pending WHERE entity = ? AND key = ?", (entity, key))
    db.execute(
        "INSERT INTO sync_rejected_changes (entity, key, op, data, reason, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, key) DO UPDATE SET op = excluded.op,"
        " data = excluded.data, reason = excluded.reason, received_at = excluded.received_at",
        (entity, key, op, json.dumps(data, default=str), f"{type(exc).__name__}: {exc}"[:300], at),
    )
    applied.counts["unapplied"] += 1
    applied.kept = True


def _retry_pending(db: Database, at: str, applied: Applied) -> None:
    for entity, key, data in db.execute("SELECT entity, key, data FROM sync_pending").fetchall():
        before = applied.counts["waiting"]
        _apply(db, entity, key, "upsert", json.loads(data), at, applied)
        if applied.counts["waiting"] > before:
            applied.counts["waiting"] = before  # still waiting: not counted twice


# --- lookups ---------------------------------------------------------------------------


def _tail(key: str) -> str:
    """Operator and setting keys are ``FACILITY/name``."""
    return key.rsplit("/", 1)[-1]


# --- the site ---------------------------------------------------------------------------


def _facility(db: Database, d: dict[str, Any], at: str) -> None:
    db.execute(
        "INSERT INTO facility (id, name, kind, country, region, district, catchment, timezone, currency)"
        " VALUES (:id, :name, :kind, :country, :region, :district, :catchment, :timezone, :currency)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
        " region = excluded.region, district = excluded.district, catchment = excluded.catchment,"
        " timezone = excluded.timezone, currency = excluded.currency",
        d,
    )


def _setting(db: Database, d: dict[str, Any], at: str) -> None:
    """A site setting from the registry: only a declared one (``settings.SETTINGS``), of its kind and
    within its limits, else set aside for attention (the terminal's own trust settings, such as its
    certificate pin, are never the feed's to change). Audited as a change by the registry."""
    setting, value = SETTINGS.get(d.get("key", "")), d.get("value")
    if setting is None:
        raise MalformedChange("a setting this terminal does not take from the registry")
    if settings_problem(setting, value) is not None:
        raise MalformedChange("a setting value of the wrong kind or out of its limits")
    _record_setting(db, setting.key, value, at)


def _setting_removed(db: Database, key: str, at: str) -> None:
    """Back to the country's default (a declared setting only)."""
    if _tail(key) in SETTINGS:
        _record_setting(db, _tail(key), None, at)


def _record_setting(db: Database, key: str, value: Any, at: str) -> None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    old = None if row is None else json.loads(row[0])
    if old == value:
        return
    if value is None:
        db.execute("DELETE FROM settings WHERE key = ?", (key,))
    else:
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )
    details = {"old": old, "new": value, "by": "registry"}
    audit.append(db, at=at, operator_id=None, action="settings_change", subject=key, details=details)


def _operator(db: Database, d: dict[str, Any], at: str) -> None:
    """Staff as the registry keeps them; a PIN hash from the registry replaces the local one."""
    db.execute(
        "INSERT INTO operators (login, full_name, role, active, created_at, secret_hash)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET full_name = excluded.full_name,"
        " role = excluded.role, active = excluded.active,"
        " secret_hash = coalesce(excluded.secret_hash, operators.secret_hash)",
        (d["login"], d["full_name"], d["role"], int(d.get("active", True)), at, d.get("secret_hash")),
    )


def _operator_removed(db: Database, key: str, at: str) -> None:
    db.execute("UPDATE operators SET active = 0 WHERE login = ?", (_tail(key),))


# --- citizens and their faces --------------------------------------------------------------


def _citizen(db: Database, d: dict[str, Any], at: str) -> None:
    db.execute(
        "INSERT INTO citizens (pin, surname, given_name, patronymic, birth_date, sex, catchment, address,"
        " updated_at) VALUES (:pin, :surname, :given_name, :patronymic, :birth_date, :sex, :catchment,"
        " :address, :updated_at) ON CONFLICT (pin) DO UPDATE SET surname = excluded.surname,"
        " given_name = excluded.given_name, patronymic = excluded.patronymic,"
        " birth_date = excluded.birth_date, sex = excluded.sex, catchment = excluded.catchment,"
        " address = excluded.address, updated_at = excluded.updated_at, removed_at = NULL",
        {"patronymic": "", "address": "", **d},
    )


def _citizen_removed(db: Database, pin: str, at: str) -> Touched:
    """Moved away or gone: kept for the acts that name them, hidden, every face of theirs erased."""
    row = db.execute("SELECT id FROM citizens WHERE pin = ?", (pin,)).fetchone()
    if row is None:
        return None
    db.execute("UPDATE citizens SET removed_at = ? WHERE id = ? AND removed_at IS NULL", (at, row[0]))
    erased = db.execute(
        "UPDATE face_templates SET revoked_at = coalesce(revoked_at, ?), encoding = zeroblob(512)"
        " WHERE citizen_id = ? RETURNING id",
        (at, row[0]),
    ).fetchall()
    return [r[0] for r in erased]


def _template(db: Database, d: dict[str, Any], at: str) -> Touched:
    """A template by the registry's key. A learned one (from a visit, here or at another terminal) keeps
    its source, so that it counts towards the citizen's cap; this terminal's own (enrolled or learned here)
    comes back under the id it made and updates its row, never doubling it, nor bringing back one this
    terminal withdrew. Another terminal's enrolment is kept like the registry's own."""
    encoding = base64.b64decode(d["encoding"])
    if len(encoding) != TEMPLATE_BYTES:
        raise ValueError(f"template {d['id']} has {len(encoding)} bytes, not {TEMPLATE_BYTES}")
    citizen_id = _citizen_id(db, d["citizen_pin"])
    learned = d.get("source") == "learned"
    row = db.execute(
        "INSERT INTO face_templates (citizen_id, encoding, source, registry_id, learned_from, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (registry_id) DO UPDATE SET"
        " citizen_id = excluded.citizen_id, encoding = excluded.encoding, revoked_at = NULL"
        " WHERE face_templates.source = 'registry' OR face_templates.revoked_at IS NULL RETURNING id",
        (
            citizen_id,
            encoding,
            "learned" if learned else "registry",
            d["id"],
            (d.get("learned_from") or "face") if learned else None,
            d.get("created_at", at),
        ),
    ).fetchone()
    return None if row is None else [row[0]]


def _template_removed(db: Database, key: str, at: str) -> Touched:
    """Revoked: the row stays for the record, the biometric data itself is erased."""
    revoked = db.execute(
        "UPDATE face_templates SET revoked_at = coalesce(revoked_at, ?), encoding = zeroblob(512)"
        " WHERE registry_id = ? RETURNING id",
        (at, key),
    ).fetchall()
    return [r[0] for r in revoked]


# --- what the registry says about our acts ------------------------------------------------------


def record_conflict(db: Database, d: Mapping[str, Any], at: str) -> None:
    """A conflict the registry found (from a push answer or the feed); kept once."""
    db.execute(
        "INSERT INTO sync_conflicts (id, kind, tx_uuid, with_tx, detected_at, details, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET with_tx = excluded.with_tx,"
        " details = CASE WHEN excluded.details = '{}' THEN sync_conflicts.details ELSE excluded.details END",
        (
            d["id"],
            d["kind"],
            d["tx_uuid"],
            json.dumps(d.get("with_tx", [])),
            d.get("detected_at", at),
            json.dumps(d.get("details", {}), ensure_ascii=False),
            at,
        ),
    )


HANDLERS: Handlers = {
    "facility": (_facility, _ignore),
    "setting": (_setting, _setting_removed),
    "operator": (_operator, _operator_removed),
    "citizen": (_citizen, _citizen_removed),
    "template": (_template, _template_removed),
    "conflict": (record_conflict, _ignore),
    **{entity: handlers for workflow in WORKFLOWS for entity, handlers in workflow.news.items()},
}
