"""Starting the window: the Qt application, the shared context, sync in the background."""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from biometrics import heap
from terminal.core.site import Site
from terminal.core.store import Store
from terminal.ui import theme
from terminal.ui.context import Bridge, UiContext
from terminal.ui.i18n import Translations
from terminal.ui.tasks import TaskRunner

log = logging.getLogger("hamyon.ui")


PREFERRED_SIZE = (1366, 768)


def show_fitted(window: QWidget) -> None:
    """Show ``window`` at 1366 x 768, or filling the screen where the screen is smaller (a 1024 x 600
    netbook): never wider or taller than what the operator can see."""
    screen = window.screen() or QApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    width, height = PREFERRED_SIZE
    if room is not None and (room.width() < width or room.height() < height):
        window.resize(min(width, room.width()), min(height, room.height()))
        window.showMaximized()
        return
    window.resize(width, height)
    window.show()


def application() -> QApplication:
    heap.map_large_blocks()  # the camera's frames and pictures given back when freed (docs/memory.md)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Hamyon Terminal")
    app.setOrganizationName("Hamyon")
    theme.apply(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def build_context(
    home: Path, site: Site, camera: str | None = None, language: str | None = None
) -> UiContext:
    """The context every screen shares; the gallery loads and sync starts in the background.

    Without ``language`` the window opens in the language chosen last on this home (see ``saved_language``).
    """
    language = language or saved_language(home)
    bridge = Bridge()
    tasks = TaskRunner(on_error=bridge.error.emit)
    translations = Translations(home / "cache" / "i18n")
    ctx = UiContext(
        home=home, site=site, tasks=tasks, bridge=bridge, translations=translations, camera=camera
    )
    if language:
        translations.switch(language)
    load_gallery(ctx)
    bridge.operator_changed.connect(_freeze_after_first_sign_in)
    return ctx


def freeze_heap() -> None:
    """Put what start-up made (modules, classes, Qt wrappers: some 100,000 objects) out of the
    garbage collector's sight (``gc.freeze``). A full collection then walks only the objects made
    since: a few milliseconds instead of about 90, which a sync or registry thread would otherwise
    spend holding the GIL while the window waits (measured by tests/ui/test_responsive.py)."""
    gc.freeze()


_signed_in_once = False


def _freeze_after_first_sign_in(operator: object) -> None:
    """The first workspace's modules and widgets join the frozen heap once they are built (once:
    a later operator's screens come and go, and frozen garbage is never collected)."""
    global _signed_in_once
    if operator is not None and not _signed_in_once:
        _signed_in_once = True
        QTimer.singleShot(0, freeze_heap)


def saved_language(home: Path) -> str | None:
    """The language the operator chose last on this home (the window keeps it in ``ui.json``)."""
    from terminal.ui import preferences

    code: str | None = preferences.read(home).get("language")
    return code


def load_gallery(ctx: UiContext) -> None:
    from terminal.core import faces

    def loaded(gallery: object) -> None:
        ctx.gallery = gallery
        ctx.bridge.gallery_changed.emit()

    ctx.tasks.store(lambda site: faces.load_gallery(site.store), loaded)


def start_sync(ctx: UiContext, **timing: float) -> None:
    """The scheduler's job syncs on an interval; pulled template changes reach the gallery."""
    if not ctx.site.store.scalar("SELECT count(*) FROM device WHERE registry_url IS NOT NULL"):
        return
    from terminal.sync_client.scheduler import SyncScheduler

    ctx.scheduler = SyncScheduler(
        ctx.home,
        on_status=ctx.bridge.status_changed.emit,
        on_templates=lambda ids: refresh_gallery(ctx, ids),
        **timing,
    )
    freeze_heap()  # before the sync's threads start making garbage
    ctx.scheduler.start()


def refresh_gallery(ctx: UiContext, template_ids: object) -> None:
    """Bring the templates a sync touched into the gallery (on the store thread; any thread may call)."""
    from terminal.core import faces

    ids = sorted(template_ids)  # type: ignore[call-overload]
    if not ids or ctx.gallery is None:
        return

    def refresh(site: Site) -> object:
        return faces.refresh(ctx.gallery, site.store, ids)

    ctx.tasks.store(refresh, lambda _counts: ctx.bridge.gallery_changed.emit())


def quit_when_shown(screen: str, operators: object = None) -> None:
    """``HAMYON_EXIT_AFTER_START=1`` (the start-time benchmark, the package's smoke test): once the
    first screen is up (the sign-in screen with its operators listed), say so on stdout and quit."""

    said: list[bool] = []

    def shown(*_args: object) -> None:
        if not said:
            said.append(True)
            print(f"hamyon: {screen} screen shown", flush=True)
            QTimer.singleShot(0, QApplication.quit)

    if operators is not None and not operators.count():  # type: ignore[attr-defined]
        operators.model().rowsInserted.connect(shown)  # type: ignore[attr-defined]
    else:
        QTimer.singleShot(0, shown)


def stop(ctx: UiContext) -> None:
    if ctx.scheduler is not None:
        ctx.scheduler.stop()
        ctx.scheduler = None
    ctx.tasks.shutdown()
    speaker = ctx.extras.pop("speaker", None)  # the spoken guidance's player, when it was used
    if speaker is not None:
        speaker.close()


def run(home: Path, camera: str | None = None, language: str | None = None) -> int:
    """``hamyon``: the terminal window on this home (the first-run set-up if it has no site yet)."""
    from terminal.core.errors import SiteNotSetUp
    from terminal.ui.main_window import MainWindow
    from terminal.ui.screens.setup import SetupScreen

    app = application()
    store = Store.open(home)
    held: dict[str, object] = {}

    def open_main(demo: object = None) -> None:
        held["demo"] = demo
        ctx = build_context(home, Site(store), camera, language)
        held["ctx"] = ctx
        start_sync(ctx)
        window = MainWindow(ctx)
        show_fitted(window)
        held["window"] = window
        if os.environ.get("HAMYON_EXIT_AFTER_START"):
            quit_when_shown("sign-in", window.signin.names)
        if "setup" in held:
            held["setup"].close()  # type: ignore[attr-defined]

    try:
        Site(store)
        open_main()
    except SiteNotSetUp:
        tasks = TaskRunner(on_error=lambda exc: log.error("set-up failed", exc_info=exc))
        setup = SetupScreen(home, tasks)
        setup.ready.connect(open_main)
        show_fitted(setup)
        held["setup"], held["setup_tasks"] = setup, tasks
        if os.environ.get("HAMYON_EXIT_AFTER_START"):
            quit_when_shown("set-up")
    try:
        return app.exec()
    finally:
        if "setup_tasks" in held:
            held["setup_tasks"].shutdown()  # type: ignore[attr-defined]
        if "ctx" in held:
            stop(held["ctx"])  # type: ignore[arg-type]
        if held.get("demo") is not None:
            held["demo"].stop()  # type: ignore[attr-defined]
        store.close()
