"""Small building blocks with the house look: headings, banners, big buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QResizeEvent, QShortcut, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
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


class FewLines(QLabel):
    """Words in at most ``lines`` lines: wrapped where they fit, else the last line cut short with "…"
    (all the words in its tooltip then). For words that may be long but are not the page's business,
    in a bar that must keep its height: the site's name in the top bar with large text."""

    ELLIPSIS = "\u2026"

    def __init__(self, lines: int = 1, role: str | None = None) -> None:
        super().__init__()
        self.setWordWrap(True)
        if role:
            self.setProperty("role", role)
        self.lines = lines

    def set_lines(self, lines: int) -> None:
        if lines != self.lines:
            self.lines = lines
            self._hint()
            self.updateGeometry()
            self.update()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._hint()

    def _cap(self) -> int:
        """The height of ``lines`` lines, with the label's margins."""
        margins = self.contentsMargins()
        return self.lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def shown_lines(self, width: int | None = None) -> tuple[list[str], bool]:
        """The lines drawn at ``width`` (the label's own by default), and whether the words were cut
        short: more than ``lines`` lines, or a word wider than the room, ends in "…"."""
        margins = self.contentsMargins()
        room = max(1, (self.width() if width is None else width) - margins.left() - margins.right())
        text, metrics = self.text(), self.fontMetrics()
        layout = QTextLayout(text, self.font())
        layout.beginLayout()
        parts: list[tuple[int, int, float]] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(room)
            parts.append((line.textStart(), line.textLength(), line.naturalTextWidth()))
        layout.endLayout()
        kept = parts[: self.lines]
        lines = [text[start : start + length].strip() for start, length, _w in kept]
        if len(parts) > self.lines:
            lines[-1] = text[kept[-1][0] :].strip()
        cut = len(parts) > self.lines or any(wide > room for *_s, wide in kept)
        if cut:
            lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in lines]
        return lines, cut

    def elided(self) -> bool:
        return self.shown_lines()[1]

    def _hint(self) -> None:
        self.setToolTip(self.text() if self.elided() else "")

    def heightForWidth(self, width: int) -> int:
        return min(super().heightForWidth(width), self._cap())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self._cap()))

    def minimumSizeHint(self) -> QSize:
        """A few letters and "…": the rest of the words are in the tooltip."""
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance("Www" + self.ELLIPSIS) + margins.left() + margins.right()
        return QSize(width, min(super().minimumSizeHint().height(), self._cap()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._hint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._hint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.elided():
            super().paintEvent(event)
            return
        lines, area = self.shown_lines()[0], self.contentsRect()
        step = self.fontMetrics().lineSpacing()
        top = area.top() + max(0, (area.height() - step * len(lines)) // 2)
        painter, palette, role = QPainter(self), self.palette(), self.foregroundRole()
        for index, line in enumerate(lines):
            place = QRect(area.left(), top + index * step, area.width(), step)
            self.style().drawItemText(painter, place, Qt.AlignmentFlag.AlignLeft, palette, True, line, role)
        painter.end()


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
    action last) on a second line at the right. A button's words are never squashed.

    ``squeeze``: the ``stretch`` widget (a label that wraps, such as a total) stays on the line of the
    controls in as many lines of words as fit in their height, before the row takes a second line."""

    def __init__(
        self,
        leading: Sequence[QWidget],
        trailing: Sequence[QWidget],
        stretch: QWidget | None = None,
        squeeze: bool = False,
    ) -> None:
        super().__init__()
        self.leading, self.trailing, self.stretch = list(leading), list(trailing), stretch
        self.squeeze = squeeze and stretch is not None
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
        heights = [max((_height(w) for w in self._shown(line)), default=0) for line in lines]
        heights = [h for h in heights if h]
        return QSize(width, sum(heights) + self.layout().spacing() * max(0, len(heights) - 1))

    def _fits(self) -> bool:
        """Whether it all goes on one line: at the widths the controls ask for, or (``squeeze``) with the
        stretch widget's words wrapped in the room left, no taller than the tallest control."""
        if self.width() >= self._width(self.leading + self.trailing):
            return True
        stretch = self.stretch
        if not self.squeeze or stretch is None or stretch.isHidden():
            return False
        others = [w for w in self.leading + self.trailing if w is not stretch]
        room = self.width() - self._width(others) - self.first.spacing() * min(1, len(self._shown(others)))
        tallest = max((w.sizeHint().height() for w in self._shown(self.trailing)), default=0)
        return room >= stretch.minimumSizeHint().width() and stretch.heightForWidth(room) <= tallest

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self._fits())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # new words (a language, a step): measured again
            self._place(self._fits())
        return super().event(event)


def _height(widget: QWidget) -> int:
    """The height ``widget`` asks for: words that wrap, the lines they take at the width they have (their
    size hint is the lines at a narrower width, Qt's guess)."""
    if widget.hasHeightForWidth() and widget.width() > 0:
        return max(widget.heightForWidth(widget.width()), widget.minimumSizeHint().height())
    return widget.sizeHint().height()


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

    ``lines=0`` keeps no place: for a banner right above a page's action row, under a list that
    scrolls; appearing, it shortens the list from below, and nothing under the pointer moves.
    """

    def __init__(self, lines: int = 2) -> None:
        super().__init__()
        self.setProperty("role", "banner")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(lines > 0)
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
        if not self.lines:
            return
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


class SizedByCurrent(QObject):
    """``stack`` as large as the page in view needs, not as its largest page: the others are ignored
    while hidden (Qt counts every page). With large text a page that fits is not made to scroll, up and
    down or sideways, because of a hidden page that would not. Pages added later: :meth:`fit` again."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)  # lives as long as the stack
        self.stack = stack
        self.own: dict[QWidget, QSizePolicy] = {}  # each page's own policy, given back when it shows
        stack.currentChanged.connect(self.fit)
        self.fit()

    def fit(self, _index: int = 0) -> None:
        stack, current = self.stack, self.stack.currentWidget()
        pages = [stack.widget(i) for i in range(stack.count())]
        self.own = {page: self.own.get(page) or QSizePolicy(page.sizePolicy()) for page in pages}
        for page in pages:
            policy = QSizePolicy(self.own[page])
            if page is not current:
                policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
                policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
            page.setSizePolicy(policy)
        stack.updateGeometry()


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
