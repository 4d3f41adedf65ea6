"""The supervisor's workspace: operators and PINs, overrides, meal reports, the audit trail, what did
not go through to or from the registry, today's acts (to reverse a mistaken one), the spoken guidance,
and sync by USB stick."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from terminal.ui.context import UiContext
from terminal.ui.screens.audit_page import AuditPage
from terminal.ui.screens.meal_report_panel import MealReportPanel
from terminal.ui.screens.supervisor_pages import OperatorsPage, OverridesPage
from terminal.ui.screens.sync_problems_page import SyncProblemsPage
from terminal.ui.screens.todays_acts_page import TodaysActsPage
from terminal.ui.screens.usb_stick_page import UsbStickPage
from terminal.ui.screens.voice_page import VoicePage
from terminal.ui.widgets import Translatable, scrolled

NAV_WIDTH = 240


class SupervisorScreen(Translatable):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.operators = OperatorsPage(ctx)
        self.overrides = OverridesPage(ctx)
        self.reports = MealReportPanel(ctx)
        self.audit = AuditPage(ctx)
        self.sync_problems = SyncProblemsPage(ctx)
        self.acts = TodaysActsPage(ctx)
        self.voice = VoicePage(ctx)
        self.usb = UsbStickPage(ctx)
        self.pages: list[QWidget] = [
            self.operators,
            self.overrides,
            self.reports,
            self.audit,
            self.sync_problems,
            self.acts,
            self.voice,
            self.usb,
        ]
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
        self.nav = QListWidget()
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setWordWrap(True)  # a long title (Russian, Karakalpak) takes two lines, never cut off
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self.open_page)
        row = QHBoxLayout(self)
        row.addWidget(self.nav)
        row.addWidget(scrolled(self.stack), 1)  # a long page in a small window scrolls, never squashes
        self.retranslate()
        self.nav.setCurrentRow(0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Supervisor"))
        self.nav.setAccessibleName(self.tr("Supervisor's pages"))
        titles = (
            self.tr("Operators"),
            self.tr("Overrides"),
            self.tr("Meal reports"),
            self.tr("Audit trail"),
            self.tr("Sync problems"),
            self.tr("Today's acts"),
            self.tr("Spoken guidance"),
            self.tr("USB stick"),
        )
        current = self.nav.currentRow()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.addItems(list(titles))
        self.nav.setCurrentRow(max(current, 0))
        self.nav.blockSignals(False)

    def open_page(self, index: int) -> None:
        """Show a page, read afresh: what other workspaces recorded meanwhile is in it."""
        if not 0 <= index < len(self.pages):
            return
        page = self.pages[index]
        self.stack.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.open_page(self.nav.currentRow())
