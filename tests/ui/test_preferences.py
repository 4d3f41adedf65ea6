"""``ui.json``: a file that is broken, not an object or of the wrong kinds still opens the window, with
the defaults; the window's next choice writes it whole again."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from tests.conftest import open_copy

BAD_FILES = {
    "a list": b"[]",
    "a number": b"3",
    "a string": b'"x"',
    "broken JSON": b"{broken",
    "not UTF-8": b'{"language": "\xff\xfe"}',
    "wrong kinds": b'{"language": "xx", "large_text": "yes", "high_contrast": 1}',
}


@pytest.fixture
def opened(qapp, qtbot, uz_template: Path, tmp_path: Path, request: pytest.FixtureRequest):
    """The window started on a home whose ``ui.json`` holds ``request.param``."""
    from terminal.ui import theme
    from terminal.ui.app import build_context, stop
    from terminal.ui.main_window import MainWindow

    theme.apply(qapp)
    home = tmp_path / "home"
    site = open_copy(uz_template, home)
    (home / "ui.json").write_bytes(request.param)
    ctx = build_context(home, site)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    yield window
    ctx.translations.switch("en")
    stop(ctx)
    site.close()


@pytest.mark.parametrize("opened", BAD_FILES.values(), ids=BAD_FILES.keys(), indirect=True)
def test_a_bad_preferences_file_opens_the_window_with_the_defaults(opened) -> None:
    window = opened
    window.show()
    assert window.pages.currentWidget() is window.signin and window.signin.isVisible()
    assert window.signin.title.text() == "Who is working at this terminal?"  # English, the default
    assert not window.top.contrast.isChecked() and not window.top.large_text.isChecked()
    assert [window.preferences.get(k) for k in ("language", "high_contrast", "large_text")] == [None] * 3

    window.top.large_text.setChecked(True)  # the next choice writes a whole, good file
    home = window.ctx.home
    assert json.loads((home / "ui.json").read_text(encoding="utf-8"))["large_text"] is True
    assert not list(home.glob("ui.json.*"))


@pytest.mark.parametrize("content", [b"[]", b"{broken"])
def test_a_bad_preferences_file_is_logged_in_one_line_without_its_contents(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: bytes
) -> None:
    from terminal.ui import preferences
    from terminal.ui.app import saved_language

    (tmp_path / "ui.json").write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="hamyon.ui"):
        assert preferences.read(tmp_path) == {} and saved_language(tmp_path) is None
    assert len(caplog.records) == 2  # one line for each read
    for record in caplog.records:
        line = record.getMessage()
        assert "\n" not in line and "ui.json" in line and content.decode() not in line


def test_no_file_is_no_preferences_and_nothing_logged(tmp_path: Path, caplog) -> None:
    from terminal.ui import preferences

    with caplog.at_level(logging.DEBUG, logger="hamyon.ui"):
        assert preferences.read(tmp_path) == {}
    assert caplog.records == []
    preferences.write(tmp_path, {"language": "ru", "large_text": True})
    assert preferences.read(tmp_path) == {"language": "ru", "large_text": True}
    assert [p.name for p in tmp_path.iterdir()] == ["ui.json"]
