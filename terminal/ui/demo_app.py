"""``hamyon demo``: prepare the demo site off the UI thread, then open the window signed in as its nurse."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from terminal.core.site import Site
from terminal.core.store import Store
from terminal.ui.app import application, build_context, start_sync, stop
from terminal.ui.context import UiContext
from terminal.ui.i18n import error_text
from terminal.ui.tasks import TaskRunner
from terminal.ui.widgets import Translatable, heading, label

log = logging.getLogger("hamyon.ui.demo")
DEMO_OPERATOR = ("nurse", "1111")  # the demo registry's nurse and her PIN


class Preparing(Translatable):
    """What shows while the embedded registry is seeded and this terminal enrolls."""

    said = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.title = heading()
        self.step = label(role="muted")
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: the steps have no common measure
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.title, self.step, bar):
            layout.addWidget(widget)
        self.said.connect(self.step.setText)
        self.resize(720, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Preparing the demo site …"))
        self.setWindowTitle(self.tr("Hamyon Terminal"))


class _Holder(QObject):
    """Keeps the window and the demo alive for as long as the application runs."""

    def __init__(self) -> None:
        super().__init__()
        self.window: QWidget | None = None
        self.ctx = None
        self.demo = None
        self.store: Store | None = None


def run_demo(
    home: Path, faces: Path | None, camera: str | None, country: str = "UZ", language: str | None = None
) -> int:
    from terminal.demo import prepare

    app = application()
    holder = _Holder()
    preparing = Preparing()
    preparing.show()
    runner = TaskRunner(on_error=lambda exc: preparing.step.setText(error_text(exc)))

    def ready(demo: object) -> None:
        holder.demo = demo
        holder.store = Store.open(home)
        holder.ctx = ctx = build_context(home, Site(holder.store), camera, language)
        start_sync(ctx, interval=60.0, retry=5.0, probe_seconds=5.0)
        holder.window = open_signed_in(ctx)
        preparing.close()

    runner.background(lambda _p: prepare(home, faces, preparing.said.emit, country), ready)
    try:
        return app.exec()
    finally:
        runner.shutdown()
        if holder.ctx is not None:
            stop(holder.ctx)
        if holder.store is not None:
            holder.store.close()
        if holder.demo is not None:
            holder.demo.stop()


def open_signed_in(ctx: UiContext, login: str = DEMO_OPERATOR[0], pin: str = DEMO_OPERATOR[1]) -> QWidget:
    """The main window, signed in as the demo operator (the sign-in screen if that fails)."""
    from terminal.core import operators
    from terminal.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    site = ctx.site
    ctx.tasks.store(lambda: operators.sign_in(site, login, pin), window.enter, lambda exc: None)
    return window
