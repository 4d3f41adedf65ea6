"""The window offscreen, on a fresh copy of the demo site, with the real store, tasks and threads."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.conftest import open_copy

SHARED_FACES = Path(__file__).resolve().parents[2].parent / "shared" / "faces"


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture
def ui(qapp, uz_template, tmp_path: Path):
    """A UiContext on a fresh demo site (fixed clock: 20 Nov 2026, 10:00 Tashkent)."""
    from terminal.ui import theme
    from terminal.ui.app import build_context, stop

    theme.apply(qapp)
    site = open_copy(uz_template, tmp_path / "home")
    ctx = build_context(tmp_path / "home", site)
    yield ctx
    ctx.translations.switch("en")  # translators are the application's: never leave one to the next test
    stop(ctx)
    site.close()


def wait_tasks(qtbot, ctx, timeout: int = 10_000) -> None:
    """Let queued store tasks finish and their results reach the UI thread."""
    done = []
    ctx.tasks.store(lambda _site: None, lambda _v: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=timeout)


def sign_in(qtbot, window, login: str, pin: str) -> None:
    from PySide6.QtCore import Qt

    wait_tasks(qtbot, window.ctx)
    names = window.signin.names
    for row in range(names.count()):
        if names.item(row).data(Qt.ItemDataRole.UserRole) == login:
            names.setCurrentRow(row)
    window.signin.pin.setText(pin)
    window.signin.submit()
    qtbot.waitUntil(lambda: window.ctx.operator is not None, timeout=10_000)


def choose_language(qtbot, window, code: str) -> None:
    """Pick ``code`` from the top bar's language list as an operator does: open it, choose, Enter."""
    from PySide6.QtCore import Qt

    box = window.top.language
    if not window.isVisible():
        window.show()
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible, timeout=5_000)
    view.setCurrentIndex(box.model().index(box.findData(code), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.translations.code == code, timeout=5_000)
