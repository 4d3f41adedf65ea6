"""The machine can run Qt offscreen with a font that has Cyrillic: what the window will need."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter
from PySide6.QtWidgets import QApplication


def test_text_in_latin_and_cyrillic_renders_offscreen() -> None:
    app = QApplication.instance() or QApplication([])  # the widgets' kind: later tests share it
    assert app.platformName() == "offscreen"
    assert "DejaVu Sans" in QFontDatabase.families()
    image = QImage(400, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QFont("DejaVu Sans", 16))
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "Ҳамён: Каримова Ойгул")
    painter.end()
    dark = sum(1 for x in range(0, 400, 2) for y in range(0, 80, 2) if image.pixelColor(x, y).value() < 128)
    assert dark > 50  # glyphs were drawn, not empty boxes of nothing
