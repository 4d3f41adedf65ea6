"""Conflicts no offline terminal can prevent: found by the registry, stored, flagged, sent to both."""

from __future__ import annotations

import json
from datetime import date

from sync.server.stats import stats
from terminal.core.applications import ApplicationForm, Asset, Income, Member
from terminal.core.dispensing import DispenseLine
from terminal.core.identification import Identification
from terminal.core.idnumbers import make_id_number
from terminal.sync_client.cycle import sync_once
from terminal.sync_client.enroll import identity
from tests.sync.conftest import CLOCK, new_terminal


def _conflicts(site) -> list[dict]:
    return site.store.all("SELECT * FROM sync_conflicts ORDER BY kind")


def _full_item(site) -> dict:
    return site.store.one(
        "SELECT i.registry_id, i.qty_prescribed - i.qty_dispensed AS remaining, c.pin"
        " FROM prescription_items i JOIN prescriptions p ON p.id = i.prescription_id"
        " JOIN citizens c ON c.id = p.citizen_id JOIN stock s ON s.drug_code = i.drug_code"
        " WHERE p.status = 'active' AND p.valid_from <= date('now') AND p.valid_until >= date('now')"
        " AND s.quantity > 100 ORDER BY i.registry_id LIMIT 1"
    )


def _dispense_all(site, item: dict) -> str:
    local = site.store.scalar(
        "SELECT id FROM prescription_items WHERE registry_id = ?", (item["registry_id"],)
    )
    citizen = site.store.scalar("SELECT id FROM citizens WHERE pin = ?", (item["pin"],))
    receipt = site.dispensing.dispense(
        site.operator("nurse"),
        Identification(citizen, "face", distance=0.3),
        [DispenseLine(local, item["remaining"])],
    )
    return receipt.tx_uuid


def test_a_prescription_dispensed_in_full_at_two_sites_is_a_conflict_both_learn_of(
    any_registry, tmp_path
) -> None:
    a, b = new_terminal(any_registry, tmp_path / "a"), new_terminal(any_registry, tmp_path / "b")
    item = _full_item(a)
    first, second = _dispense_all(a, item), _dispense_all(b, item)  # both offline
    ra = sync_once(a.store, CLOCK)
    rb = sync_once(b.store, CLOCK)
    assert ra.push.answers == {"accepted": 1} and rb.push.answers == {"conflict": 1}
    sync_once(a.store, CLOCK)  # A learns of it through its feed
    for site in (a, b):
        [c] = _conflicts(site)
        assert c["kind"] == "prescription_over_dispensed" and c["tx_uuid"] == second
        assert json.loads(c["with_tx"]) == [first]
    [details] = json.loads(_conflicts(a)[0]["details"])["items"]
    assert (
        details["qty_dispensed"] == 2 * item["remaining"] and details["qty_prescribed"] >= item["remaining"]
    )
    assert b.store.scalar("SELECT registry_status FROM outbox WHERE tx_uuid = ?", (second,)) == "conflict"
    st = stats(any_registry.db)
    assert st["conflicts"] == {"prescription_over_dispensed": 1}
    assert st["transactions"]["total"] == 2 and st["transactions"]["by_outcome"] == {
        "accepted": 1,
        "conflict": 1,
    }
    devices = json.loads(any_registry.one("SELECT devices FROM conflicts")["devices"])
    assert sorted(devices) == sorted([identity(a.store).device, identity(b.store).device])
    a.close()
    b.close()


def test_one_student_fed_twice_by_two_terminals_is_a_conflict(any_registry, tmp_path) -> None:
    a, b = new_terminal(any_registry, tmp_path / "a"), new_terminal(any_registry, tmp_path / "b")
    student = a.store.one(
        "SELECT id FROM students WHERE meal_eligible = 1 AND active = 1 ORDER BY id LIMIT 1"
    )["id"]
    other = a.store.one(
        "SELECT id FROM students WHERE meal_eligible = 1 AND id > ? ORDER BY id LIMIT 1", (student,)
    )
    session = a.store.scalar("SELECT id FROM meal_sessions ORDER BY starts_at LIMIT 1")
    staff_a, staff_b = a.operator("canteen"), b.operator("canteen")
    a.meals.serve(staff_a, student, session)
    twice = b.meals.serve(staff_b, student, session).tx_uuid
    b.meals.serve(staff_b, other["id"], session)  # a different student: no conflict
    sync_once(a.store, CLOCK)
    rb = sync_once(b.store, CLOCK)
    assert rb.push.answers == {"conflict": 1, "accepted": 1}
    sync_once(a.store, CLOCK)
    for site in (a, b):
        [c] = _conflicts(site)
        assert c["kind"] == "meal_served_twice" and c["tx_uuid"] == twice
    assert stats(any_registry.db)["conflicts"] == {"meal_served_twice": 1}
    a.close()
    b.close()


def _family_form(on: date) -> ApplicationForm:
    mother = make_id_number("UZ", date(1990, 3, 4), "F", 501)
    father = make_id_number("UZ", date(1988, 5, 6), "M", 502)
    baby = make_id_number("UZ", date(on.year - 1, 1, 2), "M", 503)
    return ApplicationForm(
        benefit_type="childcare_under_2",
        members=[
            Member(mother, "Karimova Dilnoza", "applicant"),
            Member(father, "Karimov Jasur", "spouse"),
            Member(baby, "Karimov Temur", "child"),
        ],
        incomes=[Income(father, "salary", 150_000_000)],
        assets=[Asset("dwelling", 20_000_000_000, "home")],
        address="Amir Temur ko'chasi, 4",
        phone="+998 90 123 45 67",
        consent=True,
    )


def test_the_same_family_applying_at_two_offices_is_a_conflict(any_registry, tmp_path) -> None:
    a, b = new_terminal(any_registry, tmp_path / "a"), new_terminal(any_registry, tmp_path / "b")
    form = _family_form(a.clock.now().date())
    for site in (a, b):
        inspector = site.operator("inspector")
        site.applications.submit(inspector, site.applications.save_draft(inspector, form))
    sync_once(a.store, CLOCK)
    rb = sync_once(b.store, CLOCK)
    assert rb.push.answers == {"conflict": 1}
    sync_once(a.store, CLOCK)
    assert (
        [c["kind"] for c in _conflicts(a)]
        == [c["kind"] for c in _conflicts(b)]
        == ["application_same_family"]
    )
    assert stats(any_registry.db)["conflicts"] == {"application_same_family": 1}
    a.close()
    b.close()


def _form(on: date, members: list[tuple[str, str, date, str, int]]) -> ApplicationForm:
    """An application for ``members`` (name, relation, birth date, sex, serial)."""
    people = [Member(make_id_number("UZ", born, sex, n), name, rel) for name, rel, born, sex, n in members]
    return ApplicationForm(
        benefit_type="childcare_under_2",
        members=people,
        incomes=[Income(people[0].pin, "salary", 150_000_000)],
        assets=[Asset("dwelling", 20_000_000_000, "home")],
        address="Amir Temur ko'chasi, 4",
        phone="+998 90 123 45 67",
        consent=True,
    )


def test_a_conflicting_application_claims_no_member_of_its_family(any_registry, tmp_path) -> None:
    a, b, c = (new_terminal(any_registry, tmp_path / name) for name in "abc")
    on = a.clock.now().date()
    newborn = ("Karimov Anvar", "child", date(on.year - 1, 6, 7), "M", 504)
    forms = {
        a: _family_form(on),
        # the father again, with a child of another mother: a conflict, so the child is not claimed
        b: _form(on, [("Karimov Jasur", "applicant", date(1988, 5, 6), "M", 502), newborn]),
        # that child's mother applies for the child: nobody holds a claim on either of them
        c: _form(on, [("Aliyeva Nodira", "applicant", date(1992, 8, 9), "F", 505), newborn]),
    }
    sent = {}
    for site, form in forms.items():
        inspector = site.operator("inspector")
        site.applications.submit(inspector, site.applications.save_draft(inspector, form))
        sent[site] = sync_once(site.store, CLOCK).push.answers
    assert sent == {a: {"accepted": 1}, b: {"conflict": 1}, c: {"accepted": 1}}
    b_tx = b.store.scalar("SELECT uuid FROM transactions WHERE kind = 'application'")
    assert (
        any_registry.one("SELECT count(*) AS n FROM application_claims WHERE tx_uuid = :t", {"t": b_tx})["n"]
        == 0
    )
    assert any_registry.one("SELECT count(*) AS n FROM application_claims")["n"] == 3 + 2
    assert stats(any_registry.db)["conflicts"] == {"application_same_family": 1}
    for site in (a, b, c):
        site.close()
