"""Always visible: online or offline, the queue for the registry, what is set aside, the last good sync,
a clock that is off the registry's; and, over the page, a banner when the store is found damaged.

The whole store (every page's MAC and SQLite's structure) is checked a little after start and then
daily, on the store thread; damage found there or by any other process shows the banner, and
``damaged`` tells the window to refuse new acts."""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from terminal.core.status import status
from terminal.ui.context import UiContext
from terminal.ui.widgets import Translatable, button, label

REFRESH_MS = 5000
CHECK_FIRST_MS = 30_000  # the whole store checked this long after start, then every CHECK_EVERY_MS
CHECK_EVERY_MS = 24 * 3600 * 1000
SPACING = 24  # px between the parts
WIDE, NARROW, STACKED = "wide", "narrow", "stacked"  # the arrangements (see StatusPanel._place)


def when(iso: str | None, now: datetime | None = None, zone: tzinfo | None = None) -> str | None:
    """'14:05' today, '20.11 14:05' another day, None for never: in ``zone`` (the facility's time,
    as on every other screen and receipt; the computer's own when None)."""
    if not iso:
        return None
    at = datetime.fromisoformat(iso).astimezone(zone)
    now = (now or datetime.now(zone)).astimezone(zone)
    return at.strftime("%H:%M") if at.date() == now.date() else at.strftime("%d.%m %H:%M")


class StatusPanel(Translatable):
    damaged = Signal(bool)  # the store is (no longer) damaged: the window refuses new acts

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.state: dict = {}
        self.banner = label(role="banner")  # placed over the page by the window
        self.banner.setProperty("kind", "error")
        self.banner.setVisible(False)
        self.setProperty("role", "statusbar")
        self.zone = ZoneInfo(ctx.site.facility.timezone)
        self.online = label(role="ok")  # the longest words (Russian, Kazakh...): it may take two lines
        self.queue = label()
        self.set_aside = label(role="warn")
        self.last_sync = label(role="muted")
        self.clock = label(role="warn")
        self.sync_now = button(shortcut="F9")  # F5 is the pharmacy's "find a patient"
        self.sync_now.clicked.connect(self.request_sync)
        # the counts together, each whole: on one line, or (large text) in as many as the width needs
        self.counts = Counts([self.queue, self.set_aside, self.last_sync])
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 4, 8, 4)
        self.grid.setHorizontalSpacing(SPACING)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(0, 1)
        self.mode = ""
        self._place(WIDE)
        ctx.bridge.status_changed.connect(self.show_status)
        ctx.bridge.acts_recorded.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self.check_timer = QTimer(self)
        self.check_timer.timeout.connect(self.check_store)
        self.check_timer.start(CHECK_FIRST_MS)
        self.retranslate()
        self.refresh()

    # --- the layout ------------------------------------------------------------------------

    def _line_width(self) -> int:
        """The width all of it needs on one line: the online state, the counts, the clock, the button."""
        parts = [_one_line(self.online), self.counts.sizeHint().width()]
        parts += [_one_line(w) for w in (self.clock, self.sync_now) if not w.isHidden()]
        margins = self.grid.contentsMargins()
        return sum(parts) + SPACING * (len(parts) - 1) + margins.left() + margins.right()

    def _narrow_width(self) -> int:
        """The width of the layout in lines: the counts on one line (or the online state's longest word)
        beside "Sync now"."""
        margins = self.grid.contentsMargins()
        column = max(self.counts.sizeHint().width(), self.online.minimumSizeHint().width())
        button = self.sync_now.sizeHint().width() + SPACING if not self.sync_now.isHidden() else 0
        return margins.left() + column + button + margins.right()

    def _place(self, mode: str) -> None:
        """On one line where the width allows (``WIDE``); else the online state, below it the counts
        (and below them a clock that is off), "Sync now" beside them all (``NARROW``); else (large text
        in a 1024 px window) the online state, the counts in lines beside "Sync now", the clock, each
        the whole width (``STACKED``). Each whole, none cut off."""
        if mode == self.mode:
            return
        self.mode = mode
        for widget in (self.online, self.counts, self.clock, self.sync_now):
            self.grid.removeWidget(widget)
        middle = Qt.AlignmentFlag.AlignVCenter
        if mode == WIDE:
            self.grid.addWidget(self.online, 0, 0)
            self.grid.addWidget(self.counts, 0, 1)
            self.grid.addWidget(self.clock, 0, 2)
            self.grid.addWidget(self.sync_now, 0, 3, middle)
        elif mode == NARROW:
            self.grid.addWidget(self.online, 0, 0)
            self.grid.addWidget(self.counts, 1, 0)
            self.grid.addWidget(self.clock, 2, 0)
            self.grid.addWidget(self.sync_now, 0, 3, 3, 1, middle)
        else:
            self.grid.addWidget(self.online, 0, 0, 1, 4)
            self.grid.addWidget(self.counts, 1, 0)
            self.grid.addWidget(self.sync_now, 1, 3, middle)
            self.grid.addWidget(self.clock, 2, 0, 1, 4)
        self.clock.setWordWrap(mode != WIDE)  # on its own line it may take two
        self.updateGeometry()

    def _fit(self) -> None:
        width = self.width()
        self._place(
            WIDE if width >= self._line_width() else NARROW if width >= self._narrow_width() else STACKED
        )

    def minimumSizeHint(self) -> QSize:
        """As narrow as the layout in lines allows: the widest count (or the online state's, the clock's
        longest word) beside the button."""
        margins = self.grid.contentsMargins()
        button = self.sync_now.sizeHint().width() + SPACING if not self.sync_now.isHidden() else 0
        column = max(
            self.counts.minimumSizeHint().width() + button,
            self.online.minimumSizeHint().width(),
            self.clock.minimumSizeHint().width() if not self.clock.isHidden() else 0,
        )
        height = super().minimumSizeHint().height()
        return QSize(margins.left() + column + margins.right(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # new words (a language, a state): measured again
            self._fit()
        return super().event(event)

    # --- the state ----------------------------------------------------------------------

    def check_store(self) -> None:
        """Every page and SQLite's structure, on the store thread; then the status shows the result."""
        self.check_timer.setInterval(CHECK_EVERY_MS)
        self.ctx.tasks.store(
            lambda site: site.store.check(), lambda _damage: self.refresh(), lambda exc: None
        )

    def refresh(self) -> None:
        self.ctx.tasks.store(lambda site: status(site.store, site.clock), self.show_status, lambda exc: None)

    def request_sync(self) -> None:
        if self.ctx.scheduler is not None:
            self.ctx.scheduler.sync_now()
            self.sync_now.setEnabled(False)
            # the button is the context: a window closed meanwhile takes the timer with it
            QTimer.singleShot(3000, self.sync_now, lambda: self.sync_now.setEnabled(True))

    def show_status(self, state: dict) -> None:
        was = bool(self.state.get("damaged"))
        self.state = state
        self.retranslate()
        if bool(state.get("damaged")) != was:
            self.damaged.emit(bool(state.get("damaged")))

    def retranslate(self) -> None:
        s = self.state
        enrolled = bool(s.get("registry"))
        if not enrolled:
            self.online.setText(self.tr("Not connected to a registry"))
            self.online.setProperty("role", "muted")
        elif s.get("online"):
            self.online.setText(self.tr("● Online"))
            self.online.setProperty("role", "ok")
        else:
            self.online.setText(self.tr("● Offline: work goes on, acts wait in the queue"))
            self.online.setProperty("role", "warn")
        self.online.style().unpolish(self.online)
        self.online.style().polish(self.online)
        self.queue.setText(self.tr("Queue: {count}").format(count=s.get("queued", 0)))
        aside = s.get("set_aside", 0)
        self.set_aside.setText(self.tr("Set aside: {count}").format(count=aside) if aside else "")
        self.set_aside.setVisible(bool(aside))
        last = when(s.get("last_sync"), zone=self.zone)
        self.last_sync.setText(
            self.tr("Last sync: {time}").format(time=last) if last else self.tr("Never synced")
        )
        self.sync_now.setText(self.tr("Sync now"))
        self.sync_now.setVisible(enrolled)
        self.clock.setText(self._clock_words(s.get("clock_offset_seconds")) if s.get("clock_warning") else "")
        self.clock.setVisible(bool(s.get("clock_warning")))
        self.banner.setText(
            self.tr(
                "The data store of this terminal is damaged: new acts are refused."
                " Ask IT to run 'hamyon store recover'; every act that can still be read is kept."
            )
        )
        self.banner.setVisible(bool(s.get("damaged")))

    def _clock_words(self, offset: float) -> str:
        minutes = abs(offset) / 60
        if minutes < 48 * 60:
            amount = self.tr("{minutes} min").format(minutes=round(minutes))
        else:
            amount = self.tr("{days} days").format(days=round(minutes / 1440))
        if offset > 0:
            return self.tr("Clock {amount} ahead of the registry: set it right").format(amount=amount)
        return self.tr("Clock {amount} behind the registry: set it right").format(amount=amount)


class Counts(QWidget):
    """The queue, what is set aside, the last sync: on one line where the width allows, else in as many
    lines as it needs (large text), each count whole. Placed by hand: a layout would answer for its
    height (Qt asks a widget's layout, not the widget, for the height at a width)."""

    def __init__(self, parts: list[QLabel]) -> None:
        super().__init__()
        self.parts = parts
        for part in parts:
            part.setParent(self)
            part.setWordWrap(False)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _lines_at(self, width: int) -> list[list[QLabel]]:
        lines: list[list[QLabel]] = []
        used = 0
        for part in (p for p in self.parts if not p.isHidden()):
            need = part.sizeHint().width()
            if lines and used + SPACING + need <= width:
                lines[-1].append(part)
                used += SPACING + need
            else:
                lines.append([part])
                used = need
        return lines

    def _arrange(self) -> None:
        top = 0
        for line in self._lines_at(self.width()):
            left, height = 0, max(part.sizeHint().height() for part in line)
            for part in line:
                width = part.sizeHint().width()
                part.setGeometry(left, top, width, height)
                left += width + SPACING
            top += height

    def sizeHint(self) -> QSize:
        lines = self._lines_at(10**6)
        widths = [sum(p.sizeHint().width() for p in line) + SPACING * (len(line) - 1) for line in lines]
        return QSize(max(widths, default=0), self.heightForWidth(10**6))

    def minimumSizeHint(self) -> QSize:
        widest = max((p.sizeHint().width() for p in self.parts if not p.isHidden()), default=0)
        return QSize(widest, self.heightForWidth(10**6))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return sum(max(p.sizeHint().height() for p in line) for line in self._lines_at(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # new words, a count shown or hidden
            self.updateGeometry()
            self._arrange()
        return super().event(event)


def _one_line(widget: QLabel | QPushButton) -> int:
    """The width ``widget``'s words take on one line, with its margins and the style's padding."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        margins = widget.contentsMargins()
        words = widget.fontMetrics().horizontalAdvance(widget.text())
        return words + margins.left() + margins.right() + 2 * widget.margin() + 2
    return widget.sizeHint().width()
