"""Field applications: validated ID numbers, drafts, assessment, submission that freezes and queues."""

from __future__ import annotations

import json
from datetime import date

import pytest

from terminal.core.applications import ApplicationForm, Asset, Income, Member
from terminal.core.errors import (
    ApplicationIncomplete,
    ApplicationNotEditable,
    DuplicateApplication,
    InvalidDate,
    InvalidInput,
    PermissionDenied,
    UnknownApplication,
)
from terminal.core.idnumbers import make_id_number
from terminal.core.store_cipher import IntegrityError
from tests.conftest import snapshot

ON = date(2026, 11, 20)


def pin(country: str, born: date, sex: str, serial: int) -> str:
    return make_id_number(country, born, sex, serial)  # type: ignore[arg-type]


def family(country: str = "UZ", baby: bool = True, salary: int = 150_000_000) -> ApplicationForm:
    mother = Member(pin(country, date(1994, 4, 2), "F", 11), "Rahimova Malika", "applicant")
    father = Member(pin(country, date(1990, 7, 19), "M", 12), "Rahimov Jasur", "spouse", occupation="driver")
    children = [Member(pin(country, date(2016, 9, 1), "M", 13), "Rahimov Bobur", "child")]
    if baby:
        children.append(Member(pin(country, date(2025, 8, 14), "F", 14), "Rahimova Zarina", "child"))
    return ApplicationForm(
        benefit_type="childcare_under_2" if baby else "children_under_14",
        members=[mother, father, *children],
        incomes=[Income(father.pin, "salary", salary)],
        assets=[Asset("dwelling", 20_000_000_000, "two-room flat")],
        address="Yunusobod 4-mavze, 12-uy, 34-xonadon",
        phone="+998 90 123 45 67",
        consent=True,
    )


def test_a_draft_is_saved_resumed_and_completed(site) -> None:
    inspector = site.operator("inspector")
    partial = family()
    partial.members, partial.incomes, partial.benefit_type, partial.consent = (
        partial.members[:1],
        [],
        None,
        False,
    )
    app_id = site.applications.save_draft(inspector, partial)
    resumed = site.applications.load(inspector, app_id)
    assert resumed.status == "draft" and resumed.form.members[0].full_name == "Rahimova Malika"
    assert resumed.form.members[0].birth_date == "1994-04-02"  # read from the ID number
    assert [d["id"] for d in site.applications.drafts(inspector)] == [app_id]
    assert site.store.scalar("SELECT count(*) FROM transactions") == 0  # drafts are not acts
    site.applications.save_draft(inspector, family(), app_id)
    assert len(site.applications.load(inspector, app_id).form.members) == 4
    view = site.applications.submit(inspector, app_id)
    assert view.status == "submitted" and view.sync_state == "queued"
    assert site.applications.drafts(inspector) == []
    assert [q["id"] for q in site.applications.queue(inspector)] == [app_id]
    tx = site.store.one("SELECT kind, payload FROM transactions")
    payload = json.loads(tx["payload"])
    assert tx["kind"] == "application" and payload["application_id"] == app_id
    assert len(payload["members"]) == 4 and payload["assessment"]["eligible"] is True


def test_a_submitted_application_is_immutable_in_the_service_and_in_the_store(site) -> None:
    inspector = site.operator("inspector")
    app_id = site.applications.save_draft(inspector, family())
    submitted = site.applications.submit(inspector, app_id)
    with pytest.raises(ApplicationNotEditable, match="2026-11-20"):
        site.applications.save_draft(inspector, family(baby=False), app_id)
    with pytest.raises(ApplicationNotEditable):
        site.applications.submit(inspector, app_id)
    with pytest.raises(ApplicationNotEditable):
        site.applications.discard_draft(inspector, app_id)
    conn = site.store.db.conn
    for sql in (
        "UPDATE applications SET benefit_type = 'low_income_aid'",
        "DELETE FROM applications",
        "UPDATE application_members SET full_name = 'Someone Else'",
        "DELETE FROM application_incomes",
        f"INSERT INTO application_assets (application_id, kind, value) VALUES ('{app_id}', 'vehicle', 1)",
    ):
        with pytest.raises(IntegrityError, match="immutable"), conn:
            conn.execute(sql)
    assert site.applications.load(inspector, app_id) == submitted


def test_assessment_reasons_are_shown(site) -> None:
    poor = site.applications.assess(family(salary=150_000_000))  # 1.5M / 4 = 375,000 a head
    assert poor.eligible and poor.household_size == 4 and poor.per_capita_income == 37_500_000
    codes = [r.code for r in poor.reasons]
    assert codes == ["income_within_threshold", "child_under_2"]
    assert "375\u00a0000.00\u00a0so'm" in poor.reasons[0].text and "15 months old" in poor.reasons[1].text
    rich = site.applications.assess(family(salary=900_000_000))
    assert not rich.eligible and rich.reasons[0].code == "income_above_threshold"


def test_threshold_is_a_setting(site) -> None:
    from terminal.core import settings

    form = family(salary=300_000_000)  # 750,000 a head: above the default 648,000
    assert not site.applications.assess(form).eligible
    settings.put(site.store, site.clock, site.operator("supervisor"), "low_income_threshold", 80_000_000)
    assert site.applications.assess(form).eligible
    assert site.store.one("SELECT action, subject FROM audit ORDER BY seq DESC LIMIT 1") == {
        "action": "settings_change",
        "subject": "low_income_threshold",
    }
    with pytest.raises(PermissionDenied):
        settings.put(site.store, site.clock, site.operator("inspector"), "low_income_threshold", 1)


def test_restricted_bodies_flag_the_application(site) -> None:
    form = family()
    form.members[1].restricted_body = "customs"
    inspector = site.operator("inspector")
    view = site.applications.submit(inspector, site.applications.save_draft(inspector, form))
    assert view.flagged and not view.assessment["eligible"]
    reason = view.assessment["reasons"][0]
    assert reason["code"] == "restricted_body" and "customs" in reason["text"]


def test_benefit_conditions(site) -> None:
    older = family(baby=False)
    older.benefit_type = "childcare_under_2"
    result = site.applications.assess(older)
    assert not result.eligible and "no_child_under_2" in [r.code for r in result.reasons]
    older.benefit_type = "children_under_14"
    assert site.applications.assess(older).eligible
    older.members = older.members[:2]
    assert "no_child_under_14" in [r.code for r in site.applications.assess(older).reasons]


def test_assets_above_the_limit_count_against(site) -> None:
    form = family()
    form.assets.append(Asset("vehicle", 40_000_000_000, "new car"))
    result = site.applications.assess(form)
    assert not result.eligible and "assets_above_limit" in [r.code for r in result.reasons]


def test_submission_needs_applicant_benefit_address_and_consent(site) -> None:
    inspector = site.operator("inspector")
    form = family()
    form.consent = False
    form.address = ""
    app_id = site.applications.save_draft(inspector, form)
    before = snapshot(site)
    with pytest.raises(ApplicationIncomplete, match="the address, the applicant's consent"):
        site.applications.submit(inspector, app_id)
    assert snapshot(site) == before


def test_wrong_id_numbers_and_dates_are_refused_with_the_field(site) -> None:
    inspector = site.operator("inspector")
    form = family()
    good = form.members[2].pin
    form.members[2].pin = good[:-1] + str((int(good[-1]) + 1) % 10)
    with pytest.raises(InvalidInput, match=r"ID number of Rahimov Bobur.*check digit"):
        site.applications.save_draft(inspector, form)
    form = family()
    form.members[2].birth_date = "2016-09-02"
    with pytest.raises(InvalidInput, match="does not match the birth date"):
        site.applications.save_draft(inspector, form)
    form.members[2].birth_date = "2016-02-30"
    with pytest.raises(InvalidDate):
        site.applications.save_draft(inspector, form)
    kz_number = pin("KZ", date(2016, 9, 1), "M", 13)  # a Kazakh IIN on an Uzbek site
    form = family()
    form.members[2].pin = kz_number
    with pytest.raises(InvalidInput, match="14 digits"):
        site.applications.save_draft(inspector, form)
    assert site.store.scalar("SELECT count(*) FROM applications") == 0


def test_kazakh_sites_check_iins(kz_site) -> None:
    inspector = kz_site.operator("inspector")
    view = kz_site.applications.submit(inspector, kz_site.applications.save_draft(inspector, family("KZ")))
    assert view.status == "submitted" and len(view.form.members[0].pin) == 12
    with pytest.raises(InvalidInput, match="12 digits"):
        kz_site.applications.save_draft(inspector, family("UZ"))


def test_other_form_mistakes(site) -> None:
    inspector = site.operator("inspector")
    cases = [
        (lambda f: f.members.append(f.members[0]), "listed twice"),
        (lambda f: setattr(f.members[1], "relation", "applicant"), "only one person"),
        (lambda f: setattr(f.members[1], "relation", "boss"), "listed relations"),
        (lambda f: setattr(f, "benefit_type", "cash"), "listed benefits"),
        (
            lambda f: f.incomes.append(Income(pin("UZ", date(1960, 1, 1), "M", 5), "pension", 1)),
            "not in the family",
        ),
        (lambda f: setattr(f.incomes[0], "monthly_amount", -5), "zero or more"),
        (lambda f: setattr(f.incomes[0], "monthly_amount", 12.5), "whole amount"),
        (lambda f: setattr(f.members[0], "full_name", "   "), "name is empty"),
        (lambda f: setattr(f, "address", "x" * 501), "at most 500"),
        (lambda f: setattr(f.members[0], "restricted_body", "army"), "unknown body"),
    ]
    for change, words in cases:
        form = family()
        change(form)
        with pytest.raises(InvalidInput, match=words):
            site.applications.save_draft(inspector, form)
    assert site.store.scalar("SELECT count(*) FROM applications") == 0


@pytest.mark.parametrize(
    "text",
    [
        "Robert'); DROP TABLE applications;--",
        "O\"Brien ' OR 1=1 --",
        "<script>alert('x')</script>",
        "Қарақалпақстан ҳәм Ўзбекистон",
    ],
)
def test_quotes_sql_and_scripts_are_stored_as_typed(site, text) -> None:
    inspector = site.operator("inspector")
    form = family()
    form.members[1].full_name = text
    form.address = text
    app_id = site.applications.submit(inspector, site.applications.save_draft(inspector, form)).id
    view = site.applications.load(inspector, app_id)
    assert view.form.members[1].full_name == text and view.form.address == text
    assert "applications" in site.store.db.table_names()


def test_a_second_application_for_the_same_family_is_refused(site) -> None:
    inspector = site.operator("inspector")
    site.applications.submit(inspector, site.applications.save_draft(inspector, family()))
    again = family()
    again.members[0].full_name = "Rahimova Malika Akmalovna"
    second = site.applications.save_draft(inspector, again)
    with pytest.raises(DuplicateApplication, match="2026-11-20"):
        site.applications.submit(inspector, second)
    other_benefit = family()
    other_benefit.benefit_type = "low_income_aid"
    site.applications.submit(inspector, site.applications.save_draft(inspector, other_benefit))


def test_only_inspectors_and_supervisors_register(site) -> None:
    for login in ("nurse", "canteen"):
        with pytest.raises(PermissionDenied, match="register applications"):
            site.applications.save_draft(site.operator(login), family())
    site.applications.save_draft(site.operator("supervisor"), family())


def test_a_draft_can_be_discarded(site) -> None:
    inspector = site.operator("inspector")
    app_id = site.applications.save_draft(inspector, family())
    site.applications.discard_draft(inspector, app_id)
    assert site.store.scalar("SELECT count(*) FROM application_members") == 0
    with pytest.raises(UnknownApplication):
        site.applications.load(inspector, app_id)
