"""The Face-ID session and the camera worker: liveness per kind of camera, a camera that goes away
and comes back, and a clean stop when the panel is hidden."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from biometrics.errors import CameraLost, CameraNotFound
from biometrics.sources import Frame, FrameSource
from tests.ui.conftest import SHARED_FACES

LIN_PHOTO = SHARED_FACES / "people" / "lin_manuel_miranda" / "lin_manuel_miranda_1.png"


class FakeCamera(FrameSource):
    """A webcam of dark frames; ``script`` says which opens fail and after which frame it is unplugged."""

    live = True
    name = "camera 7"
    open_now = 0  # sources of this class open at this moment, across workers
    most_open = 0
    guard = threading.Lock()

    def __init__(self, missing_on_open: int | None = None, lost_after: int | None = None) -> None:
        self.missing_on_open, self.lost_after = missing_on_open, lost_after
        self.opens = self.count = 0
        self.is_open = False
        self.started = time.monotonic()

    def open(self) -> None:
        self.opens += 1
        if self.opens == self.missing_on_open:
            raise CameraNotFound(source=self.name, hint="no camera with this number is connected")
        with FakeCamera.guard:
            FakeCamera.open_now += 1
            FakeCamera.most_open = max(FakeCamera.most_open, FakeCamera.open_now)
        self.is_open = True

    def read(self) -> Frame | None:
        time.sleep(0.03)
        self.count += 1
        if self.count == self.lost_after:
            raise CameraLost(source=self.name)
        return Frame(self.count, time.monotonic() - self.started, np.zeros((120, 160, 3), np.uint8))

    def close(self) -> None:
        if self.is_open:
            with FakeCamera.guard:
                FakeCamera.open_now -= 1
            self.is_open = False


@pytest.fixture(autouse=True)
def cameras():
    yield
    from terminal.ui import camera

    assert camera.stop_all(10_000), "a camera worker did not stop"


def faceid_panel(qtbot, ui, make_source):
    from terminal.core.workflows import DISPENSING
    from terminal.ui.screens.faceid import FaceIdPanel

    qtbot.waitUntil(lambda: ui.gallery is not None, timeout=10_000)
    panel = FaceIdPanel(ui, DISPENSING.permission)
    panel.open_source = lambda _spec: make_source()
    qtbot.addWidget(panel)
    panel.resize(1200, 640)
    panel.show()
    return panel


def test_a_camera_that_goes_away_is_said_plainly_and_the_panel_keeps_working(qtbot, ui) -> None:
    cameras = []

    def make() -> FakeCamera:
        cameras.append(FakeCamera(missing_on_open=2, lost_after=4))
        return cameras[-1]

    panel = faceid_panel(qtbot, ui, make)
    said: list[str] = []
    show = panel.camera_banner.show_message
    panel.camera_banner.show_message = lambda text, kind="info": (said.append(text), show(text, kind))
    qtbot.waitUntil(lambda: "The camera is working again." in said, timeout=10_000)
    assert said == [
        "Camera 7 stopped sending pictures: check its cable or file, then try again. Trying again in 1 s.",
        "Camera 7 was not found: no camera with this number is connected. Trying again in 1 s.",
        "The camera is working again.",
    ]
    seen = cameras[0].count
    qtbot.waitUntil(lambda: cameras[0].count > seen + 3 and panel.view.image is not None, timeout=10_000)
    assert panel.worker is not None and panel.worker.isRunning()


def test_the_camera_stops_when_the_panel_is_hidden_and_never_runs_twice(qtbot, ui) -> None:
    from terminal.ui import camera

    FakeCamera.most_open = 0
    panel = faceid_panel(qtbot, ui, FakeCamera)
    qtbot.waitUntil(lambda: panel.view.image is not None, timeout=10_000)
    panel.try_again()  # a new session: the old worker lets the camera go first
    panel.try_again()
    panel.stop()
    panel.start()  # even right after a stop
    qtbot.waitUntil(lambda: panel.worker is not None and panel.worker.isRunning(), timeout=10_000)
    worker = panel.worker
    panel.hide()
    assert panel.worker is None
    assert camera.stop_all(5_000) and worker.isFinished()
    assert FakeCamera.most_open == 1 and FakeCamera.open_now == 0
    panel.show()
    qtbot.waitUntil(lambda: panel.worker is not None and panel.worker.isRunning(), timeout=5_000)


@pytest.fixture(scope="module")
def lin_analysis():
    if not LIN_PHOTO.is_file():
        pytest.skip("the shared face set (../shared/faces) is not beside the repository")
    from biometrics import pipeline
    from biometrics.images import load_image

    return pipeline.analyse(load_image(LIN_PHOTO))


@pytest.mark.parametrize("recorded", [False, True])
def test_liveness_asks_a_webcam_at_random_and_a_recording_for_any_turn(lin_analysis, recorded) -> None:
    """A still face is recognised, asked to move, and fails: it never moves."""
    import random

    from biometrics.gallery import Gallery
    from biometrics.liveness import PROMPTS
    from terminal.ui.camera import FaceSession

    gallery = Gallery()
    gallery.add(42, lin_analysis.encoding)
    session = FaceSession(gallery, recorded=recorded, rng=random.Random(3))
    steps = [session.feed(Frame(i, i / 30, np.zeros((1, 1, 3), np.uint8)), lin_analysis) for i in range(400)]
    asked = next(s for s in steps if s.phase == "liveness")
    assert asked.box is not None and asked.steady == asked.needed == 3
    if recorded:
        assert asked.cue.kind == "turn_either"
        assert [c.challenges for c in session._checks] == [("turn_left",), ("turn_right",)]
    else:
        assert asked.cue.kind == "challenge" and asked.cue.text in PROMPTS.values()
        assert "blink" in session._checks[0].challenges
    outcome = next(s.outcome for s in steps if s.outcome is not None)
    assert outcome.kind == "liveness_failed" and "cannot" in outcome.reason


def test_a_typed_id_number_is_checked_against_that_citizen_s_face_only(lin_analysis) -> None:
    from biometrics.gallery import Gallery
    from terminal.ui.camera import FaceSession

    other = lin_analysis.encoding + np.float32(0.08)  # another person: 0.9 away
    gallery = Gallery()
    gallery.add(42, lin_analysis.encoding)
    gallery.add(7, other)
    frames = [Frame(i, i / 30, np.zeros((1, 1, 3), np.uint8)) for i in range(200)]

    def run(claimed: int):
        session = FaceSession(gallery, recorded=True, claimed=claimed)
        steps = [session.feed(frame, lin_analysis) for frame in frames]
        return session, steps, next((s.outcome for s in steps if s.outcome is not None), None)

    session, steps, _outcome = run(42)
    assert session.identity == 42 and session.distance is not None and session.distance < 0.1
    assert steps[2].phase == "liveness"  # three good frames accepted
    _session, _steps, outcome = run(7)
    assert outcome is not None and outcome.kind == "not_verified" and outcome.citizen_id == 7
    _session, steps, outcome = run(99)
    assert outcome is not None and outcome.kind == "no_template" and steps[0].outcome == outcome


def test_a_person_who_leaves_before_answering_is_not_failed_and_the_next_starts_afresh(lin_analysis) -> None:
    """Liveness belongs to one presence: the face gone for a second sends the panel back to step 1."""
    import random

    from biometrics.gallery import Gallery
    from biometrics.pipeline import FrameAnalysis
    from terminal.ui.camera import FaceSession

    gallery = Gallery()
    gallery.add(42, lin_analysis.encoding)
    session = FaceSession(gallery, recorded=True, rng=random.Random(3))
    blank, empty = np.zeros((1, 1, 3), np.uint8), FrameAnalysis(0, None, ())
    here = [session.feed(Frame(i, i / 30, blank), lin_analysis) for i in range(10)]
    assert here[-1].phase == "liveness"
    gone = [session.feed(Frame(i, i / 30, blank), empty) for i in range(10, 50)]  # 1.3 s without a face
    assert all(s.outcome is None for s in gone)
    assert gone[-1].phase == "identify" and session.identity is None and not session._checks
    back = [session.feed(Frame(i, i / 30, blank), lin_analysis) for i in range(50, 60)]
    assert back[-1].phase == "liveness" and session.identity == 42


@pytest.mark.parametrize("restarts", [1, 0], ids=["in-a-new-process", "here"])
@pytest.mark.parametrize("killed", ["identifying", "liveness"])
def test_the_camera_goes_on_when_the_face_id_process_is_killed(qtbot, lin_analysis, killed, restarts) -> None:
    """The clip is read in the Face-ID process until that process is killed (before he walks in, or
    while his head turn is checked there). The worker opens it again from the next frame on: in a new
    Face-ID process, or (no restart left) itself, analysing and checking here; either way every frame
    is analysed once, in order, and he is identified, liveness included."""
    import os
    import signal

    from biometrics.gallery import Gallery
    from biometrics.liveness import LivenessCheck
    from biometrics.remote_camera import RemoteCheck
    from biometrics.sources import VideoFileSource
    from terminal.ui.camera import ANALYSER, Analyser, CameraWorker, FaceSession, start_worker

    clip = SHARED_FACES / "video" / "short_hamilton_clip.mp4"
    gallery = Gallery()
    gallery.add(42, lin_analysis.encoding)
    session = FaceSession(gallery, recorded=True)
    fed: list[int] = []
    feed = session.feed
    session.feed = lambda frame, analysis: (fed.append(frame.index), feed(frame, analysis))[1]
    analyser = Analyser(restarts=restarts)
    worker = CameraWorker(VideoFileSource(clip), session, analyser)
    events: list[str] = []
    worker.camera_event.connect(lambda event: events.append(event.kind))
    with qtbot.waitSignal(worker.outcome, timeout=120_000) as outcome:
        start_worker(worker)
        if killed == "identifying":
            qtbot.waitUntil(lambda: len(fed) >= 20, timeout=60_000)
        else:
            qtbot.waitUntil(lambda: session.phase == "liveness", timeout=60_000)
            assert all(isinstance(c, RemoteCheck) for c in session._checks)
        first = analyser.process().pid
        os.kill(first, signal.SIGKILL)
        killed_at = fed[-1]
    assert analyser is not ANALYSER and analyser.failures == 1
    assert outcome.args[0].kind == "identified" and outcome.args[0].citizen_id == 42
    if restarts:
        assert not analyser.in_process and analyser.process().pid != first
        assert all(isinstance(c, RemoteCheck) for c in session._checks)  # checked there again
    else:
        assert analyser.in_process
        assert all(isinstance(c, LivenessCheck) for c in session._checks)  # checked here in the end
    assert fed == list(range(fed[-1] + 1)) and fed[-1] > 82  # every frame once, in order, on to his turn
    assert events == ["connected"]  # the camera reopened is no news to the nurse
    assert killed_at < 40 if killed == "identifying" else killed_at > 82


def test_a_face_id_process_that_ends_now_and_then_is_always_started_again(lin_analysis) -> None:
    """A supervisor's start limit: more than ``restarts`` ends within ``period`` and the window analyses
    itself; ends further apart (a crash a day, over weeks) each get a new Face-ID process. Real processes,
    SIGKILLed; the clock is the analyser's own."""
    import os
    import signal

    from biometrics.images import load_image
    from terminal.ui.camera import Analyser

    now = [1000.0]
    analyser = Analyser(restarts=1, period=600.0, clock=lambda: now[0])
    image, stopping = load_image(LIN_PHOTO), threading.Event()

    def killed_then_analysed() -> int:
        first = analyser.process().pid
        os.kill(first, signal.SIGKILL)
        analysis = analyser.analyse(image, stopping)
        assert analysis is not None
        assert np.allclose(analysis.encoding, lin_analysis.encoding, atol=1e-5)  # the same, wherever run
        return first

    try:
        pids = set()
        for minutes in (0, 11, 11):  # an end every 11 minutes: a new process each time
            now[0] += minutes * 60.0
            pids.add(killed_then_analysed())
            assert not analyser.in_process and analyser.process().pid not in pids
        assert analyser.failures == 3
        now[0] += 60.0  # two ends within 10 minutes (more than one restart): the window analyses
        killed_then_analysed()
        assert analyser.in_process and analyser.process() is None and analyser.failures == 4
    finally:
        analyser.shutdown()


def test_a_face_id_process_seen_ending_by_two_cameras_counts_once() -> None:
    """Two cameras (the panel's and a capture's) hold the same process when it is killed: each reports
    it; it is one end, and the second report does not shut down the process started for the first."""
    import os
    import signal

    from biometrics.analysis_process import AnalysisProcessGone
    from terminal.ui.camera import Analyser

    analyser = Analyser(restarts=1)
    try:
        dead = analyser.process()
        os.kill(dead.pid, signal.SIGKILL)
        analyser.fail_over(AnalysisProcessGone("the panel's camera"), dead)
        new = analyser.process()
        analyser.fail_over(AnalysisProcessGone("the capture's camera"), dead)
        assert analyser.failures == 1 and not analyser.in_process
        assert analyser.process() is new and new.pid != dead.pid
    finally:
        analyser.shutdown()
