"""The social worker's workspace end to end: identified, the person's technical aids, the serial number
typed (or scanned) and Enter, the receipt; what is refused says why and records nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from terminal.core.identification import Identification
from tests.ui.conftest import choose_language, sign_in, wait_tasks
from tests.ui.test_dispensing import on_store, open_window

TODAY = "2026-11-20"  # the fixed clock of the tests' demo site
AT = f"{TODAY}T10:00:00+05:00"
ACTIVE = (
    "SELECT citizen_id, id FROM aid_entitlements WHERE status = 'active'"
    f" AND valid_from <= '{TODAY}' AND valid_until >= '{TODAY}' ORDER BY id LIMIT 1"
)


@pytest.fixture(autouse=True)
def cameras():
    """Every camera worker is stopped, and has finished, when a test ends."""
    yield
    from terminal.ui import camera

    assert camera.stop_all(10_000), "a camera worker did not stop"


def open_aids(qtbot, ui):
    """The window, the demo social worker signed in: their one workspace."""
    window = open_window(qtbot, ui)
    sign_in(qtbot, window, "social", "5555")
    return window, window.workspace.currentWidget()


def entitled(qtbot, ui) -> tuple[int, str]:
    """A demo person with an aid to hand over today, and that entitlement."""
    row = on_store(qtbot, ui, lambda: ui.site.store.one(ACTIVE))
    assert row is not None, "the demo site entitles some of its people to technical aids"
    return row["citizen_id"], row["id"]


def identify(qtbot, screen, citizen_id: int) -> None:
    """The person identified by Face-ID (what the camera panel says when it recognises a face)."""
    from terminal.ui.screens.faceid import Identified

    screen.faceid.identified.emit(Identified(Identification(citizen_id, "face", 0.31)))
    qtbot.waitUntil(
        lambda: screen.pages.currentWidget() is screen.entitlements or bool(screen.faceid.notice.text()),
        timeout=10_000,
    )
    assert screen.pages.currentWidget() is screen.entitlements, screen.faceid.notice.text()


def handovers(qtbot, ui) -> int:
    sql = "SELECT count(*) FROM transactions WHERE kind = 'aid_handover'"
    return on_store(qtbot, ui, lambda: ui.site.store.scalar(sql))


def hand_over_in_core(qtbot, ui, citizen_id: int, entitlement: str) -> None:
    def record() -> None:
        worker = ui.site.operator("social")
        ui.site.aids.hand_over(worker, Identification(citizen_id, "face", 0.3), entitlement, "AB-1")

    on_store(qtbot, ui, record)


def test_the_social_worker_signs_in_and_lands_on_the_aids_workspace(qtbot, ui) -> None:
    from terminal.ui.screens.aids import AidsScreen

    window, screen = open_aids(qtbot, ui)
    assert isinstance(screen, AidsScreen) and window.workspace.count() == 1
    assert window.workspace.tabText(0) == "Technical aids"
    assert screen.pages.currentWidget() is screen.faceid
    assert screen.faceid.title.text() == "Who is the person?"
    assert not screen.faceid.find.isVisible() and screen.faceid.by_id.isVisible()
    assert screen.faceid.action == "hand over technical aids"  # an override here is for this workflow


def test_a_serial_and_enter_hand_the_aid_over_once_and_show_the_receipt(qtbot, ui) -> None:
    citizen_id, _entitlement = entitled(qtbot, ui)
    _window, screen = open_aids(qtbot, ui)
    identify(qtbot, screen, citizen_id)
    panel = screen.entitlements
    views = on_store(qtbot, ui, lambda: ui.site.aids.entitlements(ui.site.operator("social"), citizen_id))
    assert panel.list.count() == len(views)
    assert panel.chosen() is not None and panel.chosen().id == views[0].id
    view = views[0]
    first = panel.list.item(0).text()
    assert view.aid_name in first and view.decision_number in first and "Cost to the state" in first
    assert panel.serial.hasFocus()  # a scanner types here

    before = handovers(qtbot, ui)
    qtbot.keyClicks(panel.serial, "WC-2026-0042")
    with qtbot.waitSignal(ui.bridge.acts_recorded, timeout=10_000):
        qtbot.keyClick(panel.serial, Qt.Key.Key_Return)  # the scanner's Enter
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.receipt, timeout=10_000)
    assert handovers(qtbot, ui) == before + 1
    row = on_store(
        qtbot, ui, lambda: ui.site.store.one("SELECT * FROM aid_handovers ORDER BY id DESC LIMIT 1")
    )
    assert row["entitlement_id"] == view.id and row["serial"] == "WC-2026-0042"
    receipt = screen.receipt.receipt
    text = screen.receipt.view.toPlainText().replace("\u00a0", " ")
    assert "WC-2026-0042" in text and "Paid by the state" in text
    assert receipt.money(view.state_cost).replace("\u00a0", " ") in text
    pin = on_store(
        qtbot, ui, lambda: ui.site.store.scalar("SELECT pin FROM citizens WHERE id = ?", (citizen_id,))
    )
    assert pin not in text and pin[-4:] in text  # the ID number masked

    qtbot.keyClick(screen.receipt.next, Qt.Key.Key_Return)  # next person
    assert screen.pages.currentWidget() is screen.faceid


@pytest.mark.parametrize(
    ("typed", "words"),
    [("", "Type or scan the serial number"), ("WC 42 !", "use only letters, digits")],
)
def test_an_empty_or_bad_serial_says_why_and_records_nothing(qtbot, ui, typed, words) -> None:
    citizen_id, _entitlement = entitled(qtbot, ui)
    _window, screen = open_aids(qtbot, ui)
    identify(qtbot, screen, citizen_id)
    panel = screen.entitlements
    before = handovers(qtbot, ui)
    qtbot.keyClicks(panel.serial, typed)
    qtbot.keyClick(panel.serial, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: panel.banner.isVisible() and panel.banner.property("kind") == "error", timeout=10_000
    )
    assert words.lower() in panel.banner.text().lower() and "serial number" in panel.banner.text().lower()
    wait_tasks(qtbot, ui)
    assert handovers(qtbot, ui) == before
    assert screen.pages.currentWidget() is panel and panel.serial.text() == typed  # kept, to correct
    assert panel.confirm.isEnabled()


def test_a_handed_over_entitlement_is_greyed_and_cannot_be_chosen(qtbot, ui) -> None:
    citizen_id, entitlement = entitled(qtbot, ui)
    hand_over_in_core(qtbot, ui, citizen_id, entitlement)
    _window, screen = open_aids(qtbot, ui)
    identify(qtbot, screen, citizen_id)
    panel = screen.entitlements
    row = next(
        r
        for r in range(panel.list.count())
        if panel.list.item(r).data(Qt.ItemDataRole.UserRole) == entitlement
    )
    item = panel.list.item(row)
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled and not item.flags() & Qt.ItemFlag.ItemIsSelectable
    assert "Cannot be handed over: it was already handed over" in item.text()
    for _ in range(panel.list.count()):  # the arrow keys never stop on it
        qtbot.keyClick(panel.serial, Qt.Key.Key_Down)
        assert panel.list.currentRow() != row
    qtbot.mouseClick(
        panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center()
    )
    assert panel.chosen() is None or panel.chosen().id != entitlement
    if panel.chosen() is None:  # nothing else to hand over: Enter says so, nothing is recorded
        assert not panel.confirm.isEnabled() and panel.empty.isVisible()


def test_nothing_to_hand_over_leaves_only_the_next_person(qtbot, ui) -> None:
    citizen_id, _entitlement = entitled(qtbot, ui)
    sql = "UPDATE aid_entitlements SET status = 'cancelled' WHERE citizen_id = ?"

    def cancel_all() -> None:
        with ui.site.store.write() as db:
            db.execute(sql, (citizen_id,))

    on_store(qtbot, ui, cancel_all)
    _window, screen = open_aids(qtbot, ui)
    identify(qtbot, screen, citizen_id)
    panel = screen.entitlements
    assert panel.empty.isVisible() and not panel.confirm.isEnabled() and not panel.serial.isEnabled()
    assert "the entitlement was cancelled" in panel.list.item(0).text()
    assert panel.next.hasFocus()
    qtbot.keyClick(panel.next, Qt.Key.Key_Escape)
    assert screen.pages.currentWidget() is screen.faceid


def test_today_lists_the_hand_overs(qtbot, ui) -> None:
    citizen_id, entitlement = entitled(qtbot, ui)
    hand_over_in_core(qtbot, ui, citizen_id, entitlement)
    _window, screen = open_aids(qtbot, ui)
    screen.faceid.today.click()
    qtbot.waitUntil(lambda: screen.day.rows is not None, timeout=10_000)
    assert screen.pages.currentWidget() is screen.day and screen.day.table.rowCount() == 1
    assert screen.day.table.item(0, 2).text() == "AB-1" and screen.day.totals.text().startswith(
        "Hand-overs: 1"
    )
    qtbot.keyClick(screen.day.close_button, Qt.Key.Key_Escape)
    assert screen.pages.currentWidget() is screen.faceid


def test_an_aid_the_registry_found_handed_over_twice_is_marked_in_words(qtbot, ui) -> None:
    citizen_id, entitlement = entitled(qtbot, ui)
    hand_over_in_core(qtbot, ui, citizen_id, entitlement)

    def conflict() -> None:
        tx = ui.site.store.scalar(
            "SELECT tx_uuid FROM aid_handovers WHERE entitlement_id = ?", (entitlement,)
        )
        with ui.site.store.write() as db:
            db.execute(
                "INSERT INTO sync_conflicts (id, kind, tx_uuid, detected_at, received_at)"
                " VALUES ('c1', 'aid_handed_twice', ?, ?, ?)",
                (tx, AT, AT),
            )

    on_store(qtbot, ui, conflict)
    window, screen = open_aids(qtbot, ui)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F6)  # today's hand-overs
    qtbot.waitUntil(lambda: screen.day.rows is not None, timeout=10_000)
    assert screen.day.table.item(0, 4).text() == "Handed over twice: tell the supervisor"
    assert screen.day.banner.property("kind") == "warn" and "another office" in screen.day.banner.text()


def test_the_nurse_has_no_aids_workspace_and_the_supervisor_has_it(qtbot, ui) -> None:
    from terminal.ui.screens.aids import AidsScreen

    window = open_window(qtbot, ui)
    sign_in(qtbot, window, "nurse", "1111")
    tabs = window.workspace
    assert not any(isinstance(tabs.widget(i), AidsScreen) for i in range(tabs.count()))
    window.sign_out()
    sign_in(qtbot, window, "supervisor", "4444")
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Technical aids" in titles and "Medicines" in titles


def test_every_workflow_has_its_screen() -> None:
    import importlib

    from terminal.core.workflows import WORKFLOWS
    from terminal.ui.workspaces import SCREENS, WORKSPACES

    assert set(SCREENS) == {w.name for w in WORKFLOWS}
    for workflow in WORKFLOWS:
        module, name = SCREENS[workflow.name].split(":")
        assert hasattr(importlib.import_module(module), name), workflow.name
        assert module == f"terminal.ui.screens.{workflow.name}", "the window names it as the core does"
        assert (workflow.permission, SCREENS[workflow.name]) in WORKSPACES


def test_a_language_switch_words_the_aids_again(qtbot, ui) -> None:
    citizen_id, _entitlement = entitled(qtbot, ui)
    window, screen = open_aids(qtbot, ui)
    identify(qtbot, screen, citizen_id)
    panel = screen.entitlements
    english = (panel.confirm.text(), panel.list.item(0).text(), window.workspace.tabText(0))
    choose_language(qtbot, window, "ru")
    qtbot.waitUntil(lambda: panel.confirm.text() != english[0], timeout=5_000)
    assert panel.confirm.text().endswith("(Enter)") and "Hand over" not in panel.confirm.text()
    assert "Cost to the state" not in panel.list.item(0).text()
    assert window.workspace.tabText(0) != "Technical aids"
    assert screen.faceid.title.text() != "Who is the person?"


def test_the_id_number_finds_the_person_for_the_social_worker(qtbot, ui) -> None:
    citizen_id, _entitlement = entitled(qtbot, ui)
    sql = "SELECT pin FROM citizens WHERE id = ?"
    pin = on_store(qtbot, ui, lambda: ui.site.store.scalar(sql, (citizen_id,)))
    _window, screen = open_aids(qtbot, ui)
    face = screen.faceid
    face.show_id_entry()  # F2: the face is then checked against this person's only
    with qtbot.waitSignal(face.id_box.found, timeout=10_000) as found:
        qtbot.keyClicks(face.id_number.edit, pin)
        qtbot.keyClick(face.id_number.edit, Qt.Key.Key_Return)
    assert found.args[0].id == citizen_id
    assert not face.id_number.hint.text().startswith("Your role")


def test_f1_on_each_aids_page_says_what_it_is_for(qtbot, ui) -> None:
    from tests.ui.test_help_and_large_text import activate, close_help, open_help

    citizen_id, _entitlement = entitled(qtbot, ui)
    window, screen = open_aids(qtbot, ui)
    activate(qtbot, window)
    screen.faceid.by_id.setFocus()
    dialog = open_help(qtbot, window)
    assert dialog.title.text() == "Who is the person?" and "F6" in " ".join(dialog.words())
    close_help(qtbot, window, dialog)
    identify(qtbot, screen, citizen_id)
    activate(qtbot, window)
    qtbot.waitUntil(screen.entitlements.serial.hasFocus, timeout=5_000)
    qtbot.keyClicks(screen.entitlements.serial, "WC-7")
    dialog = open_help(qtbot, window)
    assert dialog.title.text() == "Handing over a technical aid"
    close_help(qtbot, window, dialog)  # Esc closes the help only: the person and the number stay
    assert screen.pages.currentWidget() is screen.entitlements and screen.entitlements.serial.text() == "WC-7"


def test_the_override_on_the_aids_screen_speaks_of_a_citizen_not_a_patient(qtbot, ui) -> None:
    from tests.ui.test_dispensing import press

    window, screen = open_aids(qtbot, ui)
    face = screen.faceid
    press(qtbot, window, Qt.Key.Key_F3)  # the supervisor's override
    qtbot.waitUntil(
        lambda: face.override_dialog is not None and face.override_dialog.isVisible(), timeout=5_000
    )
    dialog = face.override_dialog
    wait_tasks(qtbot, ui)
    assert dialog.explain.text().startswith("Only when Face-ID cannot identify the citizen.")
    assert dialog.patient_label.text() == "Citizen's ID number, from their document"
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)  # nothing typed: it says what is missing
    assert dialog.banner.text() == "Type the citizen's ID number."
    words = " ".join(w.text() for w in (dialog.title, dialog.explain, dialog.patient_label, dialog.banner))
    assert "patient" not in words.lower()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    press(qtbot, window, Qt.Key.Key_F2)  # the ID number instead
    qtbot.waitUntil(face.id_box.isVisible, timeout=5_000)
    assert face.id_box.title.text() == "ID number (PINFL) from the citizen's document"
