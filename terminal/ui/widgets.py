"""Small building blocks with the house look: headings, banners, big buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)


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
    # never narrower than its words: a row too narrow for its buttons wraps or scrolls, never cuts them
    widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    if role:
        widget.setProperty("role", role)
    if shortcut:
        key_for(widget, shortcut)
    return widget


def scrolled(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls up and down: long words in a small window
    scroll, never squash. The primary action's row stays outside it, always in view. The content is as
    wide as the area; only content that cannot be that narrow (large text on a small screen) scrolls
    sideways too, rather than being cut off."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    return area


class WholeCombo(QComboBox):
    """A drop-down as wide as its longest choice, so the chosen words always show whole.

    ``AdjustToContents`` alone is not enough: with the house style sheet (padding, border) Qt's measure
    leaves the box's text a few pixels narrower than the words; the difference is added back here.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def _short_by(self, size: QSize) -> int:
        """How many pixels the longest choice lacks in a box of ``size``."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(QPoint(0, 0), size)
        field = QStyle.SubControl.SC_ComboBoxEditField
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, field, self).width()
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        return max(0, longest - room)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + self._short_by(hint), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width() + self._short_by(hint), hint.height())


class WrapRow(QWidget):
    """A row of controls: in one line where the width allows, else the ``trailing`` ones (the primary
    action last) on a second line at the right. A button's words are never squashed."""

    def __init__(
        self, leading: Sequence[QWidget], trailing: Sequence[QWidget], stretch: QWidget | None = None
    ) -> None:
        super().__init__()
        self.leading, self.trailing, self.stretch = list(leading), list(trailing), stretch
        self.first, self.second = QHBoxLayout(), QHBoxLayout()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.first)
        column.addLayout(self.second)
        for widget in self.leading:
            self.first.addWidget(widget, 1 if widget is stretch else 0)
        if stretch is None:
            self.first.addStretch(1)
        self.second.addStretch(1)
        for widget in self.trailing:
            self.first.addWidget(widget)
        self.wide = True

    def _shown(self, widgets: list[QWidget]) -> list[QWidget]:
        return [w for w in widgets if not w.isHidden()]

    def _width(self, widgets: list[QWidget], hint: bool = True) -> int:
        shown = self._shown(widgets)
        sizes = [(w.sizeHint() if hint else w.minimumSizeHint()).width() for w in shown]
        return sum(sizes) + self.first.spacing() * max(0, len(shown) - 1)

    def _place(self, wide: bool) -> None:
        """Move the trailing controls to the line they belong on (only widgets move: no layout items are
        taken out, so none is left for Python to delete)."""
        if wide == self.wide:
            return
        self.wide = wide
        source, target = (self.second, self.first) if wide else (self.first, self.second)
        for widget in self.trailing:
            source.removeWidget(widget)
            target.addWidget(widget)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        width = max(self._width(self.leading, hint=False), self._width(self.trailing))
        lines = [self.leading + self.trailing] if self.wide else [self.leading, self.trailing]
        heights = [max((w.sizeHint().height() for w in self._shown(line)), default=0) for line in lines]
        heights = [h for h in heights if h]
        return QSize(width, sum(heights) + self.layout().spacing() * max(0, len(heights) - 1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self.width() >= self._width(self.leading + self.trailing))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # new words (a language, a step): measured again
            self._place(self.width() >= self._width(self.leading + self.trailing))
        return super().event(event)


def key_for(target: QAbstractButton, sequence: str) -> QShortcut:
    """``sequence`` clicks ``target`` while it is visible and enabled.

    Not ``QAbstractButton.setShortcut``: ``setText`` (every ``retranslate``)
    replaces that shortcut with the text's mnemonic, i.e. removes it.
    """
    key = QShortcut(QKeySequence(sequence), target)
    key.activated.connect(target.click)
    return key


class Banner(QLabel):
    """A message the operator must see: information, a warning or an error, in plain words.

    Its place is kept whether a message shows or not, ``lines`` lines high: a
    message appearing does not move the controls below it, so the next tap
    lands where the operator aimed. A message longer than that is never cut
    (the operator must read all of it): the banner grows for it.
    """

    def __init__(self, lines: int = 2) -> None:
        super().__init__()
        self.setProperty("role", "banner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.lines = lines
        self._words: Callable[[], str] | None = None
        self._reserve()
        self.hide()

    @property
    def message(self) -> str:
        return self.text()

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

    def _reserve(self) -> None:
        """The height of ``lines`` lines of the current font, with the style's padding and border."""
        self.ensurePolished()
        shown = self.text()
        self.setText("\n".join(["Ag"] * self.lines))
        height = self.sizeHint().height()
        self.setText(shown)
        self.setMinimumHeight(height)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._words is not None:
            self._say(self._words())
        elif event.type() == QEvent.Type.FontChange:
            self._reserve()
        super().changeEvent(event)


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """``window`` (a dialog) ``width`` x ``height``, or larger where its words need it (large text, long
    translations): as wide as its smallest width and as high as its layout needs at that width, which
    counts the lines a wrapping label has there (its smallest height does not). Never larger than its
    screen: what does not fit scrolls or squashes as the dialog's layout says."""
    layout = window.layout()
    if layout is None:
        window.resize(width, height)
        return
    width = max(width, layout.totalMinimumSize().width())
    if layout.hasHeightForWidth():
        height = max(height, layout.totalMinimumHeightForWidth(width))
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)


def belongs_to(widget: QWidget, window: QWidget) -> bool:
    """Whether ``window`` is among the widget's parents (a dialog is a window of its own)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


class Translatable(QWidget):
    """A widget whose words are set in ``retranslate``, called at start and on every language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # overridden
        pass
