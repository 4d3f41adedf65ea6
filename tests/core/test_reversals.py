"""Reversal of a mistaken dispense or meal: a supervisor's new act with a reason; nothing deleted."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from terminal.core.acts import verify_log
from terminal.core.clock import stamp
from terminal.core.dispensing import DispenseLine
from terminal.core.errors import PermissionDenied
from terminal.core.identification import Identification
from terminal.core.meal_reports import build_report
from terminal.core.operators import SignInFailed, SupervisorWord, WordRefused
from terminal.core.patients import history
from terminal.core.pharmacy_day import pharmacy_day
from terminal.core.receipts import load_receipt, reversed_words, write_pdf
from terminal.core.reversals import AlreadyReversed, NotReversible, todays_acts
from tests.conftest import dispensable_item, snapshot
from tests.core.test_receipts import pdf_text

SCHOOL, LUNCH = "SCH-045", "SCH-045-LUNCH"


def _dispense(site, quantity: int = 2):
    citizen_id, _p, item = dispensable_item(site, quantity)
    nurse = site.operator("nurse")
    receipt = site.dispensing.dispense(
        nurse, Identification(citizen_id, "face", distance=0.3), [DispenseLine(item.item_id, quantity)]
    )
    return citizen_id, item, receipt


def _item(site, item_id: int) -> dict:
    return site.store.one(
        "SELECT pi.qty_dispensed, s.quantity AS stock FROM prescription_items pi"
        " JOIN stock s ON s.drug_code = pi.drug_code WHERE pi.id = ?",
        (item_id,),
    )


def test_a_reversed_dispense_gives_back_its_quantities_and_counts_nowhere(site, tmp_path: Path) -> None:
    citizen_id, item, receipt = _dispense(site, 2)
    after_dispense = _item(site, item.item_id)
    before_any = {"qty_dispensed": after_dispense["qty_dispensed"] - 2, "stock": after_dispense["stock"] + 2}
    day = pharmacy_day(site, site.operator("nurse"))
    assert day.dispenses == 1
    acts = site.store.scalar("SELECT count(*) FROM transactions")

    site.clock.advance(minutes=3)
    rev = site.reversals.reverse(
        site.operator("supervisor"), receipt.tx_uuid, reason="  wrong   patient chosen "
    )
    assert rev.reason == "wrong patient chosen" and rev.kind == "dispense"
    assert _item(site, item.item_id) == before_any  # back on the prescription and in stock
    # A new act, chained and queued; the first act and its rows stay.
    assert site.store.scalar("SELECT count(*) FROM transactions") == acts + 1
    row = site.store.one("SELECT kind, payload FROM transactions ORDER BY seq DESC LIMIT 1")
    payload = json.loads(row["payload"])
    assert row["kind"] == "reversal" and payload["reverses"] == receipt.tx_uuid
    assert payload["reverses_kind"] == "dispense" and payload["reason"] == "wrong patient chosen"
    assert site.store.scalar("SELECT count(*) FROM dispenses WHERE tx_uuid = ?", (receipt.tx_uuid,)) == 1
    assert site.store.scalar("SELECT state FROM outbox WHERE tx_uuid = ?", (rev.tx_uuid,)) == "queued"
    assert verify_log(site.store)[1] is None
    audit = site.store.one("SELECT action, details FROM audit ORDER BY seq DESC LIMIT 1")
    assert audit["action"] == "reversal" and json.loads(audit["details"])["reverses"] == receipt.tx_uuid
    # The receipt says so; the day's totals and the patient's history no longer count it.
    again = load_receipt(site, receipt.tx_uuid)
    assert again.reversed is not None and again.reversed.supervisor == rev.supervisor
    assert again.reversed.reason == "wrong patient chosen" and again.reversed.at == stamp(site.clock)
    text = pdf_text(write_pdf(again, tmp_path / "reversed.pdf"))
    assert reversed_words(again.reversed) in text
    assert "REVERSED" in text and f"by {rev.supervisor}: wrong patient chosen" in text
    day = pharmacy_day(site, site.operator("nurse"))
    assert day.dispenses == 0 and day.total_cost == 0
    past = history(site, site.operator("nurse"), citizen_id)
    assert past.dispenses[0].reversed is not None
    # Reversed once only; the second attempt changes nothing.
    before = snapshot(site)
    with pytest.raises(AlreadyReversed) as err:
        site.reversals.reverse(site.operator("supervisor"), receipt.tx_uuid, reason="again, by mistake")
    assert "wrong patient chosen" in err.value.message
    assert snapshot(site) == before


def test_a_reversed_meal_frees_the_childs_session_and_leaves_the_reports(site) -> None:
    staff = site.operator("canteen")
    student = site.store.scalar(
        "SELECT s.id FROM students s JOIN classes c ON c.id = s.class_id"
        " WHERE s.meal_eligible = 1 AND s.active = 1 AND c.school_id = ? ORDER BY s.id LIMIT 1",
        (SCHOOL,),
    )
    site.clock.at = site.clock.at.replace(hour=12, minute=40)
    served = site.meals.serve(staff, student, LUNCH)
    assert build_report(site, SCHOOL, "2026-11-20", "2026-11-20").total_meals == 1
    word = SupervisorWord("supervisor", "4444", "tapped the wrong child")
    rev = site.reversals.reverse(staff, served.tx_uuid, word=word)
    assert rev.kind == "meal"
    report = build_report(site, SCHOOL, "2026-11-20", "2026-11-20")
    assert report.total_meals == 0
    assert site.meals.day_counts(SCHOOL, date(2026, 11, 20)).total == 0
    # The child may be served that session after all; the first meal's row stays.
    site.meals.serve(staff, student, LUNCH)
    assert site.store.scalar("SELECT count(*) FROM meals WHERE student_id = ?", (student,)) == 2
    assert build_report(site, SCHOOL, "2026-11-20", "2026-11-20").total_meals == 1


def test_only_a_supervisor_reverses_and_always_with_a_reason(site) -> None:
    _c, _i, receipt = _dispense(site, 1)
    nurse, supervisor = site.operator("nurse"), site.operator("supervisor")
    before = snapshot(site)
    with pytest.raises(PermissionDenied):
        site.reversals.reverse(nurse, receipt.tx_uuid, reason="wrong patient chosen")
    with pytest.raises(WordRefused):
        site.reversals.reverse(supervisor, receipt.tx_uuid, reason=" no ")
    with pytest.raises(SignInFailed):
        site.reversals.reverse(nurse, receipt.tx_uuid, word=SupervisorWord("supervisor", "0000", "wrong one"))
    with pytest.raises(PermissionDenied):  # a canteen worker may not ask to reverse a dispense
        word = SupervisorWord("supervisor", "4444", "wrong patient chosen")
        site.reversals.reverse(site.operator("canteen"), receipt.tx_uuid, word=word)
    with pytest.raises(NotReversible):
        site.reversals.reverse(supervisor, "00000000-0000-4000-8000-000000000000", reason="wrong patient")
    after, counted = snapshot(site), ("audit", "operator_lockouts")  # a wrong PIN is audited and counted
    assert {k: v for k, v in after.items() if k not in counted} == {
        k: v for k, v in before.items() if k not in counted
    }
    assert after["operator_lockouts"][0]["failures"] == 1
    # With a supervisor's word, the nurse at the desk reverses it.
    rev = site.reversals.reverse(
        nurse, receipt.tx_uuid, word=SupervisorWord("supervisor", "4444", "wrong one")
    )
    assert rev.supervisor == supervisor.full_name
    # A supervisor signed in gives their own word: their PIN again.
    other = _dispense(site, 1)[2]
    with pytest.raises(SignInFailed):
        site.reversals.reverse(
            supervisor, other.tx_uuid, word=SupervisorWord("supervisor", "0000", "wrong one")
        )
    mine = site.reversals.reverse(
        supervisor, other.tx_uuid, word=SupervisorWord("supervisor", "4444", "wrong one")
    )
    assert mine.supervisor == supervisor.full_name
    with pytest.raises(NotReversible):  # a reversal is not itself reversed
        site.reversals.reverse(supervisor, rev.tx_uuid, reason="undo the undo")


def test_the_days_acts_are_listed_newest_first_with_what_was_reversed(site) -> None:
    supervisor, staff = site.operator("supervisor"), site.operator("canteen")
    assert todays_acts(site, supervisor) == []
    citizen_id, item, receipt = _dispense(site, 2)
    student = site.store.scalar(
        "SELECT s.id FROM students s JOIN classes c ON c.id = s.class_id"
        " WHERE s.meal_eligible = 1 AND s.active = 1 AND c.school_id = ? ORDER BY s.id LIMIT 1",
        (SCHOOL,),
    )
    site.clock.at = site.clock.at.replace(hour=12, minute=40)
    served = site.meals.serve(staff, student, LUNCH)
    site.reversals.reverse(supervisor, receipt.tx_uuid, reason="wrong patient chosen")

    meal, dispense = todays_acts(site, supervisor)  # newest first; the reversal is not an act listed
    assert (meal.kind, meal.tx_uuid, meal.session, meal.operator) == (
        "meal",
        served.tx_uuid,
        "Lunch",
        staff.full_name,
    )
    assert meal.person == served.student_name and meal.class_name and meal.reversed is None
    assert meal.at.startswith("2026-11-20T12:40")
    assert (dispense.kind, dispense.tx_uuid, dispense.operator) == (
        "dispense",
        receipt.tx_uuid,
        site.operator("nurse").full_name,
    )
    name = site.store.one("SELECT surname, given_name, patronymic FROM citizens WHERE id = ?", (citizen_id,))
    assert dispense.person.startswith(f"{name['surname']} {name['given_name']}")
    assert [(qty, unit) for _drug, qty, unit in dispense.medicines] == [(2, item.unit)]
    assert dispense.reversed is not None and dispense.reversed.reason == "wrong patient chosen"
    # Another day's list is another day's; only a supervisor reads it, and reading writes nothing.
    assert todays_acts(site, supervisor, date(2026, 11, 19)) == []
    before = snapshot(site)
    for role in ("nurse", "canteen", "inspector"):
        with pytest.raises(PermissionDenied):
            todays_acts(site, site.operator(role))
    assert snapshot(site) == before


def test_a_reversed_aid_hand_over_frees_its_entitlement_for_the_right_serial_and_leaves_the_act(
    site, tmp_path: Path
) -> None:
    from terminal.core import aid_documents
    from tests.core.test_aids import _pdf_text, entitled

    worker, supervisor = site.operator("social"), site.operator("supervisor")
    citizen_id, entitlement = entitled(site)
    ident = Identification(citizen_id, "face", distance=0.3)
    wrong = site.aids.hand_over(worker, ident, entitlement, "BOX-0001")
    site.clock.advance(minutes=4)
    with pytest.raises(PermissionDenied):  # the social worker alone may not undo her own act
        site.reversals.reverse(worker, wrong.tx_uuid, reason="box serial typed")
    word = SupervisorWord("supervisor", "4444", "the box's serial was typed, not the aid's")
    rev = site.reversals.reverse(worker, wrong.tx_uuid, word=word)
    assert rev.kind == "aid_handover" and rev.supervisor == supervisor.full_name
    row = site.store.one("SELECT kind, payload FROM transactions ORDER BY seq DESC LIMIT 1")
    payload = json.loads(row["payload"])
    assert row["kind"] == "reversal" and payload["reverses_kind"] == "aid_handover"
    audited = site.store.one("SELECT action, subject FROM audit ORDER BY seq DESC LIMIT 1")
    assert audited == {"action": "reversal", "subject": f"citizen:{citizen_id}"}
    from sync.protocol.models import PAYLOADS

    PAYLOADS["reversal"].model_validate(payload)  # what the registry will read
    # The entitlement can be handed over again; the first act and its row stay, marked reversed.
    views = {v.id: v for v in site.aids.entitlements(worker, citizen_id)}
    assert views[entitlement].available
    assert site.store.scalar("SELECT count(*) FROM aid_handovers WHERE tx_uuid = ?", (wrong.tx_uuid,)) == 1
    right = site.aids.hand_over(worker, ident, entitlement, "HA-2026-0001")
    assert right.reversed is None and site.aids.receipt(worker, wrong.tx_uuid).reversed == rev
    today = {r["serial"]: r for r in site.aids.handed_today(worker)}
    assert today["BOX-0001"]["reversed"] == 1 and today["HA-2026-0001"]["reversed"] == 0
    with pytest.raises(AlreadyReversed):
        site.reversals.reverse(supervisor, wrong.tx_uuid, reason="reversed twice")
    assert verify_log(site.store)[1] is None
    # The supervisor's list of the day names the aid and its serial number.
    listed = {a.tx_uuid: a for a in todays_acts(site, supervisor)}
    assert listed[wrong.tx_uuid].aid == (wrong.aid_name, "BOX-0001") and listed[wrong.tx_uuid].reversed
    assert listed[right.tx_uuid].kind == "aid_handover" and listed[right.tx_uuid].reversed is None
    # The receipt says so; the period's act counts the live hand-over only and says one was reversed.
    text = _pdf_text(aid_documents.export_receipt(site, worker, wrong.tx_uuid, tmp_path / "r.pdf"))
    assert "REVERSED" in text and "the box's serial was typed, not the aid's" in text
    pdf, csv = aid_documents.export_period(site, worker, "2026-11-20", "2026-11-20", tmp_path)
    lines = csv.read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if "BOX-0001" in line] == [] and any("HA-2026-0001" in x for x in lines)
    act_text = _pdf_text(pdf).replace(" ", "")  # the PDF's text joins a key to its value at times
    assert "Aidshandedover1" in act_text and "Reversed,notcounted1" in act_text


def test_the_registry_s_older_word_does_not_undo_a_reversal_it_has_not_had(site) -> None:
    from terminal.core.registry_news import apply_changes
    from tests.core.test_aids import entitled

    worker, supervisor = site.operator("social"), site.operator("supervisor")
    citizen_id, entitlement = entitled(site)
    handed = site.aids.hand_over(worker, Identification(citizen_id, "face", 0.3), entitlement, "X-1")
    with site.store.write() as db:  # the hand-over reached the registry, which says so
        db.execute("UPDATE outbox SET state = 'synced', registry_status = 'accepted'")
    rev = site.reversals.reverse(supervisor, handed.tx_uuid, reason="handed to the wrong person")
    row = dict(site.store.one("SELECT * FROM aid_entitlements WHERE id = ?", (entitlement,)))
    pin = site.store.scalar("SELECT pin FROM citizens WHERE id = ?", (citizen_id,))
    word = dict(row, citizen_pin=pin, status="handed_over")
    change = {"entity": "aid_entitlement", "key": entitlement, "op": "upsert", "data": word}
    with site.store.write() as db:
        apply_changes(db, [change], "t")
    assert site.store.scalar("SELECT status FROM aid_entitlements WHERE id = ?", (entitlement,)) == "active"
    with site.store.write() as db:  # the reversal reached it too: its word is the registry's again
        db.execute("UPDATE outbox SET state = 'synced' WHERE tx_uuid = ?", (rev.tx_uuid,))
        apply_changes(db, [change], "t")
    assert (
        site.store.scalar("SELECT status FROM aid_entitlements WHERE id = ?", (entitlement,)) == "handed_over"
    )
