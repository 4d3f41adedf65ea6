"""The window's shell: sign-in, role workspaces, status panel, errors in one place."""

from __future__ import annotations

from tests.ui.conftest import sign_in, wait_tasks


def test_a_wrong_pin_is_refused_and_audited(qtbot, ui) -> None:
    from terminal.ui.main_window import MainWindow

    window = MainWindow(ui)
    qtbot.addWidget(window)
    wait_tasks(qtbot, ui)
    assert window.signin.names.count() == 5  # the nurse, canteen, inspector, social worker, supervisor
    window.signin.names.setCurrentRow(0)
    window.signin.pin.setText("0000")
    window.signin.submit()
    qtbot.waitUntil(lambda: window.signin.banner.isVisibleTo(window), timeout=10_000)
    assert "PIN is not right" in window.signin.banner.text()
    assert ui.operator is None
    wait_tasks(qtbot, ui)
    assert ui.site.store.scalar("SELECT count(*) FROM audit WHERE action = 'sign_in_failed'") == 1


def test_the_status_panel_shows_the_queue(qtbot, ui) -> None:
    from terminal.ui.main_window import MainWindow

    window = MainWindow(ui)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.status_panel.queue.text() == "Queue: 0", timeout=10_000)
    assert "Not connected" in window.status_panel.online.text()
    assert not window.status_panel.sync_now.isVisibleTo(window)


def test_signing_in_and_out(qtbot, ui) -> None:
    from terminal.ui.main_window import MainWindow

    window = MainWindow(ui)
    qtbot.addWidget(window)
    sign_in(qtbot, window, "canteen", "2222")
    assert ui.operator.role == "canteen"
    window.sign_out()
    assert ui.operator is None and window.pages.currentWidget() is window.signin
    wait_tasks(qtbot, ui)
    actions = [r["action"] for r in ui.site.store.all("SELECT action FROM audit ORDER BY seq")]
    assert actions[-2:] == ["sign_in", "sign_out"]
