"""Medicine packs end to end: the registry's GTINs and its per-facility setting reach the terminals, the
packs scanned travel in the signed dispense, and one pack's serial handed out at two terminals while both
were offline is a conflict of the later act, reported back like a double dispense."""

from __future__ import annotations

import json
from datetime import date

from sync.protocol import times
from sync.server import records
from sync.server.stats import stats
from terminal.core.clock import today
from terminal.core.dispensing import DispenseLine
from terminal.core.identification import Identification
from terminal.core.pack_conflicts import pack_conflicts
from terminal.core.packs import Pack, element_string, read_pack
from terminal.sync_client.cycle import sync_once
from tests.sync.conftest import CLOCK, FACILITY, new_terminal


def _scan_packs_at_the_facility(reg) -> None:
    at = times.iso(CLOCK.now())
    with reg.db.transaction() as tx:
        records.put_setting(tx, FACILITY, "scan_packs", True, at)


def _two_patients(site) -> list[tuple[str, int, str]]:
    """(ID number, the registry's prescription item id, a GTIN of its medicine) of two patients who can be
    given the same medicine today."""
    on = today(site.clock).isoformat()
    rows = site.store.all(
        "SELECT c.pin, i.registry_id, g.gtin FROM prescription_items i"
        " JOIN prescriptions p ON p.id = i.prescription_id JOIN citizens c ON c.id = p.citizen_id"
        " JOIN drug_gtins g ON g.drug_code = i.drug_code"
        " WHERE p.status = 'active' AND p.valid_from <= ? AND p.valid_until >= ?"
        " AND i.qty_prescribed - i.qty_dispensed >= 2 ORDER BY g.gtin, c.pin",
        (on, on),
    )
    by_gtin: dict[str, list[tuple[str, int, str]]] = {}
    for r in rows:
        if all(pin != r["pin"] for pin, _, _ in by_gtin.get(r["gtin"], [])):
            by_gtin.setdefault(r["gtin"], []).append((r["pin"], r["registry_id"], r["gtin"]))
    return next(v[:2] for v in by_gtin.values() if len(v) >= 2)


def _hand_out(site, patient: tuple[str, int, str], serial: str) -> str:
    pin, registry_item, gtin = patient
    citizen = site.store.scalar("SELECT id FROM citizens WHERE pin = ?", (pin,))
    item = site.store.scalar("SELECT id FROM prescription_items WHERE registry_id = ?", (registry_item,))
    scanned = element_string(Pack(gtin, serial, date(2028, 6, 30), "B42"))
    nurse = site.operator("nurse")
    assert site.dispensing.scan_pack(nurse, [item], scanned, []) == (item, read_pack(scanned))
    line = DispenseLine(item, 1, (read_pack(scanned),))
    return site.dispensing.dispense(nurse, Identification(citizen, "face", 0.3), [line]).tx_uuid


def test_a_serial_reused_at_two_terminals_is_a_conflict_of_the_second_that_both_learn_of(
    any_registry, tmp_path
) -> None:
    _scan_packs_at_the_facility(any_registry)
    a, b = new_terminal(any_registry, tmp_path / "a"), new_terminal(any_registry, tmp_path / "b")
    assert a.setting("scan_packs") is True and b.setting("scan_packs") is True  # the facility's setting
    one, other = _two_patients(a)
    gtin = one[2]
    # both offline: the same pack (a copied code, or a pack taken back and handed out again) at two places
    first = _hand_out(a, one, "DUP-0001")
    second = _hand_out(b, other, "DUP-0001")
    assert sync_once(a.store, CLOCK).push.answers == {"accepted": 1}
    assert sync_once(b.store, CLOCK).push.answers == {"conflict": 1}
    sync_once(a.store, CLOCK)  # A learns of it through its feed
    for site in (a, b):
        [conflict] = site.store.all("SELECT kind, tx_uuid, with_tx, details FROM sync_conflicts")
        assert conflict["kind"] == "pack_handed_twice" and conflict["tx_uuid"] == second
        assert json.loads(conflict["with_tx"]) == [first]
        assert json.loads(conflict["details"]) == {"packs": [{"gtin": gtin, "serial": "DUP-0001"}]}
        [shown] = pack_conflicts(site.store, site.operator("supervisor"))
        assert (shown.serials, shown.tx_uuid) == ((f"{gtin}/DUP-0001",), second)
    assert stats(any_registry.db)["conflicts"] == {"pack_handed_twice": 1}
    held = any_registry.one(
        "SELECT tx_uuid FROM packs_handed WHERE gtin = :g AND serial = 'DUP-0001'", {"g": gtin}
    )
    assert held == {"tx_uuid": first}
    a.close()
    b.close()


def test_packs_of_different_serials_go_through_and_a_reversal_frees_a_pack_at_the_registry(
    registry, tmp_path
) -> None:
    _scan_packs_at_the_facility(registry)
    a, b = new_terminal(registry, tmp_path / "a"), new_terminal(registry, tmp_path / "b")
    one, other = _two_patients(a)
    first = _hand_out(a, one, "OK-1")
    _hand_out(b, other, "OK-2")
    assert sync_once(a.store, CLOCK).push.answers == {"accepted": 1}
    assert sync_once(b.store, CLOCK).push.answers == {"accepted": 1}
    a.reversals.reverse(a.operator("supervisor"), first, reason="handed to the wrong patient")
    assert sync_once(a.store, CLOCK).push.answers == {"accepted": 1}
    assert registry.one("SELECT count(*) AS n FROM packs_handed WHERE serial = 'OK-1'") == {"n": 0}
    sync_once(b.store, CLOCK)
    _hand_out(b, one, "OK-1")  # the pack taken back goes out again
    assert sync_once(b.store, CLOCK).push.answers == {"accepted": 1}
    assert registry.one("SELECT count(*) AS n FROM conflicts") == {"n": 0}
    a.close()
    b.close()


def _dispense(reg, pack: dict) -> dict:
    """A dispense payload of one registry prescription item, with one pack."""
    item = reg.one(
        "SELECT i.prescription_id, i.drug_code, e.data FROM rx_items i"
        " JOIN entities e ON e.entity = 'prescription' AND e.key = i.prescription_id"
        " WHERE i.qty_prescribed - i.qty_dispensed >= 5 ORDER BY i.id LIMIT 1",
    )
    assert item is not None
    line = {"item_id": 1, "prescription_id": item["prescription_id"], "drug_code": item["drug_code"]}
    return {
        "facility": FACILITY,
        "citizen_pin": json.loads(item["data"])["citizen_pin"],
        "id_method": "face",
        "items": [line | {"quantity": 1, "unit_price": 100, "packs": [pack]}],
        "total_cost": 100,
    }


GOOD_PACK = {"gtin": "04780012105110", "serial": "REG-1", "expiry": "2028-05-31", "batch": "B1"}


def test_a_pack_of_a_malformed_shape_is_stored_refused_and_claims_nothing(registry) -> None:
    from tests.security.device import Device

    dev = Device.enroll(registry.address, registry.code())
    malformed = [
        GOOD_PACK | {"gtin": "4780012105110"},  # 13 digits
        GOOD_PACK | {"gtin": "0478001210511X"},
        GOOD_PACK | {"serial": ""},
        GOOD_PACK | {"serial": "S" * 21},  # GS1 allows 20
        GOOD_PACK | {"expiry": "2028-02-30"},
        {k: v for k, v in GOOD_PACK.items() if k != "serial"},
    ]
    acts = [dev.act("dispense", _dispense(registry, pack)) for pack in malformed]
    assert dev.results(*acts) == [("rejected", "invalid_payload")] * len(malformed)
    assert registry.one("SELECT count(*) AS n FROM packs_handed") == {"n": 0}
    # the chain goes on; the same pack twice in one batch: the second act is the conflict
    first, again = (dev.act("dispense", _dispense(registry, GOOD_PACK)) for _ in range(2))
    answer = dev.push(first, again).json()["results"]
    assert [r["status"] for r in answer] == ["accepted", "conflict"]
    assert answer[1]["conflict"]["kind"] == "pack_handed_twice"
    assert answer[1]["conflict"]["with_tx"] == [first["uuid"]]
