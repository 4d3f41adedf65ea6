"""Aid entitlements as registry records: imported from lists, cancelled, following their citizen,
never made available again once handed over; an older registry upgraded; the seed from the command
line. On SQLite and PostgreSQL where the database matters."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sync.server import publish, records
from sync.server.db import RegistryDB
from sync.server.importer import import_file
from sync.server.publish import catchment_scope
from sync.server.schema import MIGRATIONS, migrate
from sync.server.seed import SYNTHETIC_PINS
from sync.server.stats import stats
from terminal.core.idnumbers import make_id_number
from tests.cli_runner import hamyon
from tests.sync.conftest import CLOCK, Registry, make_registry, new_terminal

AT = "2026-12-01T09:00:00.000+00:00"


@pytest.fixture
def reg(db_url: str) -> Iterator[Registry]:
    registry = make_registry(db_url, citizens=120, facilities=("F1", "F2"))
    yield registry
    registry.db.close()


def _entitlement(pin: str, key: str = "AID-IMP-1", **fields: Any) -> dict[str, Any]:
    return {
        "id": key,
        "citizen_pin": pin,
        "aid_code": "wheelchair_manual",
        "aid_name": "Manual wheelchair",
        "category": "mobility",
        "state_cost": 285_000_000,
        "decision_number": "TMEK-2026/00017",
        "valid_from": "2026-11-01",
        "valid_until": "2027-11-01",
        "status": "active",
        "updated_at": AT,
    } | fields


def _a_citizen(reg: Registry, catchment: str = "F1-AREA") -> dict[str, Any]:
    row = reg.one(
        "SELECT data FROM entities WHERE entity = 'citizen' AND scope = :s ORDER BY key LIMIT 1",
        {"s": catchment_scope(catchment)},
    )
    return json.loads(row["data"])


def _feed(reg: Registry, key: str) -> list[tuple[str, str]]:
    """(scope, op) of the entitlement's entries in the change feed."""
    rows = reg.all(
        "SELECT scope, op FROM changes WHERE entity = 'aid_entitlement' AND key = :k ORDER BY scope",
        {"k": key},
    )
    return [(r["scope"], r["op"]) for r in rows]


def _held(reg: Registry, key: str) -> tuple[str, str | None]:
    """The entitlement's status in the registry's table, and in the data its feed carries."""
    row = reg.one("SELECT status FROM aid_entitlements WHERE id = :id", {"id": key})
    data = reg.db.run(lambda tx: publish.get(tx, "aid_entitlement", key), write=False)
    return row["status"], None if data is None else data["status"]


def test_entitlements_imported_from_csv_and_json_reach_the_catchment_and_bad_rows_are_named(
    reg: Registry, tmp_path: Path
) -> None:
    pin = _a_citizen(reg)["pin"]
    columns = list(_entitlement(pin))
    rows = [
        _entitlement(pin, "AID-IMP-1"),
        _entitlement(
            pin, "AID-IMP-2", aid_code="hearing_aid_bte", category="hearing", state_cost=310_000_000
        ),
        _entitlement(pin, "AID-IMP-3", aid_code="jetpack", category="flight"),
        _entitlement(pin, "AID-IMP-4", aid_code="white_cane", category="vision", state_cost=-5),
    ]
    lines = [",".join(columns)] + [",".join(str(r[c]) for c in columns) for r in rows]
    (tmp_path / "aids.csv").write_text("\n".join(lines) + "\n")
    report = import_file(reg.db, tmp_path / "aids.csv", CLOCK, kind="aid_entitlements")
    assert report.imported == {"aid_entitlements": 2}
    assert [r["where"] for r in report.rejected] == [
        "aids.csv:aid_entitlements[3]",
        "aids.csv:aid_entitlements[4]",
    ]
    assert all(pin not in r["reason"] for r in report.rejected)
    assert _feed(reg, "AID-IMP-1") == [("c:F1-AREA", "upsert")]
    assert reg.one("SELECT state_cost FROM aid_entitlements WHERE id = 'AID-IMP-2'") == {
        "state_cost": 310_000_000
    }
    (tmp_path / "more.json").write_text(
        json.dumps(
            {
                "aid_entitlements": [
                    _entitlement(pin, "AID-IMP-5", aid_code="white_cane", category="vision")
                ],
                "removals": {"aid_entitlements": ["AID-IMP-2", "AID-NONE"]},
            }
        )
    )
    report = import_file(reg.db, tmp_path / "more.json", CLOCK)
    assert report.imported == {"aid_entitlements": 1, "removed_aid_entitlements": 1}
    assert _held(reg, "AID-IMP-2") == (
        "cancelled",
        "cancelled",
    )  # cancelled: sent as such, like a prescription
    assert _held(reg, "AID-IMP-5") == ("active", "active")
    stranger = make_id_number("UZ", date(1950, 1, 2), "M", 991)
    (tmp_path / "orphan.json").write_text(json.dumps({"aid_entitlements": [_entitlement(stranger, "AID-X")]}))
    report = import_file(reg.db, tmp_path / "orphan.json", CLOCK)
    assert report.imported == {} and "citizen the registry does not hold" in report.rejected[0]["reason"]


def test_a_handed_over_entitlement_stays_so_when_its_list_comes_again_and_cannot_be_cancelled(
    reg: Registry,
) -> None:
    pin = _a_citizen(reg)["pin"]
    with reg.db.transaction() as tx:
        records.put_aid_entitlement(tx, _entitlement(pin), AT)
        tx.execute(
            "INSERT INTO aids_handed (entitlement_id, tx_uuid, device_id) VALUES ('AID-IMP-1', 'u', 'd')"
        )
        records.set_aids_status(tx, ["AID-IMP-1"], "handed_over", AT)
    assert _held(reg, "AID-IMP-1") == ("handed_over", "handed_over")
    with reg.db.transaction() as tx:
        again = records.put_aid_entitlement(tx, _entitlement(pin, aid_name="Manual wheelchair (folding)"), AT)
        assert again["status"] == "handed_over"
        assert records.cancel_aid_entitlement(tx, "AID-IMP-1", AT) is False
        assert records.cancel_aid_entitlement(tx, "AID-UNKNOWN", AT) is False
    assert _held(reg, "AID-IMP-1") == ("handed_over", "handed_over")


def test_an_entitlement_follows_its_citizen_and_leaves_with_them(reg: Registry) -> None:
    citizen = _a_citizen(reg)
    with reg.db.transaction() as tx:
        records.put_aid_entitlement(tx, _entitlement(citizen["pin"]), AT)
        records.put_citizen(tx, dict(citizen, catchment="F2-AREA"), AT)  # moved
    assert _feed(reg, "AID-IMP-1") == [("c:F1-AREA", "remove"), ("c:F2-AREA", "upsert")]
    with reg.db.transaction() as tx:
        assert records.remove_citizen(tx, citizen["pin"], AT)
    assert _feed(reg, "AID-IMP-1") == [("c:F1-AREA", "remove"), ("c:F2-AREA", "remove")]
    # Handed over after all (a terminal offline meanwhile): the record says so, the feed keeps it gone.
    with reg.db.transaction() as tx:
        tx.execute(
            "INSERT INTO aids_handed (entitlement_id, tx_uuid, device_id) VALUES ('AID-IMP-1', 'u', 'd')"
        )
        records.set_aids_status(tx, ["AID-IMP-1"], "handed_over", AT)
    assert _held(reg, "AID-IMP-1") == ("handed_over", None)
    assert _feed(reg, "AID-IMP-1") == [("c:F1-AREA", "remove"), ("c:F2-AREA", "remove")]


def test_a_registry_from_before_aids_is_upgraded_and_keeps_what_it_held(db_url: str) -> None:
    reg = make_registry(db_url, citizens=40)
    db = reg.db
    citizens = stats(db)["entities"]["citizen"]
    with db.transaction() as tx:  # as the registry was before m006: no aid tables, m006 not recorded
        tx.execute("DROP TABLE aids_handed")
        tx.execute("DROP TABLE aid_entitlements")
        tx.execute("DELETE FROM registry_migrations WHERE name = 'm006_aids'")
    assert migrate(db) == ["m006_aids"]
    assert migrate(db) == []
    names = db.run(
        lambda tx: [r["name"] for r in tx.all("SELECT name FROM registry_migrations ORDER BY name")]
    )
    assert names == [name for name, _ in MIGRATIONS]
    assert stats(db)["entities"]["citizen"] == citizens
    assert db.run(lambda tx: tx.scalar("SELECT count(*) FROM aid_entitlements"), write=False) == 0
    db.close()


def test_the_table_refuses_what_no_entitlement_can_be(tmp_path: Path) -> None:
    db = RegistryDB(f"sqlite:///{tmp_path / 'r.db'}")
    migrate(db)
    row = _entitlement("x")
    for bad in ({"category": "flight"}, {"status": "lost"}, {"state_cost": -1}):
        with pytest.raises(Exception, match="CHECK"), db.transaction() as tx:
            tx.execute(records.PUT_AID, row | bad)
    db.close()


def test_the_seed_command_gives_entitlements_and_stats_count_them(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'reg.db'}"
    seeded = json.loads(
        hamyon("registry", "seed", "--db", url, "--citizens", "600", "--facility", "F7").stdout
    )
    assert 600 / 20 <= seeded["aid_entitlements"] <= 600 / 5
    again = json.loads(hamyon("registry", "seed", "--db", f"sqlite:///{tmp_path / 'again.db'}",
                              "--citizens", "600", "--facility", "F7").stdout)  # fmt: skip
    assert again["aid_entitlements"] == seeded["aid_entitlements"]  # the same seed, the same registry
    st = json.loads(hamyon("registry", "stats", "--db", url).stdout)
    assert st["entities"]["aid_entitlement"] == seeded["aid_entitlements"]
    assert st["entities"]["operator"] == 5  # nurse, canteen, inspector, social worker, supervisor


def test_the_seeded_social_worker_signs_in_offline_at_an_enrolled_terminal(registry, tmp_path: Path) -> None:
    from terminal.core import operators

    site = new_terminal(registry, tmp_path / "t1")
    assert operators.sign_in(site, "social", SYNTHETIC_PINS["social"]).role == "social_worker"
    site.close()
