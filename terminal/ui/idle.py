"""The idle lock's clock: no key, click, wheel or touch anywhere in the application for the idle
time, and ``idle`` is emitted (the window then locks; see :mod:`terminal.ui.screens.lock`).

An application-wide event filter notes the time of the last input (cheap: one
assignment per event); one single-shot timer checks it when the idle time could
have run out, and waits again for the rest when there was input meanwhile.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None, timeout_ms: int = 5 * 60_000) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def set_minutes(self, minutes: float) -> None:
        self.set_timeout_ms(round(minutes * 60_000))

    def set_timeout_ms(self, ms: int) -> None:
        self.timeout_ms = max(1, int(ms))
        if self.armed:
            self.arm()

    def arm(self) -> None:
        """Start counting from now (an operator signed in or unlocked)."""
        self._last = time.monotonic()
        self._timer.start(self.timeout_ms)

    def disarm(self) -> None:
        self._timer.stop()

    def stop(self) -> None:
        self.disarm()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        left_ms = self.timeout_ms - (time.monotonic() - self._last) * 1000
        if left_ms > 0:
            self._timer.start(max(1, round(left_ms)))
        else:
            self.idle.emit()
