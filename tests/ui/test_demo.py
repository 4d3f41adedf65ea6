"""``hamyon demo`` and the first-run set-up, in-process and offscreen, with real registries.

* ``hamyon demo --faces ../shared/faces/people --camera ../shared/faces/video/short_hamilton_clip.mp4``:
  :func:`terminal.ui.demo_app.run_demo` runs as the command runs it (the event
  loop included); a timer watches the window and quits once Lin-Manuel Miranda
  is identified and his prescriptions are on the screen, ready to hand out.
* The first-run set-up (:class:`terminal.ui.screens.setup.SetupScreen`): an
  enrollment code connects the terminal and pulls its site; a wrong one shows
  the registry's refusal in plain words; "Open the demo site" prepares the demo
  and, through ``hamyon`` (:func:`terminal.ui.app.run`), opens the window on it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.ui.conftest import SHARED_FACES
from tests.ui.test_dispensing import CLIP

PEOPLE = SHARED_FACES / "people"
DEMO_LIMIT = 90.0  # seconds for the whole demo: seeding, enrolling the faces, the window, Face-ID


def run_loop_until(qapp, run: Callable[[], int], check: Callable[[], bool], limit: float) -> tuple[int, bool]:
    """Run ``run`` (which runs the application's event loop) while a timer calls ``check`` every
    100 ms; the loop is quit once ``check`` is true or ``limit`` seconds have passed.
    Returns what ``run`` returned and whether ``check`` came true."""
    from PySide6.QtCore import QEvent, QTimer

    deadline, done = time.monotonic() + limit, [False]

    def watch() -> None:
        if not done[0] and check():
            done[0] = True
            qapp.quit()
        elif time.monotonic() > deadline:
            qapp.quit()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(100)
    try:
        return run(), done[0]
    finally:
        timer.stop()
        # a Quit the application posted to itself while it quit would end every later event loop
        # of this test process at once (pytest-qt's waits): the command's process ends here instead
        qapp.removePostedEvents(qapp, QEvent.Type.Quit)


def windows(qapp, kind: type) -> list:
    return [w for w in qapp.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


@pytest.fixture
def close_windows(qapp) -> Iterator[None]:
    """The windows the command opened are closed afterwards (their timers would outlive their store)."""
    from terminal.ui import camera

    before = set(qapp.topLevelWidgets())
    yield
    for widget in set(qapp.topLevelWidgets()) - before:
        widget.close()
        widget.deleteLater()
    assert camera.stop_all(10_000)


@pytest.mark.skipif(not (CLIP.is_file() and PEOPLE.is_dir()), reason="the shared face set is not here")
def test_hamyon_demo_identifies_lin_in_the_clip_and_shows_his_prescriptions(
    qapp, tmp_path: Path, close_windows
) -> None:
    from terminal.ui.demo_app import Preparing, run_demo
    from terminal.ui.main_window import MainWindow
    from terminal.ui.screens.dispensing import DispensingScreen

    seen: dict[str, object] = {}
    started = time.monotonic()

    def identified() -> bool:
        if windows(qapp, Preparing):
            seen.setdefault("preparing", time.monotonic() - started)
        for window in windows(qapp, MainWindow):
            screen = window.workspace.currentWidget()
            if not isinstance(screen, DispensingScreen):
                continue
            panel = screen.dispensing
            if screen.pages.currentWidget() is not panel:
                continue
            seen.update(
                seconds=time.monotonic() - started,
                operator=window.ctx.operator.login,
                name=panel.name.text(),
                how=panel.how.text(),
                items=[(item.drug_name, f.value(), f.isEnabled()) for f, item in panel.fields.values()],
                total=panel.total.text(),
                confirm=panel.confirm.isEnabled(),
                online=window.status_panel.state.get("online"),
            )
            return True
        return False

    code, done = run_loop_until(
        qapp, lambda: run_demo(tmp_path / "home", PEOPLE, str(CLIP)), identified, DEMO_LIMIT
    )
    print(f"\nhamyon demo: {seen}")
    assert done, f"Lin-Manuel Miranda was not identified within {DEMO_LIMIT:.0f} s: {seen}"
    assert code == 0
    assert "preparing" in seen  # the window said what it was doing while the demo was prepared
    assert seen["operator"] == "nurse"
    assert seen["name"] == "Miranda Lin Manuel"
    assert seen["how"] == "Identified by Face-ID"
    items = seen["items"]
    assert sorted(name for name, _qty, _open in items) == ["Amlodipine 5 mg", "Metformin 500 mg"]
    assert all(enabled and qty > 0 for _name, qty, enabled in items)  # quantities filled in, ready
    assert seen["confirm"] is True and seen["online"] is True


# --- the first-run set-up ------------------------------------------------------------------


@pytest.fixture
def registry(tmp_path: Path):
    """A small seeded registry served in-process, and a way to issue its enrollment codes."""
    from sync.protocol.times import UtcClock
    from sync.server.db import RegistryDB
    from sync.server.embedded import EmbeddedRegistry
    from sync.server.enroll import issue_code
    from sync.server.schema import migrate
    from sync.server.seed import seed
    from terminal.demo import demo_people

    db = RegistryDB(f"sqlite:///{tmp_path / 'registry.db'}")
    migrate(db)
    seed(db, "SETUP-1", 60, demo_people("UZ"), UtcClock())
    server = EmbeddedRegistry(db).start()

    def code() -> str:
        with db.transaction() as tx:
            return issue_code(tx, "SETUP-1", UtcClock())

    server.code = code  # type: ignore[attr-defined]
    yield server
    server.stop()
    db.close()


@pytest.fixture
def setup_screen(qtbot, qapp, tmp_path: Path):
    from terminal.ui import theme
    from terminal.ui.screens.setup import SetupScreen
    from terminal.ui.tasks import TaskRunner

    theme.apply(qapp)
    errors: list[BaseException] = []
    tasks = TaskRunner(on_error=errors.append)
    screen = SetupScreen(tmp_path / "home", tasks)
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    yield screen
    tasks.shutdown()
    assert errors == []


def test_an_enrollment_code_connects_the_terminal_and_pulls_its_site(qtbot, setup_screen, registry) -> None:
    from terminal.core.site import Site
    from terminal.core.store import Store

    screen = setup_screen
    screen.url.setText(registry.url)
    screen.code.setText(registry.code().lower())  # typed in small letters: the code still counts
    with qtbot.waitSignal(screen.ready, timeout=30_000) as ready:
        screen.connect_button.click()
        assert not screen.connect_button.isEnabled() and "Connecting" in screen.banner.text()
    assert ready.args == [None]
    with Store.open(screen.home) as store:
        site = Site(store)
        assert site.facility.id == "SETUP-1"
        assert store.scalar("SELECT count(*) FROM citizens") == 60
        assert store.scalar("SELECT count(*) FROM operators") == 5
        assert store.scalar("SELECT registry_url FROM device") == registry.url


def test_a_wrong_code_shows_the_registrys_refusal_in_plain_words(qtbot, setup_screen, registry) -> None:
    from terminal.core.store import Store

    screen = setup_screen
    screen.connect()  # nothing typed: said at once, nothing sent
    assert screen.banner.text() == "Type both the address and the code."
    screen.url.setText(registry.url)
    screen.code.setText("AAAA-BBBB-CCCC")
    with qtbot.assertNotEmitted(screen.ready, wait=200):
        qtbot.keyClick(screen.code, "\r")  # Enter in the code field connects
        qtbot.waitUntil(lambda: screen.banner.property("kind") == "error", timeout=30_000)
    words = screen.banner.text()
    print(f"\nthe refusal: {words!r}")
    assert "code" in words.lower()
    assert "Traceback" not in words and "HTTP" not in words and "{" not in words
    assert screen.connect_button.isEnabled() and screen.code.isEnabled()  # try again
    with Store.open(screen.home) as store:
        assert store.scalar("SELECT count(*) FROM device WHERE registered_at IS NOT NULL") == 0

    # an address where no registry listens is said plainly too
    screen.url.setText("http://127.0.0.1:9")
    screen.connect_button.click()
    qtbot.waitUntil(lambda: screen.connect_button.isEnabled(), timeout=30_000)
    assert screen.banner.property("kind") == "error" and screen.banner.text() != words
    print(f"no registry: {screen.banner.text()!r}")

    # a plain http:// registry on another computer: refused before anything is sent
    screen.url.setText("http://192.0.2.1:8470")
    screen.connect_button.click()
    qtbot.waitUntil(lambda: "not an https:// address" in screen.banner.text(), timeout=30_000)
    assert screen.connect_button.isEnabled()


def test_first_run_opens_the_demo_site_from_the_set_up_screen(qapp, tmp_path: Path, close_windows) -> None:
    from terminal.core.store import Store
    from terminal.ui.app import run
    from terminal.ui.main_window import MainWindow
    from terminal.ui.screens.setup import SetupScreen

    home = tmp_path / "home"
    seen: dict[str, object] = {}

    def opened() -> bool:
        for setup in windows(qapp, SetupScreen):
            if "asked" not in seen:
                seen["asked"] = setup.demo_button.text()
                setup.demo_button.click()
        mains = windows(qapp, MainWindow)
        if mains and mains[0].signin.names.count() == 5 and mains[0].status_panel.state.get("online"):
            seen["setup_closed"] = not windows(qapp, SetupScreen)
            seen["site"] = mains[0].top.site.text()
            return True
        return False

    code, done = run_loop_until(qapp, lambda: run(home), opened, 60.0)
    print(f"\nfirst run: {seen}")
    assert done and code == 0, seen
    assert seen["asked"] == "Open the demo site instead"
    assert seen["setup_closed"] is True
    assert "DEMO-UZ-001" in str(seen["site"])
    with Store.open(home) as store:  # the demo site is this home's site from now on
        assert store.scalar("SELECT count(*) FROM citizens") >= 400
        assert store.scalar("SELECT registry_url FROM device") is not None
