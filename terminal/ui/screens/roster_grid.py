"""A class roster as a grid of big tiles: tap (or Space / Enter) serves, arrow keys move."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from terminal.core.meals import RosterEntry
from terminal.ui.widgets import label

TILE_WIDTH = 280  # px: four columns in a 1366 px window beside the counters
TILE_HEIGHT = 100  # two lines of name (a patronymic is long) and the state line
_ARROWS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down}
# Shapes only, no colours: the theme's colours (standard or high contrast) stay in force.
_TILE_STYLE = {
    "ready": f"QPushButton {{ min-height: {TILE_HEIGHT}px; }}",
    "served": f"QPushButton {{ min-height: {TILE_HEIGHT}px; border-width: 5px; }}",
    "ineligible": f"QPushButton {{ min-height: {TILE_HEIGHT}px; border-style: dashed; }}",
}


class StudentTile(QPushButton):
    """One student: the name large, below it whether served (and when) or not eligible."""

    arrow = Signal(object, int)  # (tile, Qt.Key)

    def __init__(self, entry: RosterEntry) -> None:
        super().__init__()
        self.entry = entry
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(TILE_WIDTH - 40, TILE_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.name = label()
        self.state = label()
        for part in (self.name, self.state):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            part.setStyleSheet("background: transparent;")
        self.name.setStyleSheet("background: transparent; font-weight: bold;")
        inside = QVBoxLayout(self)
        inside.setContentsMargins(12, 6, 12, 6)
        inside.setSpacing(2)
        inside.addWidget(self.name)
        inside.addWidget(self.state)
        self.show_entry(entry)

    def sizeHint(self) -> QSize:
        """At least as high as its words need at its width: a long name in large text takes three lines."""
        hint = super().sizeHint()
        words = self.layout().totalHeightForWidth(max(self.width(), TILE_WIDTH - 40))
        return QSize(hint.width(), max(hint.height(), words))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # narrower: the name may need another line

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    @property
    def kind(self) -> str:
        if not self.entry.eligible:
            return "ineligible"
        return "served" if self.entry.served_at else "ready"

    def show_entry(self, entry: RosterEntry) -> None:
        self.entry = entry
        self.setProperty("tile", self.kind)
        self.setStyleSheet(_TILE_STYLE[self.kind])
        self.retranslate()

    def retranslate(self) -> None:
        entry = self.entry
        self.name.setText(entry.name)
        if not entry.eligible:
            state, role = self.tr("Not eligible for free meals"), "muted"
        elif entry.served_at:
            state, role = self.tr("✓ Served at {time}").format(time=entry.served_at), "ok"
        else:
            state, role = self.tr("Not served yet"), None
        self.state.setText(state)
        self.state.setProperty("role", role)
        self.name.setProperty("role", "muted" if not entry.eligible else None)
        for part in (self.name, self.state):
            part.style().unpolish(part)
            part.style().polish(part)
        self.setAccessibleName(self.tr("{name}: {state}").format(name=entry.name, state=state))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _ARROWS:
            self.arrow.emit(self, key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)


class RosterGrid(QScrollArea):
    """The tiles of one class, laid out in as many columns as the width allows."""

    serve_requested = Signal(int)  # student id

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setSpacing(10)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.body)
        self.tiles: list[StudentTile] = []
        self._columns = 1

    def show_roster(self, entries: list[RosterEntry]) -> None:
        had_focus = next((i for i, t in enumerate(self.tiles) if t.hasFocus()), None)
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        for entry in entries:
            tile = StudentTile(entry)
            tile.clicked.connect(lambda _c=False, sid=entry.student_id: self.serve_requested.emit(sid))
            tile.arrow.connect(self._move)
            self.tiles.append(tile)
        self._place(force=True)
        # shown at once (a layout shows new widgets only a few events later, and measures them only then):
        # in a busy event loop the new tiles are never drawn squashed into the old, small page
        for tile in self.tiles:
            tile.show()
        if had_focus is not None and self.tiles:
            self.tiles[min(had_focus, len(self.tiles) - 1)].setFocus()

    def tile(self, student_id: int) -> StudentTile | None:
        return next((t for t in self.tiles if t.entry.student_id == student_id), None)

    def mark_served(self, student_id: int, served_at: str) -> None:
        tile = self.tile(student_id)
        if tile is not None:
            tile.show_entry(replace(tile.entry, served_at=served_at))

    def focus_first(self) -> None:
        if self.tiles:
            self.tiles[0].setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self, force: bool = False) -> None:
        columns = max(1, self.viewport().width() // TILE_WIDTH)
        if columns == self._columns and not force:
            return
        self._columns = columns
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)

    def _move(self, tile: StudentTile, key: Qt.Key) -> None:
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self._columns,
            Qt.Key.Key_Down: self._columns,
        }[key]
        index = self.tiles.index(tile) + step
        if 0 <= index < len(self.tiles):
            self.tiles[index].setFocus(Qt.FocusReason.TabFocusReason)
            self.ensureWidgetVisible(self.tiles[index])
