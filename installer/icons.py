"""Render the icon (``installer/icons/hamyon.svg``) to the PNG sizes and the Windows ``.ico``.

``python installer/icons.py OUT_DIR`` writes ``hamyon-<size>.png`` for each size and
``hamyon.ico``; the spec calls :func:`render` so that every build (Linux or Windows)
makes them from the one SVG. Uses QtSvg (in PySide6-Essentials) and Pillow.
"""

from __future__ import annotations

import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent / "icons" / "hamyon.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(out: Path) -> dict[int, Path]:
    """PNG files by size, and ``hamyon.ico`` beside them; returns the PNGs."""
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["icons", "-platform", "offscreen"])
    out.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    pngs = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        pngs[size] = out / f"hamyon-{size}.png"
        image.save(str(pngs[size]))
    largest = Image.open(pngs[max(SIZES)])
    largest.save(out / "hamyon.ico", sizes=[(s, s) for s in SIZES])
    return pngs


if __name__ == "__main__":
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")).values():
        print(path)
