"""Operators: PINs checked offline, wrong ones counted and locking the login, every attempt audited."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from terminal.core import lockout, operators, settings
from terminal.core.errors import InvalidInput, PermissionDenied
from terminal.core.lockout import OperatorLocked, OperatorLockedUntilNewPin
from terminal.core.operators import SignInFailed
from terminal.core.site import Site
from terminal.core.store import Store
from tests.conftest import fixed_clock


def _wrong(site: Site, login: str = "nurse", times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(SignInFailed):
            operators.sign_in(site, login, "0000")


def _actions(site: Site) -> list[str]:
    return [r["action"] for r in site.store.all("SELECT action FROM audit ORDER BY seq")]


def test_a_right_pin_signs_in_and_a_wrong_one_is_refused_and_audited(site) -> None:
    assert operators.sign_in(site, "nurse", "1111").role == "nurse"
    _wrong(site)
    assert _actions(site) == ["sign_in", "sign_in_failed"]


def test_five_wrong_pins_lock_the_login_for_five_minutes_and_say_until_when(site) -> None:
    _wrong(site, times=4)
    with pytest.raises(OperatorLocked) as locked:
        operators.sign_in(site, "nurse", "0000")
    assert str(locked.value) == "Too many wrong PINs. Try again after 10:05, or ask a supervisor."
    assert locked.value.params == {"time": "10:05"}
    assert _actions(site) == ["sign_in_failed"] * 5 + ["operator_locked"]
    entry = site.store.one("SELECT subject, details FROM audit WHERE action = 'operator_locked'")
    assert entry["subject"] == "operator:nurse"
    assert json.loads(entry["details"])["failures"] == 5
    # Locked: even the right PIN is refused (and the refusal audited), other logins are not.
    with pytest.raises(OperatorLocked):
        operators.sign_in(site, "nurse", "1111")
    assert operators.sign_in(site, "canteen", "2222").role == "canteen"
    site.clock.advance(minutes=5)
    assert operators.sign_in(site, "nurse", "1111").role == "nurse"
    assert site.store.scalar("SELECT count(*) FROM operator_lockouts") == 0


def test_a_right_pin_starts_the_count_again(site) -> None:
    _wrong(site, times=4)
    operators.sign_in(site, "nurse", "1111")
    _wrong(site, times=4)
    assert operators.sign_in(site, "nurse", "1111").login == "nurse"


def test_the_lock_survives_a_restart(uz_template, tmp_path: Path) -> None:
    from tests.conftest import open_copy

    site = open_copy(uz_template, tmp_path / "home")
    _wrong(site, times=4)
    with pytest.raises(OperatorLocked):
        operators.sign_in(site, "nurse", "0000")
    site.close()
    again = Site(Store.open(tmp_path / "home"), fixed_clock())
    with pytest.raises(OperatorLocked, match="after 10:05"):
        operators.sign_in(again, "nurse", "1111")
    again.close()


def test_more_wrong_pins_lock_longer_then_until_a_supervisor_sets_a_new_pin(site) -> None:
    _wrong(site, times=4)
    with pytest.raises(OperatorLocked, match="10:05"):
        operators.sign_in(site, "nurse", "0000")
    site.clock.advance(minutes=5)
    _wrong(site, times=4)
    with pytest.raises(OperatorLocked, match="10:35"):  # 10 in a row: half an hour
        operators.sign_in(site, "nurse", "0000")
    site.clock.advance(minutes=30)
    _wrong(site, times=4)
    with pytest.raises(OperatorLockedUntilNewPin) as hard:  # 15 in a row: until a new PIN
        operators.sign_in(site, "nurse", "0000")
    assert "until a supervisor sets a new PIN" in str(hard.value)
    site.clock.advance(days=3)
    with pytest.raises(OperatorLockedUntilNewPin):
        operators.sign_in(site, "nurse", "1111")
    supervisor = site.operator("supervisor")
    with pytest.raises(PermissionDenied, match="may not manage operators"):
        operators.set_pin(site, site.operator("canteen"), "nurse", "5678")
    operators.set_pin(site, supervisor, "nurse", "5678")
    assert operators.sign_in(site, "nurse", "5678").login == "nurse"
    entry = site.store.one("SELECT details FROM audit WHERE action = 'pin_set'")
    assert json.loads(entry["details"]) == {"wrong_pins_cleared": 15}


def test_a_new_pin_from_the_registry_ends_a_lock_until_a_new_pin(site) -> None:
    with site.store.write() as db:
        db.execute("UPDATE operators SET secret_hash = 'old' WHERE login = 'nurse'")
        for _ in range(15):
            lockout.failed(db, site.clock, "nurse", "old")
        assert lockout.current(db, site.clock, "nurse", "old") is not None
        db.execute(
            "UPDATE operators SET secret_hash = ? WHERE login = 'nurse'", (operators.hash_secret("9876"),)
        )
    assert operators.sign_in(site, "nurse", "9876").login == "nurse"


def test_an_unknown_login_is_indistinguishable_from_a_wrong_pin(site, monkeypatch) -> None:
    checked: list[str] = []
    verify = operators._verify
    monkeypatch.setattr(operators, "_verify", lambda h, s: checked.append(h) or verify(h, s))
    with pytest.raises(SignInFailed) as unknown:
        operators.sign_in(site, "nobody", "1111")
    with pytest.raises(SignInFailed) as wrong:
        operators.sign_in(site, "nurse", "0000")
    assert str(unknown.value) == str(wrong.value)
    assert len(checked) == 2 and all(h.startswith("$argon2id$") for h in checked)  # the same work
    _wrong(site, "nobody", times=3)
    with pytest.raises(OperatorLocked):  # and it locks alike
        operators.sign_in(site, "nobody", "1111")


def test_the_pin_typed_is_never_audited_nor_logged(site, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    secrets = ["8642", "97531", "1111", "4444"]
    for secret in secrets[:2]:
        with pytest.raises(SignInFailed):
            operators.sign_in(site, "nurse", secret)
    operators.sign_in(site, "nurse", "1111")
    operators.unlock(site, site.operator("nurse"), "1111")
    operators.set_pin(site, site.operator("supervisor"), "nurse", "24680")
    rows = site.store.all("SELECT * FROM audit")
    text = json.dumps(rows) + caplog.text
    assert not [s for s in [*secrets, "24680"] if s in text.replace("seq", "")]


def test_unlocking_the_screen_needs_the_same_operators_pin_and_counts_toward_the_lockout(site) -> None:
    nurse = site.operator("nurse")
    operators.screen_locked(site, nurse)
    with pytest.raises(SignInFailed):
        operators.unlock(site, nurse, "4444")  # the supervisor's PIN does not unlock the nurse's screen
    assert operators.unlock(site, nurse, "1111") == nurse
    assert _actions(site) == ["screen_locked", "sign_in_failed", "unlocked"]
    details = site.store.scalar("SELECT details FROM audit WHERE action = 'sign_in_failed'")
    assert json.loads(details) == {"purpose": "unlock"}
    for _ in range(4):
        with pytest.raises(SignInFailed):
            operators.unlock(site, nurse, "0000")
    with pytest.raises(OperatorLocked):
        operators.unlock(site, nurse, "0000")


def test_another_operator_at_the_locked_screen_signs_the_first_out(site) -> None:
    nurse = site.operator("nurse")
    assert operators.switch(site, nurse, "supervisor", "4444").login == "supervisor"
    rows = site.store.all("SELECT action, operator_id FROM audit ORDER BY seq")
    assert rows == [
        {"action": "sign_out", "operator_id": nurse.id},
        {"action": "sign_in", "operator_id": site.operator("supervisor").id},
    ]


def test_the_idle_lock_is_a_setting_whose_changes_are_audited(site) -> None:
    assert site.setting("idle_lock_minutes") == 5
    supervisor = site.operator("supervisor")
    settings.put(site.store, site.clock, supervisor, "idle_lock_minutes", 2)
    assert site.setting("idle_lock_minutes") == 2
    entry = site.store.one("SELECT operator_id, subject, details FROM audit WHERE action = 'settings_change'")
    assert entry == {
        "operator_id": supervisor.id,
        "subject": "idle_lock_minutes",
        "details": json.dumps({"new": 2, "old": 5}, separators=(",", ":")),
    }
    for bad in (0, 61):
        with pytest.raises(InvalidInput, match="it must be from 1 to 60"):
            settings.put(site.store, site.clock, supervisor, "idle_lock_minutes", bad)
    with pytest.raises(PermissionDenied):
        settings.put(site.store, site.clock, site.operator("nurse"), "idle_lock_minutes", 30)
    settings.put(site.store, site.clock, supervisor, "idle_lock_minutes", 2)  # no change: nothing recorded
    assert site.store.scalar("SELECT count(*) FROM audit WHERE action = 'settings_change'") == 1


def test_a_supervisor_sees_who_is_locked_until_when_and_unlocks_them_audited(site) -> None:
    supervisor = site.operator("supervisor")
    _wrong(site, times=4)
    with pytest.raises(OperatorLocked):
        operators.sign_in(site, "nurse", "0000")
    (only,) = operators.locks(site, supervisor).items()
    assert only[0] == "nurse" and only[1].until is not None and only[1].until.strftime("%H:%M") == "10:05"
    with pytest.raises(PermissionDenied, match="may not manage operators"):
        operators.unlock_operator(site, site.operator("canteen"), "nurse")
    with pytest.raises(PermissionDenied):
        operators.locks(site, site.operator("nurse"))
    operators.unlock_operator(site, supervisor, "nurse")
    assert operators.locks(site, supervisor) == {}
    assert operators.sign_in(site, "nurse", "1111").login == "nurse"  # at once, not at 10:05
    entry = site.store.one("SELECT * FROM audit WHERE action = 'operator_unlocked'")
    assert entry["operator_id"] == supervisor.id and entry["subject"] == "operator:nurse"
    assert json.loads(entry["details"])["wrong_pins_cleared"] == 5
    operators.unlock_operator(site, supervisor, "nurse")  # nothing locked: nothing done, nothing audited
    assert site.store.scalar("SELECT count(*) FROM audit WHERE action = 'operator_unlocked'") == 1


def test_a_lock_until_a_new_pin_is_not_lifted_without_the_new_pin(site) -> None:
    supervisor = site.operator("supervisor")
    for _ in range(3):
        _wrong(site, times=4)
        with pytest.raises(OperatorLocked):
            operators.sign_in(site, "nurse", "0000")
        site.clock.advance(minutes=31)
    assert operators.locks(site, supervisor)["nurse"].until is None
    with pytest.raises(operators.LockNeedsNewPin) as refused:
        operators.unlock_operator(site, supervisor, "nurse")
    assert str(refused.value) == (
        "Dilnoza Rahimova is locked until a new PIN is set: set a new PIN for them instead."
    )
    assert site.store.scalar("SELECT count(*) FROM audit WHERE action = 'operator_unlocked'") == 0


def test_a_supervisors_word_needs_their_own_right_pin_a_reason_and_four_eyes(site) -> None:
    canteen, supervisor = site.operator("canteen"), site.operator("supervisor")
    word = operators.SupervisorWord("supervisor", "4444", "the cook was ill")
    action = "confirm a meal outside its hours"
    assert operators.check_word(site, canteen, word, action=action, purpose="meal_hours") == supervisor
    with pytest.raises(operators.WordRefused, match="write the reason"):
        operators.check_word(
            site, canteen, operators.SupervisorWord("supervisor", "4444", " ok "), action=action, purpose="x"
        )
    with pytest.raises(SignInFailed):
        operators.check_word(
            site,
            canteen,
            operators.SupervisorWord("supervisor", "0000", "the cook was ill"),
            action=action,
            purpose="meal_hours",
        )
    failed = site.store.one("SELECT details FROM audit WHERE action = 'sign_in_failed'")
    assert json.loads(failed["details"]) == {"purpose": "meal_hours"}
    with pytest.raises(PermissionDenied, match="may not confirm a meal outside its hours"):
        operators.check_word(
            site,
            supervisor,
            operators.SupervisorWord("nurse", "1111", "the cook was ill"),
            action=action,
            purpose="x",
        )
    with pytest.raises(operators.WordRefused, match="a supervisor other than you"):
        operators.check_word(site, supervisor, word, action=action, purpose="x")
