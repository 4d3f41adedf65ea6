"""Technical aids at the registry: entitlements seeded and carried to the catchment's terminals, a
hand-over claims its entitlement once, a second is ``aid_handed_twice``. On SQLite and PostgreSQL,
through devices that sign what they send as a terminal does (no terminal store)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from typing import Any

import pytest

from sync.protocol.models import AidEntitlementData, ConflictData, OperatorData
from sync.server.seed import SYNTHETIC_PINS
from sync.server.stats import stats
from terminal.bench.pg import scratch_database
from tests.security.device import Device
from tests.sync.conftest import Registry, Server, make_registry


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def live(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    """Two facilities of 300 citizens each, served for the whole module: each test enrolls devices
    of its own and hands over entitlements no earlier test used."""
    where: AbstractContextManager[str]
    if request.param == "sqlite":
        where = nullcontext(f"sqlite:///{tmp_path_factory.mktemp('registry') / 'registry.db'}")
    else:
        where = scratch_database("hamyon_test")
    with where as url:
        reg = make_registry(url, citizens=300, facilities=("F1", "F2"))
        reg.server = Server(reg.db).start()
        yield reg
        reg.server.stop()
        reg.db.close()


def _device(reg: Registry, facility: str = "F1") -> Device:
    return Device.enroll(reg.address, reg.code(facility))


def _pull(dev: Device) -> list[dict[str, Any]]:
    """The device's whole feed from the start, page by page."""
    changes, since = [], "0"
    while True:
        answer = dev.send("GET", f"/v1/changes?since={since}&limit=1000")
        assert answer.status_code == 200, answer.text
        page = answer.json()
        changes += page["changes"]
        since = page["cursor"]
        if not page["more"]:
            return changes


def _aids(changes: list[dict[str, Any]]) -> dict[str, dict[str, Any] | None]:
    return {c["key"]: c["data"] for c in changes if c["entity"] == "aid_entitlement"}


def _fresh(reg: Registry, n: int = 1, facility: str = "F1") -> list[dict[str, Any]]:
    """``n`` active entitlements of the facility's catchment that no act has used yet."""
    rows = reg.all(
        "SELECT * FROM aid_entitlements WHERE status = 'active' AND id LIKE :p"
        " AND id NOT IN (SELECT entitlement_id FROM aids_handed) ORDER BY id",
        {"p": f"AID-{facility}-%"},
    )
    assert len(rows) >= n, "the seed gave the facility too few entitlements"
    return rows[:n]


def _handover(ent: dict[str, Any], facility: str = "F1", **fields: Any) -> dict[str, Any]:
    payload = {
        "facility": facility,
        "citizen_pin": ent["citizen_pin"],
        "id_method": "face",
        "entitlement_id": ent["id"],
        "aid_code": ent["aid_code"],
        "serial": f"SN-{ent['id'][-6:]}-{facility}",
        "state_cost": ent["state_cost"],
    }
    return {k: v for k, v in (payload | fields).items() if v is not None}


def _status(reg: Registry, entitlement_id: str) -> str:
    return reg.one("SELECT status FROM aid_entitlements WHERE id = :id", {"id": entitlement_id})["status"]


def test_seeded_entitlements_and_the_social_worker_reach_the_catchments_terminals(live: Registry) -> None:
    held = live.all("SELECT * FROM aid_entitlements ORDER BY id")
    citizens = {r["key"] for r in live.all("SELECT key FROM entities WHERE entity = 'citizen'")}
    entitled = {r["citizen_pin"] for r in held}
    assert 0.04 <= len(entitled) / len(citizens) <= 0.16  # about 1 in 12
    assert {r["status"] for r in held} == {"active"} and all(r["citizen_pin"] in citizens for r in held)
    wheelchair = {r["state_cost"] for r in held if r["aid_code"] == "wheelchair_manual"}
    assert wheelchair <= {285_000_000}  # 2,850,000.00 so'm in tiyin
    f1 = _aids(_pull(_device(live, "F1")))
    mine = {r["id"]: r for r in held if r["id"].startswith("AID-F1-")}
    assert set(f1) == set(mine)  # the catchment's, and only them
    for key, data in f1.items():
        model = AidEntitlementData.model_validate(data)
        assert model.citizen_pin == mine[key]["citizen_pin"] and model.state_cost == mine[key]["state_cost"]
        assert model.valid_from < model.valid_until and model.decision_number.startswith("TMEK-")
    [row] = live.all("SELECT data FROM entities WHERE entity = 'operator' AND key = 'F1/social'")
    social = OperatorData.model_validate_json(row["data"])
    assert (social.login, social.role, social.active) == ("social", "social_worker", True)
    assert SYNTHETIC_PINS["social"] == "5555"


def test_a_handover_is_accepted_and_the_next_pull_shows_it_handed_over(live: Registry) -> None:
    [ent] = _fresh(live)
    office, other = _device(live), _device(live)
    assert _aids(_pull(other))[ent["id"]]["status"] == "active"
    act = office.act("aid_handover", _handover(ent), operator="social")
    assert office.results(act) == [("accepted", None)]
    assert _status(live, ent["id"]) == "handed_over"
    assert live.one(
        "SELECT tx_uuid, device_id FROM aids_handed WHERE entitlement_id = :id", {"id": ent["id"]}
    ) == {
        "tx_uuid": act["uuid"],
        "device_id": office.device,
    }
    for dev in (office, other):
        data = _aids(_pull(dev))[ent["id"]]
        assert data is not None and data["status"] == "handed_over"


def test_the_same_entitlement_handed_over_at_two_offices_is_a_conflict_both_learn_of(live: Registry) -> None:
    [ent] = _fresh(live)
    here, there = _device(live, "F1"), _device(live, "F2")  # an office of another catchment, too
    first = here.act("aid_handover", _handover(ent, "F1"))
    second = there.act("aid_handover", _handover(ent, "F2"))
    assert here.results(first) == [("accepted", None)]
    answer = there.push(second)
    [result] = answer.json()["results"]
    assert result["status"] == "conflict" and result["conflict"]["kind"] == "aid_handed_twice"
    assert result["conflict"]["with_tx"] == [first["uuid"]]
    row = live.one("SELECT * FROM conflicts WHERE tx_uuid = :t", {"t": second["uuid"]})
    assert sorted(json.loads(row["devices"])) == sorted([here.device, there.device])
    assert json.loads(row["details"]) == {"entitlement_id": ent["id"], "aid_code": ent["aid_code"]}
    for dev in (here, there):
        [conflict] = [ConflictData.model_validate(c["data"]) for c in _pull(dev) if c["entity"] == "conflict"]
        assert conflict.kind == "aid_handed_twice" and conflict.tx_uuid == second["uuid"]
        assert conflict.with_tx == [first["uuid"]]
    stored = live.one("SELECT outcome FROM transactions WHERE uuid = :u", {"u": second["uuid"]})
    assert stored["outcome"] == "conflict"
    assert live.one("SELECT tx_uuid FROM aids_handed WHERE entitlement_id = :id", {"id": ent["id"]}) == {
        "tx_uuid": first["uuid"]
    }


def _reversal(act: dict[str, Any], facility: str = "F1") -> dict[str, Any]:
    return {
        "facility": facility,
        "reverses": act["uuid"],
        "reverses_kind": "aid_handover",
        "reason": "the box's serial number was typed",
        "supervisor_id": 4,
    }


def test_reversing_the_claiming_hand_over_frees_the_entitlement_and_a_conflicting_one_frees_nothing(
    live: Registry,
) -> None:
    [ent] = _fresh(live)
    here, there = _device(live, "F1"), _device(live, "F2")
    first = here.act("aid_handover", _handover(ent, "F1"))
    second = there.act("aid_handover", _handover(ent, "F2"))
    assert here.results(first) == [("accepted", None)]
    assert there.results(second) == [("conflict", None)]
    # The second office reverses its own hand-over, the conflict: the first office's claim stands.
    assert there.results(there.act("reversal", _reversal(second, "F2"), operator="supervisor")) == [
        ("accepted", None)
    ]
    assert _status(live, ent["id"]) == "handed_over"
    # Another device may not reverse the first office's act; the first office may.
    assert there.results(there.act("reversal", _reversal(first, "F2"))) == [("rejected", "not_reversible")]
    undo = here.act("reversal", _reversal(first), operator="supervisor")
    assert here.results(undo) == [("accepted", None)]
    assert _status(live, ent["id"]) == "active"
    assert live.one(
        "SELECT count(*) AS n FROM aids_handed WHERE entitlement_id = :id", {"id": ent["id"]}
    ) == {"n": 0}
    data = _aids(_pull(_device(live, "F1")))[ent["id"]]
    assert data is not None and data["status"] == "active"  # published again to its catchment
    assert here.results(here.act("reversal", _reversal(first))) == [("rejected", "already_reversed")]
    # Handed over anew (the right serial number), it is claimed again.
    again = here.act("aid_handover", _handover(ent, "F1", serial="HA-RIGHT-1"))
    assert here.results(again) == [("accepted", None)]
    assert _status(live, ent["id"]) == "handed_over"


def test_handed_over_twice_in_one_batch_the_second_act_is_the_conflict(live: Registry) -> None:
    [ent] = _fresh(live)
    dev = _device(live)
    first, again = (
        dev.act("aid_handover", _handover(ent)),
        dev.act("aid_handover", _handover(ent, serial="X-2")),
    )
    answer = dev.push(first, again).json()["results"]
    assert [r["status"] for r in answer] == ["accepted", "conflict"]
    assert answer[1]["conflict"]["with_tx"] == [first["uuid"]]


def test_an_act_sent_again_is_a_duplicate_not_a_conflict(live: Registry) -> None:
    [ent] = _fresh(live)
    dev = _device(live)
    act = dev.act("aid_handover", _handover(ent))
    before = stats(live.db)
    assert dev.results(act) == [("accepted", None)]
    assert dev.results(act) == [("duplicate", None)]
    after = stats(live.db)
    assert after["duplicates_received"] == before["duplicates_received"] + 1
    assert after["conflicts"].get("aid_handed_twice", 0) == before["conflicts"].get("aid_handed_twice", 0)
    counted = after["transactions"]["counted"]["aid_handover"] - before["transactions"]["counted"].get(
        "aid_handover", 0
    )
    assert counted == 1


@pytest.mark.parametrize(
    "fields",
    [
        {"serial": None},  # no serial number
        {"serial": ""},
        {"state_cost": -1},
        {"entitlement_id": None},
        {"citizen_pin": "12345678901234"},  # not an ID number (its check digit)
    ],
)
def test_a_malformed_handover_is_stored_refused_and_claims_nothing(live: Registry, fields: dict) -> None:
    [ent] = _fresh(live)
    dev = _device(live)
    act = dev.act("aid_handover", _handover(ent, **fields))
    assert dev.results(act) == [("rejected", "invalid_payload")]
    assert live.one("SELECT outcome FROM transactions WHERE uuid = :u", {"u": act["uuid"]}) == {
        "outcome": "rejected"
    }
    assert _status(live, ent["id"]) == "active"
    # The chain goes on: the next act is taken.
    assert dev.results(dev.act("aid_handover", _handover(ent))) == [("accepted", None)]


def test_another_citizens_entitlement_is_refused_and_an_unknown_one_accepted(live: Registry) -> None:
    [ent] = _fresh(live)
    stranger = next(
        r["key"]
        for r in live.all("SELECT key FROM entities WHERE entity = 'citizen' ORDER BY key")
        if r["key"] != ent["citizen_pin"]
    )
    dev = _device(live)
    wrong = dev.act("aid_handover", _handover(ent, citizen_pin=stranger))
    unknown = dev.act("aid_handover", _handover(ent, entitlement_id="AID-NOWHERE-1"))
    elsewhere = dev.act("aid_handover", _handover(ent, facility="F2"))
    assert dev.results(wrong, unknown, elsewhere) == [
        ("rejected", "wrong_citizen"),
        ("accepted", None),  # nothing to count against
        ("rejected", "wrong_facility"),
    ]
    assert _status(live, ent["id"]) == "active"
    assert live.one("SELECT count(*) AS n FROM aids_handed WHERE entitlement_id = 'AID-NOWHERE-1'")["n"] == 0


def test_offices_handing_over_at_the_same_moment_claim_each_entitlement_once(live: Registry) -> None:
    ents = _fresh(live, 3)
    devices = [_device(live) for _ in range(4)]
    acts = [[dev.act("aid_handover", _handover(e)) for e in ents] for dev in devices]
    answers: dict[str, list[str]] = {}

    def push(dev: Device, batch: list[dict]) -> None:
        answers[dev.device] = [r["status"] for r in dev.push(*batch).json()["results"]]

    threads = [threading.Thread(target=push, args=pair) for pair in zip(devices, acts, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    for i, ent in enumerate(ents):
        column = [answers[dev.device][i] for dev in devices]
        assert sorted(column) == ["accepted"] + ["conflict"] * 3
        assert _status(live, ent["id"]) == "handed_over"


def test_stats_count_handovers_and_their_conflicts(live: Registry) -> None:
    before = stats(live.db)
    [ent] = _fresh(live)
    a, b = _device(live), _device(live)
    assert a.results(a.act("aid_handover", _handover(ent))) == [("accepted", None)]
    assert b.results(b.act("aid_handover", _handover(ent))) == [("conflict", None)]
    after = stats(live.db)

    def grew(path: tuple[str, ...]) -> int:
        old: Any = before
        new: Any = after
        for key in path[:-1]:
            old, new = old[key], new[key]
        return int(new.get(path[-1], 0)) - int(old.get(path[-1], 0))

    assert grew(("transactions", "by_kind", "aid_handover")) == 2
    assert grew(("transactions", "counted", "aid_handover")) == 2
    assert grew(("conflicts", "aid_handed_twice")) == 1
    assert after["entities"]["aid_entitlement"] == len(live.all("SELECT id FROM aid_entitlements"))
