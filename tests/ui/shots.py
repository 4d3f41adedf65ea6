"""The window in every language, offscreen: pictures of the main screens, and the words that do not fit.

``python -m tests.ui.shots [--out DIR] [LANGUAGE ...]`` renders the sign-in, the
nurse's Face-ID, prescriptions and receipt, the supervisor's override, the
canteen and its act-and-invoice dialog, the applications list and every step
of the wizard, the supervisor's pages and the first-run set-up, at 1366 x 768,
to ``DIR/<language>-<screen>.png`` (default ``/tmp/i18n-shots``), and prints
every widget whose words are cut off (:func:`clipped`). ``test_layout_i18n``
runs the same walk and fails on any.

The site is a fresh demo site on a fixed clock; the camera names a webcam that
is not there, so the Face-ID screen shows its camera message in the language.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1366, 768)
MISSING_CAMERA = "97"  # no such webcam: the Face-ID screen says so


def wait_until(condition: Callable[[], object], timeout: float = 10.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.005)


def settle(seconds: float = 0.05) -> None:
    """Let posted events (a language change, a store task's answer) reach the widgets."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def on_store(ctx, fn):
    box: list[tuple[bool, object]] = []
    ctx.tasks.store(fn, lambda v: box.append((True, v)), lambda e: box.append((False, e)))
    wait_until(lambda: box)
    ok, value = box[0]
    if not ok:
        raise value  # type: ignore[misc]
    return value


# --- what does not fit ------------------------------------------------------------------------


def clipped(root) -> list[str]:
    """Visible words in ``root`` that are cut off: a button, a check box or a one-line label narrower
    than its words, a wrapped label shorter than its lines, a tab whose title is elided, a list item
    wider than its list (lists without word wrap), a choice wider than its box, a field's hint cut
    off, a page wider than the scroll area that shows it."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QScrollArea,
        QTabBar,
    )

    found = []
    for w in [root, *root.findChildren(QAbstractButton), *root.findChildren(QLabel)]:
        if not w.isVisible() or not isinstance(w, (QAbstractButton, QLabel)) or not w.text():
            continue
        if isinstance(w, QLabel) and w.pixmap() is not None and not w.pixmap().isNull():
            continue
        hint = w.sizeHint()
        if isinstance(w, QLabel) and w.wordWrap():
            if w.heightForWidth(w.width()) > w.height() + 1:
                found.append(f"{_name(w)}: {w.text()[:60]!r} needs {w.heightForWidth(w.width())} px height")
        elif hint.width() > w.width() + 1:
            found.append(f"{_name(w)}: {w.text()[:60]!r} needs {hint.width()} px, has {w.width()}")
    for bar in root.findChildren(QTabBar):
        if bar.isVisible():
            for i in range(bar.count()):
                if bar.tabRect(i).width() < bar.tabSizeHint(i).width():
                    found.append(f"tab {bar.tabText(i)!r} is elided")
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if edit.isVisible() and hint and not edit.text():
            room = edit.contentsRect().width() - edit.textMargins().left() - edit.textMargins().right() - 8
            if edit.fontMetrics().horizontalAdvance(hint) > room:
                found.append(f"{_name(edit)}: the hint {hint[:60]!r} is cut off ({room} px)")
    for combo in root.findChildren(QComboBox):
        text, room = combo.currentText(), _text_room(combo)
        if combo.isVisible() and text and combo.fontMetrics().horizontalAdvance(text) > room:
            found.append(f"{_name(combo)}: the choice {text[:60]!r} is wider than its box ({room} px)")
    for area in root.findChildren(QScrollArea):
        inside = area.widget()
        if area.isVisible() and area.widgetResizable() and inside is not None and inside.isVisible():
            need = inside.minimumSizeHint().width()
            if need > area.viewport().width() + 1:
                found.append(
                    f"{_name(inside)} needs {need} px, its scroll area shows {area.viewport().width()}"
                )
    for lst in root.findChildren(QListWidget):
        if lst.isVisible() and not lst.wordWrap():
            width = lst.viewport().width()
            for i in range(lst.count()):
                text = lst.item(i).text()
                if lst.fontMetrics().horizontalAdvance(text) + 16 > width:
                    found.append(f"{_name(lst)} item {text[:60]!r} is wider than its list ({width} px)")
    return found


def _text_room(combo) -> int:
    """The width a combo box's style leaves for the chosen words."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = QStyle.SubControl.SC_ComboBoxEditField
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, field, combo).width()


def _name(widget) -> str:
    parent = widget.parentWidget()
    chain = []
    while parent is not None and len(chain) < 3:
        chain.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} in {'/'.join(chain)}"


# --- the walk ---------------------------------------------------------------------------------


@dataclass
class Shots:
    """What one walk saw: per ``<language>-<screen>``, the words cut off (and the picture, if asked)."""

    out: Path | None
    problems: dict[str, list[str]] = field(default_factory=dict)

    def take(self, code: str, name: str, widget) -> None:
        settle()
        key = f"{code}-{name}"
        self.problems[key] = clipped(widget)
        need = widget.minimumSizeHint()
        if (
            widget.isWindow()
            and widget.layout() is not None
            and (need.width() > SIZE[0] or need.height() > SIZE[1])
        ):
            self.problems[key].append(f"the window needs at least {need.width()} x {need.height()} px")
        if self.out is not None:
            self.out.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(self.out / f"{key}.png"))


@contextmanager
def demo_window(home: Path) -> Iterator[object]:
    """The main window on a fresh demo site in ``home``, shown offscreen at 1366 x 768."""
    from terminal.core.demo_site import seed
    from terminal.core.site import Site
    from terminal.core.store import Store
    from terminal.ui.app import application, build_context, stop
    from terminal.ui.main_window import MainWindow
    from tests.conftest import fixed_clock

    application()
    with Store.open(home) as store:
        seed(store, fixed_clock("UZ"), "UZ", elderly=40)
    site = Site(Store.open(home), fixed_clock("UZ"))
    ctx = build_context(home, site, camera=MISSING_CAMERA)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    try:
        yield window
    finally:
        ctx.translations.switch("en")
        window.close()
        stop(ctx)
        site.close()


def sign_in(window, login: str, screen: str) -> object:
    """Sign ``login`` in and open their workspace named ``screen`` (a class name)."""
    from terminal.core import operators
    from terminal.core.demo_site import DEMO_PINS

    site, ctx = window.ctx.site, window.ctx
    if ctx.operator is not None:
        window.sign_out()
    operator = on_store(ctx, lambda: operators.sign_in(site, login, DEMO_PINS[login]))
    window.enter(operator)
    tabs = window.workspace
    index = next(i for i in range(tabs.count()) if type(tabs.widget(i)).__name__ == screen)
    tabs.setCurrentIndex(index)
    settle(0.1)
    return tabs.widget(index)


def walk(code: str, window, shots: Shots) -> None:
    """Every main screen of the window in the language ``code``."""
    window.top.language.setCurrentIndex(window.top.language.findData(code))  # as the operator does
    assert window.ctx.translations.code == code
    settle(0.1)
    window.show_sign_in()
    wait_until(lambda: window.signin.names.count() > 0)
    shots.take(code, "signin", window)
    panel, before = window.status_panel, window.status_panel.state
    offline = {"registry": "https://registry.example", "online": False, "queued": 1234, "set_aside": 12}
    panel.show_status({**offline, "last_sync": "2026-11-19T16:45:00+05:00"})  # enrolled, offline, behind
    shots.take(code, "status-offline", window)
    panel.show_status(before)
    _pharmacy(code, window, shots)
    _canteen(code, window, shots)
    _applications(code, window, shots)
    _supervisor(code, window, shots)
    window.show_sign_in()
    settle()


def _pharmacy(code: str, window, shots: Shots) -> None:
    from terminal.core.dispensing import Identification
    from terminal.ui.screens.faceid import Identified

    screen = sign_in(window, "nurse", "PharmacyScreen")
    wait_until(lambda: screen.faceid.camera_banner.isVisible(), 15)
    shots.take(code, "pharmacy-faceid", window)
    screen.faceid.show_id_entry()
    shots.take(code, "pharmacy-idnumber", window)
    site = window.ctx.site
    citizen = on_store(
        window.ctx,
        lambda: site.store.scalar(
            "SELECT p.citizen_id FROM prescriptions p JOIN prescription_items i ON i.prescription_id = p.id"
            " WHERE p.citizen_id NOT IN (SELECT citizen_id FROM dispenses)"
            " GROUP BY p.citizen_id ORDER BY count(*) DESC LIMIT 1"
        ),
    )
    screen.load_patient(Identified(Identification(citizen, "face", 0.31)))
    wait_until(lambda: screen.pages.currentWidget() is screen.dispensing)
    shots.take(code, "pharmacy-dispensing", window)
    if screen.dispensing.confirm.isEnabled():
        screen.dispensing.submit()
        wait_until(lambda: screen.pages.currentWidget() is screen.receipt)
        shots.take(code, "pharmacy-receipt", window)
    screen.next_patient()
    screen.faceid.ask_override()
    dialog = screen.faceid.override_dialog
    wait_until(lambda: dialog.supervisor.count() > 0)
    shots.take(code, "pharmacy-override", dialog)
    dialog.reject()


def _canteen(code: str, window, shots: Shots) -> None:
    screen = sign_in(window, "canteen", "CanteenScreen")
    wait_until(lambda: len(screen.grid.tiles) > 0)
    tile = screen.grid.tiles[1]
    if tile.entry.served_at is None:
        tile.click()
        wait_until(lambda: screen.banner.isVisible())
    shots.take(code, "canteen", window)
    screen.open_reports()
    dialog = screen._report_dialog
    wait_until(lambda: dialog.panel.school.count() > 0)
    shots.take(code, "canteen-report", dialog)
    dialog.accept()


def _applications(code: str, window, shots: Shots) -> None:
    screen = sign_in(window, "inspector", "ApplicationsScreen")
    wait_until(lambda: screen.wizard is not None)
    shots.take(code, "applications", window)
    screen.new_application()
    wizard = screen.wizard
    for index, step in enumerate(wizard.steps):
        wizard._show(index)  # for the picture only: the steps' checks are the wizard's tests' business
        name = type(step).__name__.removesuffix("Step").lower()
        shots.take(code, f"wizard-{index + 1}-{name}", window)
    wizard._show(0)
    screen._closed("")


def _supervisor(code: str, window, shots: Shots) -> None:
    screen = sign_in(window, "supervisor", "SupervisorScreen")
    for row, name in enumerate(("operators", "overrides", "reports", "audit", "sync-problems")):
        screen.nav.setCurrentRow(row)
        settle(0.1)
        shots.take(code, f"supervisor-{name}", window)


def setup_screen(code: str, shots: Shots, home: Path) -> None:
    from terminal.ui.screens.setup import SetupScreen
    from terminal.ui.tasks import TaskRunner

    tasks = TaskRunner(on_error=lambda exc: None)
    screen = SetupScreen(home, tasks)
    screen.resize(1024, 700)
    screen.show()
    try:
        shots.take(code, "setup", screen)
    finally:
        screen.close()
        tasks.shutdown()


def run(codes: list[str], out: Path | None) -> Shots:
    shots = Shots(out)
    with tempfile.TemporaryDirectory() as tmp, demo_window(Path(tmp) / "home") as window:
        for code in codes:
            walk(code, window, shots)
            window.ctx.translations.switch(code)
            setup_screen(code, shots, Path(tmp) / "setup")
    return shots


def main(argv: list[str] | None = None) -> int:
    from terminal.ui.i18n import LANGUAGES

    parser = argparse.ArgumentParser(prog="python -m tests.ui.shots", description=__doc__)
    parser.add_argument("languages", nargs="*", default=[lang.code for lang in LANGUAGES])
    parser.add_argument("--out", type=Path, default=Path("/tmp/i18n-shots"))
    args = parser.parse_args(argv)
    shots = run(args.languages, args.out)
    bad = {key: found for key, found in shots.problems.items() if found}
    for key, found in bad.items():
        print(key)
        for line in found:
            print("   ", line)
    print(f"{len(shots.problems)} pictures in {args.out}; {len(bad)} with words cut off")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
