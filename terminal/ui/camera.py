"""Face-ID off the UI thread: one camera worker per identification, the analysis in a child process.

:class:`FaceSession` (no Qt) turns analysed frames into what the Face-ID panel
shows: the face box, guidance in the core's words, the automatic capture (the
live identifier's evidence over frames, or 1:1 verification of a typed ID
number), then the liveness step, then one :class:`Outcome`.

Liveness, honestly: a webcam asks for a blink and a head turn to a random
side (:func:`biometrics.liveness.random_challenges`), which a photo, a screen
or a prepared video cannot answer. A *recorded* source (a video file or a
folder of images, the demo's camera) cannot answer a request at all, so it is
asked for one head turn to either side: that still needs a three-dimensional
head (a photo held up fails, its nose has no parallax), but it is not proof of
a live person, and the panel says so. Either way the head turn is judged
from the landmarks and confirmed by the pictures (:mod:`biometrics.relief`),
as `hamyon bio watch --liveness` judges it. A recording is analysed at every
``recorded_stride``-th frame, in order, so it gives the same result on any
machine.

:class:`CameraWorker` (a QThread) hands the UI a QImage and the session's step
for each frame. dlib holds the GIL for up to 100 ms a frame, which would stall
the window, so the camera is read and its frames analysed in the one Face-ID
process (:class:`terminal.ui.camera_feed.CameraFeed`), with the liveness checks
that look at its pictures: the window gets a preview-sized picture and the
analysis, and never loads OpenCV. If that process ends, the camera is opened
again from the next frame in a new one; after a few such ends (or if it
cannot start), here, and analysed on the worker's thread.
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
from collections import Counter, deque
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QThread, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from biometrics.analysis_process import AnalysisProcessGone
from biometrics.detection import Box
from biometrics.errors import BiometricsError
from biometrics.exposure import ExposureSteer
from biometrics.gallery import Gallery
from biometrics.live import LiveIdentifier, LiveSettings
from biometrics.liveness import (
    PROMPTS,
    Challenge,
    LivenessCheck,
    LivenessResult,
    LivenessSettings,
    challenges_for,
)
from biometrics.matching import Verification, verify
from biometrics.pipeline import FrameAnalysis
from biometrics.quality import Measures
from biometrics.remote_camera import RemoteCamera, Stopped
from biometrics.sources import Frame, FrameSource
from biometrics.stream import CameraEvent
from terminal.ui.camera_feed import ANALYSER, Analyser, CameraFeed

log = logging.getLogger("hamyon.ui.camera")
GOOD, ADJUST = QColor("#00e676"), QColor("#ffcc00")  # the face box, on the dark camera ground
PREVIEW_WIDTH = 960  # frames wider than this are shrunk for the preview (the analysis sees them whole)


@dataclass(frozen=True)
class FaceIdSettings:
    live: LiveSettings = field(default_factory=LiveSettings)
    liveness: LivenessSettings = field(default_factory=LivenessSettings)
    recorded_stride: int = 1  # a recording: every frame, in order, as `hamyon bio watch` reads it
    verify_window: int = 5  # 1:1: good frames looked at
    verify_needed: int = 3  # of which this many must be accepted
    verify_patience: float = 3.0  # seconds of good frames before "does not match"
    mirrored: bool = False  # the webcam mirrors its picture


@dataclass(frozen=True)
class Cue:
    """What to ask of the person now; ``text`` is the core's English words, for ``core_text``."""

    kind: Literal["no_face", "problem", "good", "challenge", "turn_either"]
    text: str = ""


@dataclass(frozen=True)
class Outcome:
    """How one session ended. ``reason`` is the core's English words. ``template`` (identified): the
    visit's, the mean encoding of the good frames that confirmed the identity (1:N: the frames the
    identity won; 1:1: the accepted frames), which ``terminal.core.faces.learn_from_visit`` may keep."""

    kind: Literal["identified", "not_verified", "no_template", "liveness_failed", "ended"]
    citizen_id: int | None = None
    method: Literal["face", "id_number_face"] | None = None
    distance: float | None = None
    reason: str = ""
    template: np.ndarray | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Step:
    """What one analysed frame changed, for the screen."""

    box: Box | None
    good: bool
    cue: Cue
    phase: Literal["identify", "verify", "liveness", "done"]
    steady: int  # good frames towards the automatic capture, up to ``needed``
    needed: int
    not_recognised: bool = False  # the identifier announced "not recognised" on this frame
    outcome: Outcome | None = None


class Check(Protocol):
    def feed(
        self, points: np.ndarray | None, box: Box | None, seconds: float, image: np.ndarray | None = None
    ) -> LivenessResult: ...


ChecksMaker = Callable[[Sequence[tuple[Challenge, ...]], LivenessSettings, bool], Sequence[Check]]


def local_checks(
    options: Sequence[tuple[Challenge, ...]], settings: LivenessSettings, mirrored: bool
) -> list[Check]:
    """Liveness checks run here, on the pictures the session is fed."""
    return [LivenessCheck(c, settings=settings, mirrored=mirrored) for c in options]


class FaceSession:
    """One person at the camera: identify (1:N) or verify a claimed citizen (1:1), then liveness.

    ``make_checks`` makes the liveness checks: here (:func:`local_checks`), or where the camera's
    pictures are (:meth:`biometrics.remote_camera.RemoteCamera.checks`)."""

    def __init__(
        self,
        gallery: Gallery,
        *,
        recorded: bool,
        claimed: int | None = None,
        settings: FaceIdSettings | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.gallery, self.recorded, self.claimed = gallery, recorded, claimed
        self.settings = settings or FaceIdSettings()
        self.rng = rng or random.SystemRandom()
        self.live = LiveIdentifier(gallery, settings=self.settings.live)
        self.phase: Literal["identify", "verify", "liveness", "done"] = "verify" if claimed else "identify"
        self.identity: Hashable | None = None
        self.distance: float | None = None
        self.template: np.ndarray | None = None  # the visit's, once identified (see Outcome)
        self.make_checks: ChecksMaker = local_checks
        self._checks: Sequence[Check] = []
        self._prompt = ""
        self._verified: deque[tuple[Verification, np.ndarray]] = deque(maxlen=self.settings.verify_window)
        self._verify_since: float | None = None
        self._cues: deque[Cue] = deque(maxlen=5)
        self._steady = 0
        self._face_at: float | None = None  # when a face was last in view during the liveness step

    @property
    def needed(self) -> int:
        return self.settings.verify_needed if self.claimed else self.settings.live.needed

    def feed(self, frame: Frame, analysis: FrameAnalysis) -> Step:
        face = analysis.subject
        good = analysis.status == "ok" and analysis.encoding is not None
        self._steady = min(self._steady + 1, self.needed) if good else 0
        not_recognised, outcome = False, None
        if self.phase == "identify":
            not_recognised = self._identify(frame, analysis)
        elif self.phase == "verify":
            outcome = self._verify(frame, analysis, good)
        elif self.phase == "liveness":
            outcome = self._liveness(frame, analysis)
        if outcome is not None:
            self.phase = "done"
        cue = self._cue(analysis) if self.phase != "liveness" else self._challenge_cue()
        steady = self.needed if self.phase in ("liveness", "done") else self._steady
        return Step(
            face.box if face else None, good, cue, self.phase, steady, self.needed, not_recognised, outcome
        )

    def check_with(self, make_checks: ChecksMaker) -> None:
        """Liveness checks made by ``make_checks`` from now on; a liveness step under way starts again
        with them (the old ones ran where the pictures no longer come from)."""
        self.make_checks = make_checks
        if self.phase == "liveness":
            self._start_liveness()

    def ended(self) -> Outcome:
        """The recording ended before the session did."""
        self.phase = "done"
        return Outcome("ended", reason="the recording ended")

    # --- phases --------------------------------------------------------------------------

    def _identify(self, frame: Frame, analysis: FrameAnalysis) -> bool:
        decision = self.live.update(frame, analysis)
        if decision is None:
            return False
        if decision.status == "match":
            self.identity, self.distance = decision.identity, decision.distance
            self.template = decision.template
            self._start_liveness()
            return False
        return decision.status == "no_match"

    def _verify(self, frame: Frame, analysis: FrameAnalysis, good: bool) -> Outcome | None:
        if not good:
            return None
        result = verify(self.gallery, self.claimed, analysis.encoding)
        if result.distance is None:
            return Outcome("no_template", self.claimed, reason=result.reason)
        self._verified.append((result, analysis.encoding))
        if self._verify_since is None:
            self._verify_since = frame.seconds
        accepted = [(v.distance, e) for v, e in self._verified if v.accepted and v.distance is not None]
        if len(accepted) >= self.settings.verify_needed:
            self.identity, self.distance = self.claimed, sum(d for d, _ in accepted) / len(accepted)
            self.template = np.mean(np.stack([e for _, e in accepted]), axis=0).astype(np.float32)
            self._start_liveness()
            return None
        waited = frame.seconds - self._verify_since >= self.settings.verify_patience
        if waited and len(self._verified) >= self.settings.verify_window:
            return Outcome("not_verified", self.claimed, reason="the face does not match")
        return None

    def _liveness(self, frame: Frame, analysis: FrameAnalysis) -> Outcome | None:
        if self.claimed is None:  # someone else recognised meanwhile: their own liveness step
            decision = self.live.update(frame, analysis)
            if decision is not None and decision.status == "match" and decision.identity != self.identity:
                self.identity, self.distance = decision.identity, decision.distance
                self.template = decision.template
                self._start_liveness()
                return None
        face = analysis.subject
        if face is not None:
            self._face_at = frame.seconds
        elif self._face_at is not None and frame.seconds - self._face_at >= self.settings.live.absence:
            self._start_over()  # the person left before answering: whoever comes next starts afresh
            return None
        points, box = (face.points, face.box) if face else (None, None)
        results = [check.feed(points, box, frame.seconds, frame.image) for check in self._checks]
        if any(r.status == "passed" for r in results):
            method = "id_number_face" if self.claimed else "face"
            who = int(self.identity)  # type: ignore[arg-type]
            return Outcome("identified", who, method, self.distance, template=self.template)
        if all(r.status == "failed" for r in results):
            return Outcome("liveness_failed", reason=results[0].reason)
        self._prompt = next((r.prompt for r in results if r.prompt), self._prompt)
        return None

    def _start_over(self) -> None:
        """Back to the first step: identify (or verify the claimed citizen) the next face in view."""
        self.phase = "verify" if self.claimed else "identify"
        self.live.reset()
        self._verified.clear()
        self._verify_since = None
        self._checks, self._face_at = [], None
        self.identity = self.distance = self.template = None

    def _start_liveness(self) -> None:
        self.phase = "liveness"
        self._face_at = None
        options = challenges_for(self.recorded, self.rng)  # a recording: a turn to either side
        self._checks = self.make_checks(options, self.settings.liveness, self.settings.mirrored)
        self._prompt = PROMPTS[options[0][0]]

    # --- guidance ------------------------------------------------------------------------

    def _cue(self, analysis: FrameAnalysis) -> Cue:
        """The most frequent cue of the last few frames, so the words do not flicker."""
        if analysis.subject is None:
            cue = Cue("no_face")
        elif analysis.problems:
            cue = Cue("problem", analysis.problems[0].text)
        else:
            cue = Cue("good")
        self._cues.append(cue)
        return Counter(self._cues).most_common(1)[0][0]

    def _challenge_cue(self) -> Cue:
        return Cue("turn_either") if self.recorded else Cue("challenge", self._prompt)


# --- the worker -------------------------------------------------------------------------


def to_qimage(image: np.ndarray) -> tuple[QImage, float]:
    """An RGB frame as a QImage that owns its pixels (safe off the UI thread), no wider than the
    preview, and the scale applied."""
    height, width = image.shape[:2]
    image = np.ascontiguousarray(image)
    picture = QImage(image.data, width, height, 3 * width, QImage.Format.Format_RGB888)
    if width <= PREVIEW_WIDTH:
        return picture.copy(), 1.0
    smaller = picture.scaledToWidth(PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation)
    return smaller, smaller.width() / width


class CameraWorker(QThread):
    """Reads one source, analyses its frames and feeds one session, until an outcome or ``stop``."""

    frame_ready = Signal(object, float, object)  # QImage, its scale to the frame, Step | None
    camera_event = Signal(object)  # biometrics.stream.CameraEvent
    outcome = Signal(object)  # Outcome
    failed = Signal(object)  # an exception: the engine cannot run (models missing...)
    released = Signal()  # the camera is closed: the next worker may open it

    def __init__(self, source: FrameSource, session: FaceSession, analyser: Analyser = ANALYSER) -> None:
        super().__init__()
        self.source, self.session, self.analyser = source, session, analyser
        self.stride = max(1, session.settings.recorded_stride) if not source.live else 1
        self._stopping = threading.Event()
        self._feed: CameraFeed | None = None  # while running (it names the worker: no cycle left after)
        self.exposure = ExposureSteer()  # a webcam is asked for less or more light for the face
        self.done = threading.Event()  # set once the camera is closed, just before ``released``

    def stop(self) -> None:
        """Ask the worker to finish (it does within one frame's analysis); never blocks."""
        self._stopping.set()
        if (feed := self._feed) is not None:
            feed.stop()

    def run(self) -> None:
        stride = self.stride
        self._feed = feed = CameraFeed(
            self.source,
            self._stopping,
            analyser=self.analyser,
            preview_width=PREVIEW_WIDTH,
            analyse=lambda n: n % stride == 0,
            on_camera=self._checks_with,
        )
        try:
            with contextlib.closing(feed.items()) as items:
                for item in items:
                    if isinstance(item, CameraEvent):
                        if self._event(item):
                            return
                        continue
                    try:
                        if self._frame(item.frame, item.analysis, item.scale, feed.steer_exposure):
                            return
                    except Stopped:  # stopped while a liveness check was asked there
                        return
                    except AnalysisProcessGone:  # a check there ended with its process: the feed
                        continue  # opens the camera again (a new process, or here), the checks with it
        except BiometricsError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # shown in one place, never lost on a thread
            log.exception("the camera worker failed")
            self.failed.emit(exc)
        finally:
            self._feed = None
            self.done.set()
            self.released.emit()

    def _checks_with(self, camera: RemoteCamera | None) -> None:
        """Liveness checked where the pictures are: in the Face-ID process, or here once it ended."""
        self.session.check_with(camera.checks if camera is not None else local_checks)

    def _event(self, event: CameraEvent) -> bool:
        """Passes a camera event on; True when it ends the session (the recording ended)."""
        self.camera_event.emit(event)
        if event.kind == "ended":
            self.outcome.emit(self.session.ended())
            return True
        return False

    def _frame(
        self, frame: Frame, analysis: FrameAnalysis | None, scale: float, steer: Callable[[int], None]
    ) -> bool:
        """One frame to the session (when analysed) and to the UI, ``scale`` its picture's size to the
        camera's; True when the session is over (or stopping). ``steer`` asks the camera for light."""
        if self._stopping.is_set():
            return True
        step = None
        if analysis is not None:
            step = self.session.feed(frame, analysis)
            if self.source.live and (light := self.exposure.update(_measures(analysis))):
                steer(light)
        picture, shrunk = to_qimage(frame.image)
        self.frame_ready.emit(picture, scale * shrunk, step)
        if step is not None and step.outcome is not None:
            self.outcome.emit(step.outcome)
            return True
        return False


def _measures(analysis: FrameAnalysis) -> Measures | None:
    return analysis.subject.measures if analysis.subject is not None else None


class CameraView(QWidget):
    """The latest camera picture, scaled to fit, with the face's box: green when good, yellow otherwise."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(400, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.image: QImage | None = None
        self.box: QRectF | None = None  # in the image's pixels
        self.good = False
        self.placeholder = ""

    def show_frame(self, image: QImage, scale: float, step: Step | None) -> None:
        self.image = image
        if step is not None:
            box = step.box
            self.box = None if box is None else QRectF(box.left, box.top, box.width, box.height)
            if self.box is not None:
                self.box = QRectF(self.box.topLeft() * scale, self.box.size() * scale)
            self.good = step.good or step.phase in ("liveness", "done")
        self.update()

    def clear(self, placeholder: str = "") -> None:
        self.image, self.box, self.placeholder = None, None, placeholder
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#16191d"))
        if self.image is None:
            painter.setPen(QColor("#ffffff"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder
            )
            return
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(QPointF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2), size)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.image)
        if self.box is not None:
            k = target.width() / max(self.image.width(), 1)
            box = QRectF(target.topLeft() + self.box.topLeft() * k, self.box.size() * k)
            painter.setPen(QPen(GOOD if self.good else ADJUST, 4))
            painter.drawRect(box)


_RUNNING: set[CameraWorker] = set()  # kept alive until finished: a QThread must not be destroyed running


def start_worker(worker: CameraWorker) -> None:
    app = QCoreApplication.instance()
    if app is not None and not app.property("hamyon_camera_quit"):
        app.setProperty("hamyon_camera_quit", True)
        app.aboutToQuit.connect(_quit)
    # Those finished go, and their camera streams and frames with them. (Not from their ``finished``
    # signal: a lambda naming the worker, connected to the worker's own signal, is a cycle PySide never
    # collects, and every session left its worker and frames behind, some 6 MB: hamyon bench memory.)
    _RUNNING.difference_update([w for w in _RUNNING if w.isFinished()])
    _RUNNING.add(worker)
    worker.start()


def _quit() -> None:
    """The window is closing: no camera thread may outlive the application object."""
    stop_all()
    ANALYSER.shutdown()


def stop_all(timeout_ms: int = 5000) -> bool:
    """Stop every camera worker and wait for them (at quit, and in tests); True when all finished."""
    workers = list(_RUNNING)
    for worker in workers:
        worker.stop()
    done = all(worker.wait(timeout_ms) for worker in workers)
    _RUNNING.difference_update(w for w in workers if w.isFinished())
    return done
