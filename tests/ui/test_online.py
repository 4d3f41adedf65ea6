"""Offline and back: the registry goes away, the operators keep working, the queue drains when it returns.

End to end with the real registry in-process: a demo site prepared by
``terminal.demo.prepare`` (the embedded registry on SQLite, this terminal
enrolled and synced), the window with the background sync on short timings,
acts recorded through the screens while the registry is stopped, the registry
started again on the same port, and its database read to see every act there
exactly once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import sign_in, wait_tasks

# The scheduler as the test runs it: a cycle every 2 s while online; after a failure the next cycle
# waits a minute, so only the probe (every half second) can notice that the registry is back.
TIMING = {"interval": 2.0, "retry": 60.0, "cap": 60.0, "probe_seconds": 0.5}
WAIT_MS = 15_000


@dataclass
class Demo:
    home: Path
    site: object  # terminal.demo.DemoSite
    registries: list = field(default_factory=list)  # every EmbeddedRegistry started, stopped at the end

    @property
    def db(self):
        return self.site.registry.db  # type: ignore[attr-defined]

    def registry_rows(self, sql: str, params: dict | None = None) -> list[dict]:
        return self.db.run(lambda tx: tx.all(sql, params), write=False)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Demo]:
    from terminal.demo import prepare

    home = tmp_path / "home"
    site = prepare(home, port=None)  # stopped and started again on its port: none another test may want
    found = Demo(home, site, [site.registry])
    yield found
    for registry in found.registries:
        registry.stop()
    found.db.close()


@pytest.fixture
def window(qtbot, qapp, demo: Demo):
    """The window on the demo site, the background sync running on the short timings."""
    from terminal.core.site import Site
    from terminal.core.store import Store
    from terminal.ui import theme
    from terminal.ui.app import build_context, start_sync, stop
    from terminal.ui.main_window import MainWindow

    theme.apply(qapp)
    store = Store.open(demo.home)
    ctx = build_context(demo.home, Site(store))
    start_sync(ctx, **TIMING)
    assert ctx.scheduler is not None, "the demo terminal is enrolled: the sync must start"
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    stop(ctx)
    store.close()


def on_store(qtbot, ctx, fn):
    box: list[tuple[bool, object]] = []
    ctx.tasks.store(lambda _site: fn(), lambda v: box.append((True, v)), lambda e: box.append((False, e)))
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    ok, value = box[0]
    if not ok:
        raise value  # type: ignore[misc]
    return value


def queued(panel) -> int | None:
    return panel.state.get("queued")


def settle(qtbot, panel) -> dict:
    """The panel's state read afresh from the store, after any reading already on its way."""
    wait_tasks(qtbot, panel.ctx)
    panel.refresh()
    wait_tasks(qtbot, panel.ctx)
    return panel.state


def serve_meals(qtbot, window, count: int) -> list[str]:
    """Tap ``count`` eligible children not served yet on the canteen screen; their names."""
    from terminal.ui.screens.meals import MealsScreen

    screen = window.workspace.currentWidget()
    assert isinstance(screen, MealsScreen)
    qtbot.waitUntil(lambda: len(screen.grid.tiles) > 0, timeout=WAIT_MS)
    wait_tasks(qtbot, window.ctx)
    names = []
    for index, tile in enumerate(screen.grid.tiles):
        if len(names) == count:
            break
        if not tile.entry.eligible or tile.entry.served_at is not None:
            continue
        with qtbot.waitSignal(window.ctx.bridge.acts_recorded, timeout=WAIT_MS):
            tile.click()
            give_word_if_asked(qtbot, screen, index)
        qtbot.waitUntil(lambda i=index: screen.grid.tiles[i].entry.served_at is not None, timeout=WAIT_MS)
        names.append(screen.grid.tiles[index].entry.name)
    assert len(names) == count, "the demo school has too few children to serve"
    return names


def give_word_if_asked(qtbot, screen, index: int) -> None:
    """This test runs on the real clock: outside the meal's hours the supervisor gives their word."""

    def asked() -> bool:
        return screen.word_dialog is not None and screen.word_dialog.isVisible()

    def served() -> bool:
        return screen.grid.tiles[index].entry.served_at is not None

    qtbot.waitUntil(lambda: asked() or served(), timeout=WAIT_MS)
    if not asked():
        return
    dialog = screen.word_dialog
    qtbot.waitUntil(lambda: dialog.supervisor.count() >= 1, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.pin, "4444")
    qtbot.keyClicks(dialog.reason, "The test runs at any hour")
    dialog.confirm.click()


def submit_application(qtbot, window) -> str:
    """The inspector resumes a family's draft and submits it on the review step; its id."""
    from terminal.ui.screens.applications import ApplicationsScreen
    from tests.ui.test_applications import family

    ctx = window.ctx
    screen = window.workspace.currentWidget()
    assert isinstance(screen, ApplicationsScreen)
    qtbot.waitUntil(lambda: screen.wizard is not None, timeout=WAIT_MS)
    site = ctx.site
    on_store(qtbot, ctx, lambda: site.applications.save_draft(site.operator("inspector"), family()))
    screen.refresh()
    qtbot.waitUntil(lambda: screen.draft_list.count() == 1, timeout=WAIT_MS)
    screen.resume()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.wizard, timeout=WAIT_MS)
    wizard = screen.wizard
    wizard.go(7)
    qtbot.waitUntil(lambda: wizard.review.assessment is not None, timeout=WAIT_MS)
    app_id = wizard.app_id
    with qtbot.waitSignal(ctx.bridge.acts_recorded, timeout=WAIT_MS):
        wizard.review.submit.click()
    qtbot.waitUntil(lambda: screen.queue_list.count() == 1, timeout=WAIT_MS)
    assert "Waiting to be sent to the registry" in screen.queue_list.item(0).text()
    wizard.photo.stop()
    return app_id


def local_acts(qtbot, ctx) -> list[str]:
    sql = "SELECT uuid FROM transactions ORDER BY uuid"
    return [r["uuid"] for r in on_store(qtbot, ctx, lambda: ctx.site.store.all(sql))]


def test_offline_work_is_kept_and_the_queue_drains_when_the_registry_returns(
    qtbot, demo: Demo, window, caplog
) -> None:
    from sync.server.embedded import EmbeddedRegistry
    from terminal.ui.status_panel import when

    ctx, panel = window.ctx, window.status_panel
    scheduler = ctx.scheduler
    caplog.set_level(logging.INFO, logger="hamyon.sync")

    # online: the first cycle ran, the panel says so, nothing waits
    qtbot.waitUntil(lambda: scheduler.cycles >= 1 and panel.state.get("online") is True, timeout=WAIT_MS)
    settle(qtbot, panel)
    assert panel.online.text() == "● Online"
    assert panel.online.property("role") == "ok"
    assert panel.queue.text() == "Queue: 0" and panel.sync_now.isVisibleTo(window)
    assert panel.last_sync.text().startswith("Last sync: ")
    first_sync = panel.state["last_sync"]

    # the registry goes away: the next cycle cannot reach it and the panel says Offline
    port = demo.site.registry.port
    demo.site.registry.stop()
    qtbot.waitUntil(lambda: panel.state.get("online") is False, timeout=WAIT_MS)
    assert panel.online.text() == "● Offline: work goes on, acts wait in the queue"
    assert panel.online.property("role") == "warn"
    assert scheduler.offline

    # work goes on: three meals in the canteen, then an application in the mahalla office
    sign_in(qtbot, window, "canteen", "2222")
    served = serve_meals(qtbot, window, 3)
    qtbot.waitUntil(lambda: queued(panel) == 3, timeout=WAIT_MS)
    assert panel.queue.text() == "Queue: 3"
    window.sign_out()
    sign_in(qtbot, window, "inspector", "3333")
    app_id = submit_application(qtbot, window)
    qtbot.waitUntil(lambda: queued(panel) == 4, timeout=WAIT_MS)
    assert panel.queue.text() == "Queue: 4"

    # "Sync now" (F9) while offline runs a cycle at once (the scheduler's own would wait a minute)
    cycles = scheduler.cycles
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert not panel.sync_now.isEnabled()  # pressed once; it comes back after a few seconds
    qtbot.waitUntil(lambda: scheduler.cycles == cycles + 1, timeout=WAIT_MS)
    settle(qtbot, panel)
    assert panel.state["online"] is False and queued(panel) == 4
    assert panel.state["last_sync"] == first_sync
    assert "Offline" in panel.online.text()

    # the registry returns on the same port: the probe notices, the cycle runs, the queue drains
    back = EmbeddedRegistry(demo.db, port)
    assert back.port == port, "the registry's port was taken meanwhile"
    demo.registries.append(back.start())
    returned = time.monotonic()
    qtbot.waitUntil(lambda: queued(panel) == 0 and panel.state.get("online") is True, timeout=WAIT_MS)
    drained = time.monotonic() - returned
    assert drained < TIMING["retry"] / 2, "the queue drained only on the scheduler's retry, not the probe"
    assert "the registry is reachable again: syncing now" in caplog.text
    assert panel.queue.text() == "Queue: 0" and panel.online.text() == "● Online"
    last = panel.state["last_sync"]
    assert last > first_sync
    assert panel.last_sync.text() == f"Last sync: {when(last, zone=panel.zone)}"  # the facility's time
    assert panel.state["set_aside"] == 0 and not panel.set_aside.isVisibleTo(window)

    # the registry holds every act exactly once, with its effects: three meals, one application
    mine = local_acts(qtbot, ctx)
    device = on_store(qtbot, ctx, lambda: ctx.site.store.scalar("SELECT id FROM device"))
    theirs = demo.registry_rows(
        "SELECT uuid, kind FROM transactions WHERE device_id = :d ORDER BY uuid", {"d": device}
    )
    assert [r["uuid"] for r in theirs] == mine
    kinds = sorted(r["kind"] for r in theirs)
    assert kinds.count("meal") == 3 and len(kinds) == len(set(mine))
    meals = demo.registry_rows("SELECT tx_uuid FROM meals_served WHERE device_id = :d", {"d": device})
    assert len(meals) == 3 and len({m["tx_uuid"] for m in meals}) == 3
    claims = demo.registry_rows("SELECT * FROM application_claims WHERE device_id = :d", {"d": device})
    assert {c["benefit_type"] for c in claims} == {"childcare_under_2"}  # a claim per family member
    assert len(claims) == 3 and len({c["tx_uuid"] for c in claims}) == 1 and claims[0]["tx_uuid"] in mine
    assert demo.registry_rows("SELECT id FROM conflicts") == []
    print(f"\noffline acts: meals for {served}, application {app_id}; drained {drained:.2f} s after return")


def test_sync_now_sends_a_new_act_at_once(qtbot, demo: Demo, window) -> None:
    """Online, between the scheduler's cycles: the button sends what was just recorded."""
    ctx, panel = window.ctx, window.status_panel
    scheduler = ctx.scheduler
    qtbot.waitUntil(lambda: scheduler.cycles >= 1 and panel.state.get("online") is True, timeout=WAIT_MS)
    scheduler.interval = 600.0  # from the next cycle on, only "Sync now" starts one
    cycles = scheduler.cycles
    qtbot.waitUntil(lambda: scheduler.cycles == cycles + 1, timeout=WAIT_MS)
    sign_in(qtbot, window, "canteen", "2222")
    serve_meals(qtbot, window, 1)
    qtbot.waitUntil(lambda: queued(panel) == 1, timeout=WAIT_MS)
    qtbot.wait(500)
    assert queued(panel) == 1  # the scheduler is not about to send it by itself
    with qtbot.waitSignal(ctx.bridge.status_changed, timeout=WAIT_MS):
        panel.sync_now.click()
    qtbot.waitUntil(lambda: queued(panel) == 0 and scheduler.cycles == cycles + 2, timeout=WAIT_MS)
    assert panel.queue.text() == "Queue: 0"
    (uuid,) = local_acts(qtbot, ctx)
    assert demo.registry_rows("SELECT uuid FROM transactions WHERE uuid = :u", {"u": uuid}) == [
        {"uuid": uuid}
    ]
