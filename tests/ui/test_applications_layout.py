"""The pages of sent applications fit the window at every size (1024 x 560 to 1920 x 1080), in the
language of the walk (tests/ui/shots.py): no words cut off, nothing over anything, the primary action in
view. (The walk itself does not open these pages yet.)"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui import shots
from tests.ui.test_applications import family, screen  # noqa: F401  (the fixture)
from tests.ui.test_dispensing import on_store


def test_the_sent_applications_and_one_applications_page_fit_every_size(qtbot, ui, screen) -> None:  # noqa: F811
    site = ui.site

    def submitted() -> str:
        inspector = site.operator("inspector")
        form = family()
        form.members[1].restricted_body = "customs"  # a flagged family: every line of the page shows
        app_id = site.applications.save_draft(inspector, form)
        site.applications.submit(inspector, app_id)
        return app_id

    app_id = on_store(qtbot, ui, submitted)
    window = screen.window()
    qtbot.mouseClick(screen.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.sent_page.items.count() == 1, timeout=10_000)
    found: dict[str, list[str]] = {}
    for width, height in shots.SIZES:
        window.resize(width, height)
        shots.settle()
        found[f"{width}x{height}-sent"] = shots.Shots.check(
            window, screen.sent_page.open_button, (width, height)
        )
    screen.open_application(app_id, screen.sent_page)
    qtbot.waitUntil(lambda: screen.record_page.record is not None, timeout=10_000)
    for width, height in shots.SIZES:
        window.resize(width, height)
        shots.settle()
        primary = screen.record_page.print_button
        found[f"{width}x{height}-record"] = shots.Shots.check(window, primary, (width, height))
    assert {key: problems for key, problems in found.items() if problems} == {}
