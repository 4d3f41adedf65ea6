"""The window: a top bar (site, operator, language, contrast), the page, the status panel.

After the idle time (the site's ``idle_lock_minutes``) without input anywhere
in the application, the window locks: the workspaces are hidden behind the
lock screen, open dialogs are closed, and only the same operator's PIN (or
another operator signing in) opens it again.
"""

from __future__ import annotations

import importlib
import json
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from terminal.core import operators
from terminal.core.roles import Operator
from terminal.ui import theme
from terminal.ui.context import UiContext
from terminal.ui.i18n import BY_CODE, LANGUAGES, error_text
from terminal.ui.idle import IdleWatcher
from terminal.ui.screens.lock import LockScreen
from terminal.ui.screens.signin import SignInScreen
from terminal.ui.status_panel import StatusPanel
from terminal.ui.widgets import Translatable, WholeCombo, button, label

log = logging.getLogger("hamyon.ui")
PREFERENCES = "ui.json"

# (the action whose permission shows the workspace, "module:class")
WORKSPACES: tuple[tuple[str, str], ...] = (
    ("dispense medicines", "terminal.ui.screens.pharmacy:PharmacyScreen"),
    ("serve school meals", "terminal.ui.screens.canteen:CanteenScreen"),
    ("register applications", "terminal.ui.screens.applications:ApplicationsScreen"),
    ("change settings", "terminal.ui.screens.supervisor:SupervisorScreen"),
)


def _load(path: str) -> type[QWidget]:
    module, name = path.split(":")
    return getattr(importlib.import_module(module), name)


class TopBar(Translatable):
    def __init__(self, ctx: UiContext, window: MainWindow) -> None:
        super().__init__()
        self.ctx, self.window = ctx, window
        self.site = label()
        self.who = label(role="muted")
        self.language = WholeCombo()  # as wide as the longest name ("Қарақалпақша"): never cut off
        for lang in LANGUAGES:
            self.language.addItem(lang.name, lang.code)
        self.language.setCurrentIndex(self.language.findData(ctx.translations.code))
        # Chosen, never typed into: a letter typed while it had the focus switched the whole window.
        self.language.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.language.activated.connect(lambda _i: window.set_language(self.language.currentData()))
        self.contrast = QCheckBox()
        self.contrast.toggled.connect(window.set_high_contrast)
        self.sign_out = button()
        self.sign_out.clicked.connect(window.sign_out)
        # the site above the operator, both the whole free width: a long site name takes two lines, not
        # three in a narrow column beside the operator's name
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.site)
        names.addWidget(self.who)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addLayout(names, 1)
        row.addWidget(self.language)
        row.addWidget(self.contrast)
        row.addWidget(self.sign_out)
        self.retranslate()

    def retranslate(self) -> None:
        self.site.setText(self.ctx.site.facility.name)
        op = self.ctx.operator
        self.who.setText(op.full_name if op else "")
        self.who.setVisible(op is not None)
        self.sign_out.setText(self.tr("Sign out"))
        self.sign_out.setVisible(op is not None and not self.window.locked)  # locked: only with a PIN
        self.contrast.setText(self.tr("High contrast"))
        self.language.setAccessibleName(self.tr("Language"))


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.locked = False
        self.preferences = _read_preferences(ctx)
        self.signin = SignInScreen(ctx)
        self.signin.signed_in.connect(self.enter)
        self.lock_screen = LockScreen(ctx)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.switched.connect(self.enter)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.workspace = QTabWidget()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.signin)
        self.pages.addWidget(self.workspace)
        self.pages.addWidget(self.lock_screen)
        self.top = TopBar(ctx, self)
        self.status_panel = StatusPanel(ctx)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.top)
        column.addWidget(self.status_panel.banner)  # a damaged store: said over the page
        column.addWidget(self.pages, 1)
        column.addWidget(self.status_panel)
        self.setCentralWidget(body)
        self.setMinimumSize(800, 560)  # a 1024 x 600 netbook shows it whole, with its taskbar
        ctx.bridge.error.connect(self.show_error)
        self.status_panel.damaged.connect(lambda damaged: self.workspace.setEnabled(not damaged))
        QShortcut(QKeySequence("Ctrl+Q"), self, activated=self.close)
        if self.preferences.get("high_contrast"):
            self.top.contrast.setChecked(True)
        self.retranslate()
        self.show_sign_in()

    # --- pages -------------------------------------------------------------------------

    def _clear_workspaces(self) -> None:
        """Close the signed-out operator's screens for good (their threads stop with them)."""
        while self.workspace.count():
            screen = self.workspace.widget(0)
            self.workspace.removeTab(0)
            screen.close()
            screen.deleteLater()

    def show_sign_in(self) -> None:
        self.idle.disarm()
        self.locked = False
        self.ctx.operator = None
        self.ctx.bridge.operator_changed.emit(None)
        self._clear_workspaces()
        self.top.retranslate()
        self.pages.setCurrentWidget(self.signin)
        self.signin.load()

    def enter(self, operator: Operator) -> None:
        """Open the workspaces this operator's role allows."""
        self.locked = False
        self.ctx.operator = operator
        self.ctx.bridge.operator_changed.emit(operator)
        self._clear_workspaces()
        for action, path in WORKSPACES:
            if self.ctx.may(action):
                screen = _load(path)(self.ctx)
                self.workspace.addTab(screen, screen.windowTitle() or action)
                screen.windowTitleChanged.connect(lambda title, s=screen: self._retitle(s, title))
        self.top.retranslate()
        self.pages.setCurrentWidget(self.workspace)
        if self.workspace.count():
            self.workspace.currentWidget().setFocus()
        site = self.ctx.site
        self.idle.arm()
        self.ctx.tasks.store(lambda: site.setting("idle_lock_minutes"), self.idle.set_minutes)

    # --- the idle lock -----------------------------------------------------------------

    def lock(self) -> None:
        """Hide everything the operator had open behind the lock screen (audited by the core)."""
        operator, site = self.ctx.operator, self.ctx.site
        if operator is None or self.locked:
            return
        self.idle.disarm()
        self.locked = True
        self.pages.setCurrentWidget(self.lock_screen)  # the workspaces hidden: their cameras stop
        for widget in QApplication.topLevelWidgets():  # a dialog may show a patient's number or a message
            if isinstance(widget, QDialog) and widget.isVisible() and _belongs_to(widget, self):
                widget.reject()
        self.lock_screen.lock(operator)
        self.top.retranslate()
        self.ctx.tasks.store(lambda: operators.screen_locked(site, operator))

    def _unlocked(self, operator: Operator) -> None:
        self.locked = False
        self.top.retranslate()
        self.pages.setCurrentWidget(self.workspace)
        if self.workspace.count():
            self.workspace.currentWidget().setFocus()
        self.idle.arm()

    def _retitle(self, screen: QWidget, title: str) -> None:
        index = self.workspace.indexOf(screen)
        if index >= 0:
            self.workspace.setTabText(index, title)

    def sign_out(self) -> None:
        operator, site = self.ctx.operator, self.ctx.site
        if operator is not None:
            self.ctx.tasks.store(lambda: operators.sign_out(site, operator))
        self.show_sign_in()

    # --- preferences -------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        if not self.ctx.translations.switch(code):
            self.show_error_text(self.tr("This language is not available; English is shown."))
        self.preferences["language"] = code
        _write_preferences(self.ctx, self.preferences)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def set_high_contrast(self, on: bool) -> None:
        theme.apply(QApplication.instance(), "high_contrast" if on else "standard")
        self.preferences["high_contrast"] = on
        _write_preferences(self.ctx, self.preferences)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hamyon Terminal"))

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- errors ------------------------------------------------------------------------

    def show_error(self, exc: BaseException) -> None:
        """The one place an unhandled error reaches the operator, in their language."""
        known = hasattr(exc, "template")
        if not known:
            log.error("unexpected failure", exc_info=exc)
        self.show_error_text(error_text(exc))

    def show_error_text(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Hamyon Terminal"), text, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        self.status_panel.timer.stop()
        self.ctx.tasks.shutdown()
        super().closeEvent(event)


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    """Whether ``window`` is among the widget's parents (a dialog is a window of its own)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def _read_preferences(ctx: UiContext) -> dict:
    try:
        data = json.loads((ctx.home / PREFERENCES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if data.get("language") not in BY_CODE:
        data.pop("language", None)
    return data if isinstance(data, dict) else {}


def _write_preferences(ctx: UiContext, preferences: dict) -> None:
    try:
        (ctx.home / PREFERENCES).write_text(json.dumps(preferences), encoding="utf-8")
    except OSError:
        log.warning("cannot save the window preferences")
