"""Every service action as every role: the allowed ones work, the others are refused writing nothing.

Table-driven from :data:`terminal.core.roles.PERMISSIONS`: an action added
there without a case here fails ``test_every_action_has_a_case``. A case
prepares what the action needs (as a role that may, before anything is
counted), then does the action as the role under test.

The reads of personal data (prescriptions, receipts, citizens, class rosters,
applications) are checked the same way in :data:`READS`: the allowed roles get
the data, the others are refused; neither writes anything.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from terminal.core import citizens, faces, operators, overrides, reversals, settings, supervision
from terminal.core.demo_site import DEMO_PINS
from terminal.core.dispensing import DispenseLine
from terminal.core.errors import PermissionDenied
from terminal.core.identification import Identification
from terminal.core.meal_reports import export_period
from terminal.core.roles import PERMISSIONS, ROLES, Operator
from terminal.core.site import Site
from tests.conftest import dispensable_item, snapshot
from tests.core.test_applications import family

SCHOOL = "SCH-045"
Act = Callable[[Site, Operator, Path], object]
Case = Callable[[Site, Path], Act]  # prepares, returns the action to do as the operator under test


def _dispense(site: Site, _tmp: Path) -> Act:
    citizen_id, _p, item = dispensable_item(site)
    return lambda s, op, _t: s.dispensing.dispense(
        op, Identification(citizen_id, "face", distance=0.3), [DispenseLine(item.item_id, 1)]
    )


def _serve_meal(site: Site, _tmp: Path) -> Act:
    student = site.store.scalar(
        "SELECT s.id FROM students s JOIN classes c ON c.id = s.class_id"
        " WHERE s.meal_eligible = 1 AND s.active = 1 AND c.school_id = ? ORDER BY s.id LIMIT 1",
        (SCHOOL,),
    )
    return lambda s, op, _t: s.meals.serve(op, student, f"{SCHOOL}-LUNCH")


def _entitlement(site: Site) -> tuple[int, str]:
    row = site.store.one(
        "SELECT citizen_id, id FROM aid_entitlements WHERE status = 'active' AND valid_from <= '2026-11-20'"
        " AND valid_until >= '2026-11-20' ORDER BY id LIMIT 1"
    )
    assert row is not None
    return row["citizen_id"], row["id"]


def _hand_over_aid(site: Site, _tmp: Path) -> Act:
    citizen_id, entitlement = _entitlement(site)
    return lambda s, op, _t: s.aids.hand_over(
        op, Identification(citizen_id, "face", 0.3), entitlement, "SN-1"
    )


def _entitlements(site: Site, _tmp: Path) -> Act:
    citizen_id, _e = _entitlement(site)
    return lambda s, op, _t: s.aids.entitlements(op, citizen_id)


def _person_for_aids(site: Site, _tmp: Path) -> Act:
    citizen_id, _e = _entitlement(site)
    return lambda s, op, _t: citizens.get(s, op, citizen_id, action="hand over technical aids")


def _aid_receipt(site: Site, _tmp: Path) -> Act:
    receipt = _hand_over_aid(site, _tmp)(site, site.operator("social"), _tmp)
    return lambda s, op, _t: s.aids.receipt(op, receipt.tx_uuid)  # type: ignore[attr-defined]


def _export_reports(site: Site, _tmp: Path) -> Act:
    _serve_meal(site, _tmp)(site, site.operator("canteen"), _tmp)
    return lambda s, op, t: export_period(s, op, SCHOOL, "2026-11-20", "2026-11-20", t / "reports")


def _save_draft(site: Site, _tmp: Path) -> Act:
    return lambda s, op, _t: s.applications.save_draft(op, family())


def _edit_draft(site: Site, _tmp: Path) -> Act:
    draft = site.applications.save_draft(site.operator("inspector"), family())
    return lambda s, op, _t: s.applications.save_draft(op, family(salary=1), draft)


def _discard_draft(site: Site, _tmp: Path) -> Act:
    draft = site.applications.save_draft(site.operator("inspector"), family())
    return lambda s, op, _t: s.applications.discard_draft(op, draft)


def _submit(site: Site, _tmp: Path) -> Act:
    draft = site.applications.save_draft(site.operator("inspector"), family())
    return lambda s, op, _t: s.applications.submit(op, draft)


def _sign_override(site: Site, _tmp: Path) -> Act:
    """The role under test signs (its own login and PIN) an override for the nurse at the desk."""
    citizen_id, _p, _item = dispensable_item(site)
    nurse = site.operator("nurse")
    return lambda s, op, _t: overrides.grant(
        s, nurse, citizen_id, op.login, DEMO_PINS[op.login], "Face bandaged", action="dispense medicines"
    )


def _enroll_face(site: Site, _tmp: Path) -> Act:
    encodings = np.random.default_rng(7).normal(0, 0.1, (2, 128)).astype("float32")
    return lambda s, op, _t: faces.enroll(s, op, 1, encodings, consent=True)


def _remove_face(site: Site, _tmp: Path) -> Act:
    _enroll_face(site, _tmp)(site, site.operator("inspector"), _tmp)
    return lambda s, op, _t: faces.revoke(s, op, 1, reason="Consent withdrawn")


def _change_setting(site: Site, _tmp: Path) -> Act:
    return lambda s, op, _t: settings.put(s.store, s.clock, op, "idle_lock_minutes", 7)


def _set_someone_elses_pin(site: Site, _tmp: Path) -> Act:
    return lambda s, op, _t: operators.set_pin(s, op, "canteen" if op.login == "nurse" else "nurse", "97531")


def _reverse(site: Site, _tmp: Path) -> Act:
    receipt = _dispense(site, _tmp)(site, site.operator("nurse"), _tmp)
    return lambda s, op, _t: s.reversals.reverse(op, receipt.tx_uuid, reason="the wrong patient")  # type: ignore[attr-defined]


CASES: dict[str, dict[str, Case]] = {
    "dispense medicines": {"dispense": _dispense},
    "serve school meals": {"serve a meal": _serve_meal},
    "hand over technical aids": {"hand over an aid": _hand_over_aid},
    "export meal reports": {"export": _export_reports},
    "register applications": {
        "save a new draft": _save_draft,
        "save a draft again": _edit_draft,
        "discard a draft": _discard_draft,
        "submit": _submit,
    },
    "override an identification": {"sign an override": _sign_override},
    "enroll a citizen's face": {"enroll": _enroll_face},
    "remove a citizen's face": {"remove": _remove_face},
    "change settings": {"change a setting": _change_setting},
    "manage operators": {"set another operator's PIN": _set_someone_elses_pin},
    "reverse a recorded act": {"reverse a dispense": _reverse},
}


# --- reads of personal data ---------------------------------------------------------------


def _prescriptions(site: Site, _tmp: Path) -> Act:
    citizen_id, _p, _item = dispensable_item(site)
    return lambda s, op, _t: s.dispensing.prescriptions(op, citizen_id)


def _reprint_receipt(site: Site, _tmp: Path) -> Act:
    receipt = _dispense(site, _tmp)(site, site.operator("nurse"), _tmp)
    return lambda s, op, _t: s.dispensing.receipt(op, receipt.tx_uuid)  # type: ignore[attr-defined]


def _citizen(site: Site, _tmp: Path) -> Act:
    citizen_id, _p, _item = dispensable_item(site)
    return lambda s, op, _t: citizens.get(s, op, citizen_id, action="dispense medicines")


def _citizen_by_id_number(site: Site, _tmp: Path) -> Act:
    citizen_id, _p, _item = dispensable_item(site)
    pin = site.store.scalar("SELECT pin FROM citizens WHERE id = ?", (citizen_id,))
    return lambda s, op, _t: citizens.find_by_pin(s, op, pin, action="dispense medicines")


def _roster(site: Site, _tmp: Path) -> Act:
    _serve_meal(site, _tmp)(site, site.operator("canteen"), _tmp)
    klass = site.meals.classes(SCHOOL)[0]
    return lambda s, op, _t: s.meals.roster(op, klass["id"], f"{SCHOOL}-LUNCH")


def _load_application(site: Site, _tmp: Path) -> Act:
    draft = site.applications.save_draft(site.operator("inspector"), family())
    return lambda s, op, _t: s.applications.load(op, draft)


def _drafts(site: Site, _tmp: Path) -> Act:
    site.applications.save_draft(site.operator("inspector"), family())
    return lambda s, op, _t: s.applications.drafts(op)


def _queue(site: Site, _tmp: Path) -> Act:
    _submit(site, _tmp)(site, site.operator("inspector"), _tmp)
    return lambda s, op, _t: s.applications.queue(op)


def _operator_list(_site: Site, _tmp: Path) -> Act:
    return lambda s, op, _t: supervision.operator_list(s.store, op)


def _overrides_list(site: Site, _tmp: Path) -> Act:
    citizen_id, _p, item = dispensable_item(site)
    nurse = site.operator("nurse")
    grant = overrides.grant(
        site,
        nurse,
        citizen_id,
        "supervisor",
        DEMO_PINS["supervisor"],
        "Face bandaged",
        action="dispense medicines",
    )
    site.dispensing.dispense(nurse, Identification.from_grant(grant), [DispenseLine(item.item_id, 1)])
    return lambda s, op, _t: supervision.overrides(s.store, op)


def _audit_entries(site: Site, _tmp: Path) -> Act:
    _dispense(site, _tmp)(site, site.operator("nurse"), _tmp)
    return lambda s, op, _t: supervision.audit_entries(s.store, op)


def _todays_acts(site: Site, _tmp: Path) -> Act:
    _dispense(site, _tmp)(site, site.operator("nurse"), _tmp)
    return lambda s, op, _t: reversals.todays_acts(s, op)


READS: dict[str, dict[str, Case]] = {
    "dispense medicines": {
        "list prescriptions": _prescriptions,
        "reprint a receipt": _reprint_receipt,
        "look up a citizen": _citizen,
        "find a citizen by ID number": _citizen_by_id_number,
    },
    "serve school meals": {"class roster": _roster},
    "hand over technical aids": {
        "list entitlements": _entitlements,
        "reprint a receipt": _aid_receipt,
        "look up a person": _person_for_aids,
    },
    "register applications": {
        "load an application": _load_application,
        "list drafts": _drafts,
        "list the queue": _queue,
    },
    "manage operators": {"list operators": _operator_list},
    "read the audit trail": {"list overrides": _overrides_list, "list audit entries": _audit_entries},
    "reverse a recorded act": {"list the day's acts": _todays_acts},
}
READ_ONLY = {"read the audit trail"}  # permissions to read, not to do: checked in READ_MATRIX only
READ_MATRIX = [
    pytest.param(action, name, role, id=f"{action}/{name}/{role}")
    for action, cases in READS.items()
    for name in cases
    for role in ROLES
]
MATRIX = [
    pytest.param(action, name, role, id=f"{action}/{name}/{role}")
    for action in PERMISSIONS
    if action not in READ_ONLY
    for name in CASES.get(action, {"(no case)": None})  # type: ignore[dict-item]
    for role in ROLES
]
ACTS = {
    "dispense medicines",
    "serve school meals",
    "hand over technical aids",
}  # confirmed acts: a log row and a queue row each


def _counts(site: Site) -> dict[str, int]:
    return {t: site.store.scalar(f"SELECT count(*) FROM {t}") for t in ("transactions", "audit", "outbox")}


def test_every_action_has_a_case() -> None:
    assert sorted(CASES) == sorted(set(PERMISSIONS) - READ_ONLY)
    assert set(READS) <= set(PERMISSIONS) and set(READS) >= READ_ONLY


@pytest.mark.parametrize(("action", "name", "role"), MATRIX)
def test_each_role_may_do_only_what_its_permissions_say(site, tmp_path, action, name, role) -> None:
    assert action in CASES, f"no test case for the action {action!r}: add one to CASES"
    act = CASES[action][name](site, tmp_path)
    login = next(r["login"] for r in site.store.all("SELECT login FROM operators WHERE role = ?", (role,)))
    operator = site.operator(login)
    before, rows_before = _counts(site), snapshot(site)
    if role in PERMISSIONS[action]:
        act(site, operator, tmp_path)
        after = _counts(site)
        assert snapshot(site) != rows_before  # it did what it does
        if action in ACTS or name == "submit":
            assert after["transactions"] == before["transactions"] + 1
            assert after["outbox"] == before["outbox"] + 1
    else:
        with pytest.raises(PermissionDenied, match=f"may not {action}"):
            act(site, operator, tmp_path)
        assert _counts(site) == before
        assert snapshot(site) == rows_before
        assert not (tmp_path / "reports").exists()


def _operator_of(site: Site, role: str) -> Operator:
    return site.operator(site.store.scalar("SELECT login FROM operators WHERE role = ? LIMIT 1", (role,)))


@pytest.mark.parametrize(("action", "name", "role"), READ_MATRIX)
def test_each_role_may_read_personal_data_only_as_its_permissions_say(
    site, tmp_path, action, name, role
) -> None:
    read = READS[action][name](site, tmp_path)
    allowed = next(r for r in ROLES if r in PERMISSIONS[action])
    expected = read(site, _operator_of(site, allowed), tmp_path)
    assert expected  # the case reads something
    operator = _operator_of(site, role)
    before, rows_before = _counts(site), snapshot(site)
    if role in PERMISSIONS[action]:
        assert read(site, operator, tmp_path) == expected
    else:
        with pytest.raises(PermissionDenied, match=f"may not {action}"):
            read(site, operator, tmp_path)
    assert _counts(site) == before  # a read writes nothing, allowed or not
    assert snapshot(site) == rows_before
