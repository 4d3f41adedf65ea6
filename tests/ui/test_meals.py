"""The canteen workspace: serve a class, a second serving refused, counters, the period's act and invoice."""

from __future__ import annotations

import csv
import threading

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import sign_in, wait_tasks

LUNCH, BREAKFAST = "SCH-045-LUNCH", "SCH-045-BREAKFAST"  # 12:30-13:15 and 08:30-09:00


def at(ui, hh_mm: str) -> None:
    """The site's clock (the tests' fixed one) to this time of the same day."""
    hours, minutes = map(int, hh_mm.split(":"))
    ui.site.clock.at = ui.site.clock.at.replace(hour=hours, minute=minutes)


@pytest.fixture
def canteen(qtbot, ui):
    from terminal.ui.main_window import MainWindow
    from terminal.ui.screens.meals import MealsScreen

    window = MainWindow(ui)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    at(ui, "12:40")  # lunch time
    sign_in(qtbot, window, "canteen", "2222")
    screen = window.workspace.currentWidget()
    assert isinstance(screen, MealsScreen)
    qtbot.waitUntil(lambda: len(screen.grid.tiles) == 22, timeout=10_000)
    yield screen
    wait_tasks(qtbot, ui)


def meals(ui) -> int:
    return ui.site.store.scalar("SELECT count(*) FROM meals")


def serve_and_wait(qtbot, screen, index: int) -> str:
    tile = screen.grid.tiles[index]
    tile.click()
    qtbot.waitUntil(lambda: screen.grid.tiles[index].entry.served_at is not None, timeout=10_000)
    return screen.grid.tiles[index].entry.name


def test_serving_a_class_marks_each_child_and_updates_the_counters(qtbot, ui, canteen) -> None:
    assert canteen.sessions.chosen == LUNCH  # 12:40: breakfast is over, lunch is served
    assert canteen.classes.chosen == "SCH-045-1A"
    names = [serve_and_wait(qtbot, canteen, i) for i in range(3)]
    assert all(t.entry.served_at == "12:40" for t in canteen.grid.tiles[:3])
    assert "✓ Served at 12:40" in canteen.grid.tiles[0].state.text()
    assert names[2] in canteen.banner.text()
    qtbot.waitUntil(lambda: canteen.counters.counts is not None and canteen.counters.counts.total == 3)
    assert canteen.counters.by_session.text().splitlines() == ["Breakfast: 0 served", "Lunch: 3 served"]
    assert canteen.counters.table.item(0, 2).text() == "3"  # class 1-A, lunch
    assert "3 of 22 served" in canteen.class_title.text()
    wait_tasks(qtbot, ui)
    assert meals(ui) == 3
    # the arrow keys move across the grid and Space serves the child in focus
    canteen.grid.tiles[2].setFocus()
    qtbot.keyClick(canteen.grid.tiles[2], Qt.Key.Key_Right)
    assert canteen.grid.tiles[3].hasFocus()
    qtbot.keyClick(canteen.grid.tiles[3], Qt.Key.Key_Down)
    columns = canteen.grid._columns
    assert canteen.grid.tiles[3 + columns].hasFocus()
    qtbot.keyClick(canteen.grid.tiles[3 + columns], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: canteen.grid.tiles[3 + columns].entry.served_at is not None, timeout=10_000)
    qtbot.keyClick(canteen.grid.tiles[3 + columns], Qt.Key.Key_Left)
    qtbot.keyClick(canteen.grid.tiles[2 + columns], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: canteen.grid.tiles[2 + columns].entry.served_at is not None, timeout=10_000)
    wait_tasks(qtbot, ui)
    assert meals(ui) == 5


def test_a_second_serving_is_refused_with_the_reason_and_not_recorded(qtbot, ui, canteen) -> None:
    name = serve_and_wait(qtbot, canteen, 0)
    wait_tasks(qtbot, ui)
    acts = ui.site.store.scalar("SELECT count(*) FROM transactions")
    canteen.grid.tiles[0].click()
    qtbot.waitUntil(lambda: canteen.banner.property("kind") == "error", timeout=10_000)
    assert canteen.banner.text() == (
        f"{name} has already had Lunch today (served at 12:40). Not recorded again."
    )
    wait_tasks(qtbot, ui)
    assert meals(ui) == 1
    assert ui.site.store.scalar("SELECT count(*) FROM transactions") == acts
    # the same child may still have breakfast and lunch: sessions are counted apart
    at(ui, "08:45")
    canteen.sessions.choose(BREAKFAST)
    canteen.refresh()
    qtbot.waitUntil(lambda: canteen.grid.tiles[0].entry.served_at is None, timeout=10_000)
    serve_and_wait(qtbot, canteen, 0)
    qtbot.waitUntil(lambda: canteen.counters.counts.total == 2, timeout=10_000)
    assert canteen.counters.counts.by_session == {"Breakfast": 1, "Lunch": 1}


def test_a_child_not_eligible_is_shown_so_and_not_served(qtbot, ui, canteen) -> None:
    canteen.classes.choose("SCH-045-5A")  # grade 5: only children of low-income families eat free
    canteen.refresh()
    qtbot.waitUntil(lambda: canteen.grid.tiles[0].entry.name != "", timeout=10_000)
    wait_tasks(qtbot, ui)
    tiles = [t for t in canteen.grid.tiles if not t.entry.eligible]
    assert tiles and tiles[0].kind == "ineligible"
    assert tiles[0].state.text() == "Not eligible for free meals"
    assert "Not eligible" in tiles[0].accessibleName()
    tiles[0].click()
    qtbot.waitUntil(lambda: canteen.banner.property("kind") == "error", timeout=10_000)
    assert "not eligible for free meals" in canteen.banner.text()
    wait_tasks(qtbot, ui)
    assert meals(ui) == 0


def test_the_period_act_and_invoice_are_made_in_the_background(qtbot, ui, canteen) -> None:
    for i in range(2):
        serve_and_wait(qtbot, canteen, i)
    at(ui, "08:45")
    canteen.sessions.choose(BREAKFAST)
    canteen.refresh()
    qtbot.waitUntil(lambda: canteen.grid.tiles[0].entry.served_at is None, timeout=10_000)
    serve_and_wait(qtbot, canteen, 0)
    canteen.open_reports()
    panel = canteen._report_dialog.panel
    qtbot.waitUntil(lambda: panel.school.count() == 1, timeout=10_000)
    assert panel.start.date().toString("yyyy-MM-dd") == "2026-11-01"
    assert panel.end.date().toString("yyyy-MM-dd") == "2026-11-20"
    panel.make_documents()
    assert panel.job.isVisibleTo(panel)  # progress and Cancel while it runs
    qtbot.waitUntil(lambda: panel.banner.property("kind") == "ok", timeout=20_000)
    text = panel.banner.text()
    assert "3 meals served" in text and "38\u00a0000.00\u00a0so'm to pay" in text
    assert "01.11.2026 to 20.11.2026" in text and str(panel.folder) in text
    files = sorted(p.name for p in panel.folder.iterdir())
    stem = "SCH-045_2026-11-01_2026-11-20"
    assert files == sorted(
        f"{kind}_{stem}.{ext}" for kind in ("invoice", "service-act") for ext in ("csv", "pdf")
    )
    with open(panel.folder / f"invoice_{stem}.csv", encoding="utf-8-sig") as f:
        invoice = list(csv.reader(f))
    assert invoice[-1] == ["TOTAL", "", "3", "", "38000.00"]
    assert ["1-A", "Lunch", "2", "15000.00", "30000.00"] in invoice
    with open(panel.folder / f"service-act_{stem}.csv", encoding="utf-8-sig") as f:
        assert list(csv.reader(f))[-1] == ["TOTAL", "", "", "3"]
    from pypdf import PdfReader

    words = PdfReader(panel.folder / f"invoice_{stem}.pdf").pages[0].extract_text()
    assert "38" in words and "Total due" in words
    wait_tasks(qtbot, ui)
    assert ui.site.store.scalar("SELECT count(*) FROM audit WHERE action = 'export'") == 1


def test_a_report_job_can_be_cancelled_between_steps(qtbot, ui, canteen) -> None:
    canteen.open_reports()
    panel = canteen._report_dialog.panel
    qtbot.waitUntil(lambda: panel.school.count() == 1, timeout=10_000)
    release = threading.Event()
    ui.tasks.store(lambda _site: release.wait(10))  # the store thread is busy: the job waits for its turn
    panel.make_documents()
    panel.job.request_cancel()
    assert "Stopping" in panel.job.words.text()
    release.set()
    qtbot.waitUntil(lambda: not panel.job.busy, timeout=10_000)
    assert panel.banner.text() == "Cancelled: no documents were made."
    assert panel.make.isEnabled()
    assert not panel.folder.exists()
    wait_tasks(qtbot, ui)
    assert ui.site.store.scalar("SELECT count(*) FROM audit WHERE action = 'export'") == 0


def test_a_meal_outside_its_hours_is_warned_and_recorded_only_on_a_supervisors_word(
    qtbot, ui, canteen
) -> None:
    from PySide6.QtWidgets import QApplication

    at(ui, "19:13")
    canteen.refresh()
    warning = (
        "Lunch is served from 12:30 to 13:15; it is 19:13 now."
        " A meal outside these hours needs a supervisor's word."
    )
    qtbot.waitUntil(lambda: canteen.banner.text() == warning, timeout=10_000)
    assert canteen.banner.property("kind") == "warn"
    # no word: nothing recorded, and it says so
    canteen.grid.tiles[0].click()
    qtbot.waitUntil(
        lambda: canteen.word_dialog is not None and canteen.word_dialog.isVisible(), timeout=10_000
    )
    dialog = canteen.word_dialog
    assert dialog.warning.text() == warning and dialog.windowTitle() == "A meal outside its hours"
    qtbot.waitUntil(lambda: dialog.supervisor.count() == 1, timeout=10_000)
    assert dialog.supervisor.currentText() == "Akmal Karimov"
    dialog.cancel.click()
    assert (
        canteen.banner.text() == "Not recorded: the meal is outside its hours and no supervisor confirmed it."
    )
    wait_tasks(qtbot, ui)
    assert meals(ui) == 0 and canteen.grid.tiles[0].entry.served_at is None
    # a wrong PIN is refused in the dialog and counted; the right one records the meal, audited
    canteen.grid.tiles[0].click()
    qtbot.waitUntil(
        lambda: canteen.word_dialog is not None and canteen.word_dialog.isVisible(), timeout=10_000
    )
    dialog = canteen.word_dialog
    qtbot.waitUntil(lambda: dialog.supervisor.count() == 1, timeout=10_000)
    assert QApplication.focusWidget() is dialog.pin
    dialog.confirm.click()
    assert dialog.banner.text() == "The supervisor types their own PIN."
    qtbot.keyClicks(dialog.pin, "0000")
    qtbot.keyClicks(dialog.reason, "Lunch was late: the cook was ill")
    dialog.confirm.click()
    qtbot.waitUntil(lambda: dialog.banner.property("kind") == "error", timeout=10_000)
    assert dialog.banner.text() == "The name or PIN is not right. Try again, or ask a supervisor."
    assert dialog.isVisible() and dialog.pin.text() == ""
    wait_tasks(qtbot, ui)
    assert meals(ui) == 0
    qtbot.keyClicks(dialog.pin, "4444")
    dialog.confirm.click()
    qtbot.waitUntil(lambda: canteen.grid.tiles[0].entry.served_at == "19:13", timeout=10_000)
    assert not dialog.isVisible()
    assert canteen.banner.property("kind") == "ok" and "at 19:13" in canteen.banner.text()
    wait_tasks(qtbot, ui)
    assert meals(ui) == 1
    entry = ui.site.store.one("SELECT * FROM audit WHERE action = 'meal_outside_hours'")
    assert entry["operator_id"] == ui.site.operator("supervisor").id
    assert "the cook was ill" in entry["details"]
    qtbot.waitUntil(lambda: "Lunch: 1 served" in canteen.counters.by_session.text(), timeout=10_000)
