"""School meals: eligible students only, one meal per session per day, counts, act and invoice."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from terminal.core.errors import (
    InvalidDate,
    InvalidInput,
    MealAlreadyServed,
    NotEligibleForMeals,
    PermissionDenied,
    UnknownMealSession,
)
from terminal.core.meal_reports import build_report, export_period
from tests.conftest import open_copy, snapshot

SCHOOL = "SCH-045"
BREAKFAST, LUNCH = f"{SCHOOL}-BREAKFAST", f"{SCHOOL}-LUNCH"


def _students(site, eligible: bool = True, grade: int = 1) -> list[int]:
    return [
        r["id"]
        for r in site.store.all(
            "SELECT s.id FROM students s JOIN classes c ON c.id = s.class_id"
            " WHERE s.meal_eligible = ? AND c.grade = ? ORDER BY s.id",
            (int(eligible), grade),
        )
    ]


def test_a_meal_is_recorded_once_and_a_second_serving_is_refused_clearly(site) -> None:
    staff = site.operator("canteen")
    student = _students(site)[0]
    served = site.meals.serve(staff, student, BREAKFAST)
    assert served.served_on == date(2026, 11, 20) and served.served_at == "10:00"
    before = snapshot(site)
    site.clock.advance(minutes=7)
    with pytest.raises(MealAlreadyServed) as err:
        site.meals.serve(staff, student, BREAKFAST)
    assert "already had Breakfast today (served at 10:00)" in err.value.message
    assert served.student_name in err.value.message
    assert snapshot(site) == before
    site.meals.serve(staff, student, LUNCH)  # another session the same day is fine
    site.clock.advance(days=1)
    site.meals.serve(staff, student, BREAKFAST)  # and the same session the next day
    assert site.store.scalar("SELECT count(*) FROM meals WHERE student_id = ?", (student,)) == 3


def test_the_store_itself_refuses_a_duplicate_meal(site) -> None:
    staff = site.operator("canteen")
    student = _students(site)[0]
    site.meals.serve(staff, student, BREAKFAST)
    from terminal.core.store_cipher import IntegrityError

    with pytest.raises(IntegrityError), site.store.db.conn:
        site.store.db.conn.execute(
            "INSERT INTO meals (tx_uuid, student_id, class_id, session_id, served_on, served_at, operator_id,"
            " price) SELECT tx_uuid || 'x', student_id, class_id, session_id, served_on, served_at,"
            " operator_id, price FROM meals LIMIT 1"
        )


def test_ineligible_students_and_other_schools_are_refused(site) -> None:
    staff = site.operator("canteen")
    ineligible = _students(site, eligible=False, grade=5)[0]
    with pytest.raises(NotEligibleForMeals, match="not eligible"):
        site.meals.serve(staff, ineligible, LUNCH)
    with site.store.write() as db:
        db.execute(
            "INSERT INTO schools (id, facility_id, name) VALUES ('SCH-OTHER', ?, 'Other')",
            (site.facility.id,),
        )
        db.execute(
            "INSERT INTO meal_sessions (id, school_id, name, starts_at, ends_at, price)"
            " VALUES ('OTHER-LUNCH', 'SCH-OTHER', 'Lunch', '12:00', '13:00', 100)"
        )
    with pytest.raises(InvalidInput, match="not a student of this school"):
        site.meals.serve(staff, _students(site)[0], "OTHER-LUNCH")
    with pytest.raises(UnknownMealSession):
        site.meals.serve(staff, _students(site)[0], "NO-SUCH-SESSION")
    with pytest.raises(InvalidInput):
        site.meals.serve(staff, 10**9, LUNCH)


def test_only_canteen_staff_and_supervisors_serve(site) -> None:
    student = _students(site)[0]
    for login in ("nurse", "inspector"):
        with pytest.raises(PermissionDenied):
            site.meals.serve(site.operator(login), student, LUNCH)
    site.meals.serve(site.operator("supervisor"), student, LUNCH)


def test_roster_marks_who_was_served(site) -> None:
    staff = site.operator("canteen")
    klass = site.meals.classes(SCHOOL)[0]
    roster = site.meals.roster(staff, klass["id"], LUNCH)
    assert len(roster) == 22 and all(e.served_at is None for e in roster)
    site.meals.serve(staff, roster[3].student_id, LUNCH)
    marked = site.meals.roster(staff, klass["id"], LUNCH)
    assert [e.served_at for e in marked].count("10:00") == 1 and marked[3].served_at == "10:00"
    assert [e.name for e in marked] == sorted(e.name for e in marked)


def test_day_counts_per_session_and_class(site) -> None:
    staff = site.operator("canteen")
    first, second = site.meals.classes(SCHOOL)[:2]
    for entry in site.meals.roster(staff, first["id"], BREAKFAST)[:5]:
        site.meals.serve(staff, entry.student_id, BREAKFAST)
    for entry in site.meals.roster(staff, second["id"], LUNCH)[:3]:
        site.meals.serve(staff, entry.student_id, LUNCH)
    counts = site.meals.day_counts(SCHOOL)
    assert counts.by_session == {"Breakfast": 5, "Lunch": 3}
    assert counts.by_class == {first["name"]: {"Breakfast": 5}, second["name"]: {"Lunch": 3}}
    assert counts.total == 8
    assert site.meals.day_counts(SCHOOL, date(2026, 11, 19)).total == 0


def _serve_days(site, days: int) -> int:
    staff = site.operator("canteen")
    served = 0
    for _ in range(days):
        for klass in site.meals.classes(SCHOOL)[:3]:
            for session in (BREAKFAST, LUNCH):
                for entry in site.meals.roster(staff, klass["id"], session)[:4]:
                    site.meals.serve(staff, entry.student_id, session)
                    served += 1
        site.clock.advance(days=1)
    return served


def test_period_invoice_is_meals_times_price_per_class_and_in_total(site) -> None:
    served = _serve_days(site, 3)  # 20, 21, 22 November
    with site.store.write() as db:  # lunch gets dearer from the 23rd: old meals keep their price
        db.execute("UPDATE meal_sessions SET price = 2000000 WHERE id = ?", (LUNCH,))
    served += _serve_days(site, 1)
    report = build_report(site, SCHOOL, "2026-11-20", "2026-11-23")
    assert report.total_meals == served == 4 * 3 * 2 * 4
    expected = site.store.scalar("SELECT sum(price) FROM meals")
    assert report.total_amount == expected
    lunch_rows = [r for r in report.invoice if r.session_name == "Lunch"]
    assert {r.price for r in lunch_rows} == {1_500_000, 2_000_000}
    for name, (meals, amount) in report.class_totals().items():
        assert meals == 4 * 2 * 4
        assert amount == sum(r.amount for r in report.invoice if r.class_name == name)
    only_first_day = build_report(site, SCHOOL, "2026-11-20", "2026-11-20")
    assert only_first_day.total_meals == 3 * 2 * 4


def test_export_writes_act_and_invoice_as_pdf_and_csv_and_audits_it(site, tmp_path: Path) -> None:
    _serve_days(site, 2)
    with site.store.write() as db:
        db.execute("UPDATE classes SET name = '1-А (рус)' WHERE id = 'SCH-045-1A'")
    paths = export_period(site, site.operator("canteen"), SCHOOL, "2026-11-20", "2026-11-21", tmp_path)
    assert sorted(p.suffix for p in paths) == [".csv", ".csv", ".pdf", ".pdf"]
    report = build_report(site, SCHOOL, "2026-11-20", "2026-11-21")
    invoice_csv = next(p for p in paths if p.name.startswith("invoice") and p.suffix == ".csv")
    lines = invoice_csv.read_text(encoding="utf-8-sig").splitlines()
    when = site.clock.now().isoformat(timespec="minutes").replace("T", " ")
    assert lines[0].startswith(f"# Exported by canteen at {when} from terminal ")
    rows = list(csv.reader(lines[1:]))
    assert rows[0][:3] == ["class", "meal_session", "meals"]
    assert rows[-1][0] == "TOTAL" and int(rows[-1][2]) == report.total_meals
    assert float(rows[-1][4]) * 100 == pytest.approx(report.total_amount)
    assert sum(int(r[2]) for r in rows[1:-1]) == report.total_meals
    assert any(r[0] == "1-А (рус)" for r in rows)
    act_csv = next(p for p in paths if p.name.startswith("service-act") and p.suffix == ".csv")
    act_rows = list(csv.reader(act_csv.read_text(encoding="utf-8-sig").splitlines()[1:]))
    assert {r[0] for r in act_rows[1:-1]} == {"2026-11-20", "2026-11-21"}
    invoice_pdf = next(p for p in paths if p.name.startswith("invoice") and p.suffix == ".pdf")
    text = PdfReader(invoice_pdf).pages[0].extract_text()
    assert f"Exported by canteen at {when} from terminal" in text
    assert "1-А (рус)" in text and report.money(report.total_amount).replace("\u00a0", " ") in text.replace(
        "\u00a0", " "
    )
    audit = site.store.one("SELECT * FROM audit WHERE action = 'export' ORDER BY seq DESC LIMIT 1")
    assert audit["operator_id"] == site.operator("canteen").id and "2026-11-20" in audit["details"]
    assert '"kind":"meal_report"' in audit["details"]


def test_report_periods_are_checked(site) -> None:
    with pytest.raises(InvalidDate, match="the first day"):
        build_report(site, SCHOOL, "2026-13-01", "2026-11-30")
    with pytest.raises(InvalidDate):
        build_report(site, SCHOOL, "20.11.2026", "2026-11-30")
    with pytest.raises(InvalidInput, match="after the last day"):
        build_report(site, SCHOOL, "2026-11-30", "2026-11-01")
    with pytest.raises(InvalidInput, match="no such school"):
        build_report(site, "SCH-999", "2026-11-01", "2026-11-30")
    with pytest.raises(PermissionDenied):
        export_period(site, site.operator("nurse"), SCHOOL, "2026-11-01", "2026-11-30", Path("/tmp"))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 8), st.booleans(), st.integers(0, 2)), min_size=1, max_size=30))
def test_at_most_one_meal_per_student_session_and_day(uz_template, tmp_path_factory, attempts) -> None:
    site = open_copy(uz_template, tmp_path_factory.mktemp("m"))
    try:
        staff = site.operator("canteen")
        students = _students(site)[:9]
        start = site.clock.now()
        accepted = set()
        for student_index, lunch, day in attempts:
            site.clock.at = start.replace(day=start.day + day)
            key = (students[student_index], lunch, day)
            try:
                site.meals.serve(staff, students[student_index], LUNCH if lunch else BREAKFAST)
                assert key not in accepted
                accepted.add(key)
            except MealAlreadyServed:
                assert key in accepted
        assert site.store.scalar("SELECT count(*) FROM meals") == len(accepted)
        assert site.store.scalar("SELECT count(*) FROM transactions") == len(accepted)
    finally:
        site.close()


def _at(site, hh_mm: str) -> None:
    hours, minutes = map(int, hh_mm.split(":"))
    site.clock.at = site.clock.at.replace(hour=hours, minute=minutes)


def test_a_meal_outside_its_hours_is_refused_without_a_supervisors_word_and_audited_with_it(site) -> None:
    from terminal.core.meals import MealOutsideHours
    from terminal.core.operators import SupervisorWord

    staff, student = site.operator("canteen"), _students(site)[0]
    _at(site, "19:13")
    warning = site.meals.outside_hours(LUNCH)
    assert str(warning) == (
        "Lunch is served from 12:30 to 13:15; it is 19:13 now."
        " A meal outside these hours needs a supervisor's word."
    )
    with pytest.raises(MealOutsideHours) as refused:
        site.meals.serve(staff, student, LUNCH, keep_hours=True)
    assert refused.value.params == {"session": "Lunch", "starts": "12:30", "ends": "13:15", "time": "19:13"}
    assert site.store.scalar("SELECT count(*) FROM meals") == 0
    assert site.store.scalar("SELECT count(*) FROM audit") == 0
    word = SupervisorWord("supervisor", "4444", "lunch was late: the cook was ill")
    served = site.meals.serve(staff, student, LUNCH, keep_hours=True, word=word)
    assert served.served_at == "19:13"
    entry = site.store.one("SELECT * FROM audit WHERE action = 'meal_outside_hours'")
    assert entry["operator_id"] == site.operator("supervisor").id and entry["subject"] == f"student:{student}"
    details = json.loads(entry["details"])
    assert details == {
        "session": LUNCH,
        "hours": "12:30-13:15",
        "served_at": "19:13",
        "for_operator": staff.id,
        "reason": "lunch was late: the cook was ill",
        "act": served.tx_uuid,
    }


def test_a_meal_within_its_hours_needs_no_word_and_the_hours_include_both_ends(site) -> None:
    staff = site.operator("canteen")
    students = _students(site)
    for student, time in zip(students, ("12:30", "13:15"), strict=False):
        _at(site, time)
        assert site.meals.outside_hours(LUNCH) is None
        site.meals.serve(staff, student, LUNCH, keep_hours=True)
    _at(site, "13:16")
    assert site.meals.outside_hours(LUNCH) is not None
    _at(site, "08:29")
    assert site.meals.outside_hours(BREAKFAST) is not None
    assert site.store.scalar("SELECT count(*) FROM audit WHERE action = 'meal_outside_hours'") == 0


def test_a_wrong_word_records_no_meal(site) -> None:
    from terminal.core.operators import SignInFailed, SupervisorWord, WordRefused

    staff, student = site.operator("canteen"), _students(site)[0]
    _at(site, "19:13")
    with pytest.raises(SignInFailed):
        site.meals.serve(
            staff, student, LUNCH, keep_hours=True, word=SupervisorWord("supervisor", "0000", "late lunch")
        )
    with pytest.raises(PermissionDenied):
        site.meals.serve(
            staff, student, LUNCH, keep_hours=True, word=SupervisorWord("nurse", "1111", "late lunch")
        )
    with pytest.raises(WordRefused):  # a supervisor serving vouches for nobody but someone else
        supervisor = site.operator("supervisor")
        word = SupervisorWord("supervisor", "4444", "late lunch")
        site.meals.serve(supervisor, student, LUNCH, keep_hours=True, word=word)
    assert site.store.scalar("SELECT count(*) FROM meals") == 0
    assert site.store.scalar("SELECT count(*) FROM audit WHERE action = 'meal_outside_hours'") == 0
