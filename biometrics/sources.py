"""Camera sources behind one interface: a webcam by index, a video file, a folder of images.

A source is opened, read frame by frame (RGB) and closed, on one thread (see
:mod:`biometrics.stream` for the reader thread and the recovery). ``open``
raises :class:`CameraNotFound` or :class:`CameraBusy`; ``read`` returns None
at the end of a file or folder and raises :class:`CameraLost` when the device
or file goes away. Reopening a file or folder source resumes after the last
frame it delivered.
"""

from __future__ import annotations

import os
import sys
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from biometrics.errors import BadImage, CameraBusy, CameraError, CameraLost, CameraNotFound
from biometrics.images import IMAGE_SUFFIXES, load_image
from biometrics.phrases import Phrase

if TYPE_CHECKING:
    import cv2
else:
    from biometrics.opencv import cv2  # imported on first use, set up once

FOLDER_FPS = 30.0
EXPOSURE_MANUAL = 1  # V4L2's value of CAP_PROP_AUTO_EXPOSURE for manual exposure


@dataclass(frozen=True)
class Frame:
    index: int  # position in the source, from 0
    seconds: float  # the frame's time: in the video, or since the camera opened
    image: np.ndarray  # RGB, uint8, height x width x 3


class FrameSource(ABC):
    """One camera, file or folder. Not thread-safe: one reader at a time."""

    name: str  # how messages call it: "camera 0", "the video clip.mp4" (a Phrase: translatable)
    live: bool  # True: frames that are not taken in time are dropped
    portable = False  # True: unopened, it can be pickled and opened in another process (the Face-ID one)

    @abstractmethod
    def open(self) -> None: ...

    @abstractmethod
    def read(self) -> Frame | None: ...

    @abstractmethod
    def close(self) -> None: ...

    def steer_exposure(self, step: int) -> bool:
        """Take less (step < 0) or more (> 0) light, where the camera allows it; False: it cannot."""
        return False


def open_source(spec: str | int | os.PathLike[str]) -> FrameSource:
    """A source from what a user typed: a webcam number, a video file or a folder of images."""
    if isinstance(spec, int) or (isinstance(spec, str) and spec.strip().isdigit()):
        return WebcamSource(int(spec))
    path = Path(spec)
    return ImageFolderSource(path) if path.is_dir() else VideoFileSource(path)


class WebcamSource(FrameSource):
    live = True
    portable = True

    def __init__(
        self, index: int, *, width: int = 640, height: int = 480, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.index, self.width, self.height, self.clock = index, width, height, clock
        self.name = Phrase("camera {index}", {"index": index})
        self._cap: cv2.VideoCapture | None = None
        self._count = 0
        self._started: float | None = None  # kept across reopening: frame times never go back

    def open(self) -> None:
        self.close()
        device = Path(f"/dev/video{self.index}")
        if sys.platform.startswith("linux") and not device.exists():
            raise CameraNotFound(source=self.name, hint="no camera with this number is connected")
        if sys.platform.startswith("linux") and not os.access(device, os.R_OK | os.W_OK):
            raise CameraError(source=self.name, reason="this user may not use it (ask IT to allow video)")
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
        cap = cv2.VideoCapture(self.index)
        if not cap.isOpened():
            cap.release()
            raise CameraBusy(source=self.name)
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)
        ok, _ = cap.read()
        if not ok:  # V4L2 reports a device held by another program only when streaming starts
            cap.release()
            raise CameraBusy(source=self.name)
        self._cap = cap
        if self._started is None:
            self._started = self.clock()

    def read(self) -> Frame | None:
        if self._cap is None or self._started is None:
            raise CameraLost(source=self.name)
        ok, bgr = self._cap.read()
        if not ok or bgr is None:
            raise CameraLost(source=self.name)
        frame = Frame(self._count, self.clock() - self._started, cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))
        self._count += 1
        return frame

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None

    def steer_exposure(self, step: int) -> bool:
        """One step of manual exposure (V4L2: auto exposure off, exposure time x 0.7 or x 1.4).

        Not every webcam or driver allows it; the answer says whether this one took the step.
        Untried on real hardware here (this machine has no webcam).
        """
        cap = self._cap
        if cap is None or step == 0:
            return False
        current = cap.get(cv2.CAP_PROP_EXPOSURE)
        if not current or current <= 0:
            return False
        cap.set(cv2.CAP_PROP_AUTO_EXPOSURE, EXPOSURE_MANUAL)
        return bool(cap.set(cv2.CAP_PROP_EXPOSURE, current * (0.7 if step < 0 else 1.4)))


class VideoFileSource(FrameSource):
    live = False
    portable = True

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.name = Phrase("the video {file}", {"file": self.path.name})
        self._cap: cv2.VideoCapture | None = None
        self._next = 0  # the next frame to deliver; kept across reopening
        self.fps = 30.0

    def open(self) -> None:
        self.close()
        if not self.path.is_file():
            raise CameraNotFound(source=self.name, hint="the file does not exist")
        # One decoding thread: a frame decodes in half a millisecond at 640x360 either way, and each
        # thread holds frames of its own (2 MB at 640x360: hamyon bench memory).
        cap = cv2.VideoCapture(str(self.path), cv2.CAP_ANY, [cv2.CAP_PROP_N_THREADS, 1])
        if not cap.isOpened():  # a reader that does not take the setting (not FFmpeg): as it comes
            cap.release()
            cap = cv2.VideoCapture(str(self.path))
        if not cap.isOpened():
            cap.release()
            raise CameraNotFound(source=self.name, hint="it is not a video this terminal can play")
        fps = cap.get(cv2.CAP_PROP_FPS)
        self.fps = fps if 0 < fps < 1000 else 30.0
        if self._next:
            cap.set(cv2.CAP_PROP_POS_FRAMES, self._next)
        self._cap = cap

    def read(self) -> Frame | None:
        if self._cap is None:
            raise CameraLost(source=self.name)
        ok, bgr = self._cap.read()
        if not ok or bgr is None:
            if not self.path.is_file():
                raise CameraLost(source=self.name)
            return None
        frame = Frame(self._next, self._next / self.fps, cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))
        self._next += 1
        return frame

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


class ImageFolderSource(FrameSource):
    """A folder's pictures in name order, as frames ``1 / fps`` seconds apart; unreadable ones skipped."""

    live = False
    portable = True

    def __init__(self, folder: str | os.PathLike[str], *, fps: float = FOLDER_FPS) -> None:
        self.folder, self.fps = Path(folder), fps
        self.name = Phrase("the folder {folder}", {"folder": self.folder.name or str(self.folder)})
        self._files: list[Path] = []
        self._last: str | None = None  # the last file delivered; reopening resumes after it
        self._count = 0
        self.skipped = 0

    def open(self) -> None:
        if not self.folder.is_dir():
            raise CameraNotFound(source=self.name, hint="the folder does not exist")
        try:
            names = sorted(p.name for p in self.folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        except OSError as exc:
            raise CameraLost(source=self.name) from exc
        self._files = [self.folder / n for n in names if self._last is None or n > self._last]

    def read(self) -> Frame | None:
        while self._files:
            path = self._files.pop(0)
            try:
                image = load_image(path)
            except BadImage:
                if not self.folder.is_dir():
                    self._files.insert(0, path)
                    raise CameraLost(source=self.name) from None
                self.skipped += 1
                self._last = path.name
                continue
            self._last = path.name
            frame = Frame(self._count, self._count / self.fps, image)
            self._count += 1
            return frame
        return None

    def close(self) -> None:
        self._files = []
