"""The idle lock: no input for the idle time locks the window; the same PIN, or someone else, opens it."""

from __future__ import annotations

import pytest

from tests.ui.conftest import sign_in, wait_tasks

IDLE_MS = 300


@pytest.fixture
def window(qtbot, ui):
    from terminal.ui.main_window import MainWindow

    window = MainWindow(ui)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    sign_in(qtbot, window, "canteen", "2222")
    wait_tasks(qtbot, ui)  # the site's idle time (5 minutes) has arrived: replace it by a short one
    assert window.idle.timeout_ms == 5 * 60_000 and window.idle.armed
    window.idle.set_timeout_ms(IDLE_MS)
    return window


def _actions(qtbot, ui) -> list[str]:
    wait_tasks(qtbot, ui)
    return [r["action"] for r in ui.site.store.all("SELECT action FROM audit ORDER BY seq")]


def _type_pin(qtbot, window, login: str, pin: str) -> None:
    from PySide6.QtCore import Qt

    screen = window.lock_screen
    for row in range(screen.names.count()):
        if screen.names.item(row).data(Qt.ItemDataRole.UserRole) == login:
            screen.names.setCurrentRow(row)
    screen.pin.setText(pin)
    screen.submit()


def test_idle_time_locks_the_window_and_hides_the_workspace(qtbot, ui, window) -> None:
    assert window.workspace.isVisible()
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert window.pages.currentWidget() is window.lock_screen
    assert not window.workspace.isVisible()  # every citizen's name and number is out of sight
    assert not window.top.sign_out.isVisible()  # nobody signs the operator out without a PIN
    assert ui.operator.login == "canteen"
    wait_tasks(qtbot, ui)
    assert window.lock_screen.names.currentItem().text() == "Gulnora Usmonova · Canteen staff"
    assert window.lock_screen.go.text() == "Unlock"
    assert _actions(qtbot, ui)[-1] == "screen_locked"


def test_input_keeps_the_window_open(qtbot, ui, window) -> None:
    from PySide6.QtCore import Qt

    for _ in range(8):
        qtbot.keyClick(window.top.language, Qt.Key.Key_Shift)
        qtbot.wait(IDLE_MS // 3)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)


def test_the_same_operator_unlocks_with_their_pin_and_a_wrong_pin_is_counted(qtbot, ui, window) -> None:
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    wait_tasks(qtbot, ui)
    _type_pin(qtbot, window, "canteen", "0000")
    qtbot.waitUntil(lambda: "PIN is not right" in window.lock_screen.banner.text(), timeout=10_000)
    assert window.locked and window.lock_screen.pin.text() == ""
    _type_pin(qtbot, window, "canteen", "2222")
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert window.workspace.isVisible() and ui.operator.login == "canteen"
    assert _actions(qtbot, ui)[-3:] == ["screen_locked", "sign_in_failed", "unlocked"]
    assert window.idle.armed  # and it locks again after the idle time
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)


def test_another_operator_signs_in_at_the_locked_screen_and_the_first_is_signed_out(
    qtbot, ui, window
) -> None:
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    wait_tasks(qtbot, ui)
    window.idle.set_timeout_ms(60_000)  # so that a slow machine does not lock it again before we look
    window.lock_screen.names.setCurrentRow(0)  # Akmal Karimov, the supervisor
    assert window.lock_screen.go.text() == "Sign in and sign Gulnora Usmonova out"
    _type_pin(qtbot, window, "supervisor", "4444")
    qtbot.waitUntil(lambda: ui.operator.login == "supervisor", timeout=10_000)
    assert not window.locked and window.pages.currentWidget() is window.workspace
    rows = ui.site.store.all("SELECT action, operator_id FROM audit ORDER BY seq DESC LIMIT 2")
    supervisor, canteen = ui.site.operator("supervisor"), ui.site.operator("canteen")
    assert rows == [
        {"action": "sign_in", "operator_id": supervisor.id},
        {"action": "sign_out", "operator_id": canteen.id},
    ]


def test_the_lock_closes_open_dialogs(qtbot, ui, window) -> None:
    from PySide6.QtWidgets import QMessageBox

    window.idle.set_timeout_ms(60_000)
    window.show_error_text("A message that may name a patient")
    box = window.findChild(QMessageBox)
    qtbot.waitUntil(box.isVisible, timeout=5_000)
    window.lock()
    assert window.locked and not box.isVisible()
