"""A submitted application's number, status and history, through real sync with a real registry."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from sync.server import records
from terminal.core import application_record as record
from terminal.core.applications import ApplicationForm, Asset, Income, Member, application_number, number_key
from terminal.core.errors import InvalidInput, PermissionDenied
from terminal.core.idnumbers import make_id_number
from terminal.core.site import Site
from terminal.sync_client.cycle import sync_once
from tests.sync.conftest import CLOCK, FACILITY, Registry, Server, make_registry, new_terminal

MOTHER = make_id_number("UZ", date(1990, 3, 4), "F", 601)
FATHER = make_id_number("UZ", date(1988, 5, 6), "M", 602)


def family(on: date, name: str = "Karimova Dilnoza") -> ApplicationForm:
    baby = make_id_number("UZ", date(on.year - 1, 1, 2), "M", 603)
    return ApplicationForm(
        benefit_type="childcare_under_2",
        members=[
            Member(MOTHER, name, "applicant"),
            Member(FATHER, "Karimov Jasur", "spouse"),
            Member(baby, "Karimov Temur", "child"),
        ],
        incomes=[Income(FATHER, "salary", 150_000_000)],
        assets=[Asset("dwelling", 20_000_000_000, "home")],
        address="Amir Temur ko'chasi, 4",
        consent=True,
    )


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    reg = make_registry(f"sqlite:///{tmp_path / 'registry.db'}", citizens=50)
    reg.server = Server(reg.db).start()
    yield reg
    reg.server.stop()
    reg.db.close()


def submitted(site: Site, form: ApplicationForm) -> str:
    inspector = site.operator("inspector")
    app_id = site.applications.save_draft(inspector, form)
    site.applications.submit(inspector, app_id)
    return app_id


def codes(history) -> list[str]:
    return [e.code for e in history]


def test_an_application_is_numbered_and_followed_from_draft_to_the_registry_and_its_conflict(
    registry, tmp_path
) -> None:
    a, b = new_terminal(registry, tmp_path / "a"), new_terminal(registry, tmp_path / "b")
    inspector = a.operator("inspector")
    on = a.clock.now().date()
    app_id = a.applications.save_draft(inspector, family(on))
    assert record.status(a, inspector, app_id).code == "draft"
    assert record.status(a, inspector, app_id).words == "Draft: not submitted yet"
    a.clock.advance(minutes=5)
    a.applications.save_draft(inspector, family(on), app_id)
    draft = record.record(a, inspector, app_id)
    assert codes(draft.history) == ["created", "saved"] and draft.view.number is None
    assert draft.history[0].words == f"Started by {inspector.full_name}"
    with pytest.raises(InvalidInput):  # a draft has no slip: it has no number yet
        record.slip(a, inspector, app_id)

    a.clock.advance(minutes=5)
    view = a.applications.submit(inspector, app_id)
    yymmdd = on.strftime("%y%m%d")
    assert view.number == f"{FACILITY}-{yymmdd}-{app_id[:8].upper()}"
    assert re.fullmatch(rf"{FACILITY}-\d{{6}}-[0-9A-F]{{8}}", view.number)
    assert [q["number"] for q in a.applications.queue(inspector)] == [view.number]
    waiting = record.status(a, inspector, app_id)
    assert (
        waiting.code == "waiting"
        and waiting.words == f"Submitted on {on}, waiting to be sent to the registry"
    )
    assert codes(record.record(a, inspector, app_id).history) == ["created", "submitted"]

    other = submitted(b, family(on, "Karimova Dilnoza Anvarovna"))  # the same family at another office
    assert sync_once(a.store, CLOCK).push.answers == {"accepted": 1}
    assert sync_once(b.store, CLOCK).push.answers == {"conflict": 1}
    sync_once(a.store, CLOCK)  # A learns of the conflict through its feed

    received = record.status(a, inspector, app_id)
    synced_at = a.store.scalar("SELECT synced_at FROM outbox WHERE tx_uuid = ?", (view_tx(a, app_id),))
    assert received.code == "received" and not received.needs_attention
    assert received.at is not None and received.at[:16] == local(synced_at)[:16]
    assert received.words == f"Received by the registry on {received.at[:10]}"
    history = record.record(a, inspector, app_id).history
    assert codes(history) == ["created", "submitted", "received", "conflict"]
    assert history[-1].words == "The registry received a later application that conflicts with this one"

    attention = record.status(b, b.operator("inspector"), other)
    assert attention.code == "attention" and attention.needs_attention
    assert attention.words == (
        "Needs attention: someone in this family already applied for this benefit in the last 12 months"
    )
    assert attention.reason is not None and attention.reason.code == "application_same_family"
    b_history = record.record(b, b.operator("inspector"), other).history
    assert codes(b_history) == ["created", "submitted", "received", "conflict"]
    assert b_history[-1].words.startswith("The registry found that someone in this family already applied")

    # the number is the same at the registry: its act holds the facility, the date and the id
    act = registry.one(
        "SELECT created_at, payload FROM transactions WHERE uuid = :u", {"u": view_tx(a, app_id)}
    )
    payload = json.loads(act["payload"])
    on_site = date.fromisoformat(local(act["created_at"])[:10])
    assert application_number(payload["facility"], on_site, payload["application_id"]) == view.number
    assert record.sent(a, inspector)[0].number != record.sent(b, b.operator("inspector"))[0].number
    a.close()
    b.close()


def test_the_registrys_decision_reaches_the_status_and_the_history(registry, tmp_path) -> None:
    a = new_terminal(registry, tmp_path / "a")
    inspector = a.operator("inspector")
    app_id = submitted(a, family(a.clock.now().date()))
    sync_once(a.store, CLOCK)
    decided = (a.clock.now() + timedelta(days=3)).isoformat(timespec="seconds")
    with registry.db.transaction() as tx:
        note = {"application_id": app_id, "decision": "approved", "decided_at": decided, "note": "from 1 Dec"}
        records.put_decision(tx, FACILITY, note, decided)
    sync_once(a.store, CLOCK)
    status = record.status(a, inspector, app_id)
    assert status.code == "approved" and status.note == "from 1 Dec"
    assert status.words == f"Approved by the registry on {decided[:10]}"
    assert codes(record.record(a, inspector, app_id).history) == [
        "created",
        "submitted",
        "received",
        "approved",
    ]
    a.close()


def test_an_act_the_registry_refused_needs_attention_and_says_why(site) -> None:
    inspector = site.operator("inspector")
    app_id = submitted(site, family(date(2026, 11, 20)))
    tx = view_tx(site, app_id)
    with site.store.write() as db:  # as a push records a refusal
        db.execute(
            "UPDATE outbox SET attempts = 1, last_attempt_at = ?, state = 'set_aside',"
            " registry_status = 'rejected', last_error = 'invalid_payload' WHERE tx_uuid = ?",
            ("2026-11-20T10:30:00.000+05:00", tx),
        )
    status = record.status(site, inspector, app_id)
    assert status.code == "attention"
    assert status.words == "Needs attention: the registry did not take it (its contents are not valid)"
    assert status.at == "2026-11-20T10:30:00+05:00"
    history = record.record(site, inspector, app_id).history
    assert codes(history) == ["created", "submitted", "set_aside"]
    assert history[-1].words == "The registry did not take it: its contents are not valid"


def test_the_list_of_sent_applications_is_newest_first_searchable_and_needs_the_role(site) -> None:
    inspector = site.operator("inspector")
    first = submitted(site, family(date(2026, 11, 20)))
    site.clock.advance(hours=1)
    mother, son = (
        make_id_number("UZ", date(1992, 8, 9), "F", 701),
        make_id_number("UZ", date(2016, 1, 1), "M", 702),
    )
    second_form = ApplicationForm(
        benefit_type="low_income_aid",
        members=[Member(mother, "Aliyeva Nodira", "applicant"), Member(son, "Aliyev Sardor", "child")],
        incomes=[Income(mother, "salary", 10_000_000)],
        address="Chilonzor 9",
        consent=True,
    )
    second = submitted(site, second_form)
    site.applications.save_draft(inspector, family(date(2026, 11, 20), "Still Adraft"))  # not listed

    rows = record.sent(site, inspector)
    assert [r.id for r in rows] == [second, first]
    assert [r.applicant for r in rows] == ["Aliyeva Nodira", "Karimova Dilnoza"]
    assert [r.family_size for r in rows] == [2, 3] and rows[0].status.code == "waiting"
    assert rows[0].submitted_at == "2026-11-20T11:00:00+05:00"
    assert [r.id for r in record.sent(site, inspector, "karimova")] == [first]
    assert [r.id for r in record.sent(site, inspector, rows[1].number)] == [first]  # the whole number
    assert [r.id for r in record.sent(site, inspector, rows[1].number[-8:].lower())] == [
        first
    ]  # its last group
    assert record.sent(site, inspector, "Nobody") == [] and record.sent(site, inspector, "100%") == []
    assert number_key("uz-tsh-yun-012-261120-3F2C19AB") == "3f2c19ab" and number_key("Rahimova") is None

    nurse = site.operator("nurse")
    for read in (record.sent, record.status, record.record, record.slip):
        with pytest.raises(PermissionDenied):
            read(site, nurse, first) if read is not record.sent else read(site, nurse)


def test_the_slip_masks_the_id_number_and_says_where_the_application_stands(site) -> None:
    inspector = site.operator("inspector")
    app_id = submitted(site, family(date(2026, 11, 20)))
    slip = record.slip(site, inspector, app_id)
    assert slip.number == site.applications.load(inspector, app_id).number
    assert slip.applicant == "Karimova Dilnoza" and slip.masked_pin == "•" * 10 + MOTHER[-4:]
    assert MOTHER not in repr(slip)
    assert slip.family_size == 3 and slip.benefit_type == "childcare_under_2"
    assert slip.assessment["eligible"] is True and slip.status.code == "waiting"
    assert slip.facility_name == site.facility.name and slip.submitted_at.startswith("2026-11-20T10:00")


def view_tx(site: Site, app_id: str) -> str:
    return site.store.scalar("SELECT tx_uuid FROM applications WHERE id = ?", (app_id,))


def local(at: str) -> str:
    """A registry or sync time (UTC) as the terminal's site time (Tashkent, +05:00)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(ZoneInfo("Asia/Tashkent")).isoformat()
