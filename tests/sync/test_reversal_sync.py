"""A reversal travels like any act: the registry undoes what the first act counted, once."""

from __future__ import annotations

import random

from sync.server.stats import stats
from terminal.core.acts import record_act
from terminal.core.clock import stamp
from terminal.core.dispensing import DispenseLine
from terminal.core.identification import Identification
from terminal.core.simulate import simulate
from terminal.sync_client.cycle import sync_once
from tests.conftest import dispensable_item
from tests.sync.conftest import CLOCK, new_terminal


def _dispense(site, quantity: int = 2) -> tuple[str, str]:
    citizen_id, _p, item = dispensable_item(site, quantity)
    receipt = site.dispensing.dispense(
        site.operator("nurse"),
        Identification(citizen_id, "face", distance=0.3),
        [DispenseLine(item.item_id, quantity)],
    )
    registry_id = site.store.scalar(
        "SELECT registry_id FROM prescription_items WHERE id = ?", (item.item_id,)
    )
    return receipt.tx_uuid, registry_id


def _registry_qty(reg, registry_id: str) -> int:
    return reg.one("SELECT qty_dispensed FROM rx_items WHERE id = :id", {"id": registry_id})["qty_dispensed"]


def _answers(site) -> dict[str, str]:
    """Each act's answer as the terminal kept it: "accepted", or "rejected:<reason>" for one set aside."""
    return {
        r["tx_uuid"]: r["registry_status"] + (f":{r['last_error']}" if r["state"] == "set_aside" else "")
        for r in site.store.all("SELECT tx_uuid, state, registry_status, last_error FROM outbox")
    }


def test_a_reversed_dispense_and_meal_count_nothing_at_the_registry_even_sent_twice(
    any_registry, tmp_path
) -> None:
    site = new_terminal(any_registry, tmp_path / "t1")
    dispense_tx, rx_item = _dispense(site, 2)
    simulate(site, "meals", 1, random.Random(3))
    meal_tx = site.store.scalar("SELECT tx_uuid FROM meals")
    sync_once(site.store, CLOCK)
    before = _registry_qty(any_registry, rx_item)
    assert (
        any_registry.one("SELECT count(*) AS n FROM meals_served WHERE tx_uuid = :t", {"t": meal_tx})["n"]
        == 1
    )
    assert stats(any_registry.db)["transactions"]["counted"] == {"dispense": 1, "meal": 1}

    supervisor = site.operator("supervisor")
    one = site.reversals.reverse(supervisor, dispense_tx, reason="the wrong patient was chosen")
    two = site.reversals.reverse(supervisor, meal_tx, reason="tapped the wrong child")
    report = sync_once(site.store, CLOCK)
    assert report.push.answers == {"accepted": 2}
    assert _registry_qty(any_registry, rx_item) == before - 2
    assert (
        any_registry.one("SELECT count(*) AS n FROM meals_served WHERE tx_uuid = :t", {"t": meal_tx})["n"]
        == 0
    )
    counts = stats(any_registry.db)["transactions"]
    assert counts["counted"] == {} and counts["reversed"] == {"dispense": 1, "meal": 1}
    assert counts["by_kind"] == {"dispense": 1, "meal": 1, "reversal": 2}  # nothing deleted

    # The answer was lost: the terminal sends both reversals again. Counted once.
    with site.store.write() as db:
        db.execute("UPDATE outbox SET state = 'queued' WHERE tx_uuid IN (?, ?)", (one.tx_uuid, two.tx_uuid))
    again = sync_once(site.store, CLOCK)
    assert again.push.answers == {"duplicate": 2}
    assert _registry_qty(any_registry, rx_item) == before - 2
    assert stats(any_registry.db)["transactions"]["reversed"] == {"dispense": 1, "meal": 1}
    # A second reversal act of the same dispense (a terminal restored from a backup) counts nothing.
    with site.store.write() as db:
        payload = {
            "facility": site.facility.id,
            "reverses": dispense_tx,
            "reverses_kind": "dispense",
            "reason": "reversed again",
            "supervisor_id": supervisor.id,
        }
        third = record_act(
            db, kind="reversal", payload=payload, operator_id=supervisor.id, at=stamp(site.clock)
        )
    sync_once(site.store, CLOCK)
    assert _answers(site)[third.uuid] == "rejected:already_reversed"
    assert _registry_qty(any_registry, rx_item) == before - 2
    site.close()


def test_a_terminal_reverses_only_its_own_acts_at_the_registry(registry, tmp_path) -> None:
    a = new_terminal(registry, tmp_path / "a")
    b = new_terminal(registry, tmp_path / "b")
    dispense_tx, rx_item = _dispense(a, 1)
    sync_once(a.store, CLOCK)
    before = _registry_qty(registry, rx_item)
    with b.store.write() as db:
        supervisor = b.operator("supervisor")
        payload = {
            "facility": b.facility.id,
            "reverses": dispense_tx,
            "reverses_kind": "dispense",
            "reason": "not ours to reverse",
            "supervisor_id": supervisor.id,
        }
        act = record_act(db, kind="reversal", payload=payload, operator_id=supervisor.id, at=stamp(b.clock))
    sync_once(b.store, CLOCK)
    assert _answers(b)[act.uuid] == "rejected:not_reversible"
    assert _registry_qty(registry, rx_item) == before
    a.close()
    b.close()
