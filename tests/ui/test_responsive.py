"""The window never freezes: the event loop's responsiveness while Face-ID and a large sync run together.

A terminal enrolled at a registry of 30,000 citizens with face templates had
its first pull cut off after one page (a link that dropped, a terminal switched
off): it has its facility and staff, but nearly all of its catchment is still
to come. The window opens, the nurse signs in and Lin-Manuel Miranda walks up
to the camera (the shared clip) while the scheduler resumes the pull: about
75,000 changes, then 30,000 templates brought into the open gallery.

A timer on the UI thread asks to tick every 10 ms and records every gap
between ticks; a frozen window (a long job on the UI thread, the GIL held by
dlib or by a long C call on another thread) shows as a long gap. So does the
garbage collector: a full pass over the start-up heap (some 160,000 objects)
took about 85 ms on whichever thread set it off (the pull's JSON, the embedded
registry's answers), every gap over 50 ms was one, until
``terminal.ui.app.freeze_heap`` put the start-up objects out of its sight.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.ui.conftest import sign_in
from tests.ui.test_dispensing import CLIP, LIN_PHOTO, lin_template, on_store  # noqa: F401 (a fixture)

CITIZENS = 30_000
LONGEST_GAP = 0.300  # seconds: a window that stalls longer than this feels frozen
STUTTER = 0.060  # seconds: the 99th percentile of the gaps (about 20 ms measured on 2 cores)
WAIT_MS = 60_000

pytestmark = pytest.mark.skipif(
    not (CLIP.is_file() and LIN_PHOTO.is_file()),
    reason="the shared face set (../shared/faces) is not beside the repository",
)


@dataclass
class BigSite:
    home: Path
    registry: object  # sync.server.embedded.EmbeddedRegistry
    pulled: int  # citizens on the terminal when the pull was cut off
    feed: int  # changes in the registry's feed for this terminal


@pytest.fixture
def big_site(tmp_path: Path) -> Iterator[BigSite]:
    from sync.errors import SyncCancelled
    from sync.protocol.times import UtcClock
    from sync.server.db import RegistryDB
    from sync.server.embedded import EmbeddedRegistry
    from sync.server.enroll import issue_code
    from sync.server.schema import migrate
    from sync.server.seed import seed
    from terminal.core.store import Store
    from terminal.demo import demo_people, facility_id
    from terminal.sync_client.cycle import sync_once
    from terminal.sync_client.enroll import enroll

    clock, facility = UtcClock(), facility_id("UZ")
    db = RegistryDB(f"sqlite:///{tmp_path / 'registry.db'}")
    migrate(db)
    summary = seed(db, facility, CITIZENS, demo_people("UZ"), clock)
    registry = EmbeddedRegistry(db).start()
    home = tmp_path / "home"
    with Store.open(home) as store:
        with db.transaction() as tx:
            code = issue_code(tx, facility, clock)
        enroll(store, registry.url, code, clock, "Responsive terminal")
        with pytest.raises(SyncCancelled):  # the first page arrives, then the pull is cut off
            sync_once(store, clock, cancelled=lambda: store.scalar("SELECT count(*) FROM sync_cursors") > 0)
        pulled = store.scalar("SELECT count(*) FROM citizens")
    yield BigSite(home, registry, pulled, summary.changes)
    registry.stop()
    db.close()


class Ticker:
    """A timer on the UI thread asking for a tick every 10 ms: the gaps between ticks, and the
    garbage collector's full passes (any thread's) while it runs."""

    def __init__(self, on_tick) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.on_tick = on_tick
        self.gaps: list[float] = []
        self.long: list[tuple[float, float]] = []  # (when it ended, how long): the gaps over 50 ms
        self.collections: list[float] = []  # seconds of each full (generation 2) collection
        self._last = self._collecting = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        gc.callbacks.append(self._collected)
        self._last = time.perf_counter()
        self.timer.start(10)

    def stop(self) -> None:
        self.timer.stop()
        if self._collected in gc.callbacks:
            gc.callbacks.remove(self._collected)

    def _tick(self) -> None:
        now = time.perf_counter()
        gap, self._last = now - self._last, now
        self.gaps.append(gap)
        if gap > 0.05:
            self.long.append((now, gap))
        self.on_tick(now)

    def _collected(self, phase: str, info: dict) -> None:
        if info["generation"] == 2:
            if phase == "start":
                self._collecting = time.perf_counter()
            else:
                self.collections.append(time.perf_counter() - self._collecting)

    def figures(self) -> dict[str, float]:
        ordered = sorted(self.gaps)
        return {
            "ticks": len(ordered),
            "longest_ms": round(ordered[-1] * 1000, 1),
            "p99_ms": round(ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000, 1),
            "median_ms": round(statistics.median(ordered) * 1000, 1),
            "gaps_over_50ms": len(self.long),
            "full_gc_passes": len(self.collections),
            "longest_full_gc_ms": round(max(self.collections, default=0.0) * 1000, 1),
        }


def test_the_window_keeps_ticking_while_face_id_and_a_large_pull_run_together(
    qtbot,
    qapp,
    big_site: BigSite,
    lin_template,  # noqa: F811
) -> None:
    from terminal.core import faces
    from terminal.core.site import Site
    from terminal.core.store import Store
    from terminal.ui import camera, theme
    from terminal.ui.app import build_context, start_sync, stop
    from terminal.ui.main_window import MainWindow
    from terminal.ui.screens.dispensing import DispensingScreen

    theme.apply(qapp)
    store = Store.open(big_site.home)
    ctx = build_context(big_site.home, Site(store), camera=str(CLIP))
    marks: dict[str, float] = {}

    def pulled(now: float) -> None:
        if "pulled" not in marks and ctx.scheduler is not None and ctx.scheduler.cycles >= 1:
            marks["pulled"] = now

    ticker = Ticker(pulled)
    try:
        qtbot.waitUntil(lambda: ctx.gallery is not None, timeout=10_000)

        def enroll_lin() -> int:  # his face, with consent, for a citizen of the first page
            site = ctx.site
            citizen_id = site.store.scalar("SELECT min(id) FROM citizens")
            nurse = site.operator("nurse")
            faces.enroll(site, nurse, citizen_id, lin_template, consent=True, gallery=ctx.gallery)
            return citizen_id

        lin_id = on_store(qtbot, ctx, enroll_lin)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)

        sign_in(qtbot, window, "nurse", "1111")  # the Face-ID panel opens: the camera starts
        screen = window.workspace.currentWidget()
        assert isinstance(screen, DispensingScreen)
        # measured from here: the work running together, not the one-off building of the workspace
        # (CI saw one 314 ms gap while the nurse's workspace was built, before anything ran)
        ticker.start()
        marks["sync"] = time.perf_counter()
        start_sync(ctx, interval=600.0, retry=60.0, probe_seconds=60.0)  # its first cycle starts now
        qtbot.waitUntil(lambda: screen.faceid.view.image is not None, timeout=WAIT_MS)
        marks["camera"] = time.perf_counter()
        qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.dispensing, timeout=WAIT_MS)
        marks["identified"] = time.perf_counter()
        qtbot.waitUntil(lambda: "pulled" in marks, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: len(ctx.gallery) > CITIZENS, timeout=WAIT_MS)  # the pull's templates too
        marks["gallery"] = time.perf_counter()
    finally:
        ticker.stop()
        camera.stop_all(10_000)
        stop(ctx)
        store.close()

    figures = ticker.figures()
    start = marks["sync"]
    together = min(marks["identified"], marks["pulled"]) - max(marks["camera"], start)
    seconds = {k: round(v - start, 2) for k, v in sorted(marks.items(), key=lambda kv: kv[1])}
    long_gaps = [(round(t - start, 2), round(g * 1000)) for t, g in ticker.long]
    print(f"\nresponsiveness while Face-ID and the pull ran together for {together:.2f} s: {figures}")
    print(f"seconds from the sync's start: {seconds}")
    print(f"gaps over 50 ms (ended at s, lasted ms): {long_gaps}")
    print(f"the pull: {big_site.feed} changes in the feed, {big_site.pulled} citizens before the cut-off")

    assert screen.dispensing.patient is not None and screen.dispensing.patient.citizen.id == lin_id
    assert together >= 1.0, "identification and the pull did not overlap: nothing was measured"
    assert figures["longest_ms"] < LONGEST_GAP * 1000, f"the window stalled: {figures}"
    # dlib analysing on a thread of this process instead of its child holds the GIL ~90 ms a frame:
    # p99 about 92 ms (measured), which this bound catches
    assert figures["p99_ms"] < STUTTER * 1000, f"the window stuttered: {figures}"
    assert not camera.ANALYSER.in_process
