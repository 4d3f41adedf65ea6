"""The camera read, and its frames analysed, in the Face-ID process; the window gets what it shows.

The window's camera worker (:class:`terminal.ui.camera.CameraWorker`) opens a source
(:attr:`biometrics.sources.FrameSource.portable`: a webcam, a video file, a folder of images) in the
Face-ID analysis process (:mod:`biometrics.analysis_process`) through :class:`RemoteCamera`. Each
request brings back the next camera event, or the next frame as :class:`Seen`: its place and time, a
copy of its picture no wider than the preview, and its analysis when one was asked for. The frame's
picture stays in the Face-ID process, and so do the liveness checks that look at it
(:class:`RemoteCheck`): they are the same :class:`biometrics.liveness.LivenessCheck` that
``hamyon bio watch --liveness`` runs, fed there with the frame they judge.

Why: the window then never loads OpenCV (its video decoding, colour conversion, tracking), some 50 MB
of the window's resident memory (docs/memory.md). A request waits at most :data:`POLL_SECONDS` for the
camera, so a stop or the next camera's opening never waits behind a camera that went quiet.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import numpy as np

from biometrics import pipeline
from biometrics.analysis_process import AnalysisProcess
from biometrics.detection import Box
from biometrics.liveness import Challenge, LivenessCheck, LivenessResult, LivenessSettings
from biometrics.pipeline import FrameAnalysis
from biometrics.quality import QualityPolicy
from biometrics.sources import Frame, FrameSource
from biometrics.stream import CameraEvent, CameraStream

if TYPE_CHECKING:
    import cv2
else:
    from biometrics.opencv import cv2  # imported on first use, set up once

POLL_SECONDS = 0.1  # the longest a request waits for the camera
CLOSE_SECONDS = 8.0  # the longest the window waits for the camera to be let go (its reader stops in 5)
OVER: Literal["over"] = "over"  # the stream has nothing more (it was stopped)
T = TypeVar("T")


class Stopped(Exception):
    """The window's worker was asked to stop while it waited for the Face-ID process."""


@dataclass(frozen=True)
class Seen:
    """A frame as the window gets it. ``preview`` is the picture no wider than the preview asked for,
    ``scale`` its size to the frame's; ``analysis`` None: a frame only to be shown."""

    index: int
    seconds: float
    preview: np.ndarray
    scale: float
    analysis: FrameAnalysis | None


def shrink(image: np.ndarray, width: int) -> tuple[np.ndarray, float]:
    """``image`` no wider than ``width`` (area averaging), and the scale applied."""
    height, current = image.shape[:2]
    scale = min(1.0, width / max(current, 1))
    if scale < 1.0:
        size = (round(current * scale), round(height * scale))
        image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    return image, scale


# --- in the Face-ID process --------------------------------------------------------------------


@dataclass
class _Open:
    stream: CameraStream
    image: np.ndarray | None = None  # the last analysed frame's picture: what the checks look at
    checks: dict[int, LivenessCheck] = field(default_factory=dict)


_cameras: dict[int, _Open] = {}
_check_ids = itertools.count(1)


def open_camera(key: int, source: FrameSource) -> None:
    stream = CameraStream(source)
    _cameras[key] = _Open(stream)
    stream.start()


def next_item(
    key: int,
    analyse: bool,
    preview_width: int,
    policy: QualityPolicy = pipeline.LIVE_POLICY,
    after: int = -1,
) -> Seen | CameraEvent | Literal["over"] | None:
    """The camera's next event or frame (analysed by ``policy`` when ``analyse``); frames up to index
    ``after`` are passed over unseen (a recording reopened where it was). None: nothing within the
    poll."""
    camera = _cameras[key]
    item = camera.stream.next(POLL_SECONDS)
    while isinstance(item, Frame) and item.index <= after:
        item = camera.stream.next(POLL_SECONDS)
    if item is None:
        return OVER if camera.stream.over else None
    if isinstance(item, CameraEvent):
        return item
    analysis = None
    if analyse:
        analysis = pipeline.analyse(item.image, policy=policy)
        camera.image = item.image
    preview, scale = shrink(item.image, preview_width)
    return Seen(item.index, item.seconds, preview, scale, analysis)


def steer_exposure(key: int, step: int) -> None:
    if key in _cameras:
        _cameras[key].stream.steer_exposure(step)


def start_checks(
    key: int, options: Sequence[tuple[Challenge, ...]], settings: LivenessSettings, mirrored: bool
) -> list[int]:
    """New liveness checks on this camera's frames (those before are dropped); their numbers."""
    camera = _cameras[key]
    camera.checks = {
        next(_check_ids): LivenessCheck(c, settings=settings, mirrored=mirrored) for c in options
    }
    return list(camera.checks)


def feed_check(
    key: int, check: int, points: np.ndarray | None, box: Box | None, seconds: float
) -> LivenessResult:
    """One check fed the last analysed frame's landmarks, box and picture."""
    camera = _cameras[key]
    return camera.checks[check].feed(points, box, seconds, camera.image)


def close_camera(key: int) -> None:
    camera = _cameras.pop(key, None)
    if camera is not None:
        camera.stream.stop()


# --- in the window's process -------------------------------------------------------------------

_keys = itertools.count(1)


class RemoteCamera:
    """One source, opened and read in the Face-ID process. Used by one thread; ``stopping`` set, the
    call waiting raises :class:`Stopped` (the process finishes it; nothing waits for it)."""

    def __init__(self, process: AnalysisProcess, source: FrameSource, stopping: threading.Event) -> None:
        self.process, self.source, self.stopping = process, source, stopping
        self.key = next(_keys)
        self._opened = False

    def open(self) -> None:
        self._opened = True  # from here on it is closed, even if the opening is still on its way
        self.call(open_camera, self.key, self.source)

    def next(
        self, analyse: bool, preview_width: int, policy: QualityPolicy = pipeline.LIVE_POLICY, after: int = -1
    ) -> Seen | CameraEvent | Literal["over"] | None:
        return self.call(next_item, self.key, analyse, preview_width, policy, after)

    def steer_exposure(self, step: int) -> None:
        self.process.submit(steer_exposure, self.key, step)  # the answer is not waited for

    def checks(
        self, options: Sequence[tuple[Challenge, ...]], settings: LivenessSettings, mirrored: bool
    ) -> list[RemoteCheck]:
        numbers = self.call(start_checks, self.key, list(options), settings, mirrored)
        return [RemoteCheck(self, n) for n in numbers]

    def close(self) -> None:
        """Let the camera go and wait (up to :data:`CLOSE_SECONDS`) until it is: the next worker may
        open it. Quiet when the process is gone (the camera went with it)."""
        if not self._opened:
            return
        self._opened = False
        try:
            self.process.submit(close_camera, self.key).result(timeout=CLOSE_SECONDS)
        except Exception:  # gone, or slow: nothing more to do here
            return

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        future: Future[T] = self.process.submit(fn, *args)
        while True:
            try:
                return future.result(timeout=0.1)
            except FutureTimeout:
                if self.stopping.is_set():
                    future.cancel()
                    raise Stopped from None


class RemoteCheck:
    """A liveness check that runs in the Face-ID process, on the frames it analysed: fed as
    :class:`biometrics.liveness.LivenessCheck` is, but its ``image`` is ignored (the picture is there)."""

    def __init__(self, camera: RemoteCamera, number: int) -> None:
        self.camera, self.number = camera, number

    def feed(
        self, points: np.ndarray | None, box: Box | None, seconds: float, image: object = None
    ) -> LivenessResult:
        return self.camera.call(feed_check, self.camera.key, self.number, points, box, seconds)
