"""The window says what the store and the clock are worth: a banner over the page and no new acts on a
damaged store (found by another process too), a warning when the clock is off the registry's."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from terminal.core import store_health, trusted_time
from terminal.core.trusted_time import Reading
from tests.conftest import open_copy
from tests.damage import flip, thirds


@pytest.fixture
def ui(qapp, uz_template, tmp_path: Path):
    from terminal.ui import theme
    from terminal.ui.app import build_context, stop

    theme.apply(qapp)
    site = open_copy(uz_template, tmp_path / "home")
    ctx = build_context(tmp_path / "home", site)
    yield ctx
    stop(ctx)
    site.close()


def test_damage_found_by_the_daily_check_shows_a_banner_and_refuses_new_acts(qtbot, ui) -> None:
    from terminal.ui.main_window import MainWindow

    window = MainWindow(ui)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.status_panel.state.get("store_state") == "sound", timeout=10_000)
    assert not window.status_panel.banner.isVisible() and window.workspace.isEnabled()
    path = ui.site.store.path
    flip(path, *thirds(path))  # the disk fails under the running window
    window.status_panel.check_store()  # what its timer runs daily
    qtbot.waitUntil(window.status_panel.banner.isVisible, timeout=10_000)
    assert "damaged: new acts are refused" in window.status_panel.banner.text()
    assert "hamyon store recover" in window.status_panel.banner.text()
    assert not window.workspace.isEnabled()
    assert store_health.recorded(path) is not None


def test_a_clock_off_the_registrys_is_shown_in_the_status_panel(qtbot, ui) -> None:
    from terminal.ui.main_window import MainWindow

    local = ui.site.clock.now()  # this computer's clock, 12 minutes ahead of the registry's
    with ui.site.store.write() as db:
        trusted_time.record(db, Reading(local - timedelta(minutes=12), local, trusted_time.uptime()))
    window = MainWindow(ui)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.status_panel.clock.isVisible, timeout=10_000)
    assert window.status_panel.clock.text() == "Clock 12 min ahead of the registry: set it right"
    assert not window.status_panel.banner.isVisible()
