"""An active liveness check: blink, or turn the head, when asked.

Judged from the 68 landmarks across frames, so a printed photo or a still on a
phone screen fails: its eyes never close and it has no depth. Every frame's
landmarks are first mapped onto the first frame of the request by the
homography that best fits ten points of the face's plane (eyebrow ends, eye
corners, mouth corners). A flat picture, however it is tilted, moved or
turned, is then mapped onto itself; a real head is not:

- blink: the eye aspect ratio (lid gap over eye width) of the mapped points
  stays below ``closed_ratio`` of the person's own open level for
  ``closed_frames`` frames in a row, then comes back above ``open_ratio`` of
  it, within ``max_blink`` seconds;
- turn: the nose tip, which stands out of the face's plane, moves along the
  eye line by at least ``turn`` inter-ocular distances from where the plane
  puts it (parallax), towards the side asked for. Measured on ../shared/faces:
  a photo tilted by up to 45 degrees close to the lens stays within 0.09; a
  real head turned by about 20 degrees reaches 0.3 to 0.6.

"Left" and "right" are the person's own. A camera that mirrors its picture
(most laptop webcams do not, as OpenCV delivers them) is declared with
``mirrored=True``. The challenges are asked in order; all must be done within
``timeout`` seconds. What this does not stop: a video of the person, prepared
in advance, that happens to answer the random requests in time.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import cv2
import numpy as np

from biometrics.detection import Box
from biometrics.quality import LEFT_EYE, NOSE_TIP, RIGHT_EYE, eye_openness

Challenge = Literal["blink", "turn_left", "turn_right"]
FACE_PLANE = [17, 21, 22, 26, 36, 39, 42, 45, 48, 54]  # eyebrow ends, eye corners, mouth corners
PROMPTS: dict[str, str] = {
    "blink": "Please blink slowly.",
    "turn_left": "Please turn your head slowly to your left.",
    "turn_right": "Please turn your head slowly to your right.",
}
# Why the check ended (or waits): words for the person and the operator, translated by the window.
WAITING = "waiting for the person"
PASSED = "the person responded as asked"
DIFFERENT_FACE = "a different face came into view: start again"
NO_BLINK = "no blink was seen in time: a photo or a screen cannot blink"
NO_TURN = "the head did not turn as asked in time: a photo or a screen cannot turn"
REASONS = (WAITING, PASSED, DIFFERENT_FACE, NO_BLINK, NO_TURN)


@dataclass(frozen=True)
class LivenessSettings:
    timeout: float = 10.0
    closed_ratio: float = 0.45
    open_ratio: float = 0.8
    closed_frames: int = 2  # frames in a row the eyes must be seen shut ("blink slowly")
    max_blink: float = 1.0
    min_open: float = 0.15  # the eyes' open level must reach this for a blink to count
    turn: float = 0.25
    jump: float = 1.0  # the face moving this many face sizes between frames: someone else


@dataclass(frozen=True)
class LivenessResult:
    status: Literal["pending", "passed", "failed"]
    reason: str
    done: tuple[Challenge, ...]
    prompt: str | None  # what to ask the person now (None once finished)


def random_challenges(rng: random.Random) -> tuple[Challenge, ...]:
    """A blink and a turn to a random side, in a random order: hard to prepare in advance."""
    pair: list[Challenge] = ["blink", rng.choice(("turn_left", "turn_right"))]
    rng.shuffle(pair)
    return tuple(pair)


class LivenessCheck:
    """Feed the landmarks of successive frames; the result says pending, passed or failed."""

    def __init__(
        self,
        challenges: Sequence[Challenge],
        *,
        settings: LivenessSettings | None = None,
        mirrored: bool = False,
    ) -> None:
        if not challenges or any(c not in PROMPTS for c in challenges):
            raise ValueError(f"challenges must be some of {sorted(PROMPTS)}")
        self.challenges = tuple(challenges)
        self.settings = settings or LivenessSettings()
        self.mirrored = mirrored
        self._done: list[Challenge] = []
        self._started: float | None = None
        self._last_box: Box | None = None
        self._result: LivenessResult | None = None
        self._begin_step()

    def feed(self, points: np.ndarray | None, box: Box | None, seconds: float) -> LivenessResult:
        """One frame: the subject's 68 landmarks and box (None when no face), at its time in seconds."""
        if self._result is not None:
            return self._result
        if self._started is None:
            self._started = seconds
        if points is not None and box is not None:
            if self._moved_too_far(box):
                return self._finish("failed", DIFFERENT_FACE)
            self._last_box = box
            if self._step_done(points, seconds):
                self._done.append(self.challenges[len(self._done)])
                if len(self._done) == len(self.challenges):
                    return self._finish("passed", PASSED)
                self._begin_step()
        if seconds - self._started > self.settings.timeout:
            return self._finish("failed", self._timeout_reason())
        current = self.challenges[len(self._done)]
        return LivenessResult("pending", WAITING, tuple(self._done), PROMPTS[current])

    def _begin_step(self) -> None:
        self._reference: np.ndarray | None = None
        self._ears: list[float] = []
        self._closed_at: float | None = None
        self._closed_frames = 0

    def _step_done(self, points: np.ndarray, seconds: float) -> bool:
        if self._reference is None:
            self._reference = np.asarray(points, dtype=np.float32)
            return False
        mapped = to_reference(self._reference, points)
        if mapped is None:
            return False
        current = self.challenges[len(self._done)]
        if current == "blink":
            return self._blinked(eye_openness(mapped), seconds)
        direction = 1.0 if current == "turn_left" else -1.0
        shift = parallax(self._reference, mapped)
        return shift * (-direction if self.mirrored else direction) >= self.settings.turn

    def _blinked(self, ear: float, seconds: float) -> bool:
        self._ears.append(ear)
        if len(self._ears) < 3:
            return False
        open_level = float(np.percentile(self._ears[-60:], 80))
        if open_level < self.settings.min_open:
            return False
        if ear < self.settings.closed_ratio * open_level:
            self._closed_frames += 1
            if self._closed_at is None:
                self._closed_at = seconds
            return False
        if self._closed_at is not None and ear > self.settings.open_ratio * open_level:
            blinked = (
                self._closed_frames >= self.settings.closed_frames
                and seconds - self._closed_at <= self.settings.max_blink
            )
            self._closed_at, self._closed_frames = None, 0
            return blinked
        if self._closed_at is not None and ear >= self.settings.closed_ratio * open_level:
            self._closed_frames = 0  # half-closed: a shut eye must be seen in frames in a row
        return False

    def _moved_too_far(self, box: Box) -> bool:
        if self._last_box is None:
            return False
        (x0, y0), (x1, y1) = self._last_box.centre, box.centre
        return float(np.hypot(x1 - x0, y1 - y0)) > self.settings.jump * max(self._last_box.size, 1)

    def _timeout_reason(self) -> str:
        current = self.challenges[len(self._done)]
        return NO_BLINK if current == "blink" else NO_TURN

    def _finish(self, status: Literal["passed", "failed"], reason: str) -> LivenessResult:
        self._result = LivenessResult(status, reason, tuple(self._done), None)
        return self._result


def to_reference(reference: np.ndarray, points: np.ndarray) -> np.ndarray | None:
    """``points`` mapped onto ``reference`` by the homography of the face's plane (None if degenerate)."""
    current = np.asarray(points, dtype=np.float32)
    matrix, _ = cv2.findHomography(current[FACE_PLANE], reference[FACE_PLANE], 0)
    if matrix is None or not np.isfinite(matrix).all():
        return None
    return cv2.perspectiveTransform(current[None], matrix)[0]


def parallax(reference: np.ndarray, mapped: np.ndarray) -> float:
    """How far the nose tip moved along the eye line, off the face's plane, in inter-ocular distances.

    Positive: towards the image's right (the person's own left, for a camera that does not mirror).
    """
    eye_line = reference[LEFT_EYE].mean(axis=0) - reference[RIGHT_EYE].mean(axis=0)
    iod = float(np.hypot(*eye_line)) or 1e-6
    shift = mapped[NOSE_TIP] - reference[NOSE_TIP]
    return float(shift @ (eye_line / iod)) / iod
