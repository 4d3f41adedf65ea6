"""Always visible: online or offline, the queue for the registry, what is set aside, the last good sync."""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout

from terminal.core.status import status
from terminal.ui.context import UiContext
from terminal.ui.widgets import Translatable, button, label

REFRESH_MS = 5000


def when(iso: str | None, now: datetime | None = None, zone: tzinfo | None = None) -> str | None:
    """'14:05' today, '20.11 14:05' another day, None for never: in ``zone`` (the facility's time,
    as on every other screen and receipt; the computer's own when None)."""
    if not iso:
        return None
    at = datetime.fromisoformat(iso).astimezone(zone)
    now = (now or datetime.now(zone)).astimezone(zone)
    return at.strftime("%H:%M") if at.date() == now.date() else at.strftime("%d.%m %H:%M")


class StatusPanel(Translatable):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.state: dict = {}
        self.setProperty("role", "statusbar")
        self.zone = ZoneInfo(ctx.site.facility.timezone)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(24)
        self.online = label(role="ok")
        self.queue = label()
        self.set_aside = label(role="warn")
        self.last_sync = label(role="muted")
        self.sync_now = button(shortcut="F5")
        self.sync_now.clicked.connect(self.request_sync)
        for widget in (self.queue, self.set_aside, self.last_sync):
            widget.setWordWrap(False)
        # the online state is the longest words (Russian, Kazakh...): it takes the free width and, on a
        # narrow window, a second line, so the counts and "Sync now" stay whole
        row.addWidget(self.online, 1)
        for widget in (self.queue, self.set_aside, self.last_sync):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.sync_now)
        ctx.bridge.status_changed.connect(self.show_status)
        ctx.bridge.acts_recorded.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        store = self.ctx.site.store
        self.ctx.tasks.store(lambda: status(store), self.show_status, lambda exc: None)

    def request_sync(self) -> None:
        if self.ctx.scheduler is not None:
            self.ctx.scheduler.sync_now()
            self.sync_now.setEnabled(False)
            # the button is the context: a window closed meanwhile takes the timer with it
            QTimer.singleShot(3000, self.sync_now, lambda: self.sync_now.setEnabled(True))

    def show_status(self, state: dict) -> None:
        self.state = state
        self.retranslate()

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
