"""Small helpers the screens share: a key for a button, a label's style role."""

from __future__ import annotations

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel

from terminal.ui.widgets import key_for


def shortcut(target: QAbstractButton, sequence: str) -> QShortcut:
    """``sequence`` clicks ``target`` while it is visible and enabled (see ``widgets.key_for``)."""
    return key_for(target, sequence)


def set_role(widget: QLabel, role: str) -> None:
    """Change a label's style role (muted, ok, warn, danger) and restyle it."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
