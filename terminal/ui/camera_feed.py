"""A camera's frames for the window: read, and analysed when asked, in the Face-ID process; here if it cannot.

Every camera the window opens (the Face-ID panel's, the face template's at enrollment, the pack camera's)
goes through :class:`CameraFeed`. A source that can be opened in another process
(:attr:`biometrics.sources.FrameSource.portable`: a webcam, a video, a folder) is read in the one Face-ID
process (:data:`ANALYSER`) through :class:`biometrics.remote_camera.RemoteCamera`, its frames analysed
there: the window gets a picture no wider than it shows and the analysis, and loads neither OpenCV nor
dlib's models. If that process ends (killed, or it crashed), the camera is opened again in a new one,
from the frame after the last one the feed got; when it ends more than :data:`RESTARTS` times within
:data:`RESTART_PERIOD` (a supervisor's start limit: a crash a day is started again for ever, a process
that cannot run is not), or if it cannot start, the feed reads the camera on the caller's thread
(:class:`biometrics.stream.CameraStream`) and analyses there. No Qt here: the callers are the window's
threads.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Generator
from concurrent.futures import Future
from dataclasses import dataclass

import numpy as np

from biometrics import pipeline
from biometrics.analysis_process import AnalysisProcess, AnalysisProcessGone
from biometrics.pipeline import FrameAnalysis
from biometrics.quality import QualityPolicy
from biometrics.remote_camera import RemoteCamera, Seen, Stopped
from biometrics.sources import Frame, FrameSource
from biometrics.stream import CameraEvent, CameraStream

log = logging.getLogger("hamyon.ui.camera")
WHOLE = 1 << 16  # a preview width no frame reaches: the frame as the camera gave it
RESTARTS = 3  # Face-ID processes started again within RESTART_PERIOD, before the window analyses itself
RESTART_PERIOD = 600.0  # seconds; ends further apart than this are each started again


class Analyser:
    """``pipeline.analyse`` in one child process, shared by every camera of the window. A child that ends
    is started again for what comes next; when more than ``restarts`` ends fall within ``period``
    seconds (``clock``: monotonic), the window analyses itself from then on."""

    def __init__(
        self,
        restarts: int = RESTARTS,
        period: float = RESTART_PERIOD,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._pool: AnalysisProcess | None = None
        self.restarts, self.period, self.clock = restarts, period, clock
        self._ends: deque[float] = deque()  # when the children ended, within the last ``period``
        self.failures = 0  # children ended in this window's life
        self.in_process = False

    def analyse(
        self, image: np.ndarray, stopping: threading.Event, policy: QualityPolicy = pipeline.LIVE_POLICY
    ) -> FrameAnalysis | None:
        """The frame's analysis; None when ``stopping`` was set meanwhile (a stop never waits a frame)."""
        while not self.in_process:
            pool: AnalysisProcess | None = None
            try:
                pool = self._executor()
                future: Future[FrameAnalysis] = pool.submit(
                    functools.partial(pipeline.analyse, policy=policy), image
                )
                while not stopping.is_set():
                    try:
                        return future.result(timeout=0.1)
                    except TimeoutError:
                        continue
                future.cancel()
                return None
            except (AnalysisProcessGone, OSError) as exc:  # the child died or cannot start
                self.fail_over(exc, pool)
        return pipeline.analyse(image, policy=policy)

    def _executor(self) -> AnalysisProcess:
        with self._lock:
            if self._pool is None:
                self._pool = AnalysisProcess()  # a fresh interpreter: never a fork of one with Qt threads
            return self._pool

    def process(self) -> AnalysisProcess | None:
        """The child process, started if need be; None when analysing here (it failed before)."""
        if not self.in_process:
            try:
                return self._executor()
            except OSError as exc:
                self.fail_over(exc)
        return None

    def fail_over(self, exc: BaseException, process: AnalysisProcess | None = None) -> None:
        """The child ``process`` failed (None: could not start): a new one next time, or (``restarts``
        used up within ``period``) analyse in this process. A child already replaced (another camera
        saw it end first) counts once."""
        with self._lock:
            if process is not None and process is not self._pool:
                return
            now = self.clock()
            self._ends.append(now)
            while self._ends and now - self._ends[0] >= self.period:
                self._ends.popleft()
            self.failures += 1
            self.in_process = len(self._ends) > self.restarts
        then = "analysing here" if self.in_process else "starting it again"
        log.warning("the face analysis process failed (%s): %s", type(exc).__name__, then)
        self.shutdown()

    def shutdown(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown()


ANALYSER = Analyser()


@dataclass(frozen=True)
class Fed:
    """One frame: ``frame.image`` no wider than asked, ``scale`` its size to the camera's frame;
    ``analysis`` None: not asked for."""

    frame: Frame
    analysis: FrameAnalysis | None
    scale: float


class CameraFeed:
    """One source's frames and camera events, in order, to one thread, until the source ends,
    ``stopping`` is set or ``time_limit`` seconds from the start of :meth:`items` have passed (then
    :attr:`timed_out`; also while the camera is quiet or reconnecting). ``analyse(n)``: whether the
    n-th frame (from 0) is to be analysed. Iterate :meth:`items` within ``contextlib.closing``: closing
    it lets the camera go."""

    def __init__(
        self,
        source: FrameSource,
        stopping: threading.Event,
        *,
        analyser: Analyser = ANALYSER,
        preview_width: int = WHOLE,
        policy: QualityPolicy = pipeline.LIVE_POLICY,
        analyse: Callable[[int], bool] = lambda _n: True,
        on_camera: Callable[[RemoteCamera | None], None] = lambda _camera: None,
        time_limit: float | None = None,
    ) -> None:
        self.source, self.stopping, self.analyser = source, stopping, analyser
        self.time_limit = time_limit
        self.timed_out = False
        self.preview_width, self.policy, self.wanted = preview_width, policy, analyse
        self.on_camera = on_camera  # told of the camera opened there, then (None) of the move here
        self.remote: RemoteCamera | None = None  # while read in the Face-ID process
        self._stream: CameraStream | None = None  # while read here
        self._lock = threading.Lock()
        self._count = 0  # frames handed over

    def stop(self) -> None:
        """Wake a read here at once (a read there notices ``stopping`` within its poll); never blocks."""
        self.stopping.set()
        with self._lock:
            stream = self._stream
        if stream is not None:
            stream.stop(timeout=0)

    def steer_exposure(self, step: int) -> None:
        """Ask the camera for less or more light (:mod:`biometrics.exposure`)."""
        if self.remote is not None:
            self.remote.steer_exposure(step)
        elif self._stream is not None:
            self._stream.steer_exposure(step)

    def items(self) -> Generator[Fed | CameraEvent, None, None]:
        """Raises the camera error the stream gave up on; ends when the source ends, on a stop or at
        the time limit."""
        timer = None
        if self.time_limit is not None:
            timer = threading.Timer(self.time_limit, self._time_up)
            timer.daemon = True
            timer.start()
        try:
            yield from self._items()
        finally:
            if timer is not None:
                timer.cancel()

    def _time_up(self) -> None:
        self.timed_out = True
        self.stop()

    def _items(self) -> Generator[Fed | CameraEvent, None, None]:
        last, reopened = -1, False
        while self.source.portable and (process := self.analyser.process()) is not None:
            resume = yield from self._there(process, last, reopened)
            if resume is None or self.stopping.is_set():
                return
            last, reopened = resume, True  # that process ended: the camera opened again (a new one, or here)
        if reopened:
            self.on_camera(None)
        yield from self._here(last, reopened)

    def _there(
        self, process: AnalysisProcess, resume_after: int, reopened: bool
    ) -> Generator[Fed | CameraEvent, None, int | None]:
        """Frames read in the Face-ID process, those up to ``resume_after`` skipped (a recording
        resumed; -1: none); ``reopened``: the camera was open in an earlier one. Returns None when
        done; else that process ended, and the camera is to be opened again after the frame with the
        returned index."""
        camera, last = RemoteCamera(process, self.source, self.stopping), resume_after
        self.remote = camera
        try:
            camera.open()
            self.on_camera(camera)  # (opened first: a liveness step under way starts its checks there)
            after = -1 if self.source.live else resume_after  # seen before the last Face-ID process ended
            while not self.stopping.is_set():
                item = camera.next(self.wanted(self._count), self.preview_width, self.policy, after)
                if item is None:
                    continue
                if item == "over":
                    return None
                if isinstance(item, Seen):
                    self._count, last = self._count + 1, item.index
                    yield Fed(Frame(item.index, item.seconds, item.preview), item.analysis, item.scale)
                elif _news(item, reopened):
                    yield item
        except Stopped:
            return None
        except (AnalysisProcessGone, OSError) as exc:  # the process ended: the camera opened again
            self.analyser.fail_over(exc, process)
            return last
        finally:
            self.remote = None
            camera.close()
        return None

    def _here(self, resume_after: int, reopened: bool) -> Generator[Fed | CameraEvent, None, None]:
        """Frames read on this thread, those up to ``resume_after`` skipped (a recording resumed);
        ``reopened``: the camera was open in the Face-ID process before."""
        stream = CameraStream(self.source)
        with self._lock:
            self._stream = None if self.stopping.is_set() else stream
        if self._stream is None:
            return
        try:
            stream.start()
            for item in stream:
                if self.stopping.is_set():
                    return
                if isinstance(item, CameraEvent):
                    if _news(item, reopened):
                        yield item
                    continue
                if not self.source.live and item.index <= resume_after:
                    continue  # seen before the Face-ID process ended
                analysis = None
                if self.wanted(self._count):
                    analysis = self.analyser.analyse(item.image, self.stopping, self.policy)
                    if analysis is None:
                        return
                self._count += 1
                yield Fed(item, analysis, 1.0)
        finally:
            with self._lock:
                self._stream = None
            stream.stop()


def _news(event: CameraEvent, reopened: bool) -> bool:
    """Whether the event is news to the nurse: a camera opened again after its process ended is not."""
    return not (reopened and event.kind == "connected")
