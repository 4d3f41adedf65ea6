"""The supervisor's workspace: PINs, the audit trail and its check, the overrides."""

from __future__ import annotations

import pytest

from terminal.core import overrides
from terminal.core.dispensing import DispenseLine, Identification
from tests.conftest import dispensable_item
from tests.ui.conftest import sign_in, wait_tasks


@pytest.fixture
def window(qtbot, ui):
    from terminal.ui.main_window import MainWindow

    win = MainWindow(ui)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    wait_tasks(qtbot, ui)


def open_supervisor(qtbot, window):
    from terminal.ui.screens.supervisor import SupervisorScreen

    sign_in(qtbot, window, "supervisor", "4444")
    tabs = window.workspace
    screens = [tabs.widget(i) for i in range(tabs.count())]
    screen = next(s for s in screens if isinstance(s, SupervisorScreen))
    tabs.setCurrentWidget(screen)
    assert tabs.tabText(tabs.indexOf(screen)) == "Supervisor"
    return screen


def test_a_supervisor_sets_a_pin_and_the_operator_signs_in_with_it(qtbot, ui, window) -> None:
    screen = open_supervisor(qtbot, window)
    page = screen.operators
    qtbot.waitUntil(lambda: len(page.rows) == 4, timeout=10_000)
    page.choose("canteen")
    assert page.pin_title.text() == "New PIN for Gulnora Usmonova"
    page.pin.setText("98")
    page.save.click()
    assert page.banner.text() == "A PIN has at least 4 characters."
    page.pin.setText("9876")
    page.again.setText("9867")
    page.save.click()
    assert "not the same" in page.banner.text()
    page.again.setText("9876")
    page.save.click()
    qtbot.waitUntil(lambda: page.banner.property("kind") == "ok", timeout=10_000)
    assert page.banner.text() == "The PIN of Gulnora Usmonova is set. They can sign in with it now."
    assert page.pin.text() == "" and page.again.text() == ""  # never left on screen
    wait_tasks(qtbot, ui)
    assert ui.site.store.scalar("SELECT count(*) FROM audit WHERE action = 'pin_set'") == 1
    window.sign_out()
    sign_in(qtbot, window, "canteen", "9876")
    assert ui.operator.login == "canteen"


def test_the_audit_trail_is_shown_and_its_check_finds_tampering(qtbot, ui, window) -> None:
    screen = open_supervisor(qtbot, window)
    screen.nav.setCurrentRow(3)
    page = screen.audit
    assert screen.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1, timeout=10_000)
    newest = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert newest == ["1", "20.11.2026 10:00", "Akmal Karimov", "Signed in", "operator supervisor"]
    page.verify.click()
    qtbot.waitUntil(lambda: page.banner.property("kind") == "ok", timeout=10_000)
    assert page.banner.text().startswith("Intact: the audit trail (1 entries) and the log of acts (0 acts)")
    wait_tasks(qtbot, ui)
    conn = ui.site.store.db.conn  # what someone with a raw SQLite tool could do
    conn.execute("DROP TRIGGER audit_no_update")
    with conn:
        conn.execute("UPDATE audit SET subject = 'operator:nurse' WHERE seq = 1")
    page.verify.click()
    qtbot.waitUntil(lambda: page.banner.property("kind") == "error", timeout=10_000)
    assert page.banner.text().startswith(
        "The audit trail is broken at entry 1: its content was changed after it was written."
    )
    assert "call IT" in page.banner.text()


def test_overrides_are_listed_with_who_when_and_why(qtbot, ui, window) -> None:
    screen = open_supervisor(qtbot, window)
    site = ui.site

    def override() -> str:
        citizen_id, _, item = dispensable_item(site)
        nurse = site.operator("nurse")
        grant = overrides.grant(site, nurse, citizen_id, "supervisor", "4444", "Camera broken")
        site.dispensing.dispense(nurse, Identification.from_grant(grant), [DispenseLine(item.item_id, 1)])
        return site.store.scalar("SELECT pin FROM citizens WHERE id = ?", (citizen_id,))

    pins = []
    ui.tasks.store(override, pins.append)
    qtbot.waitUntil(lambda: bool(pins), timeout=10_000)
    screen.nav.setCurrentRow(1)
    page = screen.overrides
    qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=10_000)
    cells = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert cells[0] == "20.11.2026 10:00"
    assert pins[0] not in cells[1] and cells[1].endswith(pins[0][-4:])  # the ID number masked
    assert cells[2] == "Handed over by Dilnoza Rahimova\nApproved by Akmal Karimov"
    assert cells[3] == "Camera broken"
