"""F1 on each screen: a small help for the screen in view, over it; Esc or Enter closes it and the focus is
back in the field that had it, with what was typed there. Large text ("A+", Ctrl+Plus / Ctrl+Minus): the
whole window's words larger and back, kept for this terminal.

Keys are pressed as the operator presses them (``qtbot.keyClick`` on the widget with the focus) and the
top bar's buttons are clicked with the mouse; the camera is a missing file, so no camera runs.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import choose_language, sign_in, wait_tasks


@pytest.fixture(autouse=True)
def cameras():
    yield
    from terminal.ui import camera

    assert camera.stop_all(10_000), "a camera worker did not stop"


@pytest.fixture
def window(qtbot, ui, tmp_path):
    from terminal.ui.main_window import MainWindow

    ui.camera = str(tmp_path / "unplugged.mp4")
    win = MainWindow(ui)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    activate(qtbot, win)
    yield win
    wait_tasks(qtbot, ui)


def activate(qtbot, win) -> None:
    """Shortcuts (Esc, F5, Ctrl+Minus) act in the active window only, as on the desk."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5_000)


def focused():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is."""
    target = focused()
    assert target is not None, "nothing has the focus"
    qtbot.keyClick(target, key, modifier)


def open_help(qtbot, win):
    """F1 where the focus is: the help, shown and active over the screen."""
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: win.help_dialog is not None and win.help_dialog.isVisible(), timeout=5_000)
    dialog = win.help_dialog
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    return dialog


def close_help(qtbot, win, dialog, key=Qt.Key.Key_Escape) -> None:
    """``key`` in the help: it closes, and the window under it has the focus again."""
    under = dialog.parentWidget().window()  # the main window, or the dialog the help was over
    press(qtbot, key)
    qtbot.waitUntil(lambda: win.help_dialog is None, timeout=5_000)
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is under, timeout=5_000)


def test_f1_on_the_sign_in_screen_keeps_the_pin_typed_so_far(qtbot, ui, window) -> None:
    signin = window.signin
    qtbot.waitUntil(lambda: signin.names.count() == 5, timeout=10_000)
    signin.pin.setFocus()
    qtbot.keyClicks(signin.pin, "12")
    dialog = open_help(qtbot, window)
    assert dialog.topic == "signin" and dialog.title.text() == "Signing in"
    words = " ".join(dialog.words())
    assert "Type your PIN and press Enter." in words
    assert "The bar at the bottom" in words and "A+" in words  # the status bar and large text, everywhere
    assert dialog.windowTitle() == "Help" and dialog.close_button.text() == "Close (Enter)"
    press(qtbot, Qt.Key.Key_F1)  # F1 in the help: nothing more opens
    assert window.help_dialog is dialog
    close_help(qtbot, window, dialog)
    qtbot.waitUntil(lambda: focused() is signin.pin, timeout=5_000)
    assert signin.pin.text() == "12" and ui.operator is None  # nothing signed in, nothing lost

    # the "?" in the top bar: the same help; the PIN keeps the focus meanwhile; Enter closes it
    assert window.top.help.accessibleName() == "Help (F1)"
    qtbot.mouseClick(window.top.help, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.help_dialog is not None and window.help_dialog.isActiveWindow(), timeout=5_000
    )
    dialog = window.help_dialog
    assert dialog.topic == "signin"
    close_help(qtbot, window, dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is signin.pin, timeout=5_000)
    qtbot.keyClicks(signin.pin, "34")
    assert signin.pin.text() == "1234"


def test_f1_on_the_pharmacy_screens_says_what_each_is_for(qtbot, ui, window) -> None:
    from terminal.core.identification import Identification
    from terminal.ui.screens.faceid import Identified
    from tests.conftest import dispensable_item
    from tests.ui.test_dispensing import dispense_count, on_store

    sign_in(qtbot, window, "nurse", "1111")
    screen = window.workspace.currentWidget()
    activate(qtbot, window)
    dialog = open_help(qtbot, window)  # Face-ID: its keys
    assert dialog.title.text() == "Who is the patient?"
    assert "F2: type the ID number" in " ".join(dialog.words())
    close_help(qtbot, window, dialog)

    press(qtbot, Qt.Key.Key_F5)  # find a patient: what to type
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.search, timeout=5_000)
    qtbot.waitUntil(lambda: focused() is screen.search.query, timeout=5_000)
    qtbot.keyClicks(screen.search.query, "Rahim")
    dialog = open_help(qtbot, window)
    assert dialog.title.text() == "Find a patient" and "DD.MM.YYYY" in " ".join(dialog.words())
    close_help(qtbot, window, dialog)  # Esc closes the help only: the search stays, with its words
    qtbot.waitUntil(lambda: focused() is screen.search.query, timeout=5_000)
    assert screen.pages.currentWidget() is screen.search and screen.search.query.text() == "Rahim"

    press(qtbot, Qt.Key.Key_Escape)  # now Esc is the search's "Back"
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.faceid, timeout=5_000)
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_F6)  # the day: its own help
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.day, timeout=5_000)
    dialog = open_help(qtbot, window)
    assert dialog.title.text() == "Today's hand-outs and stock"
    close_help(qtbot, window, dialog)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.faceid, timeout=5_000)

    # the prescriptions: a quantity typed, F1, Esc: the quantity and its focus as they were
    citizen_id = on_store(qtbot, ui, lambda: dispensable_item(ui.site)[0])
    screen.load_patient(Identified(Identification(citizen_id, "face", 0.31)))
    panel = screen.dispensing
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is panel, timeout=10_000)
    field = next(f for f, _item in panel.fields.values() if f.isEnabled())
    qtbot.waitUntil(lambda: focused() is field.spin, timeout=5_000)
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.spin, "2")
    assert field.value() == 2
    dialog = open_help(qtbot, window)
    assert dialog.title.text() == "Handing out medicines"
    assert "Enter shows a summary first" in " ".join(dialog.words())
    close_help(qtbot, window, dialog)  # Esc: not "Next patient"
    qtbot.waitUntil(lambda: focused() is field.spin, timeout=5_000)
    assert screen.pages.currentWidget() is panel and field.value() == 2

    # the summary before the hand-out has its own help, over it; Esc closes the help, not the summary
    before = dispense_count(qtbot, ui)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.summary is not None and panel.summary.isActiveWindow(), timeout=5_000)
    summary = panel.summary
    dialog = open_help(qtbot, window)
    assert dialog.parentWidget() is summary and dialog.title.text() == "Before the hand-out"
    close_help(qtbot, window, dialog)
    qtbot.waitUntil(summary.isActiveWindow, timeout=5_000)
    assert summary.isVisible() and focused() is summary.confirm
    press(qtbot, Qt.Key.Key_Escape)  # back: nothing handed out, the quantity typed still there
    qtbot.waitUntil(lambda: not summary.isVisible(), timeout=5_000)
    assert dispense_count(qtbot, ui) == before and field.value() == 2


def test_f1_in_the_canteen_and_in_a_supervisors_word(qtbot, ui, window) -> None:
    from terminal.ui.screens.meals import MealsScreen

    ui.site.clock.at = ui.site.clock.at.replace(hour=12, minute=40)  # lunch time
    sign_in(qtbot, window, "canteen", "2222")
    canteen = window.workspace.currentWidget()
    assert isinstance(canteen, MealsScreen)
    qtbot.waitUntil(lambda: len(canteen.grid.tiles) == 22, timeout=10_000)
    activate(qtbot, window)
    canteen.grid.tiles[2].setFocus()
    press(qtbot, Qt.Key.Key_Right)
    assert focused() is canteen.grid.tiles[3]
    dialog = open_help(qtbot, window)
    words = " ".join(dialog.words())
    assert dialog.title.text() == "School meals"
    assert "tap each child" in words and "only on a supervisor's word" in words
    close_help(qtbot, window, dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is canteen.grid.tiles[3], timeout=5_000)
    wait_tasks(qtbot, ui)
    assert ui.site.store.scalar("SELECT count(*) FROM meals") == 0  # Enter closed the help: nobody served

    # outside the meal's hours: the reason half written, F1, Esc: the reason as it was
    ui.site.clock.at = ui.site.clock.at.replace(hour=19, minute=13)
    canteen.refresh()
    qtbot.waitUntil(lambda: canteen.banner.property("kind") == "warn", timeout=10_000)
    canteen.grid.tiles[0].click()
    qtbot.waitUntil(
        lambda: canteen.word_dialog is not None and canteen.word_dialog.isVisible(), timeout=10_000
    )
    word = canteen.word_dialog
    qtbot.waitUntil(lambda: word.supervisor.count() == 1 and word.isActiveWindow(), timeout=10_000)
    word.reason.setFocus()
    qtbot.keyClicks(word.reason, "The cook was")
    dialog = open_help(qtbot, window)
    assert dialog.title.text() == "A supervisor's word" and dialog.parentWidget() is word
    close_help(qtbot, window, dialog)
    qtbot.waitUntil(lambda: focused() is word.reason, timeout=5_000)
    assert word.isVisible() and word.reason.toPlainText() == "The cook was"
    word.cancel.click()


def test_f1_on_the_supervisors_pages_follows_the_page_in_view(qtbot, ui, window) -> None:
    from terminal.ui.screens.supervisor import SupervisorScreen

    sign_in(qtbot, window, "supervisor", "4444")
    tabs = window.workspace
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if isinstance(tabs.widget(i), SupervisorScreen)))
    screen = tabs.currentWidget()
    screen.nav.setFocus()
    activate(qtbot, window)
    dialog = open_help(qtbot, window)
    assert dialog.title.text() == "Operators"
    close_help(qtbot, window, dialog)
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.sync_problems, timeout=5_000)
    dialog = open_help(qtbot, window)
    assert dialog.title.text() == "Sync problems" and "help desk" in " ".join(dialog.words())
    close_help(qtbot, window, dialog)
    assert focused() is screen.nav


def test_large_text_makes_the_words_larger_and_is_kept_for_this_terminal(qtbot, ui, qapp, window) -> None:
    from terminal.ui import theme
    from terminal.ui.main_window import MainWindow

    title, hint = window.signin.title, window.signin.hint
    usual = (title.font().pointSize(), hint.font().pointSize(), hint.sizeHint().height())
    assert usual[:2] == (theme.HEADING_PT, theme.BODY_PT)
    bigger = window.top.large_text
    assert bigger.accessibleName() == "Large text" and not bigger.isChecked()
    try:
        qtbot.mouseClick(bigger, Qt.MouseButton.LeftButton)
        assert bigger.isChecked()
        qtbot.waitUntil(lambda: hint.font().pointSize() > usual[1], timeout=5_000)
        assert title.font().pointSize() > usual[0] and hint.sizeHint().height() > usual[2]
        assert json.loads((ui.home / "ui.json").read_text(encoding="utf-8"))["large_text"] is True

        activate(qtbot, window)  # Ctrl+Minus: the usual size again; Ctrl+= (Ctrl+Plus): larger again
        press(qtbot, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: hint.font().pointSize() == usual[1], timeout=5_000)
        assert not bigger.isChecked() and title.font().pointSize() == usual[0]
        press(qtbot, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: hint.font().pointSize() > usual[1], timeout=5_000)
        assert bigger.isChecked()

        theme.apply(qapp)  # as at a new start: the usual theme, then the window on the same home
        again = MainWindow(ui)
        qtbot.addWidget(again)
        again.show()
        qtbot.waitExposed(again)
        assert again.top.large_text.isChecked()
        qtbot.waitUntil(lambda: again.signin.hint.font().pointSize() > usual[1], timeout=5_000)
        qtbot.mouseClick(again.top.large_text, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: again.signin.hint.font().pointSize() == usual[1], timeout=5_000)
        assert again.signin.title.font().pointSize() == usual[0]
        assert json.loads((ui.home / "ui.json").read_text(encoding="utf-8"))["large_text"] is False
        again.hide()
    finally:
        theme.apply(qapp)  # the next test starts at the usual size whatever happened here


def in_view_when_focused(qtbot, win, control) -> list[str]:
    """``control`` given the focus (as Tab gives it): what keeps it out of view, once scrolled to it."""
    from pytestqt.exceptions import TimeoutError as StillOut

    from tests.ui import shots

    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus, timeout=5_000)
    try:  # scrolled to once the layout has placed it
        qtbot.waitUntil(lambda: not shots.out_of_view(win, control), timeout=5_000)
    except StillOut:  # the reason, for the assertion's message
        return shots.out_of_view(win, control)
    return []


def bars_fit(qtbot, win) -> list[str]:
    """Once the window is laid out: words cut off in the top bar or the status bar, a part of them
    outside the window, or a window that would be larger than the netbook's room."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QWidget

    from tests.ui import shots
    from tests.ui.test_dispensing import settled

    settled(qtbot, win)
    found = shots.clipped(win.top) + shots.clipped(win.status_panel)
    for bar in (win.top, win.status_panel):
        for part in bar.findChildren(QWidget):
            place = QRect(part.mapTo(win, QPoint(0, 0)), part.size())
            if part.isVisible() and not win.rect().contains(place):
                found.append(f"{shots._name(part)} {shots._words(part)}is outside the window")
    need = win.minimumSizeHint()
    if need.width() > 1024 or need.height() > 560:
        found.append(f"the window needs {need.width()} x {need.height()} px")
    return found


def test_large_text_on_a_netbook_grows_the_bars_and_keeps_each_primary_action_in_reach(
    qtbot, ui, qapp, window
) -> None:
    """At 1024 x 560 with large text the top bar's and the status bar's words are larger too, and stay in
    the window (the site's name cut short, the status in more lines); the primary action of each main
    screen (sign-in, Face-ID, hand-out, canteen, applications) is in view once it has the focus: the
    window's page and the screen's own list scroll to it."""
    from PySide6.QtCore import QCoreApplication

    from terminal.core.identification import Identification
    from terminal.ui import theme
    from terminal.ui.screens.faceid import Identified
    from tests.conftest import dispensable_item
    from tests.ui.test_dispensing import on_store

    window.resize(1024, 560)
    usual = (window.top.site.font().pointSize(), window.status_panel.queue.font().pointSize())
    assert usual == (theme.BODY_PT, theme.BODY_PT)
    try:
        qtbot.mouseClick(window.top.large_text, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.top.site.font().pointSize() > theme.BODY_PT, timeout=5_000)
        assert window.status_panel.queue.font().pointSize() > theme.BODY_PT
        assert window.top.language.font().pointSize() > theme.BODY_PT
        signin = window.signin
        qtbot.waitUntil(lambda: signin.names.count() == 5, timeout=10_000)
        assert bars_fit(qtbot, window) == []
        missed = {"signin": in_view_when_focused(qtbot, window, signin.go)}

        sign_in(qtbot, window, "nurse", "1111")
        activate(qtbot, window)
        pharmacy = window.workspace.currentWidget()
        qtbot.waitUntil(pharmacy.faceid.camera_banner.isVisible, timeout=10_000)
        assert window.top.who.text() == "Dilnoza Rahimova" and bars_fit(qtbot, window) == []
        missed["faceid"] = in_view_when_focused(qtbot, window, pharmacy.faceid.by_id)
        citizen = on_store(qtbot, ui, lambda: dispensable_item(ui.site)[0])
        pharmacy.load_patient(Identified(Identification(citizen, "face", 0.31)))
        qtbot.waitUntil(lambda: pharmacy.pages.currentWidget() is pharmacy.dispensing, timeout=10_000)
        assert pharmacy.dispensing.confirm.isEnabled()
        missed["dispensing"] = in_view_when_focused(qtbot, window, pharmacy.dispensing.confirm)

        window.sign_out()
        sign_in(qtbot, window, "canteen", "2222")
        activate(qtbot, window)
        canteen = window.workspace.currentWidget()
        qtbot.waitUntil(lambda: len(canteen.grid.tiles) == 22, timeout=10_000)
        missed["canteen"] = in_view_when_focused(qtbot, window, canteen.grid.tiles[0])

        window.sign_out()
        sign_in(qtbot, window, "inspector", "3333")
        activate(qtbot, window)
        applications = window.workspace.currentWidget()
        qtbot.waitUntil(applications.new.isEnabled, timeout=10_000)  # once the form's lists are read
        missed["applications"] = in_view_when_focused(qtbot, window, applications.new)
        assert {screen: why for screen, why in missed.items() if why} == {}

        # an offline terminal, long behind, its clock off: the status in more lines, within the window
        busy = {"registry": "https://registry.example", "online": False, "queued": 1234, "set_aside": 12}
        busy |= {"last_sync": "2026-11-19T16:45:00+05:00", "clock_warning": True, "clock_offset_seconds": 720}
        before = window.status_panel.state
        window.status_panel.show_status(busy)
        assert bars_fit(qtbot, window) == []
        for code in ("ru", "kaa"):
            choose_language(qtbot, window, code)
            queue = QCoreApplication.translate("StatusPanel", "Queue: {count}").format(count=1234)
            qtbot.waitUntil(lambda q=queue: window.status_panel.queue.text() == q, timeout=5_000)
            assert bars_fit(qtbot, window) == [], code
        window.status_panel.show_status(before)
    finally:
        theme.apply(qapp)  # the next test starts at the usual size whatever happened here
