"""The registry's acts by month on PostgreSQL: each act in its month's partition, months made ahead and
on demand, an older registry upgraded with its acts, and every act's identity still unique."""

from __future__ import annotations

import random
from datetime import date

import psycopg
import pytest

from sync.protocol.times import UtcClock
from sync.server import partitions
from sync.server.db import RegistryDB
from sync.server.schema import MIGRATIONS, migrate
from sync.server.stats import stats
from terminal.core.simulate import simulate
from terminal.sync_client.cycle import sync_once
from tests.sync.conftest import CLOCK, Server, local_uuids, make_registry, new_terminal, registry_uuids


def _parts(db: RegistryDB) -> dict[str, int]:
    rows = db.run(
        lambda tx: tx.all(
            "SELECT tableoid::regclass::text AS part, count(*) AS n FROM transactions GROUP BY 1"
        ),
        write=False,
    )
    return {r["part"]: r["n"] for r in rows}


def _partition_names(db: RegistryDB) -> set[str]:
    rows = db.run(
        lambda tx: tx.all(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
            " WHERE i.inhparent = 'transactions'::regclass"
        ),
        write=False,
    )
    return {r["relname"] for r in rows}


def _months_from(first: date, count: int) -> list[str]:
    names, month = [], first
    for _ in range(count):
        names.append(f"transactions_{month:%Y_%m}")
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return names


def test_acts_pushed_to_postgresql_land_in_the_partition_of_the_month_they_arrive(pg_url, tmp_path) -> None:
    reg = make_registry(pg_url)
    reg.server = Server(reg.db).start()
    try:
        kind = reg.one(
            "SELECT partstrat FROM pg_partitioned_table WHERE partrelid = 'transactions'::regclass"
        )
        assert kind == {"partstrat": "r"}  # declarative, by range
        this_month = UtcClock().now().date().replace(day=1)
        made = _partition_names(reg.db)
        assert set(_months_from(this_month, 1 + partitions.MONTHS_AHEAD)) | {"transactions_default"} <= made
        site = new_terminal(reg, tmp_path / "t1")
        simulate(site, "dispenses", 25, random.Random(3))
        simulate(site, "meals", 10, random.Random(4))
        report = sync_once(site.store, CLOCK)
        assert report.push.answers == {"accepted": 35}
        assert _parts(reg.db) == {f"transactions_{this_month:%Y_%m}": 35}
        assert registry_uuids(reg) == local_uuids(site)
        assert stats(reg.db)["transactions"]["total"] == 35
        assert sync_once(site.store, CLOCK).push.sent == 0
        site.close()
    finally:
        reg.server.stop()
        reg.db.close()


def test_an_act_of_a_month_without_its_partition_waits_in_the_default_one_and_moves_when_made(pg_url) -> None:
    db = RegistryDB(pg_url)
    migrate(db)
    far = "2031-03-15T10:00:00.000+00:00"
    row = {
        "uuid": "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
        "device_id": "D1",
        "seq": 1,
        "kind": "meal",
        "created_at": far,
        "payload": "{}",
        "prev_hash": "0" * 64,
        "hash": "1" * 64,
        "signature": "s",
        "received_at": far,
        "outcome": "accepted",
    }
    columns = ", ".join(row)
    values = ", ".join(f":{k}" for k in row)
    with db.transaction() as tx:
        tx.execute(f"INSERT INTO transactions ({columns}) VALUES ({values})", row)
    assert _parts(db) == {"transactions_default": 1}
    with db.transaction() as tx:
        assert partitions.ensure_months(tx, date(2031, 3, 1), 1) == [
            "transactions_2031_03",
            "transactions_2031_04",
        ]
    assert _parts(db) == {"transactions_2031_03": 1}
    with db.transaction() as tx:  # made once: asking again changes nothing
        assert partitions.ensure_months(tx, date(2031, 3, 1), 1) == []
    db.close()


def test_a_registry_from_before_partitioning_keeps_every_act_in_its_month_after_the_upgrade(
    pg_url, monkeypatch
) -> None:
    db = RegistryDB(pg_url)
    older = tuple(m for m in MIGRATIONS if m[0] < "m009")
    monkeypatch.setattr("sync.server.schema.MIGRATIONS", older)
    migrate(db)
    months = [
        "2026-01-31T23:59:59.999+00:00",
        "2026-02-01T00:00:00.000+00:00",
        "2026-07-04T12:00:00.000+00:00",
    ]
    with db.transaction() as tx:
        for seq, at in enumerate(months * 2, start=1):
            tx.execute(
                "INSERT INTO transactions (uuid, device_id, seq, kind, created_at, payload, prev_hash, hash,"
                " signature, received_at, outcome) VALUES (:u, 'D1', :seq, 'meal', :at, '{}', :p, :h, 's',"
                " :at, 'accepted')",
                {"u": f"act-{seq}", "seq": seq, "at": at, "p": f"{seq - 1:064d}", "h": f"{seq:064d}"},
            )
    monkeypatch.undo()
    assert migrate(db)[-1] == "m009_partitioned_acts"
    assert _parts(db) == {"transactions_2026_01": 2, "transactions_2026_02": 2, "transactions_2026_07": 2}
    keys = db.run(
        lambda tx: tx.all("SELECT uuid, seq, received_at FROM transaction_keys ORDER BY seq"), False
    )
    assert [(k["uuid"], k["received_at"]) for k in keys] == [
        (f"act-{i}", at) for i, at in enumerate(months * 2, 1)
    ]
    assert stats(db)["transactions"]["by_device"] == {"D1": 6}
    db.close()


def test_an_acts_uuid_and_its_devices_sequence_number_stay_unique_across_months(pg_url) -> None:
    db = RegistryDB(pg_url)
    migrate(db)
    key = "INSERT INTO transaction_keys (uuid, device_id, seq, kind, hash, outcome, received_at)"
    with db.transaction() as tx:
        tx.execute(key + " VALUES ('a', 'D1', 1, 'meal', 'h', 'accepted', '2026-01-05')")
    for again in (
        " VALUES ('a', 'D2', 1, 'meal', 'h', 'accepted', '2026-02-05')",  # the same uuid, a month later
        " VALUES ('b', 'D1', 1, 'meal', 'h', 'accepted', '2026-03-05')",  # the same device and seq
    ):
        with pytest.raises(psycopg.errors.UniqueViolation), db.transaction() as tx:
            tx.execute(key + again)
    db.close()


def test_a_sqlite_registry_keeps_its_acts_in_one_table_with_their_keys_beside(sqlite_url, tmp_path) -> None:
    reg = make_registry(sqlite_url)
    reg.server = Server(reg.db).start()
    try:
        site = new_terminal(reg, tmp_path / "t1")
        simulate(site, "dispenses", 12, random.Random(5))
        assert sync_once(site.store, CLOCK).push.answers == {"accepted": 12}
        keys = reg.all("SELECT uuid FROM transaction_keys ORDER BY uuid")
        assert [k["uuid"] for k in keys] == registry_uuids(reg) == local_uuids(site)
        site.close()
    finally:
        reg.server.stop()
        reg.db.close()
