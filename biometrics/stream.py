"""Reading a camera source on its own thread, and getting it back when it goes away.

:class:`CameraStream` opens the source, reads it on a daemon thread and hands
the consumer frames and status events in order. When the source cannot be
opened or stops sending, it is reopened after waits that grow from
``Backoff.first`` to ``Backoff.longest`` seconds; after ``Backoff.attempts``
failed attempts in a row (None: never give up) the consumer gets the
:class:`CameraError` that says why. A live source (a webcam) keeps only the
newest frame, so the consumer never lags behind the camera; a file or folder
is delivered whole, frame by frame.
"""

from __future__ import annotations

import enum
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from biometrics.errors import CameraError
from biometrics.phrases import Phrase
from biometrics.sources import Frame, FrameSource

EventKind = Literal["connected", "lost", "recovered", "ended"]


@dataclass(frozen=True)
class Backoff:
    first: float = 0.5
    longest: float = 5.0
    factor: float = 2.0
    attempts: int | None = None  # failed opening attempts in a row before giving up; None: never

    def wait(self, failures: int) -> float:
        return min(self.longest, self.first * self.factor ** max(failures - 1, 0))


@dataclass(frozen=True)
class CameraEvent:
    """A change of the source's state, for the screen: lost (with the reason and the next try) and so on."""

    kind: EventKind
    source: str
    error: CameraError | None = None
    retry_in: float | None = None


class _End(enum.Enum):
    """The last item the buffer hands over: the reader is done."""

    END = enum.auto()


_END = _End.END
_Item = Frame | CameraEvent | CameraError | _End


class _Buffer:
    """The hand-over between the reader thread and the consumer; events are never dropped.

    At most ``capacity`` frames wait. When full, a live source's oldest frame is
    dropped; a file or folder's reader waits for the consumer.
    """

    def __init__(self, capacity: int, drop_old_frames: bool) -> None:
        self.capacity, self.drop = capacity, drop_old_frames
        self._items: deque[_Item] = deque()
        self._frames = 0
        self._cond = threading.Condition()
        self.closed = False

    def put(self, item: _Item) -> None:
        with self._cond:
            if isinstance(item, Frame):
                while self._frames >= self.capacity and not self.closed:
                    if self.drop:
                        self._drop_oldest_frame()
                    else:
                        self._cond.wait(0.1)
                if self.closed:
                    return
                self._frames += 1
            self._items.append(item)
            self._cond.notify_all()

    def get(self, timeout: float | None = None) -> _Item | None:
        """The next item; None when none came within ``timeout`` seconds (None: wait for ever); the
        end once closed and empty (a stop wakes a consumer waiting on a camera that sends nothing)."""
        with self._cond:
            if not self._cond.wait_for(lambda: bool(self._items) or self.closed, timeout):
                return None
            if not self._items:
                return _END
            item = self._items.popleft()
            if isinstance(item, Frame):
                self._frames -= 1
            self._cond.notify_all()
            return item

    def close(self) -> None:
        """Stop accepting frames and wake whoever waits: the reader, the consumer."""
        with self._cond:
            self.closed = True
            self._cond.notify_all()

    def _drop_oldest_frame(self) -> None:
        for i, item in enumerate(self._items):
            if isinstance(item, Frame):
                del self._items[i]
                self._frames -= 1
                return


class CameraStream:
    """Frames and events of one source, read on a background thread. Use as a context manager."""

    def __init__(self, source: FrameSource, *, backoff: Backoff | None = None, buffer: int = 2) -> None:
        # A file or folder is read ahead by ``buffer`` frames: two keep the analysis fed (a frame is read in
        # a millisecond and analysed in a hundred); each holds its picture (0.7 MB at 640x360).
        self.source = source
        self.backoff = backoff or Backoff()
        self._buffer = _Buffer(1 if source.live else buffer, drop_old_frames=source.live)
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"camera: {source.name}", daemon=True)
        self._exposure_step = 0  # asked by the consumer, applied by the reader between frames
        self.exposure_steered = 0  # steps the camera took
        self.over = False  # :meth:`next` has handed over the stream's last item

    def __enter__(self) -> CameraStream:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        self._thread.start()

    @property
    def running(self) -> bool:
        """Whether the reader thread is still alive."""
        return self._thread.is_alive()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop reading and release the device (waits up to ``timeout`` seconds for the thread)."""
        self._stopping.set()
        self._buffer.close()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def __iter__(self) -> Iterator[Frame | CameraEvent]:
        """Frames and events in order; ends with the source, raises the CameraError it gave up on."""
        while (item := self.next(None)) is not None:
            yield item

    def next(self, timeout: float | None) -> Frame | CameraEvent | None:
        """The next frame or event, waiting at most ``timeout`` seconds (None: as long as it takes).
        None: none yet, or the stream is over (see :attr:`over`); raises the CameraError it gave up on."""
        if self.over:
            return None
        item = self._buffer.get(timeout)
        if item is _END:
            self.over = True
            return None
        if isinstance(item, CameraError):
            self.over = True
            raise item
        return item

    def steer_exposure(self, step: int) -> None:
        """Ask the camera for less or more light (see :mod:`biometrics.exposure`); applied before the
        next frame is read, on the reader's thread (a capture device is used by one thread)."""
        self._exposure_step = step

    def frames(self) -> Iterator[Frame]:
        """Only the frames (events dropped)."""
        return (item for item in self if isinstance(item, Frame))

    def _run(self) -> None:
        try:
            if self._connect(first=True):
                self._read_all()
        except Exception as exc:  # never leave the consumer waiting
            failure = Phrase("it failed unexpectedly ({error})", {"error": type(exc).__name__})
            self._buffer.put(CameraError(source=self.source.name, reason=failure))
        finally:
            self.source.close()
            self._buffer.put(_END)

    def _connect(self, first: bool) -> bool:
        """Open the source, retrying as the backoff says; False when stopped or given up."""
        failures = 0
        while not self._stopping.is_set():
            try:
                self.source.open()
            except CameraError as exc:
                failures += 1
                if self.backoff.attempts is not None and failures >= self.backoff.attempts:
                    self._buffer.put(exc)
                    return False
                wait = self.backoff.wait(failures)
                self._buffer.put(CameraEvent("lost", self.source.name, exc, wait))
                if self._stopping.wait(wait):
                    return False
                continue
            kind: EventKind = "connected" if first and failures == 0 else "recovered"
            self._buffer.put(CameraEvent(kind, self.source.name))
            return True
        return False

    def _read_all(self) -> None:
        while not self._stopping.is_set():
            step, self._exposure_step = self._exposure_step, 0
            if step and self.source.steer_exposure(step):
                self.exposure_steered += 1
            try:
                frame = self.source.read()
            except CameraError as exc:
                self.source.close()
                wait = self.backoff.wait(1)
                self._buffer.put(CameraEvent("lost", self.source.name, exc, wait))
                if self._stopping.wait(wait) or not self._connect(first=False):
                    return
                continue
            if frame is None:
                self._buffer.put(CameraEvent("ended", self.source.name))
                return
            self._buffer.put(frame)
