"""Technical aids end to end: the registry's entitlements reach the terminals, a hand-over reaches the
registry, and one entitlement handed over at two offices while both were offline is a conflict both
learn of."""

from __future__ import annotations

import json

import pytest

from sync.server.stats import stats
from terminal.core.clock import today
from terminal.core.errors import AidNotAvailable
from terminal.core.identification import Identification
from terminal.sync_client.cycle import sync_once
from tests.sync.conftest import CLOCK, new_terminal


def _entitled(site) -> dict:
    on = today(site.clock).isoformat()
    row = site.store.one(
        "SELECT e.id, c.pin FROM aid_entitlements e JOIN citizens c ON c.id = e.citizen_id"
        " WHERE e.status = 'active' AND e.valid_from <= ? AND e.valid_until >= ? ORDER BY e.id LIMIT 1",
        (on, on),
    )
    assert row is not None, "the seeded registry entitles some people to aids"
    return row


def _hand_over(site, entitlement: dict, serial: str) -> str:
    citizen = site.store.scalar("SELECT id FROM citizens WHERE pin = ?", (entitlement["pin"],))
    worker = site.store.scalar("SELECT login FROM operators WHERE role = 'social_worker' LIMIT 1")
    ident = Identification(citizen, "face", distance=0.3)
    return site.aids.hand_over(site.operator(worker), ident, entitlement["id"], serial).tx_uuid


def test_a_hand_over_reaches_the_registry_and_the_other_terminals_see_the_aid_handed_over(
    any_registry, tmp_path
) -> None:
    a, b = new_terminal(any_registry, tmp_path / "a"), new_terminal(any_registry, tmp_path / "b")
    entitlement = _entitled(a)
    tx = _hand_over(a, entitlement, "WC-1")
    assert sync_once(a.store, CLOCK).push.answers == {"accepted": 1}
    held = any_registry.one("SELECT kind FROM transactions WHERE uuid = :u", {"u": tx})
    assert held == {"kind": "aid_handover"}
    sync_once(b.store, CLOCK)
    status = b.store.scalar("SELECT status FROM aid_entitlements WHERE id = ?", (entitlement["id"],))
    assert status == "handed_over"
    with pytest.raises(AidNotAvailable, match="already handed over"):
        _hand_over(b, entitlement, "WC-2")
    a.close()
    b.close()


def test_one_entitlement_handed_over_at_two_offices_is_a_conflict_both_learn_of(
    any_registry, tmp_path
) -> None:
    a, b = new_terminal(any_registry, tmp_path / "a"), new_terminal(any_registry, tmp_path / "b")
    entitlement = _entitled(a)
    first, second = _hand_over(a, entitlement, "WC-A"), _hand_over(b, entitlement, "WC-B")  # both offline
    assert sync_once(a.store, CLOCK).push.answers == {"accepted": 1}
    assert sync_once(b.store, CLOCK).push.answers == {"conflict": 1}
    sync_once(a.store, CLOCK)  # A learns of it through its feed
    for site in (a, b):
        [conflict] = site.store.all("SELECT kind, tx_uuid, with_tx FROM sync_conflicts")
        assert conflict["kind"] == "aid_handed_twice" and conflict["tx_uuid"] == second
        assert json.loads(conflict["with_tx"]) == [first]
        worker = site.operator(site.store.scalar("SELECT login FROM operators WHERE role = 'social_worker'"))
        assert [r["handed_twice"] for r in site.aids.handed_today(worker)] == [1]
    assert stats(any_registry.db)["conflicts"] == {"aid_handed_twice": 1}
    a.close()
    b.close()


def test_a_reversed_hand_over_frees_the_entitlement_at_the_registry_and_at_the_other_office(
    any_registry, tmp_path
) -> None:
    a, b = new_terminal(any_registry, tmp_path / "a"), new_terminal(any_registry, tmp_path / "b")
    entitlement = _entitled(a)
    wrong = _hand_over(a, entitlement, "BOX-1")
    assert sync_once(a.store, CLOCK).push.answers == {"accepted": 1}
    sync_once(b.store, CLOCK)
    assert b.store.scalar("SELECT status FROM aid_entitlements WHERE id = ?", (entitlement["id"],)) == (
        "handed_over"
    )
    supervisor = a.operator(a.store.scalar("SELECT login FROM operators WHERE role = 'supervisor' LIMIT 1"))
    a.reversals.reverse(supervisor, wrong, reason="handed to the wrong person")
    assert sync_once(a.store, CLOCK).push.answers == {"accepted": 1}
    held = any_registry.one("SELECT status FROM aid_entitlements WHERE id = :id", {"id": entitlement["id"]})
    assert held == {"status": "active"}
    assert any_registry.one("SELECT count(*) AS n FROM aids_handed", {}) == {"n": 0}
    # The other office hears it is free again and hands it over; the registry takes that claim.
    sync_once(b.store, CLOCK)
    assert (
        b.store.scalar("SELECT status FROM aid_entitlements WHERE id = ?", (entitlement["id"],)) == "active"
    )
    right = _hand_over(b, entitlement, "WC-9")
    assert sync_once(b.store, CLOCK).push.answers == {"accepted": 1}
    claim = any_registry.one(
        "SELECT tx_uuid FROM aids_handed WHERE entitlement_id = :id", {"id": entitlement["id"]}
    )
    assert claim == {"tx_uuid": right}
    # The registry counts the reversal; the first office hears the entitlement went to the second.
    assert stats(any_registry.db)["transactions"]["reversed"] == {"aid_handover": 1}
    sync_once(a.store, CLOCK)
    assert a.store.scalar("SELECT status FROM aid_entitlements WHERE id = ?", (entitlement["id"],)) == (
        "handed_over"
    )
    assert not a.store.all("SELECT * FROM sync_conflicts") and not b.store.all("SELECT * FROM sync_conflicts")
    a.close()
    b.close()
