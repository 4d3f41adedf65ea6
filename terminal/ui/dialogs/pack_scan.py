"""Scanning medicine packs in the hand-out summary: a field a USB scanner types into, and the webcam.

A scanner types the pack's GS1 code like a keyboard, then Enter. Its group separator arrives as the
character ``\\x1d`` (Ctrl+]) which a line edit would drop, so the field writes it as the visible ``␝``
(the core reads both, and the scanner's configured substitute). Enter hands the code to the dialog and
is never taken by the dialog's default button: a scan cannot confirm the hand-out by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from terminal.core.packs import GS, GS_SHOWN
from terminal.ui.widgets import Banner, Translatable, button, label


class ScanField(QLineEdit):
    """A line edit that keeps a scanner's group separators and takes its Enter for itself."""

    entered = Signal(str)  # the text as scanned (empty: Enter on an empty field)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.text() == GS or (control and event.key() == Qt.Key.Key_BracketRight):
            self.insert(GS_SHOWN)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = self.text()
            self.clear()
            event.accept()
            self.entered.emit(text)
            return
        super().keyPressEvent(event)


class PackScanBox(Translatable):
    """The scan field, the camera button and what the last scan did."""

    scanned = Signal(str)  # a code to check (from the scanner or the camera)
    confirm = Signal()  # Enter on the empty field
    camera = Signal()  # "Scan with the camera"

    def __init__(self) -> None:
        super().__init__()
        self.title = label(role="strong")
        self.field = ScanField()
        self.field.setMaxLength(200)
        self.field.entered.connect(self._entered)
        self.title.setBuddy(self.field)
        self.camera_button = button()
        self.camera_button.setAutoDefault(False)
        self.camera_button.clicked.connect(self.camera.emit)
        self.banner = Banner(lines=1)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.camera_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addLayout(row)
        column.addWidget(self.banner)
        self.setFocusProxy(self.field)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Scan every pack handed out:"))
        self.field.setAccessibleName(self.tr("Pack code"))
        self.field.setPlaceholderText(self.tr("Scan the square code on the pack"))
        self.camera_button.setText(self.tr("Scan with the camera"))

    def looking(self, on: bool) -> None:
        """The camera is looking for a code (its button waits meanwhile)."""
        self.camera_button.setEnabled(not on)
        if on:
            self.banner.show_message(lambda: self.tr("Hold the pack's square code up to the camera."), "info")

    def _entered(self, text: str) -> None:
        if text.strip():
            self.scanned.emit(text)
        else:
            self.confirm.emit()

    def back_to_field(self) -> None:
        self.field.setFocus()
