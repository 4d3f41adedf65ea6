"""OpenCV, imported where it is first used and set up once: :data:`cv2`.

- **Imported on first use.** The window's process imports the frame modules (:mod:`biometrics.sources`,
  :mod:`biometrics.detection`, :mod:`biometrics.quality`, :mod:`biometrics.liveness`,
  :mod:`biometrics.relief`) for their types and to read the analyses the Face-ID process sends it, and
  never calls OpenCV: the camera is read and its frames analysed in that process
  (:mod:`biometrics.remote_camera`). OpenCV would cost the window some 50 MB of resident pages.
- **Without Intel's IPP.** OpenCV's wheel carries IPP's code for every processor it knows, and calls it
  for resizing, warping and template matching. Every operation the engine uses gives the same result
  with or without it, in about the same time (a millisecond of a frame's 100): bit for bit, except
  template matching's scores, which IPP rounds differently on some processors (the match is found in
  the same place, to a hundredth of a pixel; ``tests/biometrics/test_opencv.py``, on real photos).
  IPP's code costs the Face-ID process up to 19 MB of resident library pages (docs/memory.md).
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from types import ModuleType
from typing import Any

_lock = threading.Lock()
_ready: ModuleType | None = None


def loaded() -> ModuleType:
    """The cv2 module, imported and set up on the first call (thread-safe)."""
    global _ready
    if _ready is None:
        with _lock:
            if _ready is None:
                _ready = _without_ipp()
    return _ready


def _without_ipp() -> ModuleType:
    """cv2 imported with IPP off for every thread (its ``OPENCV_IPP`` setting, read once, unless the
    user set one). Imported and asked about IPP before (a test's helper), only this thread can be."""
    if "cv2" in sys.modules:
        module = sys.modules["cv2"]
        module.ipp.setUseIPP(False)
        return module
    asked = {name: os.environ.get(name) for name in ("OPENCV_IPP", "OPENCV_LOG_LEVEL")}
    os.environ.setdefault("OPENCV_IPP", "disabled")
    os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")  # it would warn on stderr that IPP is off
    try:
        module = importlib.import_module("cv2")
        module.ipp.useIPP()  # OpenCV reads the setting here, on its first question about IPP
    finally:
        for name, value in asked.items():
            if value is None:
                os.environ.pop(name, None)
    if asked["OPENCV_LOG_LEVEL"] is None:
        module.utils.logging.setLogLevel(module.utils.logging.LOG_LEVEL_WARNING)  # OpenCV's default
    return module


class _OpenCV:
    """Stands for the cv2 module; the first name asked of it imports it (:func:`loaded`)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(loaded(), name)


cv2: Any = _OpenCV()
