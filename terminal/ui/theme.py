"""Look and feel for tired eyes: large type, high contrast, big touch targets.

Body text is at least 16 pt, headings larger; every button and field is at
least 48 px tall. The high-contrast theme is black and yellow on white-free
dark ground, for low vision and glare.

Large text (the top bar's "A+", for an elderly patient who reads the screen too) multiplies every
size of type on the page by :data:`LARGE_TEXT`: the application's font and each ``font-size`` of the
style sheet, the larger type of a name, a total or a camera's guidance too (:data:`TEXT_SIZES`, set on
a label with :func:`text_size`), the window's top bar and status bar too: they keep within a 1024 px
wide window (the site's name in one line, cut short, the status in more lines); the pages scroll where
the words need more room.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

BODY_PT = 16
HEADING_PT = 22
TARGET_PX = 48
LARGE_TEXT = 1.35  # the large-text mode: every size of type times this
# Type larger than the body's, by name (a label's "textsize" property): the patient's name on the
# dispensing page, the camera's guidance, a total to read at a glance.
TEXT_SIZES = {"largest": 28, "larger": 24, "large": 20}


@dataclass(frozen=True)
class Palette:
    name: str
    ground: str
    text: str
    muted: str
    accent: str
    accent_text: str
    ok: str
    warn: str
    danger: str
    field: str
    border: str


STANDARD = Palette(
    "standard",
    ground="#f6f7f9",
    text="#111111",
    muted="#3d4550",
    accent="#0b5cad",
    accent_text="#ffffff",
    ok="#11692e",
    warn="#8a5300",
    danger="#b00020",
    field="#ffffff",
    border="#5b6470",
)
HIGH_CONTRAST = Palette(
    "high_contrast",
    ground="#000000",
    text="#ffffff",
    muted="#ffff00",
    accent="#ffff00",
    accent_text="#000000",
    ok="#00ff66",
    warn="#ffcc00",
    danger="#ff6b6b",
    field="#000000",
    border="#ffffff",
)
THEMES = {p.name: p for p in (STANDARD, HIGH_CONTRAST)}


def points(size: int, scale: float = 1.0) -> int:
    """``size`` pt of type at ``scale`` (1 normally, :data:`LARGE_TEXT` in the large-text mode)."""
    return round(size * scale)


def text_size(widget: QWidget, name: str) -> None:
    """Type of one of the :data:`TEXT_SIZES` for ``widget`` (a label), scaled with the rest."""
    if name not in TEXT_SIZES:
        raise ValueError(name)
    widget.setProperty("textsize", name)


def stylesheet(p: Palette, scale: float = 1.0) -> str:
    body, heading = points(BODY_PT, scale), points(HEADING_PT, scale)
    sizes = "".join(
        f'QLabel[textsize="{name}"] {{ font-size: {points(pt, scale)}pt; }}\n'
        for name, pt in TEXT_SIZES.items()
    )
    return f"""
* {{ font-size: {body}pt; color: {p.text}; }}
QWidget {{ background: {p.ground}; }}
QLabel[role="heading"] {{ font-size: {heading}pt; font-weight: bold; }}
QLabel[role="heading"][compact="true"] {{ font-size: {body}pt; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="ok"] {{ color: {p.ok}; font-weight: bold; }}
QLabel[role="warn"] {{ color: {p.warn}; font-weight: bold; }}
QLabel[role="danger"] {{ color: {p.danger}; font-weight: bold; }}
QLabel[role="banner"] {{ border: 2px solid {p.border}; border-radius: 6px; padding: 10px; }}
QLabel[role="banner"][kind="ok"] {{ color: {p.ok}; border-color: {p.ok}; font-weight: bold; }}
QLabel[role="banner"][kind="warn"] {{ color: {p.warn}; border-color: {p.warn}; font-weight: bold; }}
QLabel[role="banner"][kind="error"] {{ color: {p.danger}; border-color: {p.danger}; font-weight: bold; }}
QPushButton, QToolButton {{
    min-height: {TARGET_PX}px; padding: 4px 18px;
    border: 2px solid {p.border}; border-radius: 8px; background: {p.field};
}}
QPushButton[role="primary"] {{ background: {p.accent}; color: {p.accent_text}; border-color: {p.accent};
    font-weight: bold; }}
QPushButton[role="danger"] {{ color: {p.danger}; border-color: {p.danger}; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus,
QListWidget:focus, QTableWidget:focus, QCheckBox:focus {{ border: 3px solid {p.accent}; }}
QPushButton:disabled {{ color: {p.muted}; border-style: dashed; }}
QPushButton[role="primary"]:disabled {{ background: {p.field}; color: {p.muted}; border-color: {p.muted}; }}
QPushButton[tile="served"] {{ border: 4px solid {p.ok}; color: {p.ok}; }}
QPushButton[tile="ineligible"] {{ border-style: dashed; color: {p.muted}; }}
QListWidget::item:selected, QTableWidget::item:selected, QTreeWidget::item:selected {{
    background: {p.accent}; color: {p.accent_text}; }}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit {{
    min-height: {TARGET_PX}px; padding: 2px 8px; border: 2px solid {p.border}; border-radius: 6px;
    background: {p.field};
}}
QCheckBox {{ min-height: {TARGET_PX}px; spacing: 12px; }}
QCheckBox::indicator {{ width: 28px; height: 28px; }}
QListWidget::item, QTableWidget::item {{ min-height: {TARGET_PX}px; padding: 4px; }}
QListWidget::item:disabled {{ color: {p.muted}; background: {p.ground}; font-style: italic; }}
QHeaderView::section {{ font-weight: bold; padding: 6px; background: {p.ground}; }}
QProgressBar {{ min-height: 28px; border: 2px solid {p.border}; border-radius: 6px; text-align: center; }}
QProgressBar::chunk {{ background: {p.accent}; }}
QFrame[role="statusbar"] {{ border-top: 2px solid {p.border}; }}
QPushButton[compact="true"] {{ padding: 4px 10px; }}
QPushButton[compact="true"]:checked {{ background: {p.accent}; color: {p.accent_text};
    border-color: {p.accent}; }}
{sizes}"""


def apply(app: QApplication, name: str = "standard", scale: float = 1.0) -> Palette:
    """The theme ``name`` with type ``scale`` times its usual size (see :data:`LARGE_TEXT`)."""
    palette = THEMES[name]
    font = QFont("DejaVu Sans", points(BODY_PT, scale))
    app.setFont(font)
    app.setStyleSheet(stylesheet(palette, scale))
    return palette
