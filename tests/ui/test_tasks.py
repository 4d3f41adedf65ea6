"""The task runner: store tasks are given the site, their typed result comes back on the UI thread, and a
task that recorded acts is announced once (``acts_recorded``), so the status panel's queue count grows."""

from __future__ import annotations

import threading

import pytest

from terminal.core.dispensing import DispenseLine, Receipt
from terminal.core.errors import QuantityExceedsPrescription
from terminal.core.identification import Identification
from tests.conftest import dispensable_item
from tests.ui.conftest import wait_tasks

WAIT_MS = 10_000
QUEUED = "SELECT count(*) FROM outbox WHERE state = 'queued'"


@pytest.fixture
def panel(qtbot, ui):
    """The window's status panel, refreshed only when acts are announced (its timers stopped)."""
    from terminal.ui.status_panel import StatusPanel

    panel = StatusPanel(ui)
    qtbot.addWidget(panel)
    panel.timer.stop()
    panel.check_timer.stop()
    qtbot.waitUntil(lambda: "queued" in panel.state, timeout=WAIT_MS)
    return panel


@pytest.fixture
def heard(ui) -> list[str]:
    """What reached the UI thread, in order: the task's callbacks, then any announcement."""
    events: list[str] = []
    ui.bridge.acts_recorded.connect(lambda: events.append("acts recorded"))
    return events


def dispense(site, units: int = 1) -> Receipt:
    citizen_id, _prescription, item = dispensable_item(site)
    nurse = site.operator("nurse")
    return site.dispensing.dispense(
        nurse, Identification(citizen_id, "face", 0.3), [DispenseLine(item.item_id, units)]
    )


def run(qtbot, ui, fn, heard: list[str]) -> list[object]:
    """Run ``fn`` as a store task; its callbacks' results once everything it caused has arrived."""
    results: list[object] = []

    def success(value: object) -> None:
        heard.append("success")
        results.append(value)

    def failure(exc: BaseException) -> None:
        heard.append("failure")
        results.append(exc)

    ui.tasks.store(fn, success, failure)
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    wait_tasks(qtbot, ui)  # one more round trip: an announcement would have arrived by now
    return results


def test_a_dispense_on_the_store_thread_is_announced_once_after_its_success_and_the_queue_grows(
    qtbot, ui, panel, heard
) -> None:
    before = panel.state["queued"]
    [receipt] = run(qtbot, ui, dispense, heard)
    assert isinstance(receipt, Receipt) and receipt.tx_uuid
    assert heard == ["success", "acts recorded"]
    qtbot.waitUntil(lambda: panel.state["queued"] == before + 1, timeout=WAIT_MS)
    assert panel.queue.text() == f"Queue: {before + 1}"


def test_a_read_is_given_the_site_on_the_store_thread_and_announces_nothing(qtbot, ui, panel, heard) -> None:
    def read(site) -> tuple[bool, bool, int]:
        return (
            site is ui.site,
            threading.current_thread() is threading.main_thread(),
            site.store.scalar(QUEUED),
        )

    [(given_the_site, on_the_ui_thread, queued)] = run(qtbot, ui, read, heard)
    assert given_the_site and not on_the_ui_thread
    assert queued == panel.state["queued"]
    assert heard == ["success"]


def test_a_refused_dispense_goes_to_failure_and_announces_nothing(qtbot, ui, panel, heard) -> None:
    before = panel.state["queued"]
    [error] = run(qtbot, ui, lambda site: dispense(site, units=10_000), heard)
    assert isinstance(error, QuantityExceedsPrescription)
    assert heard == ["failure"]
    assert run(qtbot, ui, lambda site: site.store.scalar(QUEUED), []) == [before]


def test_a_task_that_fails_after_recording_an_act_still_announces_it(qtbot, ui, panel, heard) -> None:
    def record_then_fail(site) -> None:
        dispense(site)
        raise RuntimeError("after the act was committed")

    before = panel.state["queued"]
    [error] = run(qtbot, ui, record_then_fail, heard)
    assert isinstance(error, RuntimeError)
    assert heard == ["failure", "acts recorded"]
    qtbot.waitUntil(lambda: panel.state["queued"] == before + 1, timeout=WAIT_MS)


def test_a_runner_with_no_site_fails_its_store_tasks(qtbot) -> None:
    from terminal.ui.tasks import TaskRunner

    errors: list[BaseException] = []
    tasks = TaskRunner(on_error=errors.append)
    try:
        tasks.store(lambda site: site)
        qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    finally:
        tasks.shutdown()
    assert isinstance(errors[0], RuntimeError)
