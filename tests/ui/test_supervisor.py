"""The supervisor's workspace: PINs, the audit trail and its check, the overrides."""

from __future__ import annotations

import pytest

from terminal.core import overrides
from terminal.core.dispensing import DispenseLine
from terminal.core.identification import Identification
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
    qtbot.waitUntil(lambda: len(page.rows) == 5, timeout=10_000)
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

    def override(site) -> str:
        citizen_id, _, item = dispensable_item(site)
        nurse = site.operator("nurse")
        grant = overrides.grant(
            site, nurse, citizen_id, "supervisor", "4444", "Camera broken", action="dispense medicines"
        )
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


def test_acts_the_registry_refused_and_news_not_applied_are_listed_for_the_supervisor(
    qtbot, ui, window
) -> None:
    from terminal.core.registry_news import apply_changes

    screen = open_supervisor(qtbot, window)

    def refused_and_unapplied(site) -> str:
        receipt = site.dispensing.dispense(
            site.operator("nurse"), *_face_dispense(site)
        )  # a real act, then answered by the registry as if it refused it
        with site.store.write() as db:
            db.execute(
                "UPDATE outbox SET state = 'set_aside', registry_status = 'rejected',"
                " last_error = 'wrong_facility' WHERE tx_uuid = ?",
                (receipt.tx_uuid,),
            )
            apply_changes(
                db,
                [{"entity": "setting", "key": "F/no_such", "op": "upsert", "data": {}}],
                "2026-11-20T10:00:00+05:00",
            )
        return receipt.tx_uuid

    done: list[str] = []
    ui.tasks.store(refused_and_unapplied, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    screen.nav.setCurrentRow(4)
    page = screen.sync_problems
    qtbot.waitUntil(lambda: len(page.acts) == 1 and len(page.news) == 1, timeout=10_000)
    acts = [page.acts_table.item(0, c).text() for c in range(page.acts_table.columnCount())]
    assert acts == [
        "20.11.2026 10:00",
        "Medicines handed out",
        "Dilnoza Rahimova",
        done[0][:8],
        "it belongs to another facility",
    ]
    news = [page.news_table.item(0, c).text() for c in range(page.news_table.columnCount())]
    assert news[:2] == ["20.11.2026 10:00", "Setting"] and "does not take" in news[2]
    assert page.acts_table.isVisible() and not page.acts_empty.isVisible()
    window.set_language("ru")
    qtbot.waitUntil(lambda: page.acts_table.item(0, 1).text() != "Medicines handed out", timeout=5_000)
    assert page.acts_table.item(0, 4).text() == "она относится к другому учреждению"
    window.set_language("en")


def _face_dispense(site):
    citizen_id, _, item = dispensable_item(site)
    return Identification(citizen_id, "face", distance=0.3), [DispenseLine(item.item_id, 1)]


def choose_person(qtbot, window, login: str) -> None:
    """Click the person's name in the sign-in list, as the operator does."""
    from PySide6.QtCore import Qt

    names = window.signin.names
    row = next(r for r in range(names.count()) if names.item(r).data(Qt.ItemDataRole.UserRole) == login)
    rect = names.visualItemRect(names.item(row))
    qtbot.mouseClick(names.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert names.currentRow() == row


def test_names_show_their_role_and_a_lockout_message_goes_with_choosing_another_person(
    qtbot, ui, window
) -> None:
    from PySide6.QtCore import Qt

    wait_tasks(qtbot, ui)
    signin = window.signin
    texts = [signin.names.item(r).text() for r in range(signin.names.count())]
    assert texts == [
        "Akmal Karimov · Supervisor",
        "Bekzod Tursunov · Field inspector",
        "Dilnoza Rahimova · Nurse",
        "Gulnora Usmonova · Canteen staff",
        "Malika Yusupova · Social worker",
    ]
    choose_person(qtbot, window, "nurse")
    for _ in range(5):
        qtbot.keyClicks(signin.pin, "0000")
        qtbot.keyClick(signin.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: signin.banner.isVisibleTo(signin) and signin.go.isEnabled(), timeout=10_000)
    assert signin.banner.text() == "Too many wrong PINs. Try again after 10:05, or ask a supervisor."
    choose_person(qtbot, window, "canteen")
    assert not signin.banner.isVisibleTo(signin) and signin.banner.text() == ""
    qtbot.keyClicks(signin.pin, "2222")
    qtbot.keyClick(signin.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.operator is not None, timeout=10_000)
    assert ui.operator.login == "canteen"  # the other person was never locked


def test_a_locked_out_operator_shows_locked_until_when_and_a_supervisor_unlocks_them(
    qtbot, ui, window
) -> None:
    from terminal.core import operators
    from terminal.core.lockout import OperatorLocked

    for _ in range(5):
        with pytest.raises((operators.SignInFailed, OperatorLocked)):
            operators.sign_in(ui.site, "nurse", "0000")
    screen = open_supervisor(qtbot, window)
    page = screen.operators
    qtbot.waitUntil(lambda: len(page.rows) == 5, timeout=10_000)
    statuses = {page.table.item(r, 0).text(): page.table.item(r, 3).text() for r in range(5)}
    assert statuses["Dilnoza Rahimova"] == "locked until 10:05"
    assert statuses["Gulnora Usmonova"] == "active"
    page.choose("canteen")
    assert not page.unlock.isVisibleTo(page)
    page.choose("nurse")
    assert page.lock_state.text() == "Dilnoza Rahimova is locked after wrong PINs until 10:05."
    assert page.unlock.isVisibleTo(page) and page.unlock.isEnabled() and page.unlock.text() == "Unlock"
    page.unlock.click()
    qtbot.waitUntil(lambda: page.banner.property("kind") == "ok", timeout=10_000)
    assert page.banner.text() == "Dilnoza Rahimova is unlocked and can sign in with their PIN now."
    qtbot.waitUntil(lambda: "nurse" not in page.locks, timeout=10_000)
    row = next(r for r in range(4) if page.table.item(r, 0).text() == "Dilnoza Rahimova")
    assert page.table.item(row, 3).text() == "active"
    assert not page.unlock.isVisibleTo(page)
    wait_tasks(qtbot, ui)
    entry = ui.site.store.one("SELECT * FROM audit WHERE action = 'operator_unlocked'")
    assert entry["operator_id"] == ui.site.operator("supervisor").id and entry["subject"] == "operator:nurse"
    window.sign_out()
    sign_in(qtbot, window, "nurse", "1111")  # at 10:00, not 10:05
    assert ui.operator.login == "nurse"


def test_a_lock_until_a_new_pin_shows_so_and_the_new_pin_is_the_way_out(qtbot, ui, window) -> None:
    from terminal.core import lockout

    with ui.site.store.write() as db:
        row = db.execute("SELECT secret_hash FROM operators WHERE login = 'nurse'").fetchone()
        for _ in range(15):
            lockout.failed(db, ui.site.clock, "nurse", row[0])
    screen = open_supervisor(qtbot, window)
    page = screen.operators
    qtbot.waitUntil(lambda: "nurse" in page.locks, timeout=10_000)
    page.choose("nurse")
    row_index = next(r for r in range(4) if page.table.item(r, 0).text() == "Dilnoza Rahimova")
    assert page.table.item(row_index, 3).text() == "locked until a new PIN is set"
    assert page.lock_state.text() == (
        "Dilnoza Rahimova typed a wrong PIN too many times: set a new PIN to unlock them."
    )
    assert page.unlock.isVisibleTo(page) and not page.unlock.isEnabled()
