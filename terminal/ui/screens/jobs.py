"""Long jobs on a screen: a progress bar, a Cancel button, and store steps run from a background job.

A background job may not touch the store itself: :func:`on_store` hands one
step to the store thread and waits for it, so the job can report progress and
honour Cancel between steps (a store step, once started, always finishes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QProgressBar

from terminal.core.site import Site
from terminal.ui.context import UiContext
from terminal.ui.tasks import Handle, Progress
from terminal.ui.widgets import Translatable, button, label

T = TypeVar("T")
POLL_MS = 100


def on_store(ctx: UiContext, progress: Progress, fn: Callable[[Site], T], *, final: bool = False) -> T:
    """From a background job: run ``fn(site)`` on the store thread, wait, return its value or raise its error.

    Cancel is honoured before the step and, unless it is the ``final`` one (whose
    result must then reach the operator), after it.
    """
    progress.check()
    box: dict[str, Any] = {}

    def step(site: Site) -> None:
        try:
            box["value"] = fn(site)
        except BaseException as exc:  # re-raised on the job's thread below
            box["error"] = exc

    handle = ctx.tasks.store(step, failure=lambda _exc: None)
    handle.wait()
    if "error" in box:
        raise box["error"]
    if not final:
        progress.check()
    return box["value"]


class JobPanel(Translatable):
    """Progress and Cancel for one background job at a time; hidden when idle."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.handle: Handle | None = None
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(200)
        self.words = label(role="muted")
        self.cancel = button(role="danger")
        self.cancel.clicked.connect(self.request_cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 2)
        row.addWidget(self.words, 3)
        row.addWidget(self.cancel)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_stopped)
        self._on_cancelled: Callable[[], None] | None = None
        self._seen_stopped = False
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel.setText(self.tr("Cancel"))
        self.bar.setAccessibleName(self.tr("Progress"))

    @property
    def busy(self) -> bool:
        return self.handle is not None

    def start(
        self,
        job: Callable[[Progress], Any],
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None],
        cancelled: Callable[[], None],
    ) -> None:
        """Run ``job`` in the background; exactly one of the three callbacks is called at the end."""

        def done(value: Any) -> None:
            self._finish()
            success(value)

        def failed(exc: BaseException) -> None:
            self._finish()
            failure(exc)

        self._on_cancelled = cancelled
        self._seen_stopped = False
        self.bar.setRange(0, 0)  # busy until the first report
        self.words.setText("")
        self.cancel.setEnabled(True)
        self.show()
        self.handle = self.ctx.tasks.background(job, done, failed, self._progress)

    def _progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        self.words.setText(text)

    def request_cancel(self) -> None:
        if self.handle is None:
            return
        self.handle.cancel()
        self.cancel.setEnabled(False)
        self.words.setText(self.tr("Stopping after the current step…"))
        self._poll.start()

    def _check_stopped(self) -> None:
        """A cancelled job calls back nothing: notice here when it has really stopped.

        One more tick is left after it stopped, so that a job that finished its last
        step anyway reaches ``success`` (which clears the handle) rather than this.
        """
        if self.handle is None or not self.handle.wait(0):
            return
        if not self._seen_stopped:
            self._seen_stopped = True
            return
        cancelled = self._on_cancelled
        self._finish()
        if cancelled is not None:
            cancelled()

    def _finish(self) -> None:
        self._poll.stop()
        self.handle = None
        self._on_cancelled = None
        self.hide()
