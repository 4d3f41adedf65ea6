"""The supervisor's page for sync by USB stick: the queue out to the stick, the registry's answer back.

The folder is typed or chosen (a folder chooser); both run as a job with progress. An import can be
cancelled between pages of news: what was applied stays, the next import goes on from there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QVBoxLayout

from sync.errors import SyncCancelled
from sync.protocol import times
from terminal.sync_client.bundle import ExportReport, TakeBackReport, export, take_back
from terminal.ui.context import UiContext
from terminal.ui.i18n import error_text
from terminal.ui.screens.jobs import JobPanel, on_store
from terminal.ui.tasks import Cancelled, Progress
from terminal.ui.widgets import Banner, Translatable, button, heading, label


def _step(progress: Progress, words: str):
    def report(done: int, total: int) -> None:
        progress.report(done, total, words)

    return report


class UsbStickPage(Translatable):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title, self.hint = heading(), label(role="muted")
        self.folder_label = label(role="strong")
        self.folder = QLineEdit()
        self.choose = button()
        self.choose.clicked.connect(self.choose_folder)
        self.export_button = button(role="primary")
        self.export_button.clicked.connect(self.export)
        self.import_button = button()
        self.import_button.clicked.connect(self.take_back)
        self.job = JobPanel(ctx)
        self.banner = Banner()
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(self.choose)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        column = QVBoxLayout(self)
        for widget in (self.title, self.hint, self.folder_label):
            column.addWidget(widget)
        column.addLayout(where)
        column.addLayout(actions)
        column.addWidget(self.job)
        column.addWidget(self.banner)
        column.addStretch(1)
        self.folder_label.setBuddy(self.folder)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("USB stick"))
        self.hint.setText(
            self.tr(
                "Without a network, carry the acts to the registry on a USB stick and bring its answer"
                " back. The file is sealed: a lost stick reveals nothing. The acts stay in the queue until"
                " the registry's answer comes back, online or on the stick."
            )
        )
        self.folder_label.setText(self.tr("&Folder on the USB stick"))
        self.folder.setAccessibleName(self.tr("Folder on the USB stick"))
        self.choose.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export to USB stick"))
        self.import_button.setText(self.tr("Import from USB stick"))

    def choose_folder(self) -> None:
        title = self.tr("Folder on the USB stick")
        chosen = QFileDialog.getExistingDirectory(self, title, self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _where(self) -> Path | None:
        text = self.folder.text().strip()
        if not text:
            self.banner.show_message(self.tr("Choose the folder on the USB stick first."), "warn")
            self.folder.setFocus()
            return None
        return Path(text)

    def _operator_id(self) -> int | None:
        return self.ctx.operator.id if self.ctx.operator is not None else None

    def _busy(self, busy: bool) -> None:
        for widget in (self.export_button, self.import_button, self.choose, self.folder):
            widget.setEnabled(not busy)

    def export(self) -> None:
        where = self._where()
        if where is None or self.job.busy:
            return
        words = QCoreApplication.translate("UsbStickPage", "Writing the bundle…")

        def job(progress: Progress) -> ExportReport:
            clock = times.UtcClock()
            step = _step(progress, words)
            who = self._operator_id()
            write = lambda site: export(site.store, where, clock, step, operator_id=who)  # noqa: E731
            return on_store(self.ctx, progress, write, final=True)

        self._start(job, self._exported)

    def take_back(self) -> None:
        where = self._where()
        if where is None or self.job.busy:
            return
        words = QCoreApplication.translate("UsbStickPage", "Applying the registry's answer…")

        def job(progress: Progress) -> TakeBackReport:
            clock = times.UtcClock()
            who = self._operator_id()
            try:
                return on_store(
                    self.ctx,
                    progress,
                    lambda site: take_back(
                        site.store,
                        where,
                        clock,
                        _step(progress, words),
                        lambda: progress.cancelled,
                        operator_id=who,
                    ),
                    final=True,
                )
            except SyncCancelled:
                raise Cancelled() from None  # stopped between pages, as asked: not an error

        self._start(job, self._taken_back)

    def _start(self, job, success) -> None:
        self.banner.clear_message()
        self._busy(True)
        self.job.start(job, success, self._failed, self._cancelled)

    def _exported(self, report: ExportReport) -> None:
        self._busy(False)
        self.banner.show_message(
            lambda: self.tr("Written to the stick: {file} (acts: {acts}). Take it to the registry.").format(
                acts=report.acts, file=report.path.name
            ),
            "ok",
        )

    def _taken_back(self, report: TakeBackReport) -> None:
        from terminal.ui.app import refresh_gallery  # the app builds this page: imported when used

        self._busy(False)
        refresh_gallery(self.ctx, report.news.templates)
        self.banner.show_message(
            lambda: self.tr(
                "The registry's answer is in. Acts answered: {acts}; changes applied: {changes}."
            ).format(acts=report.settled, changes=report.news.changes),
            "ok",
        )

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.banner.show_message(lambda: error_text(exc), "error")

    def _cancelled(self) -> None:
        self._busy(False)
        self.banner.show_message(
            self.tr("Stopped. What was applied stays; import again to go on from there."), "warn"
        )
