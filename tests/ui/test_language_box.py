"""The language list in the top bar is chosen, never typed into: Tab never lands on it, so letters typed
for a form can never switch the window's language."""

from __future__ import annotations

from tests.ui.conftest import sign_in


def test_tab_never_lands_on_the_language_list(qtbot, ui) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from terminal.ui.main_window import MainWindow

    window = MainWindow(ui)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    sign_in(qtbot, window, "inspector", "3333")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    seen = set()
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    assert len(seen) > 3  # the focus did travel
    assert window.top.language not in seen
    assert ui.translations.code == "en"
