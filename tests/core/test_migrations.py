"""Schema changes only through recorded migrations; a store of every released schema upgrades in place.

tests/fixtures/store_vN.sql is a store as migration mN left it, with the rows a terminal had then; each
is made once, when its schema is released (make_store_v1.py, make_stores.py), and never again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from terminal.core import acts, audit
from terminal.core.dispensing import DispenseLine
from terminal.core.errors import StoreError
from terminal.core.identification import Identification
from terminal.core.schema import migrations
from terminal.core.site import Site
from terminal.core.store import STORE_FILE, Store
from tests.conftest import fixed_clock

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
V1_DUMP = FIXTURES / "store_v1.sql"
FIRST = "m001_core_and_dispensing"
NAMES = [m.name for m in migrations._migrations]
VERSIONS = range(1, len(NAMES) + 1)


def _schema(conn: sqlite3.Connection) -> dict[str, str]:
    return {
        name: sql
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        if not name.startswith(("_sqlite_migrations", "idx__sqlite_migrations"))
    }


def _dump(version: int) -> Path:
    return FIXTURES / f"store_v{version}.sql"


def _load(dump: Path, home: Path) -> Path:
    """The dump as the plain SQLite file of a terminal's store in ``home``."""
    home.mkdir()
    conn = sqlite3.connect(home / STORE_FILE)
    conn.executescript(dump.read_text(encoding="utf-8"))
    conn.close()
    return home / STORE_FILE


def _load_v1(home: Path) -> Path:
    return _load(V1_DUMP, home)


def test_the_first_migration_was_never_edited(tmp_path: Path) -> None:
    old = sqlite3.connect(_load_v1(tmp_path / "old"))
    fresh = sqlite3.connect(tmp_path / "fresh.db")
    migrations.apply(Database(fresh), stop_before="m002_school_meals")
    assert _schema(fresh) == _schema(old)


def test_a_first_schema_store_upgrades_and_keeps_its_acts(tmp_path: Path) -> None:
    home = tmp_path / "terminal"
    path = _load_v1(home)
    conn = sqlite3.connect(path)
    old_tx = conn.execute("SELECT uuid, hash FROM transactions").fetchall()
    old_outbox = conn.execute("SELECT tx_uuid, state FROM outbox").fetchall()
    conn.close()
    assert len(old_tx) == 1

    store = Store.open(home)
    assert [m.name for m in migrations.applied(store.db)] == [m.name for m in migrations._migrations]
    assert store.all("SELECT uuid, hash FROM transactions") == [{"uuid": u, "hash": h} for u, h in old_tx]
    assert store.all("SELECT tx_uuid, state FROM outbox") == [
        {"tx_uuid": u, "state": s} for u, s in old_outbox
    ]
    assert store.integrity_check() == ["ok"]

    # The upgraded store works with today's services, and its chains continue.
    site = Site(store, fixed_clock())
    nurse = site.operator("nurse")
    receipt = site.dispensing.dispense(nurse, Identification(1, "face", distance=0.3), [DispenseLine(1, 30)])
    assert receipt.total == 30 * 45_000
    assert store.scalar("SELECT qty_dispensed FROM prescription_items WHERE id = 1") == 60
    assert acts.verify_log(store) == (2, None)
    assert audit.verify(store) == (2, None)
    assert "meals" in store.db.table_names() and "applications" in store.db.table_names()
    store.close()


def test_every_migration_is_recorded_with_its_time(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        rows = store.all("SELECT name, applied_at FROM _sqlite_migrations WHERE migration_set = 'hamyon'")
    assert rows[0]["name"] == FIRST
    assert all(r["applied_at"] for r in rows)


def test_a_store_from_before_learned_templates_upgrades_and_keeps_its_faces(tmp_path: Path) -> None:
    """m008 rebuilds face_templates (a CHECK changes only so in SQLite): rows, ids, index and trigger stay."""
    home = tmp_path / "terminal"
    home.mkdir()
    conn = sqlite3.connect(home / STORE_FILE)
    migrations.apply(Database(conn), stop_before="m008_learned_templates")
    blob = bytes(range(256)) * 2
    conn.executescript(
        f"""
        INSERT INTO citizens (id, pin, surname, given_name, birth_date, sex, catchment, updated_at)
            VALUES (7, '40905482610126', 'Karimova', 'Dilnoza', '1948-05-09', 'F', 'C1', '2026-01-01');
        INSERT INTO face_templates (id, citizen_id, encoding, source, registry_id, created_at)
            VALUES (3, 7, X'{blob.hex()}', 'registry', 'T-1', '2026-01-01');
        INSERT INTO face_templates (id, citizen_id, encoding, source, consent_at, created_at, revoked_at)
            VALUES (5, 7, X'{blob.hex()}', 'terminal', '2026-02-01', '2026-02-01', '2026-03-01');
        """
    )
    old = conn.execute("SELECT * FROM face_templates ORDER BY id").fetchall()
    conn.close()

    with Store.open(home) as store:
        assert [m.name for m in migrations.applied(store.db)] == [m.name for m in migrations._migrations]
        rows = store.db.conn.execute("SELECT * FROM face_templates ORDER BY id").fetchall()
        assert [r[:9] for r in rows] == old and all(r[9] is None for r in rows)  # learned_from
        assert store.integrity_check() == ["ok"]
        indexes = {r[1] for r in store.db.conn.execute("PRAGMA index_list(face_templates)")}
        assert "face_templates_citizen" in indexes
        with store.write() as db:  # seeing a face still counts as seeing the citizen
            db.execute("UPDATE face_templates SET last_seen_at = '2026-11-20' WHERE id = 3")
        assert store.scalar("SELECT last_seen_at FROM citizens WHERE id = 7") == "2026-11-20"
        learned = (
            "INSERT INTO face_templates (citizen_id, encoding, source, registry_id, learned_from, created_at)"
            " VALUES (7, zeroblob(512), 'learned', ?, ?, '2026-11-20')"
        )
        with store.write() as db:
            db.execute(learned, ("0b6a3c3e-8f4e-4c1e-9d55-6f2f7c1d2a10", "id_number_face"))
        for refused in (  # the store itself holds the rules
            (learned, (None, "face")),  # a learned template without its stable id
            (learned.replace("?, ?", "?, NULL"), ("e3b0c442-98fc-4c14-9afb-f4c8996fb924",)),
            (learned.replace("'learned'", "'terminal'"), ("x", "face")),  # no consent
            (learned, ("a1", "a guess")),
        ):
            with pytest.raises(StoreError), store.write() as db:
                db.execute(*refused)


# --- a frozen store of every released schema ------------------------------------------------------

FACILITY, DEVICE = "UZ-TSH-YUN-012", "UZ-TSH-YUN-012-T1"
V1_TX = "0a72c925-bc9b-4740-ac96-c39c37e0d198"  # the first schema's dispense
FAMILY = "903578c7-aabb-41d6-8613-f8575ed53d58"  # v3: a submitted application
UNFINISHED = "0522dded-7e77-4cf8-be2d-939ef3714def"  # v3: a draft
GRANT, OVERRIDDEN = "917df49c-bcac-4919-9791-e710acad5c5b", "e3d5a7d3-1152-4cfd-ac48-ce8361735bdc"  # v6
MEAL_REVERSAL, EARLY_MEAL = "5c928325-66da-463c-8220-6bd32e4b89da", "9579b846-2d2f-4e76-a44d-04ad7e7b2889"
DOSE_REVERSAL, WRONG_DOSE = "5205b428-6f74-4b78-b7f3-d9805115abc7", "9c3868c9-ed88-4576-a46d-459637be2af0"
PENSIONER, LOOK_ALIKE = "c7ccdbc6-b098-441d-8649-09117cf7dbd7", "fada06f9-8b1c-443f-8164-fa6410746f1b"  # v12
FRAME, HEARING_AID = "4137cb6f-fc54-4e03-8d85-37ebdf7890a3", "7648a6e0-5d70-4fa4-be5a-9faf756a4dce"  # v13
HANDOVER = "2b08d08f-18f6-4591-b0a0-0d6705a04ef2"  # v13
WRONG_SERIAL, SERIAL_REVERSAL = (
    "e6adcf40-0929-4f68-94b8-ea0471bd6491",
    "6ece4802-df0c-4e9f-9fcb-f266f1c345d9",
)  # v14
RIGHT_SERIAL = "523f3b6b-c5a9-447c-b0f4-e504686104ff"  # v14
PACKED = "f64012b4-51a5-47c6-9934-34205341bd94"  # v15: a dispense with its packs scanned


def _face(result: str) -> Callable[[Any], bool]:
    return lambda raw: json.loads(raw)["result"] == result


# Rows each version brought, read back by key from that version's store once upgraded:
# (table, key, values); a value may be a test of the value read.
BROUGHT: dict[int, list[tuple[str, dict[str, Any], dict[str, Any]]]] = {
    1: [
        ("transactions", {"seq": 1}, {"uuid": V1_TX, "kind": "dispense", "operator_id": 1}),
        (
            "dispenses",
            {"id": 1},
            {"tx_uuid": V1_TX, "citizen_id": 1, "id_method": "face", "match_distance": 0.31},
        ),
        ("dispense_items", {"id": 1}, {"drug_code": "AML5", "quantity": 30, "cost": 1_350_000}),
        ("prescription_items", {"id": 1}, {"qty_prescribed": 90, "qty_dispensed": 30}),
        ("outbox", {"tx_uuid": V1_TX}, {"state": "queued"}),
    ],
    2: [
        (
            "meals",
            {"id": 1},
            {
                "student_id": 1,
                "class_id": "SCH045-3A",
                "session_id": "SCH045-LUNCH",
                "served_on": "2026-10-02",
                "served_at": "2026-10-02T12:41:00.000+05:00",
                "operator_id": 2,
                "price": 1_500_000,
            },
        ),
        ("students", {"id": 1}, {"citizen_id": 2, "meal_eligible": 1, "eligibility_basis": "low_income"}),
        ("students", {"id": 2}, {"citizen_id": 3, "meal_eligible": 0, "eligibility_basis": "", "active": 1}),
        ("meal_sessions", {"id": "SCH045-BREAKFAST"}, {"starts_at": "08:30", "price": 800_000, "active": 1}),
        ("classes", {"id": "SCH045-3A"}, {"school_id": "UZ-TSH-YUN-SCH045", "grade": 3}),
        ("operators", {"id": 2}, {"login": "canteen", "role": "canteen", "active": 1}),
        ("facility", {"id": FACILITY}, {"kind": "mixed"}),
    ],
    3: [
        (
            "applications",
            {"id": FAMILY},
            {
                "status": "submitted",
                "benefit_type": "children_under_14",
                "consent_at": "2026-10-05T09:24:00.000+05:00",
                "submitted_at": "2026-10-05T09:32:00.000+05:00",
                "flagged": 0,
                "tx_uuid": lambda tx: tx is not None,
                "assessment": lambda raw: json.loads(raw)["per_capita_income"] == 50_000_000,
            },
        ),
        (
            "application_members",
            {"application_id": FAMILY, "position": 0},
            {"relation": "applicant", "full_name": "Rahimova Nilufar Karim qizi", "occupation": "teacher"},
        ),
        (
            "application_incomes",
            {"application_id": FAMILY},
            {"source": "salary", "monthly_amount": 150_000_000},
        ),
        ("application_assets", {"application_id": FAMILY}, {"kind": "dwelling", "value": 25_000_000_000}),
        ("applications", {"id": UNFINISHED}, {"status": "draft", "consent_at": None, "tx_uuid": None}),
        ("application_members", {"application_id": UNFINISHED, "relation": "spouse"}, {"position": 1}),
    ],
    4: [
        (
            "device",
            {"id": DEVICE},
            {"registry_url": "https://registry.hamyon.example", "public_key": lambda key: len(key) == 44},
        ),
        ("prescription_items", {"id": 1}, {"registry_id": 70000001}),
        ("prescription_items", {"id": 2}, {"registry_id": 70000002, "qty_prescribed": 180}),
        ("stock_deliveries", {"id": "DLV-2026-000311"}, {"drug_code": "AML5", "quantity": 500}),
        ("application_decisions", {"application_id": FAMILY}, {"decision": "approved"}),
        (
            "sync_conflicts",
            {"tx_uuid": V1_TX},
            {"kind": "prescription_over_dispensed", "resolved_at": None},
        ),
        ("sync_pending", {"entity": "student", "key": "10482"}, {"waiting_for": "class:SCH045-3B"}),
        (
            "sync_state",
            {"id": 1},
            {"online": 1, "failures": 0, "last_push_at": "2026-10-08T08:12:00.000+05:00"},
        ),
        ("sync_cursors", {"stream": "registry"}, {"cursor": "1187"}),
        ("outbox", {"tx_uuid": V1_TX}, {"state": "synced", "registry_status": "conflict", "attempts": 1}),
        (
            "face_templates",
            {"id": 1},
            {"citizen_id": 1, "source": "registry", "registry_id": "FT-UZ-000481213", "encoding": bytes},
        ),
    ],
    5: [
        (
            "sync_rejected_changes",
            {"entity": "prescription", "key": "RX-2026-0000917"},
            {"op": "upsert", "reason": "IntegrityError: CHECK constraint failed: valid_from <= valid_until"},
        ),
        (
            "dispenses",
            {"id": 2},
            {"citizen_id": 4, "id_method": "id_number_face", "match_distance": 0.36, "total_cost": 2_280_000},
        ),
        ("audit", {"action": "manual_identification"}, {"subject": "citizen:4"}),
        ("sync_state", {"id": 1}, {"online": 0, "failures": 2, "last_error": "the registry did not answer"}),
    ],
    6: [
        (
            "operators",
            {"id": 4},
            {
                "login": "supervisor",
                "role": "supervisor",
                "secret_hash": lambda h: h.startswith("$argon2id$"),
            },
        ),
        (
            "operator_lockouts",
            {"login": "canteen"},
            {"failures": 3, "locked_until": None, "locked_hash": None},
        ),
        (
            "operator_lockouts",
            {"login": "admin"},
            {"failures": 5, "locked_until": "2026-10-14T21:17:00.000+05:00"},
        ),
        (
            "override_grants",
            {"id": GRANT},
            {"citizen_id": 1, "operator_id": 1, "supervisor_id": 4, "used_tx": OVERRIDDEN},
        ),
        ("dispenses", {"tx_uuid": OVERRIDDEN}, {"id_method": "override", "supervisor_id": 4}),
        ("prescription_items", {"id": 1}, {"qty_dispensed": 60}),
    ],
    7: [
        ("chain_anchors", {"chain": "audit"}, {"seq": 5, "purged_at": "2026-10-20T03:00:00.000+05:00"}),
        ("audit", {"action": "purge"}, {"operator_id": None, "subject": "retention"}),
        ("settings", {"key": "retention_audit_days"}, {"value": "7"}),
        ("sync_cursors", {"stream": "audit"}, {"cursor": "5"}),
        ("citizens", {"id": 1}, {"last_seen_at": "2026-10-20T09:02:00.000+05:00"}),  # her face, seen
        ("citizens", {"id": 2}, {"last_seen_at": "2026-10-20T08:41:00.000+05:00"}),  # his breakfast
        ("face_templates", {"id": 2}, {"source": "terminal", "consent_at": "2026-10-20T09:15:00.000+05:00"}),
        ("transactions", {"kind": "face_enrolled"}, {"operator_id": 1}),
    ],
    8: [
        (
            "face_templates",
            {"id": 3},
            {
                "citizen_id": 4,
                "source": "learned",
                "learned_from": "face",
                "registry_id": lambda k: len(k) == 36,
            },
        ),
        ("transactions", {"kind": "face_learned"}, {"operator_id": 1}),
        ("citizens", {"id": 4}, {"last_seen_at": "2026-10-23T11:20:00.000+05:00"}),
    ],
    9: [
        (
            "sync_state",
            {"id": 1},
            {
                "registry_time": "2026-10-27T03:59:58.412+00:00",
                "registry_read_local": "2026-10-27T09:00:00.020+05:00",
                "registry_read_boot": lambda boot: len(boot) == 36,
                "registry_read_uptime": 352_811.47,
                "online": 1,
            },
        ),
        ("sync_cursors", {"stream": "registry"}, {"cursor": "1402"}),
        ("outbox", {"tx_uuid": OVERRIDDEN}, {"state": "synced", "registry_status": "accepted"}),
    ],
    10: [
        (
            "reversals",
            {"tx_uuid": MEAL_REVERSAL},
            {"reversed_tx": EARLY_MEAL, "kind": "meal", "supervisor_id": 4},
        ),
        ("reversals", {"tx_uuid": DOSE_REVERSAL}, {"reversed_tx": WRONG_DOSE, "kind": "dispense"}),
        ("live_meals", {"served_on": "2026-10-30"}, {"served_at": "2026-10-30T13:05:00.000+05:00"}),
        ("prescription_items", {"id": 2}, {"qty_dispensed": 60}),  # the reversed dose given back
        ("stock", {"drug_code": "MET500"}, {"quantity": 540}),
    ],
    11: [
        ("lost_acts", {"seq_from": 15}, {"seq_to": 15, "found_at": "2026-11-04T02:40:11.532+00:00"}),
        ("audit", {"action": "acts_lost"}, {"operator_id": None, "details": '{"ranges":[[15,15]]}'}),
        ("transactions", {"seq": 16}, {"kind": "meal"}),
    ],
    12: [
        (
            "applications",
            {"id": PENSIONER},
            {"status": "submitted", "benefit_type": "low_income_aid", "face_check": _face("same")},
        ),
        ("applications", {"id": LOOK_ALIKE}, {"status": "draft", "face_check": _face("other")}),
        (
            "transactions",
            {"seq": 18},
            {"payload": lambda raw: json.loads(raw)["face_check"]["result"] == "same"},
        ),
        ("citizens", {"id": 1}, {"last_seen_at": "2026-11-10T09:52:00.000+05:00"}),  # her application
    ],
    13: [
        ("operators", {"login": "social"}, {"role": "social_worker", "id": 5}),
        (
            "aid_entitlements",
            {"id": FRAME},
            {"citizen_id": 1, "status": "handed_over", "state_cost": 42_000_000},
        ),
        ("aid_entitlements", {"id": HEARING_AID}, {"citizen_id": 2, "status": "active"}),
        ("aid_handovers", {"tx_uuid": HANDOVER}, {"entitlement_id": FRAME, "serial": "WF-2026-004417"}),
        ("transactions", {"seq": 19}, {"uuid": HANDOVER, "kind": "aid_handover", "operator_id": 5}),
    ],
    14: [
        (
            "reversals",
            {"tx_uuid": SERIAL_REVERSAL},
            {"reversed_tx": WRONG_SERIAL, "kind": "aid_handover", "supervisor_id": 4},
        ),
        # The same entitlement handed over again once the first was reversed: one live hand-over.
        (
            "live_aid_handovers",
            {"entitlement_id": HEARING_AID},
            {"tx_uuid": RIGHT_SERIAL, "serial": "HA-2026-31877"},
        ),
        ("aid_entitlements", {"id": HEARING_AID}, {"status": "handed_over"}),
    ],
    15: [
        ("drug_gtins", {"gtin": "04870345255009"}, {"drug_code": "MET500"}),
        (
            "dispense_packs",
            {"id": 1},
            {"tx_uuid": PACKED, "gtin": "04780012290113", "serial": "MX7Q2K9P4A", "expires_on": "2028-03-31"},
        ),
        ("dispense_packs", {"id": 2}, {"tx_uuid": PACKED, "serial": "KZ00418827", "batch": None}),
    ],
    16: [],  # indexes only
}

# Columns later migrations added to tables that were there before: an older store gets their defaults.
ADDED_COLUMNS = {
    ("device", "public_key"): 4,
    ("prescription_items", "registry_id"): 4,
    ("sync_state", "online"): 4,
    ("sync_state", "failures"): 4,
    ("citizens", "last_seen_at"): 7,
    ("face_templates", "learned_from"): 8,
    ("sync_state", "registry_time"): 9,
    ("sync_state", "registry_read_uptime"): 9,
    ("applications", "face_check"): 12,
}


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return sorted(name for (name,) in rows)


def _keyed(conn: sqlite3.Connection, table: str) -> dict[tuple[Any, ...], dict[str, Any]]:
    """Every row of ``table`` by its primary key."""
    info = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
    key = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
    assert key, f"{table} has no primary key"
    cursor = conn.execute(f"SELECT * FROM [{table}]")
    names = [c[0] for c in cursor.description]
    rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    return {tuple(r[k] for k in key): r for r in rows}


def _defaults(conn: sqlite3.Connection, table: str) -> dict[str, Any]:
    """Each column's declared default, evaluated (None for a column without one)."""
    info = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
    return {r[1]: None if r[4] is None else conn.execute(f"SELECT {r[4]}").fetchone()[0] for r in info}


def _stop_before(version: int) -> str | None:
    return NAMES[version] if version < len(NAMES) else None


def test_there_is_a_frozen_store_for_every_migration() -> None:
    misnumbered = [name for n, name in enumerate(NAMES, 1) if not name.startswith(f"m{n:03d}_")]
    assert not misnumbered, f"migrations out of their numbered order: {misnumbered}"
    missing = [f"{_dump(n).name} (for {name})" for n, name in enumerate(NAMES, 1) if not _dump(n).exists()]
    assert not missing, (
        f"no frozen store for {', '.join(missing)}: when a schema is released, make its dump once with"
        " `python -m tests.fixtures.make_stores N` (add its rows there first)"
    )
    extra = sorted({p.name for p in FIXTURES.glob("store_v*.sql")} - {_dump(n).name for n in VERSIONS})
    assert not extra, f"frozen stores for no migration: {extra}"
    assert set(BROUGHT) == set(VERSIONS), "say in BROUGHT which rows each version's store holds"


@pytest.mark.parametrize("version", VERSIONS, ids=lambda v: f"v{v}")
def test_a_released_migration_was_never_edited(version: int, tmp_path: Path) -> None:
    """The frozen store holds exactly the first ``version`` migrations, and today's migrations up to the
    same one still make its schema."""
    old = sqlite3.connect(_load(_dump(version), tmp_path / "old"))
    recorded = [name for (name,) in old.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert recorded == NAMES[:version]
    fresh = sqlite3.connect(tmp_path / "fresh.db")
    migrations.apply(Database(fresh), stop_before=_stop_before(version))
    assert _schema(fresh) == _schema(old)


@pytest.mark.parametrize("version", VERSIONS, ids=lambda v: f"v{v}")
def test_a_frozen_store_upgrades_and_keeps_its_rows(version: int, tmp_path: Path) -> None:
    home = tmp_path / "terminal"
    raw = sqlite3.connect(_load(_dump(version), home))
    before = {table: _keyed(raw, table) for table in _tables(raw)}
    raw.close()

    with Store.open(home) as store:
        conn = store.db.conn
        applied = [m.name for m in migrations.applied(store.db)]
        assert applied == NAMES  # each once, in order: the ones it had and every later one
        assert store.integrity_check() == ["ok"]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

        # Every row the store had is there under its key with its values; added columns hold their defaults.
        assert set(before) <= set(_tables(conn))
        defaulted = set()
        for table, rows in before.items():
            after, defaults = _keyed(conn, table), _defaults(conn, table)
            assert rows.keys() <= after.keys(), table
            if table != migrations.migrations_table:  # which records the upgrade's migrations
                assert after.keys() == rows.keys(), table
            for key, row in rows.items():
                added = {c: v for c, v in after[key].items() if c not in row}
                assert {c: after[key][c] for c in row} == row, (table, key)
                assert added == {c: defaults[c] for c in added}, (table, key)
                defaulted |= {(table, c) for c in added}
        assert {c for c, v in ADDED_COLUMNS.items() if v > version and before.get(c[0])} <= defaulted

        # The rows this version brought, read back by key.
        for table, key, values in BROUGHT[version]:
            where = " AND ".join(f"[{k}] = ?" for k in key)
            found = store.all(f"SELECT * FROM [{table}] WHERE {where}", list(key.values()))
            assert len(found) == 1, (table, key)
            for column, want in values.items():
                got = found[0][column]
                if isinstance(want, type):
                    assert isinstance(got, want), (table, key, column, got)
                elif callable(want):
                    assert want(got), (table, key, column, got)
                else:
                    assert got == want, (table, key, column)

        # Today's services take a new act on it, chained after the acts it had.
        head = store.one("SELECT seq, hash FROM transactions ORDER BY seq DESC LIMIT 1")
        item = store.one("SELECT qty_dispensed FROM prescription_items WHERE id = 1")
        stock = store.scalar("SELECT quantity FROM stock WHERE drug_code = 'AML5'")
        site = Site(store, fixed_clock())
        nurse = site.operator("nurse")
        receipt = site.dispensing.dispense(
            nurse, Identification(1, "face", distance=0.3), [DispenseLine(1, 10)]
        )
        assert receipt.total == 10 * 45_000
        act = store.one("SELECT * FROM transactions WHERE uuid = ?", (receipt.tx_uuid,))
        assert act is not None and head is not None
        assert (act["seq"], act["prev_hash"]) == (head["seq"] + 1, head["hash"])
        assert store.one("SELECT state FROM outbox WHERE tx_uuid = ?", (receipt.tx_uuid,)) == {
            "state": "queued"
        }
        assert (
            store.scalar("SELECT qty_dispensed FROM prescription_items WHERE id = 1")
            == item["qty_dispensed"] + 10
        )
        assert store.scalar("SELECT quantity FROM stock WHERE drug_code = 'AML5'") == stock - 10
        # A later migration's trigger works on the old rows too: the citizen was seen now.
        assert store.scalar("SELECT last_seen_at FROM citizens WHERE id = 1") == receipt.issued_at

        count, log_break = acts.verify_log(store)
        assert count == len(before["transactions"]) + 1
        lost = store.all("SELECT seq_from FROM lost_acts ORDER BY seq_from")
        if lost:  # a recovered store's chain misses the lost acts, and says so
            assert log_break is not None
            assert (log_break.seq, log_break.reason.code) == (lost[0]["seq_from"], "missing")
        else:
            assert log_break is None
        assert audit.verify(store) == (len(before["audit"]) + 1, None)
