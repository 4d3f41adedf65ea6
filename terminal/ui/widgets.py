"""Small building blocks with the house look: headings, banners, big buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QSizePolicy, QWidget


def heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "heading")
    label.setWordWrap(True)
    return label


def label(text: str = "", role: str | None = None) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    if role:
        widget.setProperty("role", role)
    return widget


def button(text: str = "", role: str | None = None, shortcut: str | None = None) -> QPushButton:
    widget = QPushButton(text)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    if role:
        widget.setProperty("role", role)
    if shortcut:
        key_for(widget, shortcut)
    return widget


def key_for(target: QAbstractButton, sequence: str) -> QShortcut:
    """``sequence`` clicks ``target`` while it is visible and enabled.

    Not ``QAbstractButton.setShortcut``: ``setText`` (every ``retranslate``)
    replaces that shortcut with the text's mnemonic, i.e. removes it.
    """
    key = QShortcut(QKeySequence(sequence), target)
    key.activated.connect(target.click)
    return key


class Banner(QLabel):
    """A message the operator must see: information, a warning or an error, in plain words."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "banner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._words: Callable[[], str] | None = None
        self.hide()

    def show_message(self, text: str | Callable[[], str], kind: str = "info") -> None:
        """Show ``text``; given as a function of no arguments, it is said again in a new language."""
        if kind not in ("info", "ok", "warn", "error"):
            raise ValueError(kind)
        self._words = text if callable(text) else None
        self._say(text() if callable(text) else text)
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def clear_message(self) -> None:
        self._words = None
        self.setText("")
        self.hide()

    def _say(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._words is not None:
            self._say(self._words())
        super().changeEvent(event)


class Translatable(QWidget):
    """A widget whose words are set in ``retranslate``, called at start and on every language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # overridden
        pass
