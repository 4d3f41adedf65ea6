"""Reversing a mistaken hand-out or meal in the window, as the operators do it.

The nurse at the desk: F5, the patient's surname, Enter on the row; in the history she clicks the
hand-out and "Reverse the chosen hand-out…"; the supervisor beside her types their PIN and the reason.
The supervisor signed in: the page "Today's acts", the meal clicked, "Reverse the chosen act…", their
own PIN again and the reason.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from tests.conftest import dispensable_item, snapshot
from tests.ui import test_dispensing as pharmacy
from tests.ui.conftest import sign_in, wait_tasks
from tests.ui.test_dispensing import on_store, open_window, press

cameras = pharmacy.cameras  # every camera worker stopped when a test ends

SCHOOL, LUNCH = "SCH-045", "SCH-045-LUNCH"
REASON = "Wrong patient chosen"


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def header(table) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


@pytest.fixture
def handed_out(qtbot, ui):
    """Two units handed out this morning by the nurse: (tx uuid, citizen id, surname, item)."""
    site = ui.site

    def dispense():
        from terminal.core.dispensing import DispenseLine
        from terminal.core.identification import Identification

        citizen_id, _p, item = dispensable_item(site, 2)
        receipt = site.dispensing.dispense(
            site.operator("nurse"),
            Identification(citizen_id, "face", distance=0.3),
            [DispenseLine(item.item_id, 2)],
        )
        surname = site.store.scalar("SELECT surname FROM citizens WHERE id = ?", (citizen_id,))
        return receipt.tx_uuid, citizen_id, surname, item

    return on_store(qtbot, ui, dispense)


def open_history(qtbot, ui, handed_out):
    """The nurse signed in finds the patient by surname and opens the history: (window, screen)."""
    _tx, citizen_id, surname, _item = handed_out
    ui.camera = "/nonexistent/camera.mp4"
    window = open_window(qtbot, ui)
    sign_in(qtbot, window, "nurse", "1111")
    screen = window.workspace.currentWidget()
    press(qtbot, window, Qt.Key.Key_F5)
    search = screen.search
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is search, timeout=5_000)
    qtbot.keyClicks(search.query, surname)
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(search.found), timeout=10_000)
    row = next(i for i, c in enumerate(search.found) if c.id == citizen_id)
    search.table.setCurrentCell(row, 0)
    qtbot.keyClick(search.table, Qt.Key.Key_Return)
    history = screen.history
    qtbot.waitUntil(lambda: history.history is not None and history.isVisible(), timeout=10_000)
    return window, screen


def left_of(history, item) -> str:
    """The prescribed medicine's "Left" cell."""
    column = header(history.items).index("Left")
    rows = [r for r in range(history.items.rowCount()) if history.items.item(r, 1).text() == item.drug_name]
    return history.items.item(rows[0], column).text()


def state(ui, item_id: int) -> dict:
    return ui.site.store.one(
        "SELECT pi.qty_dispensed, s.quantity AS stock, (SELECT count(*) FROM reversals) AS reversals,"
        " (SELECT count(*) FROM transactions) AS acts FROM prescription_items pi"
        " JOIN stock s ON s.drug_code = pi.drug_code WHERE pi.id = ?",
        (item_id,),
    )


def ask_to_reverse_first(qtbot, history):
    """Click the hand-out in the list, then "Reverse the chosen hand-out…": the supervisor's dialog."""
    assert not history.reverse.isEnabled()  # nothing chosen yet
    click_row(qtbot, history.past, 0)
    assert history.reverse.isEnabled()
    click(qtbot, history.reverse)
    qtbot.waitUntil(
        lambda: history.word_dialog is not None and history.word_dialog.isVisible(), timeout=10_000
    )
    dialog = history.word_dialog
    qtbot.waitUntil(lambda: dialog.supervisor.count() == 1, timeout=10_000)
    assert dialog.supervisor.currentText() == "Akmal Karimov"
    assert dialog.windowTitle() == "Reverse a hand-out"
    assert "go back on the prescription and in stock" in dialog.warning.text()
    return dialog


def test_a_nurse_reverses_a_hand_out_on_the_supervisors_word(qtbot, ui, handed_out) -> None:
    tx, _citizen, _surname, item = handed_out
    _window, screen = open_history(qtbot, ui, handed_out)
    history = screen.history
    assert history.past.rowCount() == 1 and cells(history.past, 0)[-1] == ""
    left = left_of(history, item)
    dialog = ask_to_reverse_first(qtbot, history)
    before = on_store(qtbot, ui, lambda: state(ui, item.item_id))

    qtbot.keyClicks(dialog.pin, "4444")
    qtbot.keyClicks(dialog.reason, REASON)
    click(qtbot, dialog.confirm)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(
        lambda: history.history is not None and history.history.dispenses[0].reversed is not None,
        timeout=10_000,
    )
    assert history.banner.property("kind") == "ok"
    assert history.banner.text() == "Reversed. The quantities are back on the prescription and in stock."
    # The history says so: the row marked, with who and why; nothing more to reverse in it.
    assert header(history.past)[-1] == "Reversed"
    assert cells(history.past, 0)[-1] == f"Reversed by Akmal Karimov: {REASON}"
    assert history.past.item(0, 1).font().strikeOut()
    assert history.chosen is not None and history.chosen.tx_uuid == tx  # still the one chosen
    assert not history.reverse.isEnabled()
    # The two units are back on the prescription ("Left" goes up by two) and in stock.
    remaining = int(left.split()[0])
    assert left_of(history, item).split()[0] == str(remaining + 2)
    after = on_store(qtbot, ui, lambda: state(ui, item.item_id))
    assert after["qty_dispensed"] == before["qty_dispensed"] - 2 and after["stock"] == before["stock"] + 2
    assert after["reversals"] == 1 and after["acts"] == before["acts"] + 1

    def queued() -> dict:
        return ui.site.store.one(
            "SELECT t.kind, t.payload, o.state FROM outbox o JOIN transactions t ON t.uuid = o.tx_uuid"
            " ORDER BY t.seq DESC LIMIT 1"
        )

    act = on_store(qtbot, ui, queued)
    assert act["kind"] == "reversal" and act["state"] == "queued"  # sent to the registry like any act
    payload = json.loads(act["payload"])
    assert payload["reverses"] == tx and payload["reason"] == REASON
    assert payload["supervisor_id"] == ui.site.operator("supervisor").id

    # The receipt printed again says it was reversed, by whom and why.
    click(qtbot, history.again)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.receipt, timeout=10_000)
    assert screen.receipt.receipt.tx_uuid == tx and screen.receipt.receipt.reversed is not None
    text = screen.receipt.view.toPlainText()
    assert f"by Akmal Karimov: {REASON}. Nothing of it counts." in text and "Reversed on" in text
    wait_tasks(qtbot, ui)


def test_a_wrong_pin_reverses_nothing_and_says_so(qtbot, ui, handed_out) -> None:
    _tx, _citizen, _surname, item = handed_out
    _window, screen = open_history(qtbot, ui, handed_out)
    history = screen.history
    left = left_of(history, item)
    dialog = ask_to_reverse_first(qtbot, history)
    wait_tasks(qtbot, ui)
    before = on_store(qtbot, ui, lambda: snapshot(ui.site))

    click(qtbot, dialog.confirm)  # nothing typed: the dialog says what is missing
    assert dialog.banner.text() == "The supervisor types their own PIN."
    qtbot.keyClicks(dialog.pin, "0000")
    qtbot.keyClicks(dialog.reason, REASON)
    click(qtbot, dialog.confirm)
    qtbot.waitUntil(lambda: dialog.banner.property("kind") == "error", timeout=10_000)
    assert dialog.banner.text() == "The name or PIN is not right. Try again, or ask a supervisor."
    assert dialog.isVisible() and dialog.pin.text() == ""  # the PIN never left on screen
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the supervisor gives up
    qtbot.waitUntil(lambda: not dialog.isVisible() and history.word_dialog is None, timeout=5_000)

    after = on_store(qtbot, ui, lambda: snapshot(ui.site))
    counted = ("audit", "operator_lockouts")  # the wrong PIN is audited and counts toward the lockout
    assert {k: v for k, v in after.items() if k not in counted} == {
        k: v for k, v in before.items() if k not in counted
    }
    assert after["operator_lockouts"][0]["failures"] == 1
    assert cells(history.past, 0)[-1] == "" and not history.past.item(0, 1).font().strikeOut()
    assert left_of(history, item) == left
    assert history.reverse.isEnabled()  # it may be tried again


def test_the_supervisor_reverses_a_meal_from_todays_acts(qtbot, ui, handed_out) -> None:
    from terminal.ui.screens.supervisor import SupervisorScreen

    site = ui.site
    tx, _citizen, surname, _item = handed_out

    def serve():
        student = site.store.scalar(
            "SELECT s.id FROM students s JOIN classes c ON c.id = s.class_id"
            " WHERE s.meal_eligible = 1 AND s.active = 1 AND c.school_id = ? ORDER BY s.id LIMIT 1",
            (SCHOOL,),
        )
        site.clock.at = site.clock.at.replace(hour=12, minute=40)
        return site.meals.serve(site.operator("canteen"), student, LUNCH)

    served = on_store(qtbot, ui, serve)
    window = open_window(qtbot, ui)
    sign_in(qtbot, window, "supervisor", "4444")
    tabs = window.workspace
    screen = next(tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), SupervisorScreen))
    tabs.setCurrentWidget(screen)
    nav = screen.nav
    row = next(r for r in range(nav.count()) if nav.item(r).text() == "Today's acts")
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center()
    )
    page = screen.acts
    assert screen.stack.currentWidget() is page
    qtbot.waitUntil(lambda: len(page.rows) == 2, timeout=10_000)
    assert header(page.table) == ["Time", "What", "Who", "By", "Reversed"]
    meal, dispense = cells(page.table, 0), cells(page.table, 1)  # newest first
    assert meal[0] == "12:40" and meal[1] == "School meal\nLunch" and meal[3] == "Gulnora Usmonova"
    assert meal[2].startswith(served.student_name + "\n") and meal[4] == ""
    assert dispense[0] == "10:00" and dispense[1].startswith("Medicines handed out\n")
    assert dispense[2].startswith(surname) and dispense[3] == "Dilnoza Rahimova"
    assert not page.reverse.isEnabled()

    click_row(qtbot, page.table, 0)
    assert page.reverse.isEnabled()
    click(qtbot, page.reverse)
    qtbot.waitUntil(lambda: page.word_dialog is not None and page.word_dialog.isVisible(), timeout=10_000)
    dialog = page.word_dialog
    assert dialog.windowTitle() == "Reverse a meal"
    assert served.student_name in dialog.warning.text() and "Lunch" in dialog.warning.text()
    # The supervisor signed in is in the list (their own word: their PIN again), chosen already.
    qtbot.waitUntil(lambda: dialog.supervisor.count() == 1, timeout=10_000)
    assert (
        dialog.supervisor.currentText() == "Akmal Karimov" and dialog.supervisor.currentData() == "supervisor"
    )
    qtbot.keyClicks(dialog.pin, "4444")
    qtbot.keyClicks(dialog.reason, "Tapped the wrong child")
    click(qtbot, dialog.confirm)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: page.rows[0].reversed is not None, timeout=10_000)
    assert page.banner.property("kind") == "ok"
    assert page.banner.text() == "Reversed. The meal no longer counts; the student may be served again."
    assert cells(page.table, 0)[4] == "Reversed by Akmal Karimov: Tapped the wrong child"
    assert page.table.item(0, 1).font().strikeOut()
    assert page.chosen is not None and page.chosen.tx_uuid == served.tx_uuid and not page.reverse.isEnabled()
    assert cells(page.table, 1)[4] == ""  # the hand-out stays as it was

    def recorded() -> tuple[int, int, str]:
        live = site.store.scalar("SELECT count(*) FROM live_meals WHERE tx_uuid = ?", (served.tx_uuid,))
        reversal = site.store.one("SELECT operator_id, supervisor_id FROM reversals")
        kind = site.store.scalar("SELECT kind FROM transactions ORDER BY seq DESC LIMIT 1")
        return live, reversal["supervisor_id"], kind

    live, supervisor_id, kind = on_store(qtbot, ui, recorded)
    assert live == 0 and supervisor_id == site.operator("supervisor").id and kind == "reversal"
    # Chosen again, the reversed meal cannot be reversed twice; the hand-out can.
    click_row(qtbot, page.table, 1)
    assert page.chosen.tx_uuid == tx and page.reverse.isEnabled()
    click_row(qtbot, page.table, 0)
    assert not page.reverse.isEnabled()
    wait_tasks(qtbot, ui)


def test_the_supervisor_reverses_an_aids_hand_over_and_it_can_be_handed_over_again(qtbot, ui) -> None:
    """The social worker hands a wheelchair over with the wrong serial number; the supervisor finds it
    in "Today's acts" (the aid and its number), reverses it on their own word; the social worker's day
    then shows it struck through and marked, counted nowhere, and the same entitlement is handed over
    again with the right number."""
    from terminal.ui.screens.aids import AidsScreen
    from terminal.ui.screens.supervisor import SupervisorScreen
    from tests.ui.test_aids import entitled, handovers, identify

    site = ui.site
    citizen_id, entitlement = entitled(qtbot, ui)

    def names() -> tuple[str, str, str]:
        aid = site.store.scalar("SELECT aid_name FROM aid_entitlements WHERE id = ?", (entitlement,))
        surname = site.store.scalar("SELECT surname FROM citizens WHERE id = ?", (citizen_id,))
        worker = site.store.scalar("SELECT full_name FROM operators WHERE login = 'social'")
        return aid, surname, worker

    aid, surname, worker = on_store(qtbot, ui, names)
    window = open_window(qtbot, ui)
    tabs = window.workspace

    def screen_of(kind):
        return next(tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), kind))

    # The social worker hands the aid over: the serial number typed (a mistake) and Enter.
    sign_in(qtbot, window, "social", "5555")
    aids = screen_of(AidsScreen)
    identify(qtbot, aids, citizen_id)
    panel = aids.entitlements
    assert panel.chosen() is not None and panel.chosen().id == entitlement
    qtbot.keyClicks(panel.serial, "WC-WRONG-1")
    qtbot.keyClick(panel.serial, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: aids.pages.currentWidget() is aids.receipt, timeout=10_000)
    assert handovers(qtbot, ui) == 1
    window.sign_out()

    # The supervisor: "Today's acts" lists the hand-over, the aid and its serial number.
    sign_in(qtbot, window, "supervisor", "4444")
    screen = screen_of(SupervisorScreen)
    tabs.setCurrentWidget(screen)
    nav = screen.nav
    row = next(r for r in range(nav.count()) if nav.item(r).text() == "Today's acts")
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center()
    )
    page = screen.acts
    qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=10_000)
    assert page.hint.text().startswith("Hand-outs, meals and aids recorded here today")
    act = cells(page.table, 0)
    assert act[0] == "10:00" and act[1] == f"Technical aid handed over\n{aid}\nSerial number: WC-WRONG-1"
    assert act[2].startswith(surname) and "\n" not in act[2]  # the person alone: no class under the name
    assert act[3] == worker and act[4] == ""

    click_row(qtbot, page.table, 0)
    assert page.reverse.isEnabled()
    click(qtbot, page.reverse)
    qtbot.waitUntil(lambda: page.word_dialog is not None and page.word_dialog.isVisible(), timeout=10_000)
    dialog = page.word_dialog
    assert dialog.windowTitle() == "Reverse an aid's hand-over"
    warning = dialog.warning.text()
    assert f"Technical aid handed over: {page.rows[0].person}, {aid}, Serial number: WC-WRONG-1" in warning
    assert "The aid no longer counts; its entitlement can be handed over again." in warning
    qtbot.waitUntil(lambda: dialog.supervisor.count() == 1, timeout=10_000)
    assert dialog.supervisor.currentData() == "supervisor"
    qtbot.keyClicks(dialog.pin, "4444")
    qtbot.keyClicks(dialog.reason, "Wrong serial number typed")
    click(qtbot, dialog.confirm)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: page.rows[0].reversed is not None, timeout=10_000)
    assert page.banner.property("kind") == "ok"
    assert page.banner.text() == (
        "Reversed. The aid no longer counts; its entitlement can be handed over again."
    )
    assert cells(page.table, 0)[4] == "Reversed by Akmal Karimov: Wrong serial number typed"
    assert page.table.item(0, 1).font().strikeOut() and not page.reverse.isEnabled()

    def recorded() -> tuple[str, str, int]:
        status = site.store.scalar("SELECT status FROM aid_entitlements WHERE id = ?", (entitlement,))
        kind = site.store.scalar("SELECT kind FROM transactions ORDER BY seq DESC LIMIT 1")
        return status, kind, site.store.scalar("SELECT count(*) FROM reversals")

    assert on_store(qtbot, ui, recorded) == ("active", "reversal", 1)
    window.sign_out()

    # The social worker's day: the hand-over struck through, marked, and in no total.
    sign_in(qtbot, window, "social", "5555")
    aids = screen_of(AidsScreen)
    assert aids.pages.currentWidget() is aids.faceid
    click(qtbot, aids.faceid.today)
    day = aids.day
    qtbot.waitUntil(lambda: day.rows is not None and aids.pages.currentWidget() is day, timeout=10_000)
    assert day.table.rowCount() == 1
    assert header(day.table)[-1] == "Note" and not day.table.isColumnHidden(4)
    assert cells(day.table, 0)[1:3] == [aid, "WC-WRONG-1"] and cells(day.table, 0)[4] == "Reversed"
    assert all(day.table.item(0, c).font().strikeOut() for c in (1, 2, 3))
    assert day.totals.text().startswith("Hand-overs: 0 · Cost to the state: ")
    press(qtbot, window, Qt.Key.Key_Escape)  # back to Face-ID
    assert aids.pages.currentWidget() is aids.faceid

    # The entitlement is offered again: handed over with the right number this time.
    identify(qtbot, aids, citizen_id)
    panel = aids.entitlements
    item = next(
        panel.list.item(r)
        for r in range(panel.list.count())
        if panel.list.item(r).data(Qt.ItemDataRole.UserRole) == entitlement
    )
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled and "already handed over" not in item.text()
    assert panel.chosen() is not None and panel.chosen().id == entitlement
    qtbot.keyClicks(panel.serial, "WC-RIGHT-1")
    qtbot.keyClick(panel.serial, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: aids.pages.currentWidget() is aids.receipt, timeout=10_000)
    assert "WC-RIGHT-1" in aids.receipt.view.toPlainText() and handovers(qtbot, ui) == 2
    qtbot.keyClick(aids.receipt.next, Qt.Key.Key_Return)
    click(qtbot, aids.faceid.today)
    qtbot.waitUntil(lambda: day.rows is not None and len(day.rows) == 2, timeout=10_000)
    assert cells(day.table, 0)[2] == "WC-RIGHT-1" and cells(day.table, 0)[4] == ""
    assert not day.table.item(0, 1).font().strikeOut() and day.table.item(1, 1).font().strikeOut()
    assert day.totals.text().startswith("Hand-overs: 1 · ")
    wait_tasks(qtbot, ui)
