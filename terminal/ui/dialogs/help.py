"""F1: a few plain sentences about the screen in view, in a small dialog; Esc or Enter closes it.

:class:`HelpKey` is F1 anywhere in the window (its dialogs too: the hand-out's summary, a
supervisor's word); :func:`topic_at` finds the screen the help is about: the nearest one around the
focus, else the innermost one in view. The dialog changes nothing: the focus goes back where it was,
and whatever was typed there stays as it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from terminal.ui.help_texts import SCREENS, HelpText, help_for
from terminal.ui.widgets import belongs_to, button, heading, label, scrolled

# A section under each screen's own words: the bar at the bottom, the keys of the whole window.
FOOTER = ("status", "everywhere")
WIDTH, MIN_WIDTH = 720, 480  # px


def _topic_of(widget: QWidget) -> str | None:
    """The help topic of ``widget``'s class (or of the nearest base class that has one)."""
    for cls in type(widget).__mro__:
        topic = SCREENS.get(cls.__name__)
        if topic is not None:
            return topic
    return None


def _depth(widget: QWidget, root: QWidget) -> int:
    depth = 0
    while widget is not root and widget is not None:
        widget, depth = widget.parentWidget(), depth + 1
    return depth


def topic_at(root: QWidget, focus: QWidget | None) -> str:
    """The topic of the screen around ``focus`` inside ``root``; else of the innermost screen shown in
    ``root`` (a workspace's page rather than the workspace); else the general help."""
    widget = focus if focus is not None and (focus is root or root.isAncestorOf(focus)) else None
    while widget is not None:
        topic = _topic_of(widget)
        if topic is not None:
            return topic
        widget = None if widget is root else widget.parentWidget()
    shown = [w for w in root.findChildren(QWidget) if _topic_of(w) is not None and w.isVisibleTo(root)]
    shown = [w for w in shown if _topic_of(w) != "status"]  # always there: a screen's help comes first
    if shown:
        return _topic_of(max(shown, key=lambda w: _depth(w, root))) or "general"
    return _topic_of(root) or "general"


class HelpDialog(QDialog):
    """The help of ``topic``; Esc or Enter (or the button) closes it."""

    def __init__(self, topic: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.topic = topic
        self.setModal(True)
        self.title = heading()
        self.body = QWidget()
        self.lines = QVBoxLayout(self.body)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.close_button = button(role="primary")
        self.close_button.setAutoDefault(True)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(scrolled(self.body), 1)  # large text in a small window: the words scroll
        column.addLayout(row)
        self.setMinimumWidth(MIN_WIDTH)
        self.retranslate()
        self._fit(parent.window())
        self.close_button.setFocus()

    def _fit(self, window: QWidget) -> None:
        """As high as its words at :data:`WIDTH`, never larger than the window it helps with."""
        width = max(MIN_WIDTH, min(WIDTH, round(window.width() * 0.9)))
        column = self.layout()
        margins, spacing = column.contentsMargins(), column.spacing()
        inside = width - margins.left() - margins.right()
        words = self.title.heightForWidth(inside) + self.lines.totalHeightForWidth(inside)
        button = self.close_button.sizeHint().height()
        height = margins.top() + words + 2 * spacing + button + margins.bottom()
        self.resize(width, min(height, max(round(window.height() * 0.9), 240)))

    @property
    def text(self) -> HelpText:
        return help_for(self.topic)

    def words(self) -> list[str]:
        """Every line the dialog shows, the title first."""
        found = [self.title.text()]
        for index in range(self.lines.count()):
            widget = self.lines.itemAt(index).widget()
            if widget is not None:
                found.append(widget.text())
        return found

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Help"))
        self.close_button.setText(self.tr("Close (Enter)"))
        self.close_button.setAccessibleName(self.tr("Close the help"))
        text = self.text
        self.title.setText(text.title)
        while self.lines.count():
            item = self.lines.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for line in text.lines:
            self.lines.addWidget(label(line))
        for topic in FOOTER:
            if topic == self.topic:
                continue
            more = help_for(topic)
            section = label(more.title)
            section.setStyleSheet("font-weight: bold;")
            self.lines.addSpacing(8)
            self.lines.addWidget(section)
            for line in more.lines:
                self.lines.addWidget(label(line, role="muted"))
        self.lines.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HelpKey(QObject):
    """F1 in ``window`` or in any of its dialogs (the hand-out's summary, a supervisor's word) calls
    ``show_help``. Shortcuts, matched by Qt itself: nothing runs for the other keys. A dialog gets its own
    F1 when it first becomes the active window (a window's shortcuts do not reach over a modal dialog)."""

    def __init__(self, window: QWidget, show_help: Callable[[], None]) -> None:
        super().__init__(window)
        self.owner, self.show_help = window, show_help
        self.key = QShortcut(QKeySequence(Qt.Key.Key_F1), window, activated=show_help)
        self.app = QApplication.instance()
        if isinstance(self.app, QGuiApplication):
            self.app.focusWindowChanged.connect(self._window_changed)

    def stop(self) -> None:
        if isinstance(self.app, QGuiApplication):
            with contextlib.suppress(RuntimeError, TypeError):  # already gone
                self.app.focusWindowChanged.disconnect(self._window_changed)
            self.app = None

    def _window_changed(self, _window: object) -> None:
        active = QApplication.activeWindow()
        if (
            isinstance(active, QDialog)
            and not isinstance(active, HelpDialog)  # F1 in the help itself: nothing more opens
            and belongs_to(active, self.owner)
            and not active.property("help_key")
        ):
            active.setProperty("help_key", True)
            QShortcut(QKeySequence(Qt.Key.Key_F1), active, activated=self.show_help)
