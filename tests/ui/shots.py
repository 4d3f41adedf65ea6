"""The window in every language and at every screen size, offscreen: pictures of the main screens, and
what does not fit.

``python -m tests.ui.shots [--out DIR] [--size WxH ...] [LANGUAGE ...]`` renders the sign-in, the
offline status bar, the nurse's Face-ID, ID number, prescriptions, hand-out summary, receipt, patient
search, history and day, the supervisor's override, the canteen and its act-and-invoice dialog, the
applications list and every step of the wizard, the social worker's Face-ID, a person's technical aids,
the aid's receipt and the day, the supervisor's pages, the word to reverse an act and the first-run
set-up, at each of :data:`SIZES` (1024 x 560, a 1024 x 600 netbook less its taskbar;
1366 x 768; 1920 x 1080), to ``DIR/<size>-<language>-<screen>.png`` (default ``/tmp/i18n-shots``). A
dialog is shown as large as it opens, never larger than the screen. It prints, per picture:

- words cut off (:func:`clipped`), controls squashed under their smallest size or cut off by a parent
  (:func:`squashed`);
- visible sibling widgets drawn over each other (:func:`overlapping`);
- the screen's primary action hidden, outside the window or scrolled out of view (:func:`out_of_view`);
- a window whose smallest size is larger than the screen.

``test_layout_i18n`` runs the same walk, every language at every size (about 90 s on two loaded cores:
each screen is set up once and measured at the three sizes), and fails on any.

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
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A 1024 x 600 netbook leaves the maximised window about 1024 x 560 (its title bar, the taskbar); the
# usual 1366 x 768 screen; a full-HD screen.
SIZES: tuple[tuple[int, int], ...] = ((1024, 560), (1366, 768), (1920, 1080))
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
    """Let posted events (a language change, a store task's answer) reach the widgets, and the widgets
    closed for good go, as the event loop lets them (a signed-out operator's screens)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        time.sleep(0.005)


def on_store(ctx, fn):
    box: list[tuple[bool, object]] = []
    ctx.tasks.store(lambda _site: fn(), lambda v: box.append((True, v)), lambda e: box.append((False, e)))
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


CONTROLS = (
    "QAbstractButton",
    "QLabel",
    "QLineEdit",
    "QComboBox",
    "QAbstractSpinBox",
    "QAbstractItemView",
    "QTextEdit",
    "QPlainTextEdit",
    "QProgressBar",
)


def _is_control(widget) -> bool:
    import PySide6.QtWidgets as qw

    return isinstance(widget, tuple(getattr(qw, name) for name in CONTROLS))


def _rect_in(widget, window):
    """``widget``'s rectangle in ``window``'s coordinates."""
    from PySide6.QtCore import QPoint, QRect

    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


FOCUS_RING = 2  # px: a focused field's thicker border asks for 2 px more than the layout gave it


def squashed(root) -> list[str]:
    """Visible controls smaller than their smallest size (a button under its touch height, a field whose
    words are cut through), and controls cut off by a parent: partly outside a widget that holds them
    (a scroll area's page may be larger than what it shows: that is scrolling, not cutting off)."""
    from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget

    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or not _is_control(w) or QWidget.window(w) is not root:
            continue
        if isinstance(w.parentWidget(), QAbstractScrollArea) or _inside_item_view(w, root):
            continue  # a scroll area's own parts, an item view's editors and headers
        need = w.minimumSizeHint()
        wrapped = isinstance(w, QLabel) and w.wordWrap()
        if not wrapped and need.height() > w.height() + FOCUS_RING:
            found.append(f"{_name(w)} {_words(w)}is {w.height()} px high, needs {need.height()}")
        rect, parent = _rect_in(w, root), w.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent.parentWidget(), QAbstractScrollArea):
                break  # a scroll area's viewport or its page: scrolled, not cut off
            if not _rect_in(parent, root).contains(rect):
                found.append(f"{_name(w)} {_words(w)}is cut off by its {type(parent).__name__}")
                break
            parent = parent.parentWidget()
        else:
            if parent is root and not root.rect().contains(rect):
                found.append(f"{_name(w)} {_words(w)}is cut off by the window")
    return found


def _inside_item_view(widget, root) -> bool:
    from PySide6.QtWidgets import QAbstractItemView

    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _words(widget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{text[:40]!r} " if isinstance(text, str) and text else ""


def overlapping(root) -> list[str]:
    """Visible sibling widgets (buttons, fields, labels, the rows that hold them) drawn over each other.

    Siblings are found through their parent, not through the layout's items: a layout item read from
    Python leaves a wrapper behind that a later object at the same address can be mistaken for.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    direct = Qt.FindChildOption.FindDirectChildrenOnly
    found = []
    for owner in [root, *root.findChildren(QWidget)]:
        if QWidget.window(owner) is not root or not owner.isVisible() or owner.layout() is None:
            continue
        shown = [w for w in owner.findChildren(QWidget, options=direct) if w.isVisible() and not w.isWindow()]
        for i, first in enumerate(shown):
            a = _rect_in(first, root)
            for second in shown[i + 1 :]:
                both = a.intersected(_rect_in(second, root))
                if both.width() > 1 and both.height() > 1:
                    found.append(
                        f"{_name(first)} {_words(first)}overlaps {type(second).__name__} "
                        f"{_words(second)}by {both.width()} x {both.height()} px"
                    )
    return found


def out_of_view(window, primary) -> list[str]:
    """The screen's primary action hidden, or not wholly in view: outside the window, or scrolled out of
    a scroll area's viewport (the operator must not scroll to find it)."""
    if primary is None:
        return []
    if not primary.isVisible():
        return [f"the primary action {_name(primary)} {_words(primary)}is hidden"]
    rect, parent = _rect_in(primary, window), primary.parentWidget()
    if not window.rect().contains(rect):
        return [f"the primary action {_words(primary)}is outside the window ({_geometry(rect)})"]
    while parent is not None and parent is not window:
        if not _rect_in(parent, window).contains(rect):
            where = type(parent.parentWidget() or parent).__name__
            return [f"the primary action {_words(primary)}is out of view in its {where} ({_geometry(rect)})"]
        parent = parent.parentWidget()
    return []


def _geometry(rect) -> str:
    return f"{rect.width()} x {rect.height()} at {rect.x()}, {rect.y()}"


# --- the walk ---------------------------------------------------------------------------------


@dataclass
class Shots:
    """What one walk saw: per ``<width>x<height>-<language>-<screen>``, what does not fit (and the
    picture, if asked). ``sizes`` per language: a language not named there is walked at :data:`SIZES`."""

    out: Path | None
    sizes: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    problems: dict[str, list[str]] = field(default_factory=dict)

    def take(self, code: str, name: str, widget, primary=None) -> None:
        """``widget`` (the main window or a dialog) at each size: a dialog as large as it opens, but never
        larger than the screen; ``primary`` is the screen's primary action, which must be in view."""
        natural = widget.property("shots_natural") or widget.size()
        widget.setProperty("shots_natural", natural)
        for width, height in self.sizes.get(code, SIZES):
            if widget.isWindow() and not isinstance(widget, _dialog_type()):
                widget.resize(width, height)
            else:
                widget.resize(min(natural.width(), width), min(natural.height(), height))
            settle()
            key = f"{width}x{height}-{code}-{name}"
            self.problems[key] = self.check(widget, primary, (width, height))
            if self.out is not None:
                self.out.mkdir(parents=True, exist_ok=True)
                widget.grab().save(str(self.out / f"{key}.png"))

    @staticmethod
    def check(widget, primary, size: tuple[int, int]) -> list[str]:
        found = [*clipped(widget), *squashed(widget), *overlapping(widget), *out_of_view(widget, primary)]
        need = widget.minimumSizeHint()
        if widget.layout() is not None and (need.width() > size[0] or need.height() > size[1]):
            found.append(f"the window needs at least {need.width()} x {need.height()} px")
        return found


def _dialog_type():
    from PySide6.QtWidgets import QDialog

    return QDialog


@contextmanager
def demo_window(home: Path) -> Iterator[object]:
    """The main window on a fresh demo site in ``home``, shown offscreen."""
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
    window.resize(*SIZES[0])
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
    menu = window.top.language
    menu.setCurrentIndex(menu.findData(code))
    menu.activated.emit(menu.currentIndex())  # what the menu says when the operator picks a line
    assert window.ctx.translations.code == code
    settle(0.1)
    window.show_sign_in()
    wait_until(lambda: window.signin.names.count() > 0)
    shots.take(code, "signin", window, window.signin.go)
    panel, before = window.status_panel, window.status_panel.state
    offline = {"registry": "https://registry.example", "online": False, "queued": 1234, "set_aside": 12}
    panel.show_status({**offline, "last_sync": "2026-11-19T16:45:00+05:00"})  # enrolled, offline, behind
    shots.take(code, "status-offline", window, window.signin.go)
    panel.show_status(before)
    _pharmacy(code, window, shots)
    _canteen(code, window, shots)
    _applications(code, window, shots)
    _aids(code, window, shots)
    _supervisor(code, window, shots)
    window.show_sign_in()
    settle()


def _pharmacy(code: str, window, shots: Shots) -> None:
    from terminal.core.identification import Identification
    from terminal.ui.screens.faceid import Identified

    screen = sign_in(window, "nurse", "DispensingScreen")
    wait_until(lambda: screen.faceid.camera_banner.isVisible(), 15)
    shots.take(code, "pharmacy-faceid", window, screen.faceid.by_id)
    screen.faceid.show_id_entry()
    shots.take(code, "pharmacy-idnumber", window, screen.faceid.id_box.go)
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
    shots.take(code, "pharmacy-dispensing", window, screen.dispensing.confirm)
    screen.dispensing.review()
    summary = screen.dispensing.summary
    shots.take(code, "pharmacy-handout", summary, summary.confirm)
    summary.reject()
    if screen.dispensing.confirm.isEnabled():
        screen.dispensing.submit()
        wait_until(lambda: screen.pages.currentWidget() is screen.receipt)
        shots.take(code, "pharmacy-receipt", window, screen.receipt.next)
    screen.next_patient()
    _patient_pages(code, window, screen, citizen, shots)
    screen.next_patient()
    screen.faceid.ask_override()
    dialog = screen.faceid.override_dialog
    wait_until(lambda: dialog.supervisor.count() > 0)
    shots.take(code, "pharmacy-override", dialog, dialog.confirm)
    dialog.reject()


def _patient_pages(code: str, window, screen, citizen: int, shots: Shots) -> None:
    """The search for the patient just served (by surname), their history, the nurse's day."""
    site = window.ctx.site
    surname = on_store(
        window.ctx, lambda: site.store.scalar("SELECT surname FROM citizens WHERE id = ?", (citizen,))
    )
    screen.find_patient()
    screen.search.query.setText(surname)
    screen.search.search()
    wait_until(lambda: screen.search.found)
    shots.take(code, "pharmacy-search", window, screen.search.go)
    row = next((i for i, c in enumerate(screen.search.found) if c.id == citizen), 0)
    screen.search.open_row(row)
    wait_until(lambda: screen.history.history is not None)
    shots.take(code, "pharmacy-history", window, screen.history.face)
    screen.history.ask_enroll()
    dialog = screen.history.enroll_dialog
    wait_until(lambda: dialog is not None and dialog.isVisible())
    shots.take(code, "pharmacy-enroll-face", dialog, dialog.consent)
    dialog.reject()
    wait_until(lambda: screen.history.enroll_dialog is None)
    screen.show_day()
    wait_until(lambda: screen.day.day is not None)
    shots.take(code, "pharmacy-day", window, screen.day.close_button)


def _canteen(code: str, window, shots: Shots) -> None:
    screen = sign_in(window, "canteen", "MealsScreen")
    wait_until(lambda: len(screen.grid.tiles) > 0)
    tile = screen.grid.tiles[1]
    if tile.entry.served_at is None:
        tile.click()
        wait_until(lambda: screen.banner.isVisible())
    shots.take(code, "canteen", window, screen.grid.tiles[0])
    screen.open_reports()
    dialog = screen._report_dialog
    wait_until(lambda: dialog.panel.school.count() > 0)
    shots.take(code, "canteen-report", dialog, dialog.panel.make)
    dialog.accept()


def _applications(code: str, window, shots: Shots) -> None:
    screen = sign_in(window, "inspector", "ApplicationsScreen")
    wait_until(lambda: screen.wizard is not None)
    shots.take(code, "applications", window, screen.new)
    screen.new_application()
    wizard = screen.wizard
    for index, step in enumerate(wizard.steps):
        wizard._show(index)  # for the picture only: the steps' checks are the wizard's tests' business
        name = type(step).__name__.removesuffix("Step").lower()
        last = index == len(wizard.steps) - 1
        primary = wizard.next
        if last:  # "Submit" shows with the assessment; an empty form has none (it says why): "Back"
            wait_until(lambda: wizard.review.assessment is not None or wizard.review.banner.isVisible(), 10)
            primary = wizard.review.submit if wizard.review.assessment is not None else wizard.back
        shots.take(code, f"wizard-{index + 1}-{name}", window, primary)
    wizard._show(0)
    screen._closed("")
    app_id = on_store(window.ctx, lambda: _sent_application(window.ctx))
    screen.show_sent()
    wait_until(lambda: screen.sent_page.rows)
    shots.take(code, "applications-sent", window, screen.sent_page.open_button)
    screen.open_application(app_id, screen.sent_page)
    wait_until(lambda: screen.record_page.record is not None)
    shots.take(code, "applications-record", window, screen.record_page.print_button)
    screen.show_home()


def _sent_application(ctx) -> str:
    """One application submitted on the store thread (a mother alone, on a low income), for its pages."""
    from terminal.core.applications import ApplicationForm, Income, Member
    from terminal.core.idnumbers import make_id_number

    site = ctx.site
    earlier = site.store.scalar("SELECT count(*) FROM applications WHERE status = 'submitted'")
    mother = make_id_number(site.country, date(1985, 2, 3), "F", 21 + earlier)  # one a language
    form = ApplicationForm(
        benefit_type="low_income_aid",
        members=[Member(mother, "Aliyeva Nodira", "applicant")],
        incomes=[Income(mother, "salary", 10_000_000)],
        address="Chilonzor 9",
        consent=True,
    )
    inspector = site.operator("inspector")
    app_id = site.applications.save_draft(inspector, form)
    site.applications.submit(inspector, app_id)
    return app_id


def _aids(code: str, window, shots: Shots) -> None:
    """The social worker's Face-ID, a person's technical aids, the receipt of one handed over, the day."""
    from terminal.core.identification import Identification
    from terminal.ui.screens.faceid import Identified

    screen = sign_in(window, "social", "AidsScreen")
    wait_until(lambda: screen.faceid.camera_banner.isVisible(), 15)
    shots.take(code, "aids-faceid", window, screen.faceid.by_id)
    citizen = on_store(window.ctx, lambda: _entitled(window.ctx, code))
    screen.load_person(Identified(Identification(citizen, "face", 0.31)))
    wait_until(
        lambda: screen.pages.currentWidget() is screen.entitlements or bool(screen.faceid.notice.text())
    )
    assert screen.pages.currentWidget() is screen.entitlements, screen.faceid.notice.text()
    shots.take(code, "aids-entitlements", window, screen.entitlements.confirm)
    screen.entitlements.serial.setText(f"WC-{code.replace('_', '-')}-0042")
    screen.entitlements.submit()
    wait_until(
        lambda: screen.pages.currentWidget() is screen.receipt or screen.entitlements.banner.isVisible()
    )
    assert screen.pages.currentWidget() is screen.receipt, (code, screen.entitlements.banner.text())
    shots.take(code, "aids-receipt", window, screen.receipt.next)
    screen.show_day()
    wait_until(lambda: screen.day.rows is not None)
    shots.take(code, "aids-day", window, screen.day.close_button)
    screen.next_person()
    screen.faceid.stop()


def _entitled(ctx, code: str) -> int:
    """A person of the demo with one more aid to receive (a copy of the first entitlement, as the
    registry would send it: one a language, each walk hands one over); the person."""
    site = ctx.site
    first = site.store.one("SELECT id, citizen_id FROM aid_entitlements ORDER BY citizen_id, id LIMIT 1")
    with site.store.write() as db:
        db.execute(
            "INSERT INTO aid_entitlements (id, citizen_id, aid_code, aid_name, category, state_cost,"
            " decision_number, valid_from, valid_until, status, updated_at)"
            " SELECT ?, citizen_id, aid_code, aid_name, category, state_cost, decision_number, valid_from,"
            " valid_until, 'active', updated_at FROM aid_entitlements WHERE id = ?",
            (f"shots-{code}", first["id"]),
        )
    return first["citizen_id"]


def _supervisor(code: str, window, shots: Shots) -> None:
    screen = sign_in(window, "supervisor", "SupervisorScreen")
    pages = {
        "operators": screen.operators.save,
        "overrides": screen.overrides.table if screen.overrides.rows else screen.overrides.empty,
        "reports": screen.reports.make,
        "audit": screen.audit.verify,
        "sync-problems": screen.sync_problems.acts_table
        if screen.sync_problems.acts
        else screen.sync_problems.acts_empty,
        "acts": screen.acts.reverse,
    }
    for row, (name, primary) in enumerate(pages.items()):
        screen.nav.setCurrentRow(row)
        settle(0.1)
        shots.take(code, f"supervisor-{name}", window, primary)
    page = screen.acts  # the hand-out the nurse's walk recorded, to reverse: the supervisor's word
    wait_until(lambda: page.rows)
    page.choose(page.rows[-1].tx_uuid)
    page.reverse.click()
    dialog = page.word_dialog
    wait_until(lambda: dialog is not None and dialog.supervisor.count() > 0)
    shots.take(code, "supervisor-reverse", dialog, dialog.confirm)
    dialog.reject()


def setup_screen(code: str, shots: Shots, home: Path) -> None:
    from terminal.ui.screens.setup import SetupScreen
    from terminal.ui.tasks import TaskRunner

    tasks = TaskRunner(on_error=lambda exc: None)
    screen = SetupScreen(home, tasks)
    screen.show()
    try:
        shots.take(code, "setup", screen, screen.connect_button)
    finally:
        screen.close()
        tasks.shutdown()


SCREENS = 37  # pictures per language and size: the walk above, and the set-up


def run(
    codes: list[str], out: Path | None, sizes: dict[str, tuple[tuple[int, int], ...]] | None = None
) -> Shots:
    shots = Shots(out, sizes or {})
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
    parser.add_argument("--size", action="append", help="WIDTHxHEIGHT (repeat; default: all three)")
    args = parser.parse_args(argv)
    sizes = tuple(tuple(int(n) for n in s.split("x")) for s in args.size) if args.size else SIZES
    started = time.monotonic()
    shots = run(args.languages, args.out, {code: sizes for code in args.languages})
    bad = {key: found for key, found in shots.problems.items() if found}
    for key, found in bad.items():
        print(key)
        for line in found:
            print("   ", line)
    seconds = time.monotonic() - started
    print(
        f"{len(shots.problems)} pictures in {args.out} ({seconds:.0f} s); "
        f"{len(bad)} with something that does not fit"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
