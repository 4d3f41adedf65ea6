"""Steering a webcam's exposure towards the face, where the camera allows it.

dlib's encoder is nearly blind to global light: a gamma or local-contrast
correction of the face before encoding measured no better on the real photos
(docs/biometrics.md), so nothing is corrected in software. What no software
brings back is detail clipped to white (a face before a bright window) or lost
in the sensor's noise (a dark corridor); only the camera can, by taking less or
more light. :class:`ExposureSteer` watches the subject's light over recent
frames and asks for one step at a time, then waits for the picture to settle.
A camera that cannot be steered (a file, a folder, a webcam without manual
exposure) simply says so, and the quality gates decide as before.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Literal

from biometrics.quality import Measures

Step = Literal[-1, 0, 1]  # -1: take less light, +1: take more, 0: leave it


@dataclass(frozen=True)
class ExposureSettings:
    bright: float = 200.0  # the face's mean grey level above this, or
    clipped: float = 0.15  # this share of its pixels clipped to white: take less light
    dark: float = 60.0  # the face's mean below this: take more light
    frames: int = 5  # frames with a face, all saying the same, before a step
    settle: int = 10  # frames to wait after a step for the camera to follow


class ExposureSteer:
    """Feed each frame's subject measures (None: no face); it answers the step to ask of the camera."""

    def __init__(self, settings: ExposureSettings | None = None) -> None:
        self.settings = settings or ExposureSettings()
        self._recent: deque[Step] = deque(maxlen=self.settings.frames)
        self._wait = 0
        self.steps = 0  # steps asked so far (for the screen and the logs)

    def update(self, measures: Measures | None) -> Step:
        if self._wait > 0:
            self._wait -= 1
            return 0
        if measures is None:
            return 0
        self._recent.append(self.wanted(measures))
        if len(self._recent) < self.settings.frames or len(set(self._recent)) != 1:
            return 0
        step = self._recent[0]
        if step:
            self._recent.clear()
            self._wait = self.settings.settle
            self.steps += 1
        return step

    def wanted(self, m: Measures) -> Step:
        """What one face's light asks for."""
        s = self.settings
        if m.brightness > s.bright or m.overexposed > s.clipped:
            return -1
        if m.brightness < s.dark:
            return 1
        return 0
