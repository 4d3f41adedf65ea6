"""A medicine pack's DataMatrix read by the webcam, off the UI thread: frames in, the pack's code out.

The decoding itself is the core's (:mod:`terminal.core.pack_camera`); this worker has the camera read in
the Face-ID process (:class:`terminal.ui.camera_feed.CameraFeed`: the window does not load OpenCV for
it), gets each frame whole, and gives up after :data:`LOOK_SECONDS` or when a recorded source ends.
"""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QThread, Signal

from biometrics.errors import BiometricsError
from biometrics.sources import FrameSource
from biometrics.stream import CameraEvent
from terminal.core.pack_camera import pack_in_frame
from terminal.core.packs import element_string
from terminal.ui.camera_feed import CameraFeed

LOOK_SECONDS = 20.0  # how long the camera looks for a code before it gives up
log = logging.getLogger(__name__)


class PackCameraWorker(QThread):
    found = Signal(str)  # the pack's element string, checked like a scanner's
    nothing = Signal()  # no code read in time (or the recording ended)
    failed = Signal(object)  # the camera could not be opened or read

    def __init__(self, source: FrameSource) -> None:
        super().__init__()
        self.source = source
        self.feed = CameraFeed(source, threading.Event(), analyse=lambda _n: False, time_limit=LOOK_SECONDS)
        self.cancelled = False  # stopped by the user (the feed's time limit stops it too)

    def stop(self) -> None:
        """Stop looking (the camera is released within a frame); never blocks."""
        self.cancelled = True
        self.feed.stop()

    def run(self) -> None:
        try:
            with contextlib.closing(self.feed.items()) as items:  # ends by itself after LOOK_SECONDS
                for item in items:
                    if isinstance(item, CameraEvent) and item.kind == "ended":
                        break
                    if isinstance(item, CameraEvent):
                        continue  # lost and found again: the stream retries by itself
                    pack = pack_in_frame(item.frame.image)
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
        if not self.cancelled:  # the recording ended, or the time limit came
            self.nothing.emit()
