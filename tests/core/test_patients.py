"""Finding a patient without a face (by name in either script, birth date or ID number), their history,
and the nurse's day: role-checked, audited without what was typed."""

from __future__ import annotations

import json
from datetime import date

import pytest

from terminal.core import patients
from terminal.core.dispensing import DispenseLine
from terminal.core.errors import InvalidIdNumber, InvalidInput, PermissionDenied
from terminal.core.identification import Identification
from terminal.core.idnumbers import make_id_number
from terminal.core.pharmacy_day import LOW_DAYS, PACE_DAYS, pharmacy_day
from tests.conftest import dispensable_item


def add_citizen(site, surname: str, given: str, patronymic: str, born: date, serial: int) -> int:
    pin = make_id_number("UZ", born, "M", serial)
    with site.store.write() as db:
        return db.execute(
            "INSERT INTO citizens (pin, surname, given_name, patronymic, birth_date, sex, catchment,"
            " updated_at) VALUES (?, ?, ?, ?, ?, 'M', 'demo', '2026-01-01T00:00:00.000+05:00')",
            (pin, surname, given, patronymic, born.isoformat()),
        ).lastrowid


def searches(site) -> list[dict]:
    rows = site.store.all("SELECT * FROM audit WHERE action = 'patient_search' ORDER BY seq")
    return [json.loads(r["details"]) for r in rows]


@pytest.mark.parametrize(
    "query",
    ["Йўлдошев Улуғбек", "Yo'ldoshev Ulug'bek", "yoldoshev ulugbek", "ULUG YOLD", "Йулдошев", "Yuldoshev"],
)
def test_a_name_typed_in_either_script_finds_the_patient(site, query: str) -> None:
    cyrillic = add_citizen(site, "Йўлдошев", "Улуғбек", "Хасанович", date(1948, 3, 2), 9101)
    latin = add_citizen(site, "Yo'ldoshev", "Ulug'bek", "Xasanovich", date(1951, 7, 9), 9102)
    nurse = site.operator("nurse")
    found = patients.search(site, nurse, query)
    assert {c.id for c in found.citizens} >= {cyrillic, latin}
    assert found.by == "name" and not found.more
    for citizen in found.citizens:
        assert citizen.masked_pin.startswith("•")  # never the whole number on the screen
    assert searches(site) == [{"by": "name", "found": len(found.citizens)}]
    audit_text = json.dumps(site.store.all("SELECT * FROM audit"), ensure_ascii=False)
    assert query not in audit_text and "Улуғбек" not in audit_text  # what was typed is never kept


def test_a_russian_spelling_of_an_uzbek_name_still_finds_it(site) -> None:
    who = add_citizen(site, "Xo'jayev", "Xurshid", "", date(1950, 1, 1), 9103)
    nurse = site.operator("nurse")
    for query in ("Ходжаев Хуршид", "Khodjaev", "Xojayev Xurshid", "Хўжаев", "Хожаев"):
        ids = {c.id for c in patients.search(site, nurse, query).citizens}
        assert who in ids, query
    assert who not in {c.id for c in patients.search(site, nurse, "Xolmatov").citizens}  # not any X...


def test_a_birth_date_narrows_a_name_and_an_id_number_finds_exactly_one(site) -> None:
    older = add_citizen(site, "Karimov", "Anvar", "", date(1940, 5, 6), 9104)
    younger = add_citizen(site, "Karimov", "Anvar", "", date(1962, 5, 6), 9105)
    nurse = site.operator("nurse")
    both = {c.id for c in patients.search(site, nurse, "Karimov Anvar").citizens}
    assert {older, younger} <= both
    narrowed = patients.search(site, nurse, "Karimov 06.05.1940")
    assert [c.id for c in narrowed.citizens] == [older] and narrowed.by == "name_birth_date"
    assert {c.id for c in patients.search(site, nurse, "1962-05-06").citizens} >= {younger}
    pin = site.store.scalar("SELECT pin FROM citizens WHERE id = ?", (younger,))
    exact = patients.search(site, nurse, f"{pin[:5]} {pin[5:]}")  # typed in groups
    assert [c.id for c in exact.citizens] == [younger] and exact.by == "id_number"


def test_what_cannot_be_searched_is_refused_in_plain_words(site) -> None:
    nurse = site.operator("nurse")
    pin = site.store.scalar("SELECT pin FROM citizens LIMIT 1")
    wrong = pin[:-1] + str((int(pin[-1]) + 1) % 10)
    with pytest.raises(InvalidIdNumber):
        patients.search(site, nurse, wrong)
    with pytest.raises(InvalidInput, match="two letters"):
        patients.search(site, nurse, "a")
    with pytest.raises(PermissionDenied):
        patients.search(site, site.operator("canteen"), "Karimov")
    assert searches(site) == []  # refused searches found nobody and are not counted as searches


def test_a_common_name_says_there_are_more_than_shown(site) -> None:
    for serial in range(patients.LIMIT + 3):
        add_citizen(site, "Tursunov", "Bobur", "", date(1950, 1, 1 + serial % 28), 9200 + serial)
    found = patients.search(site, site.operator("nurse"), "tursunov")
    assert len(found.citizens) == patients.LIMIT and found.more
    assert searches(site)[-1]["found"] >= patients.LIMIT + 3


def test_the_history_lists_hand_outs_newest_first_and_what_is_left(site) -> None:
    nurse = site.operator("nurse")
    citizen_id, prescription, item = dispensable_item(site, min_remaining=3)
    first = site.dispensing.dispense(
        nurse, Identification(citizen_id, "face", 0.3), [DispenseLine(item.item_id, 1)]
    )
    site.clock.advance(days=1)
    second = site.dispensing.dispense(
        nurse, Identification(citizen_id, "face", 0.3), [DispenseLine(item.item_id, 2)]
    )
    seen = patients.history(site, nurse, citizen_id)
    assert [d.tx_uuid for d in seen.dispenses][:2] == [second.tx_uuid, first.tx_uuid]
    assert seen.dispenses[0].lines == ((item.drug_name, 2, item.unit),)
    assert seen.dispenses[0].operator_name == nurse.full_name and seen.dispenses[0].id_method == "face"
    state = next(
        i
        for i in seen.items
        if i.prescription_number == prescription.number and i.drug_name == item.drug_name
    )
    assert state.remaining == item.remaining - 3 and state.last_here == second.issued_at
    assert state.elsewhere == item.dispensed  # dispensed before at other terminals, by the registry's count
    entry = site.store.one("SELECT * FROM audit WHERE action = 'patient_history'")
    assert entry["subject"] == f"citizen:{citizen_id}" and entry["operator_id"] == nurse.id
    with pytest.raises(PermissionDenied):
        patients.history(site, site.operator("inspector"), citizen_id)


def test_the_nurse_s_day_counts_today_and_warns_of_low_stock(site) -> None:
    nurse = site.operator("nurse")
    before = pharmacy_day(site, nurse)
    citizen_id, _, item = dispensable_item(site, min_remaining=2)
    receipt = site.dispensing.dispense(
        nurse, Identification(citizen_id, "face", 0.3), [DispenseLine(item.item_id, 2)]
    )
    day = pharmacy_day(site, nurse)
    assert day.dispenses == before.dispenses + 1 and day.total_cost == before.total_cost + receipt.total
    medicine = next(m for m in day.medicines if m.code == item.drug_code)
    assert medicine.handed_out == next(m for m in before.medicines if m.code == item.drug_code).handed_out + 2
    assert medicine.in_stock == item.in_stock - 2
    pace = 2 / PACE_DAYS  # a day, over the last fortnight
    assert medicine.days_left == pytest.approx(medicine.in_stock / pace) and not medicine.low
    for stock, low in ((round(LOW_DAYS * pace) + 1, False), (0, True)):
        with site.store.write() as db:
            db.execute("UPDATE stock SET quantity = ? WHERE drug_code = ?", (stock, item.drug_code))
        assert (item.drug_code in {m.code for m in pharmacy_day(site, nurse).low}) is low, stock
    assert pharmacy_day(site, nurse).medicines[0].code == item.drug_code  # the low ones come first
    site.clock.advance(days=1)
    with site.store.write() as db:
        db.execute("UPDATE stock SET quantity = 1 WHERE drug_code = ?", (item.drug_code,))
    later = next(m for m in pharmacy_day(site, nurse).medicines if m.code == item.drug_code)
    assert later.handed_out == 0 and later.days_left == pytest.approx(1 / pace)  # yesterday sets the pace
    assert pharmacy_day(site, nurse, date(2020, 1, 1)).dispenses == 0
