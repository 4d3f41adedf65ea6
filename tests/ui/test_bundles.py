"""The supervisor's USB stick page, driven by keyboard: the queue out to a folder, the answer back."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sync.protocol import bundle
from sync.protocol.times import UtcClock
from sync.server.bundles import take_in, write_back
from terminal.core.simulate import simulate
from tests.sync.conftest import Registry, Server, make_registry, new_terminal
from tests.ui.conftest import sign_in, wait_tasks


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    reg = make_registry(f"sqlite:///{tmp_path / 'registry.db'}")
    reg.server = Server(reg.db).start()
    yield reg
    reg.server.stop()
    reg.db.close()


@pytest.fixture
def window(qtbot, qapp, registry: Registry, tmp_path: Path):
    """The window on a terminal enrolled at the registry, with 5 dispenses waiting in its queue."""
    from terminal.ui import theme
    from terminal.ui.app import build_context, stop
    from terminal.ui.main_window import MainWindow

    theme.apply(qapp)
    site = new_terminal(registry, tmp_path / "t1")
    simulate(site, "dispenses", 5, random.Random(11))
    ctx = build_context(tmp_path / "t1", site)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    wait_tasks(qtbot, ctx)
    stop(ctx)
    site.close()


def usb_page(qtbot, window):
    from terminal.ui.screens.supervisor import SupervisorScreen

    sign_in(qtbot, window, "supervisor", "4444")
    tabs = window.workspace
    screen = next(tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), SupervisorScreen))
    tabs.setCurrentWidget(screen)
    screen.nav.setCurrentRow(screen.pages.index(screen.usb))
    assert screen.stack.currentWidget() is screen.usb
    assert screen.nav.currentItem().text() == "USB stick"
    return screen.usb


def press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def type_folder(qtbot, page, folder: Path) -> None:
    page.folder.setFocus()
    page.folder.selectAll()
    qtbot.keyClicks(page.folder, str(folder))


def queued(qtbot, window) -> int:
    """Acts waiting for the registry's answer, read on the store thread."""
    done: list[int] = []
    sql = "SELECT count(*) FROM outbox WHERE state = 'queued'"
    window.ctx.tasks.store(lambda site: site.store.scalar(sql), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    return done[0]


def test_a_supervisor_carries_the_queue_out_and_the_answer_back_by_keyboard(
    qtbot, window, registry, tmp_path
) -> None:
    page = usb_page(qtbot, window)
    usb, back = tmp_path / "usb", tmp_path / "back"
    press(qtbot, page.export_button)  # no folder yet: said, nothing written
    assert page.banner.property("kind") == "warn" and "Choose the folder" in page.banner.text()

    type_folder(qtbot, page, usb)
    press(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.banner.property("kind") == "ok", timeout=15_000)
    (written,) = usb.iterdir()
    assert page.banner.text() == f"Written to the stick: {written.name} (acts: 5). Take it to the registry."
    assert bundle.header(written.read_bytes())["acts"] == 5
    assert page.export_button.isEnabled() and not page.job.isVisible()

    clock = UtcClock()
    assert take_in(registry.db, written.read_bytes(), clock).answers == {"accepted": 5}
    device = bundle.header(written.read_bytes())["device"]
    way_back = write_back(registry.db, device, clock)
    bundle.save(back, way_back.name, way_back.data)
    assert queued(qtbot, window) == 5

    type_folder(qtbot, page, back)
    press(qtbot, page.import_button)
    qtbot.waitUntil(lambda: page.banner.text().startswith("The registry's answer"), timeout=15_000)
    assert page.banner.property("kind") == "ok"
    assert page.banner.text().startswith("The registry's answer is in. Acts answered: 5;")
    assert queued(qtbot, window) == 0

    trips: list[list] = []  # both trips are on the audit trail, in the supervisor's name
    sql = "SELECT action, operator_id, subject FROM audit WHERE action LIKE 'bundle_%' ORDER BY seq"
    window.ctx.tasks.store(lambda site: [tuple(r.values()) for r in site.store.all(sql)], trips.append)
    qtbot.waitUntil(lambda: bool(trips), timeout=10_000)
    supervisor = window.ctx.operator.id
    assert trips[0] == [
        ("bundle_export", supervisor, written.name),
        ("bundle_import", supervisor, way_back.name),
    ]


def test_a_damaged_bundle_on_the_stick_is_refused_in_plain_words(qtbot, window, registry, tmp_path) -> None:
    page = usb_page(qtbot, window)
    usb = tmp_path / "usb"
    type_folder(qtbot, page, usb)
    press(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.banner.property("kind") == "ok", timeout=15_000)
    (written,) = usb.iterdir()
    device = bundle.header(written.read_bytes())["device"]
    way_back = write_back(registry.db, device, UtcClock())
    bad = tmp_path / "back" / way_back.name
    bad.parent.mkdir()
    bad.write_bytes(way_back.data[: len(way_back.data) // 2])  # the stick was pulled out while copying

    type_folder(qtbot, page, bad)
    press(qtbot, page.import_button)
    qtbot.waitUntil(lambda: page.banner.property("kind") == "error", timeout=15_000)
    assert "changed after it was written" in page.banner.text()
    assert queued(qtbot, window) == 5 and page.import_button.isEnabled()
