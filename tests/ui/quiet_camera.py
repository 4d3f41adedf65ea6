"""A webcam that opens and then sends nothing (a hung USB camera): importable by the Face-ID process,
which opens a portable source itself."""

from __future__ import annotations

import threading

from biometrics.sources import Frame, FrameSource

QUIET_SECONDS = 60.0  # a read waits this long for a frame that never comes, then the camera ends


class QuietCamera(FrameSource):
    live = True
    name = "camera 9"

    def __init__(self, portable: bool) -> None:
        self.portable = portable
        self.opened = threading.Event()
        self._released = threading.Event()

    def __getstate__(self) -> dict[str, object]:
        return {"portable": self.portable}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(bool(state["portable"]))  # type: ignore[misc]

    def open(self) -> None:
        self.opened.set()

    def read(self) -> Frame | None:
        self._released.wait(QUIET_SECONDS)
        return None

    def close(self) -> None:
        self._released.set()
