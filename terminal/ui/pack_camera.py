"""A medicine pack's DataMatrix read by the webcam, off the UI thread: frames in, the pack's code out.

The decoding itself is the core's (:mod:`terminal.core.pack_camera`); this worker only reads the camera
(:class:`biometrics.stream.CameraStream`) and gives up after :data:`LOOK_SECONDS` or when a recorded
source ends.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QThread, Signal

from biometrics.errors import BiometricsError
from biometrics.sources import FrameSource
from biometrics.stream import CameraEvent, CameraStream
from terminal.core.pack_camera import pack_in_frame
from terminal.core.packs import element_string

LOOK_SECONDS = 20.0  # how long the camera looks for a code before it gives up
log = logging.getLogger(__name__)


class PackCameraWorker(QThread):
    found = Signal(str)  # the pack's element string, checked like a scanner's
    nothing = Signal()  # no code read in time (or the recording ended)
    failed = Signal(object)  # the camera could not be opened or read

    def __init__(self, source: FrameSource) -> None:
        super().__init__()
        self.source = source
        self._stopping = threading.Event()
        self._stream: CameraStream | None = None

    def stop(self) -> None:
        """Stop looking (the camera is released within a frame); never blocks."""
        self._stopping.set()
        if self._stream is not None:
            self._stream.stop(timeout=0)

    def run(self) -> None:
        deadline = time.monotonic() + LOOK_SECONDS  # a timeout, not a time of day: no clock needed
        try:
            with CameraStream(self.source) as stream:
                self._stream = stream
                for item in stream:
                    if self._stopping.is_set():
                        return
                    ended = isinstance(item, CameraEvent) and item.kind == "ended"
                    if ended or time.monotonic() > deadline:
                        break
                    if isinstance(item, CameraEvent):
                        continue  # lost and found again: the stream retries by itself
                    pack = pack_in_frame(item.image)
                    if pack is not None:
                        self.found.emit(element_string(pack))
                        return
        except BiometricsError as exc:
            self.failed.emit(exc)
            return
        except Exception as exc:  # shown in one place, never lost on a thread
            log.exception("the pack camera failed")
            self.failed.emit(exc)
            return
        if not self._stopping.is_set():
            self.nothing.emit()
