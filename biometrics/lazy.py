"""OpenCV imported where it is first used, not where its users are imported.

The window's process imports the frame modules (:mod:`biometrics.sources`, :mod:`biometrics.detection`,
:mod:`biometrics.quality`, :mod:`biometrics.liveness`, :mod:`biometrics.relief`) for their types and
to read the analyses the Face-ID process sends it, and never calls OpenCV: the camera is read and its
frames analysed in that process (:mod:`biometrics.remote_camera`). OpenCV's library would cost the
window some 50 MB of resident pages (docs/memory.md).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands for the module ``name``; the first name asked of it imports it (thread-safe: the import
    system locks a module while it is imported)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        module: ModuleType = importlib.import_module(self._name)
        return getattr(module, attribute)
