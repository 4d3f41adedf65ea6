"""Confirmed acts: log, audit and outbox rows together; hash chains that reveal tampering."""

from __future__ import annotations

import pytest

from terminal.core import acts, audit
from terminal.core.clock import stamp
from terminal.core.dispensing import DispenseLine
from terminal.core.identification import Identification
from tests.conftest import dispensable_item


def _record(site, n: int) -> list[str]:
    nurse = site.operator("nurse")
    uuids = []
    with site.store.write() as db:
        for i in range(n):
            uuids.append(
                acts.record_act(
                    db, kind="test", payload={"n": i}, operator_id=nurse.id, at=stamp(site.clock)
                ).uuid
            )
    return uuids


def test_record_act_needs_the_callers_transaction(site) -> None:
    with pytest.raises(RuntimeError, match="inside the act's transaction"):
        acts.record_act(site.store.db, kind="test", payload={}, operator_id=1, at=stamp(site.clock))


def test_each_act_has_one_log_one_audit_and_one_outbox_row(site) -> None:
    uuids = _record(site, 5)
    assert [r["seq"] for r in site.store.all("SELECT seq FROM transactions ORDER BY seq")] == [1, 2, 3, 4, 5]
    assert site.store.scalar("SELECT count(*) FROM outbox WHERE state = 'queued'") == 5
    for u in uuids:
        assert site.store.scalar("SELECT count(*) FROM audit WHERE details LIKE ?", (f"%{u}%",)) == 1
    assert acts.verify_log(site.store) == (5, None)
    assert audit.verify(site.store) == (5, None)


def test_a_failure_after_the_act_rolls_the_act_back_too(site) -> None:
    nurse = site.operator("nurse")
    with pytest.raises(ZeroDivisionError), site.store.write() as db:
        acts.record_act(db, kind="test", payload={}, operator_id=nurse.id, at=stamp(site.clock))
        1 / 0  # noqa: B018
    for table in ("transactions", "audit", "outbox"):
        assert site.store.scalar(f"SELECT count(*) FROM {table}") == 0


def test_the_log_and_trail_refuse_updates_and_deletes(site) -> None:
    _record(site, 2)
    conn = site.store.db.conn
    from terminal.core.store_cipher import IntegrityError

    for sql in (
        "UPDATE transactions SET payload = '{}'",
        "DELETE FROM transactions WHERE seq = 2",
        "UPDATE audit SET action = 'nothing'",
        "DELETE FROM audit",
    ):
        with pytest.raises(IntegrityError, match="append-only"), conn:
            conn.execute(sql)


def _tamper(site, sql: str, table: str) -> None:
    """What someone with a raw SQLite tool could do: drop the guards, edit, leave."""
    conn = site.store.db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    with conn:
        conn.execute(f"DROP TRIGGER {table}_no_update")
        conn.execute(f"DROP TRIGGER {table}_no_delete")
        for statement in sql.split(";"):
            conn.execute(statement)
    conn.execute("PRAGMA foreign_keys = ON")


@pytest.mark.parametrize(
    ("sql", "seq", "words"),
    [
        ("UPDATE transactions SET payload = '{\"n\":99}' WHERE seq = 3", 3, "changed"),
        ("DELETE FROM transactions WHERE seq = 2", 2, "missing"),
        ("UPDATE transactions SET seq = seq + 10 WHERE seq = 2", 2, "missing"),
    ],
)
def test_edits_removals_and_reordering_of_the_log_are_found(site, sql, seq, words) -> None:
    _record(site, 4)
    _tamper(site, sql, "transactions")
    _, brk = acts.verify_log(site.store)
    assert brk is not None and brk.seq == seq and words in brk.reason


def test_swapped_audit_entries_are_found(site) -> None:
    _record(site, 3)
    _tamper(
        site,
        "UPDATE audit SET seq = 100 WHERE seq = 1; UPDATE audit SET seq = 1 WHERE seq = 2;"
        " UPDATE audit SET seq = 2 WHERE seq = 100",
        "audit",
    )
    _, brk = audit.verify(site.store)
    assert brk is not None and brk.seq == 1


def test_a_real_dispense_chains_onto_earlier_acts(site) -> None:
    _record(site, 2)
    citizen_id, _, item = dispensable_item(site)
    receipt = site.dispensing.dispense(
        site.operator("nurse"), Identification(citizen_id, "face"), [DispenseLine(item.item_id, 1)]
    )
    row = site.store.one("SELECT seq, prev_hash FROM transactions WHERE uuid = ?", (receipt.tx_uuid,))
    assert row["seq"] == 3
    assert row["prev_hash"] == site.store.scalar("SELECT hash FROM transactions WHERE seq = 2")
