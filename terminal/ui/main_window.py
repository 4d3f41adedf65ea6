"""The window: a top bar (site, operator, language, contrast, large text, help), the page, the status panel.

After the idle time (the site's ``idle_lock_minutes``) without input anywhere
in the application, the window locks: the workspaces are hidden behind the
lock screen, open dialogs are closed, and only the same operator's PIN (or
another operator signing in) opens it again.

Large text ("A+", Ctrl+Plus / Ctrl+Minus) makes the words of every page and dialog larger, the top
bar's and the status bar's too (see :mod:`terminal.ui.theme`), for an elderly patient who reads along;
a page that no longer fits scrolls (:class:`PageArea`), and a control given the focus is scrolled into
view, in the window and in a page's own list. One workspace (most operators) shows no tab bar: its
page has the height. Like the language and the contrast, the choice is kept for this terminal in
``ui.json`` and comes back at the next start. F1 (or "?") opens the help of the screen in view
(:mod:`terminal.ui.dialogs.help`).
"""

from __future__ import annotations

import importlib
import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from terminal.core import operators
from terminal.core.roles import Operator
from terminal.ui import preferences, theme
from terminal.ui.context import UiContext
from terminal.ui.dialogs.help import HelpDialog, HelpKey, topic_at
from terminal.ui.i18n import LANGUAGES, error_text
from terminal.ui.idle import IdleWatcher
from terminal.ui.screens.lock import LockScreen
from terminal.ui.screens.signin import SignInScreen
from terminal.ui.status_panel import StatusPanel
from terminal.ui.widgets import FewLines, SizedByCurrent, Translatable, WholeCombo, belongs_to, button
from terminal.ui.workspaces import WORKSPACES

log = logging.getLogger("hamyon.ui")
LARGER = ("Ctrl++", "Ctrl+=")  # "+" with or without Shift, and the keypad's
SMALLER = ("Ctrl+-",)
FIT_ROUNDS = 4  # a page with large text is made taller at most this many times for words cut off
SCROLL_MARGIN = 8  # px kept around a control scrolled into view


def _load(path: str) -> type[QWidget]:
    module, name = path.split(":")
    return getattr(importlib.import_module(module), name)


class PageArea(QScrollArea):
    """The pages of the window. At the usual size of type it is the pages alone: they fill it, and its
    sizes are theirs (the window is as it always was). With large text a page that needs more room
    than the window has scrolls, up and down (and sideways if it must), instead of being squashed.

    Not ``widgetResizable``: that would give a page with wrapped words the height it prefers, not the
    height it has; the page is placed here, as the window's layout would place it.
    """

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never a stop of its own for Tab
        self.setSizePolicy(page.sizePolicy())
        self.setWidget(page)
        page.setAutoFillBackground(False)
        self.viewport().installEventFilter(self)  # the page asks for other sizes; scroll bars come, go
        self.scrolling = True
        self.set_scrolling(False)

    def set_scrolling(self, on: bool) -> None:
        if on == self.scrolling:
            return
        self.scrolling = on
        policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if on else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.setVerticalScrollBarPolicy(policy)
        self.setHorizontalScrollBarPolicy(policy)
        self.updateGeometry()
        self._fit()

    def _fit(self) -> None:
        page, view = self.widget(), self.viewport().size()
        if page is None:
            return
        if not self.scrolling:
            page.setGeometry(0, 0, view.width(), view.height())
            return
        least = _smallest(page)
        width, height = max(view.width(), least.width()), max(view.height(), least.height())
        page.resize(width, height)
        for _ in range(FIT_ROUNDS):  # taller, until no words are cut off and a page's list shows a control
            short = _words_short(page) if height > view.height() else 0
            short = max(short, _controls_short(page, view.height()))
            if short <= 0:
                break
            height += short
            page.resize(width, height)

    def sizeHint(self) -> QSize:
        page = self.widget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.widget()
        if self.scrolling or page is None:
            return super().minimumSizeHint()
        return _smallest(page)

    def hasHeightForWidth(self) -> bool:
        page = self.widget()
        return not self.scrolling and page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        page = self.widget()
        if self.scrolling or page is None:
            return -1
        layout = page.layout()
        return layout.totalHeightForWidth(width) if layout is not None else page.heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest and self.scrolling:
            QTimer.singleShot(0, self, self._fit)  # new words on the page (a message): room for them
        elif watched is self.viewport():
            if event.type() == QEvent.Type.LayoutRequest:  # the page's sizes changed: the window's too,
                self.updateGeometry()  # placed now, as when the page was the window's own child
                holder = self.parentWidget()
                if holder is not None and holder.layout() is not None:
                    holder.layout().activate()
                self._fit()
            elif event.type() == QEvent.Type.Resize:
                self._fit()
        return super().eventFilter(watched, event)


def _words_short(page: QWidget) -> int:
    """How many pixels the most cut-off words of ``page`` lack: a label that wraps, given less height than
    its lines need (the page's smallest size counts a wrapping label's smallest lines, not its lines at
    the width it has). Words in a scroll area of their own scroll there."""
    short = 0
    for words in page.findChildren(QLabel):
        if words.isVisible() and words.wordWrap() and not _scrolled_in(words, page):
            short = max(short, words.heightForWidth(words.width()) - words.height())
    return short


def _controls_short(page: QWidget, room: int) -> int:
    """How many pixels a scroll area of ``page`` lacks to show its tallest control whole (a student's tile
    in large text), with the margins a control scrolled into view keeps: else that control, given the
    focus, could never be seen whole. A list or a text box scrolls itself: not counted. No more than
    the window's ``room``."""
    short = 0
    for area in page.findChildren(QScrollArea):
        inside = area.widget()
        if inside is None or not area.isVisible() or _scrolled_in(area, page):
            continue
        controls = [
            w.height()
            for w in inside.findChildren(QWidget)
            if w.isVisible()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(w, QAbstractScrollArea)
            and not _scrolled_in(w, inside)
        ]
        need = min(max(controls, default=0) + 2 * SCROLL_MARGIN, room)
        short = max(short, need - area.viewport().height())
    return short


def _scrolled_in(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _stack_of(tabs: QTabWidget) -> QStackedWidget:
    """The pages of ``tabs`` (Qt's own stack in it)."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    return tabs.findChild(QStackedWidget, "qt_tabwidget_stackedwidget", direct)


def _scroll_to(widget: QWidget, window: QWidget) -> None:
    """``widget`` in view in each scroll area between it and ``window``, the innermost first."""
    if not widget.isVisible() or not widget.hasFocus() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return  # a page given the focus to pass on, not a control: nothing to show
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget, SCROLL_MARGIN, SCROLL_MARGIN)
        parent = parent.parentWidget()


def _smallest(widget: QWidget) -> QSize:
    """The smallest size a layout would give ``widget``: its minimum size where one is set, else its hint."""
    least, hint = widget.minimumSize(), widget.minimumSizeHint()
    return QSize(least.width() or max(hint.width(), 0), least.height() or max(hint.height(), 0))


class TopBar(Translatable):
    def __init__(self, ctx: UiContext, window: MainWindow) -> None:
        super().__init__()
        self.ctx, self.window = ctx, window
        self.setProperty("role", "topbar")
        # the site's name in two lines at most, the operator's in one: with large text (one line each
        # then) a 1024 px wide bar keeps its controls whole and its height; the rest is in the tooltip
        self.site = FewLines(lines=2)
        self.who = FewLines(lines=1, role="muted")
        self.language = WholeCombo()  # as wide as the longest name ("Қарақалпақша"): never cut off
        for lang in LANGUAGES:
            self.language.addItem(lang.name, lang.code)
        self.language.setCurrentIndex(self.language.findData(ctx.translations.code))
        # Chosen, never typed into: a letter typed while it had the focus switched the whole window.
        self.language.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.language.activated.connect(lambda _i: window.set_language(self.language.currentData()))
        self.contrast = QCheckBox()
        self.contrast.toggled.connect(window.set_high_contrast)
        # Two small buttons that never take the focus: pressed with a finger while a field is being
        # filled in, the field keeps the focus and its words (the keyboard has Ctrl+Plus and F1).
        self.large_text = button("A+")  # the sign of larger type: the same in every language
        self.large_text.setCheckable(True)
        self.large_text.toggled.connect(window.set_large_text)
        self.help = button("?")
        self.help.clicked.connect(window.show_help)
        for small in (self.large_text, self.help):
            small.setProperty("compact", True)
            small.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
        row.addWidget(self.large_text)
        row.addWidget(self.help)
        row.addWidget(self.sign_out)
        self.retranslate()

    def set_large_text(self, on: bool) -> None:
        """Large text: the site's name in one line, so the bar is no taller than its controls."""
        self.site.set_lines(1 if on else 2)

    def retranslate(self) -> None:
        self.site.setText(self.ctx.site.facility.name)
        op = self.ctx.operator
        self.who.setText(op.full_name if op else "")
        self.who.setVisible(op is not None)
        self.sign_out.setText(self.tr("Sign out"))
        self.sign_out.setVisible(op is not None and not self.window.locked)  # locked: only with a PIN
        self.contrast.setText(self.tr("High contrast"))
        self.language.setAccessibleName(self.tr("Language"))
        self.large_text.setAccessibleName(self.tr("Large text"))
        self.large_text.setToolTip(self.tr("Large text: on with Ctrl+Plus, off with Ctrl+Minus"))
        self.help.setAccessibleName(self.tr("Help (F1)"))
        self.help.setToolTip(self.tr("Help (F1)"))


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.locked = False
        self.preferences = preferences.read(ctx.home)
        self.signin = SignInScreen(ctx)
        self.signin.signed_in.connect(self.enter)
        self.lock_screen = LockScreen(ctx)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.switched.connect(self.enter)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.workspace = QTabWidget()
        self.workspace.setTabBarAutoHide(True)  # one workspace (most operators): its page has the height
        self.pages = QStackedWidget()
        self.pages.addWidget(self.signin)
        self.pages.addWidget(self.workspace)
        self.pages.addWidget(self.lock_screen)
        # each as large as the page in view needs (with large text, a page that fits does not scroll)
        self.sized = [SizedByCurrent(self.pages), SizedByCurrent(_stack_of(self.workspace))]
        self.top = TopBar(ctx, self)
        self.status_panel = StatusPanel(ctx)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.top)
        column.addWidget(self.status_panel.banner)  # a damaged store: said over the page
        self.page_area = PageArea(self.pages)
        column.addWidget(self.page_area, 1)
        column.addWidget(self.status_panel)
        self.setCentralWidget(body)
        self.setMinimumSize(800, 560)  # a 1024 x 600 netbook shows it whole, with its taskbar
        ctx.bridge.error.connect(self.show_error)
        self.status_panel.damaged.connect(lambda damaged: self.workspace.setEnabled(not damaged))
        QShortcut(QKeySequence("Ctrl+Q"), self, activated=self.close)
        for keys in LARGER:
            QShortcut(QKeySequence(keys), self, activated=lambda: self.top.large_text.setChecked(True))
        for keys in SMALLER:
            QShortcut(QKeySequence(keys), self, activated=lambda: self.top.large_text.setChecked(False))
        QApplication.instance().focusChanged.connect(self._follow_focus)
        self.following = True
        self.help_key = HelpKey(self, self.show_help)
        self.help_dialog: HelpDialog | None = None
        if self.preferences.get("high_contrast"):
            self.top.contrast.setChecked(True)
        if self.preferences.get("large_text"):
            self.top.large_text.setChecked(True)
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
        self.sized[1].fit()
        self.top.retranslate()
        self.pages.setCurrentWidget(self.workspace)
        if self.workspace.count():
            self.workspace.currentWidget().setFocus()
        self.idle.arm()
        self.ctx.tasks.store(lambda site: site.setting("idle_lock_minutes"), self.idle.set_minutes)

    # --- the idle lock -----------------------------------------------------------------

    def lock(self) -> None:
        """Hide everything the operator had open behind the lock screen (audited by the core)."""
        operator = self.ctx.operator
        if operator is None or self.locked:
            return
        self.idle.disarm()
        self.locked = True
        self.pages.setCurrentWidget(self.lock_screen)  # the workspaces hidden: their cameras stop
        for widget in QApplication.topLevelWidgets():  # a dialog may show a patient's number or a message
            if isinstance(widget, QDialog) and widget.isVisible() and belongs_to(widget, self):
                widget.reject()
        self.lock_screen.lock(operator)
        self.top.retranslate()
        self.ctx.tasks.store(lambda site: operators.screen_locked(site, operator))

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
        operator = self.ctx.operator
        if operator is not None:
            self.ctx.tasks.store(lambda site: operators.sign_out(site, operator))
        self.show_sign_in()

    # --- preferences -------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        if not self.ctx.translations.switch(code):
            self.show_error_text(self.tr("This language is not available; English is shown."))
        self.preferences["language"] = code
        preferences.write(self.ctx.home, self.preferences)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def set_high_contrast(self, on: bool) -> None:
        self._apply_theme()
        self.preferences["high_contrast"] = on
        preferences.write(self.ctx.home, self.preferences)

    def set_large_text(self, on: bool) -> None:
        self._apply_theme()
        self.top.set_large_text(on)
        self.page_area.set_scrolling(on)
        self.preferences["large_text"] = on
        preferences.write(self.ctx.home, self.preferences)

    def _apply_theme(self) -> None:
        """The contrast and the size of type the top bar shows, for the whole application."""
        name = "high_contrast" if self.top.contrast.isChecked() else "standard"
        scale = theme.LARGE_TEXT if self.top.large_text.isChecked() else 1.0
        theme.apply(QApplication.instance(), name, scale)

    def _follow_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        """The control given the focus (by Tab, or by the page itself) is scrolled into view, in each
        scroll area that holds it: a page's own and, with large text, the window's. Once the layout has
        placed it: a page just filled in is laid out when the event loop next runs."""
        if now is not None and shiboken6.isValid(self) and now.window() is self:
            QTimer.singleShot(0, now, lambda: _scroll_to(now, self))

    # --- help ----------------------------------------------------------------------------

    def show_help(self) -> None:
        """The help of the screen in view (of a dialog open over it, if one is), over it; when it closes,
        the focus is back where it was, with what was typed there."""
        if self.help_dialog is not None:
            return
        focus = QApplication.focusWidget()
        modal = QApplication.activeModalWidget()
        over = modal if modal is not None and belongs_to(modal, self) else self
        root = over if over is not self else self.centralWidget()
        dialog = HelpDialog(topic_at(root, focus), over)
        self.help_dialog = dialog

        def closed(_result: int) -> None:
            self.help_dialog = None
            dialog.deleteLater()
            if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
                focus.activateWindow()
                focus.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(closed)
        dialog.open()

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
        if self.following:  # closed once: the application's focus is no longer followed
            self.following = False
            QApplication.instance().focusChanged.disconnect(self._follow_focus)
        self.idle.stop()
        self.help_key.stop()
        self.status_panel.timer.stop()
        self.ctx.tasks.shutdown()
        super().closeEvent(event)
