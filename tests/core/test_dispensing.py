"""Dispensing: only the identified citizen's active prescriptions, never beyond what remains."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from terminal.core import overrides
from terminal.core.chain import canonical_json
from terminal.core.dispensing import DispenseLine
from terminal.core.errors import (
    HamyonError,
    IdentificationRequired,
    InvalidInput,
    PermissionDenied,
    PrescriptionNotDispensable,
    QuantityExceedsPrescription,
    QuantityExceedsStock,
    UnknownCitizen,
)
from terminal.core.identification import Identification
from terminal.core.operators import SignInFailed
from tests.conftest import dispensable_item, open_copy, snapshot


def test_a_dispense_updates_prescription_stock_log_audit_and_outbox_together(site) -> None:
    nurse = site.operator("nurse")
    citizen_id, _, item = dispensable_item(site)
    stock_before = site.store.scalar("SELECT quantity FROM stock WHERE drug_code = ?", (item.drug_code,))
    receipt = site.dispensing.dispense(
        nurse, Identification(citizen_id, "face", distance=0.31), [DispenseLine(item.item_id, 2)]
    )
    assert [(ln.drug_name, ln.quantity, ln.cost) for ln in receipt.lines] == [
        (item.drug_name, 2, 2 * item.unit_price)
    ]
    assert receipt.total == 2 * item.unit_price
    assert (
        site.store.scalar("SELECT qty_dispensed FROM prescription_items WHERE id = ?", (item.item_id,))
        == item.dispensed + 2
    )
    assert (
        site.store.scalar("SELECT quantity FROM stock WHERE drug_code = ?", (item.drug_code,))
        == stock_before - 2
    )
    tx = site.store.one("SELECT * FROM transactions WHERE uuid = ?", (receipt.tx_uuid,))
    assert tx["kind"] == "dispense" and tx["operator_id"] == nurse.id
    assert site.store.one("SELECT state FROM outbox WHERE tx_uuid = ?", (receipt.tx_uuid,)) == {
        "state": "queued"
    }
    assert (
        site.store.scalar(
            "SELECT count(*) FROM audit WHERE action = 'dispense' AND details LIKE ?",
            (f"%{receipt.tx_uuid}%",),
        )
        == 1
    )
    row = site.store.one(
        "SELECT id_method, match_distance FROM dispenses WHERE tx_uuid = ?", (receipt.tx_uuid,)
    )
    assert row == {"id_method": "face", "match_distance": 0.31}


def test_the_whole_remaining_quantity_can_be_dispensed_but_not_one_more(site) -> None:
    nurse = site.operator("nurse")
    citizen_id, _, item = dispensable_item(site)
    ident = Identification(citizen_id, "face", distance=0.3)
    with pytest.raises(QuantityExceedsPrescription, match=f"only {item.remaining} remain"):
        site.dispensing.dispense(nurse, ident, [DispenseLine(item.item_id, item.remaining + 1)])
    site.dispensing.dispense(nurse, ident, [DispenseLine(item.item_id, item.remaining)])
    with pytest.raises(QuantityExceedsPrescription, match="only 0 remain"):
        site.dispensing.dispense(nurse, ident, [DispenseLine(item.item_id, 1)])
    view = next(
        i
        for p in site.dispensing.prescriptions(nurse, citizen_id)
        for i in p.items
        if i.item_id == item.item_id
    )
    assert view.remaining == 0 and "nothing left on the prescription" in view.warnings


def test_never_more_than_in_stock(site) -> None:
    nurse = site.operator("nurse")
    citizen_id, _, item = dispensable_item(site, min_remaining=5)
    with site.store.write() as db:
        db.execute("UPDATE stock SET quantity = 3 WHERE drug_code = ?", (item.drug_code,))
    before = snapshot(site)
    with pytest.raises(QuantityExceedsStock, match="only 3 are in stock"):
        site.dispensing.dispense(
            nurse, Identification(citizen_id, "face", distance=0.3), [DispenseLine(item.item_id, 4)]
        )
    assert snapshot(site) == before
    view = next(
        i
        for p in site.dispensing.prescriptions(nurse, citizen_id)
        for i in p.items
        if i.item_id == item.item_id
    )
    assert "low stock: 3 left" in view.warnings


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ("valid_until = '2026-11-19'", "expired on 2026-11-19"),
        ("valid_from = '2026-11-21'", "valid only from 2026-11-21"),
        ("status = 'cancelled'", "cancelled"),
    ],
)
def test_expired_future_and_cancelled_prescriptions_are_refused(site, change, words) -> None:
    nurse = site.operator("nurse")
    citizen_id, rx, item = dispensable_item(site)
    with site.store.write() as db:
        db.execute(f"UPDATE prescriptions SET {change} WHERE id = ?", (rx.id,))
    before = snapshot(site)
    with pytest.raises(PrescriptionNotDispensable, match=words):
        site.dispensing.dispense(
            nurse, Identification(citizen_id, "face", distance=0.3), [DispenseLine(item.item_id, 1)]
        )
    assert snapshot(site) == before
    view = next(p for p in site.dispensing.prescriptions(nurse, citizen_id) if p.id == rx.id)
    assert view.problem and words in view.problem and not view.dispensable


def test_the_last_valid_day_still_counts(site) -> None:
    citizen_id, rx, item = dispensable_item(site)
    with site.store.write() as db:
        db.execute("UPDATE prescriptions SET valid_until = '2026-11-20' WHERE id = ?", (rx.id,))
    site.dispensing.dispense(
        site.operator("nurse"),
        Identification(citizen_id, "face", distance=0.3),
        [DispenseLine(item.item_id, 1)],
    )


def test_another_citizens_prescription_is_refused_without_saying_whose(site) -> None:
    nurse = site.operator("nurse")
    citizen_id, _, item = dispensable_item(site)
    other = site.store.scalar("SELECT id FROM citizens WHERE id != ? ORDER BY id LIMIT 1", (citizen_id,))
    with pytest.raises(InvalidInput) as err:
        site.dispensing.dispense(
            nurse, Identification(other, "face", distance=0.3), [DispenseLine(item.item_id, 1)]
        )
    assert "not a prescription of this patient" in err.value.message
    assert item.drug_name not in err.value.message


def test_unknown_and_removed_citizens_are_refused(site) -> None:
    nurse = site.operator("nurse")
    citizen_id, _, item = dispensable_item(site)
    with pytest.raises(UnknownCitizen):
        site.dispensing.dispense(nurse, Identification(999_999, "face"), [DispenseLine(item.item_id, 1)])
    with site.store.write() as db:
        db.execute("UPDATE citizens SET removed_at = '2026-11-01' WHERE id = ?", (citizen_id,))
    with pytest.raises(UnknownCitizen):
        site.dispensing.dispense(nurse, Identification(citizen_id, "face"), [DispenseLine(item.item_id, 1)])


@pytest.mark.parametrize("quantity", [0, -3, 1.5, True, "2"])
def test_quantities_must_be_whole_and_positive(site, quantity) -> None:
    citizen_id, _, item = dispensable_item(site)
    with pytest.raises(InvalidInput, match="whole number above zero"):
        site.dispensing.dispense(
            site.operator("nurse"), Identification(citizen_id, "face"), [DispenseLine(item.item_id, quantity)]
        )


def test_empty_and_repeated_lines_are_refused(site) -> None:
    citizen_id, _, item = dispensable_item(site)
    nurse = site.operator("nurse")
    with pytest.raises(InvalidInput, match="at least one"):
        site.dispensing.dispense(nurse, Identification(citizen_id, "face"), [])
    with pytest.raises(InvalidInput, match="listed twice"):
        site.dispensing.dispense(
            nurse,
            Identification(citizen_id, "face"),
            [DispenseLine(item.item_id, 1), DispenseLine(item.item_id, 1)],
        )


def test_identification_methods_are_recorded(site) -> None:
    nurse, supervisor = site.operator("nurse"), site.operator("supervisor")
    citizen_id, _, item = dispensable_item(site, min_remaining=3)
    r1 = site.dispensing.dispense(
        nurse, Identification(citizen_id, "id_number_face", distance=0.38), [DispenseLine(item.item_id, 1)]
    )
    grant = overrides.grant(
        site,
        nurse,
        citizen_id,
        "supervisor",
        "4444",
        " Camera broken; passport checked ",
        action="dispense medicines",
    )
    r2 = site.dispensing.dispense(nurse, Identification.from_grant(grant), [DispenseLine(item.item_id, 1)])
    rows = site.store.all(
        "SELECT tx_uuid, id_method, supervisor_id, override_reason FROM dispenses"
        " WHERE tx_uuid IN (?, ?) ORDER BY id",
        (r1.tx_uuid, r2.tx_uuid),
    )
    assert [(r["id_method"], r["supervisor_id"], r["override_reason"]) for r in rows] == [
        ("id_number_face", None, None),
        ("override", supervisor.id, "Camera broken; passport checked"),
    ]
    assert r2.id_method == "override"
    manual = site.store.all(
        "SELECT operator_id, subject, details FROM audit WHERE action = 'manual_identification'"
    )
    assert manual == [
        {
            "operator_id": nurse.id,
            "subject": f"citizen:{citizen_id}",
            "details": canonical_json({"tx": r1.tx_uuid, "match_distance": 0.38}),
        }
    ]
    signed = site.store.one("SELECT operator_id, subject, details FROM audit WHERE action = 'override'")
    assert signed["operator_id"] == supervisor.id and signed["subject"] == f"citizen:{citizen_id}"
    assert json.loads(signed["details"])["for_operator"] == nurse.id
    used = site.store.one("SELECT used_tx, used_at FROM override_grants WHERE id = ?", (grant.id,))
    assert used["used_tx"] == r2.tx_uuid and used["used_at"]


def test_an_override_needs_a_grant_signed_with_the_supervisors_own_pin(site) -> None:
    nurse, supervisor = site.operator("nurse"), site.operator("supervisor")
    citizen_id, _, item = dispensable_item(site)
    line = [DispenseLine(item.item_id, 1)]
    before = snapshot(site)
    # A supervisor's id (and a reason) is not taken on trust: only a signed grant counts.
    with pytest.raises(IdentificationRequired, match="supervisor's signature"):
        site.dispensing.dispense(
            nurse,
            Identification(citizen_id, "override", supervisor_id=supervisor.id, reason="trust me"),
            line,
        )
    with pytest.raises(IdentificationRequired, match="another citizen"):
        site.dispensing.dispense(nurse, Identification(citizen_id, "override", grant_id="made-up"), line)
    with pytest.raises(IdentificationRequired, match="unknown identification method"):
        site.dispensing.dispense(nurse, Identification(citizen_id, "guess"), line)  # type: ignore[arg-type]
    with pytest.raises(IdentificationRequired, match="only to an override"):
        site.dispensing.dispense(nurse, Identification(citizen_id, "face", reason="extra words"), line)
    # No reason, or someone else's role: refused before anything is written.
    with pytest.raises(IdentificationRequired, match="written reason"):
        overrides.grant(site, nurse, citizen_id, "supervisor", "4444", "   ", action="dispense medicines")
    with pytest.raises(PermissionDenied, match="may not override an identification"):
        overrides.grant(
            site, nurse, citizen_id, "nurse", "1111", "I am sure it is her", action="dispense medicines"
        )
    with pytest.raises(PermissionDenied, match="may not dispense medicines"):
        overrides.grant(
            site,
            site.operator("canteen"),
            citizen_id,
            "supervisor",
            "4444",
            "Camera broken",
            action="dispense medicines",
        )
    # Four eyes: a supervisor dispensing cannot sign their own override.
    with pytest.raises(IdentificationRequired, match="a supervisor other than you"):
        overrides.grant(
            site,
            site.operator("supervisor"),
            citizen_id,
            "supervisor",
            "4444",
            "Camera broken",
            action="dispense medicines",
        )
    assert snapshot(site) == before
    # A wrong PIN is refused, audited and counted toward the lockout; the PIN is in no audit entry.
    with pytest.raises(SignInFailed):
        overrides.grant(
            site, nurse, citizen_id, "supervisor", "0000", "Camera broken", action="dispense medicines"
        )
    failed = site.store.one("SELECT subject, details FROM audit WHERE action = 'sign_in_failed'")
    assert failed == {"subject": "operator:supervisor", "details": canonical_json({"purpose": "override"})}
    assert site.store.scalar("SELECT failures FROM operator_lockouts WHERE login = 'supervisor'") == 1
    assert site.store.scalar("SELECT count(*) FROM override_grants") == 0


def test_an_override_grant_is_used_once_by_its_operator_for_its_citizen_in_time(site) -> None:
    nurse = site.operator("nurse")
    citizen_id, _, item = dispensable_item(site, min_remaining=3)
    line = [DispenseLine(item.item_id, 1)]
    other = site.store.scalar("SELECT id FROM citizens WHERE id != ? ORDER BY id LIMIT 1", (citizen_id,))
    grant = overrides.grant(
        site, nurse, citizen_id, "supervisor", "4444", "Bandaged face", action="dispense medicines"
    )
    ident = Identification.from_grant(grant)
    before = snapshot(site)
    with pytest.raises(IdentificationRequired, match="another citizen or operator"):
        site.dispensing.dispense(site.operator("supervisor"), ident, line)
    with pytest.raises(IdentificationRequired, match="another citizen or operator"):
        site.dispensing.dispense(nurse, Identification(other, "override", grant_id=grant.id), line)
    assert snapshot(site) == before
    site.dispensing.dispense(nurse, ident, line)
    with pytest.raises(IdentificationRequired, match="already used"):
        site.dispensing.dispense(nurse, ident, line)

    late = overrides.grant(
        site, nurse, citizen_id, "supervisor", "4444", "Bandaged face", action="dispense medicines"
    )
    site.clock.advance(minutes=10)
    with pytest.raises(IdentificationRequired, match="expired"):
        site.dispensing.dispense(nurse, Identification.from_grant(late), line)


def test_only_nurses_and_supervisors_dispense(site) -> None:
    citizen_id, _, item = dispensable_item(site)
    for login in ("canteen", "inspector"):
        with pytest.raises(PermissionDenied, match="may not dispense medicines"):
            site.dispensing.dispense(
                site.operator(login), Identification(citizen_id, "face"), [DispenseLine(item.item_id, 1)]
            )
    site.dispensing.dispense(
        site.operator("supervisor"), Identification(citizen_id, "face"), [DispenseLine(item.item_id, 1)]
    )


def test_prescriptions_list_puts_dispensable_ones_first(site) -> None:
    citizen_id, _, _ = dispensable_item(site)
    with site.store.write() as db:
        db.execute(
            "INSERT INTO prescriptions (id, citizen_id, number, prescriber, issued_on, valid_from,"
            " valid_until) VALUES ('RX-OLD', ?, 'OLD/1', 'Dr X', '2026-01-01', '2026-01-01', '2026-02-01')",
            (citizen_id,),
        )
        db.execute(
            "INSERT INTO prescription_items (prescription_id, drug_code, qty_prescribed)"
            " VALUES ('RX-OLD', 'AML5', 30)"
        )
    views = site.dispensing.prescriptions(site.operator("nurse"), citizen_id)
    flags = [v.dispensable for v in views]
    assert flags == sorted(flags, reverse=True)
    old = next(v for v in views if v.id == "RX-OLD")
    assert old.problem == "it expired on 2026-02-01"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(-2, 70)), min_size=1, max_size=12))
def test_no_sequence_of_requests_goes_beyond_prescription_or_stock(uz_template, tmp_path_factory, attempts):
    site = open_copy(uz_template, tmp_path_factory.mktemp("h"))
    try:
        nurse = site.operator("nurse")
        citizen_id, _, _ = dispensable_item(site)
        items = [
            i for p in site.dispensing.prescriptions(nurse, citizen_id) if p.problem is None for i in p.items
        ]
        with site.store.write() as db:  # a short shelf, so that stock runs out too
            db.execute("UPDATE stock SET quantity = 40")
        for index, quantity in attempts:
            item = items[index % len(items)]
            before = site.store.one(
                "SELECT qty_dispensed FROM prescription_items WHERE id = ?", (item.item_id,)
            )
            stock = site.store.scalar("SELECT quantity FROM stock WHERE drug_code = ?", (item.drug_code,))
            remaining = item.prescribed - before["qty_dispensed"]
            try:
                site.dispensing.dispense(
                    nurse, Identification(citizen_id, "face"), [DispenseLine(item.item_id, quantity)]
                )
                assert 0 < quantity <= min(remaining, stock)
            except HamyonError:
                assert quantity <= 0 or quantity > min(remaining, stock)
        for item in items:
            row = site.store.one(
                "SELECT qty_prescribed, qty_dispensed FROM prescription_items WHERE id = ?", (item.item_id,)
            )
            handed = site.store.scalar(
                "SELECT coalesce(sum(quantity), 0) FROM dispense_items WHERE prescription_item_id = ?",
                (item.item_id,),
            )
            assert row["qty_dispensed"] == item.dispensed + handed <= row["qty_prescribed"]
        assert site.store.scalar("SELECT min(quantity) FROM stock") >= 0
        assert (
            site.store.scalar("SELECT count(*) FROM transactions")
            == site.store.scalar("SELECT count(*) FROM dispenses")
            == site.store.scalar("SELECT count(*) FROM outbox")
        )
    finally:
        site.close()


def test_prescription_dates_are_read_in_the_site_time_zone(site) -> None:
    # 20 Nov 2026 23:30 in Tashkent is still the 20th there, although UTC says the 20th too;
    # 00:30 on the 21st in Tashkent is the 20th in UTC: the site's day decides.
    citizen_id, rx, item = dispensable_item(site)
    with site.store.write() as db:
        db.execute("UPDATE prescriptions SET valid_until = '2026-11-20' WHERE id = ?", (rx.id,))
    site.clock.advance(hours=14, minutes=30)  # 00:30 on 21 November, Tashkent
    assert site.clock.now().date() == date(2026, 11, 20) + timedelta(days=1)
    with pytest.raises(PrescriptionNotDispensable, match="expired"):
        site.dispensing.dispense(
            site.operator("nurse"), Identification(citizen_id, "face"), [DispenseLine(item.item_id, 1)]
        )


def test_a_typed_id_number_finds_the_citizen_with_a_masked_number(site) -> None:
    from terminal.core.citizens import find_by_pin, get
    from terminal.core.errors import InvalidIdNumber

    nurse = site.operator("nurse")
    row = site.store.one("SELECT id, pin, birth_date FROM citizens ORDER BY id LIMIT 1")
    spaced = f"{row['pin'][:5]} {row['pin'][5:]}"
    action = "dispense medicines"
    found = find_by_pin(site, nurse, spaced, action=action)
    assert found == get(site, nurse, row["id"], action=action)
    assert found.masked_pin.endswith(row["pin"][-4:]) and row["pin"] not in found.masked_pin
    assert found.birth_date.isoformat() == row["birth_date"] and 0 <= found.age < 120
    with pytest.raises(InvalidIdNumber, match="check digit"):
        find_by_pin(site, nurse, row["pin"][:-1] + str((int(row["pin"][-1]) + 1) % 10), action=action)
    from terminal.core.idnumbers import make_pinfl

    with pytest.raises(UnknownCitizen):
        find_by_pin(site, nurse, make_pinfl(date(1931, 1, 1), "M", 999, 999), action=action)
    # The social worker's identification step finds people too; the canteen's does not.
    assert find_by_pin(site, site.operator("social"), spaced, action="hand over technical aids") == found
    with pytest.raises(PermissionDenied):
        find_by_pin(site, site.operator("canteen"), spaced, action="hand over technical aids")


def _one_tablet_item(site, dosage: str, prescribed: int, days: int, stock: int = 20_000):
    """A dispensable tablet line, rewritten: ``dosage``, ``prescribed`` over ``days``, ``stock`` in stock."""
    nurse = site.operator("nurse")
    citizen_id, prescription, item = dispensable_item(site)
    on = date(2026, 11, 20)
    with site.store.write() as db:
        db.execute(
            "UPDATE prescriptions SET valid_from = ?, valid_until = ? WHERE id = ?",
            (
                (on - timedelta(days=5)).isoformat(),
                (on + timedelta(days=days - 5)).isoformat(),
                prescription.id,
            ),
        )
        db.execute(
            "UPDATE prescription_items SET dosage = ?, qty_prescribed = ?, qty_dispensed = 0 WHERE id = ?",
            (dosage, prescribed, item.item_id),
        )
        db.execute("UPDATE drugs SET unit = 'tab' WHERE code = ?", (item.drug_code,))
        db.execute("UPDATE stock SET quantity = ? WHERE drug_code = ?", (stock, item.drug_code))
    views = site.dispensing.prescriptions(nurse, citizen_id)
    return citizen_id, next(i for p in views for i in p.items if i.item_id == item.item_id)


@pytest.mark.parametrize(
    ("dosage", "prescribed", "days", "stock", "suggested"),
    [
        ("kuniga 1 tabletka", 60, 60, 20_000, 30),  # a month at one a day, not the whole 60
        ("kuniga 2 tabletka", 120, 60, 20_000, 60),
        ("kuniga 2 marta 1 tabletkadan", 180, 90, 20_000, 60),
        ("по 1 таблетке 3 раза в день", 500, 90, 20_000, 90),
        ("1 tablet twice a day", 40, 60, 20_000, 40),  # capped by what remains
        ("kuniga 1 tabletka", 60, 60, 12, 12),  # capped by the stock
        ("as directed", 120, 60, 20_000, 60),  # no daily dose: the prescription's own pace
        ("as directed", 90, 90, 20_000, 30),
        ("as directed", 14, 10, 20_000, 14),  # shorter than the period: all of it
    ],
)
def test_the_default_quantity_is_a_dispensing_periods_worth(site, dosage, prescribed, days, stock, suggested):
    _citizen, item = _one_tablet_item(site, dosage, prescribed, days, stock)
    assert item.suggested == suggested


def test_nothing_is_suggested_from_a_prescription_that_cannot_be_dispensed(site) -> None:
    nurse = site.operator("nurse")
    citizen_id, prescription, item = dispensable_item(site)
    with site.store.write() as db:
        db.execute("UPDATE prescriptions SET status = 'cancelled' WHERE id = ?", (prescription.id,))
    views = site.dispensing.prescriptions(nurse, citizen_id)
    assert next(i for p in views for i in p.items if i.item_id == item.item_id).suggested == 0


@pytest.mark.parametrize(
    ("text", "per_day", "times"),
    [
        ("kuniga 1 tabletka", 1, 1),
        ("Kuniga 2 marta 1 tabletkadan", 2, 2),
        ("кунига 1/2 таблетка", 0.5, 1),
        ("күніне 3 рет 2 таблеткадан", 6, 3),
        ("по 1 таблетке 2 раза в день", 2, 2),
        ("2 tablets daily", 2, 1),
        ("1 tablet twice a day", 2, 2),
        ("kuniga 0,5 tabletka", 0.5, 1),
        ("as directed", None, None),
        ("ovqatdan keyin", None, None),
        ("", None, None),
    ],
)
def test_dosages_are_read_in_the_regions_languages(text, per_day, times) -> None:
    from terminal.core.dosage import parse

    read = parse(text)
    assert read.per_day == per_day and read.times == times and read.text == text.strip()
