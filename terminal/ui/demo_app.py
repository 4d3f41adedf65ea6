"""``hamyon demo``: prepare the demo site off the UI thread, then open the window signed in as its nurse."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressBar, QVBoxLayout, QWidget

from terminal.core.site import Site
from terminal.core.store import Store
from terminal.ui.app import application, build_context, show_fitted, start_sync, stop
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
    show_fitted(window)

    def entered(operator: object) -> None:
        window.enter(operator)  # type: ignore[arg-type]
        if os.environ.get("HAMYON_EXIT_AFTER_IDENTIFY"):
            quit_when_identified(window)

    ctx.tasks.store(lambda site: operators.sign_in(site, login, pin), entered, lambda exc: None)
    return window


def quit_when_identified(window: QWidget) -> None:
    """``HAMYON_EXIT_AFTER_IDENTIFY=1`` (the installed package's smoke test): when the workspace's
    Face-ID first identifies someone, say who by internal number (never a name or ID number) and quit."""
    face = getattr(window.workspace.currentWidget(), "faceid", None)  # type: ignore[attr-defined]
    if face is None:
        print("hamyon: this workspace has no Face-ID", flush=True)
        QTimer.singleShot(0, QApplication.quit)
        return

    def identified(found: object) -> None:
        ident = found.identification  # type: ignore[attr-defined]
        print(f"hamyon: identified citizen No. {ident.citizen_id} by {ident.method}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    face.identified.connect(identified)
