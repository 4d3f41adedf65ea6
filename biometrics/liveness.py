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
  puts it (parallax), towards the side asked for; against every line of
  landmarks through it by at least ``relief`` of that (a sheet bent into a
  cylinder has depth, but none along its straight rulings); and, when the
  frames' pictures are given, the picture shows the nose there too (at least
  ``seen``, and within ``agree`` of the landmarks): the landmark model, which
  predicts landmarks from what faces look like, misplaces them on a photo
  rolled or tilted away from the camera as if the head had turned (see
  :mod:`biometrics.relief`).

  Measured (:mod:`biometrics.evaluation.attacks`, ``docs/biometrics.md``): the
  real head turn in ../shared/faces/video passes, its nose seen in the pictures
  where the landmarks put it (every frame analysed, as the window and ``hamyon
  bio watch`` read a recording). Of 66 videos of
  printed photos flat or bent into cylinders of 0.6 to 3 face widths about any
  axis, turned, pitched, rolled and moved, none passed (3 would have on the
  landmarks alone; the pictures showed at most 0.13). Not stopped: a photo
  creased sharply near the middle of the face (each half turned back by 25 to
  45 degrees: as much depth as a nose): 2 of 66 such videos passed. None of
  the 132 passed what a live camera asks (a blink and a turn): paper does not
  blink.

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
from typing import TYPE_CHECKING, Literal, cast

import numpy as np

from biometrics.detection import Box
from biometrics.quality import LEFT_EYE, NOSE_TIP, RIGHT_EYE, eye_openness
from biometrics.relief import NoseTrack, plane_homography, relief

if TYPE_CHECKING:
    import cv2
else:
    from biometrics.opencv import cv2  # imported on first use, set up once

Challenge = Literal["blink", "turn_left", "turn_right"]
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
    relief: float = 0.25  # every line through the nose tip must show this share of its parallax
    seen: float = 0.3  # the nose tip's parallax as the picture shows it (when the frames are given)
    agree: float = 0.1  # the picture's and the landmarks' parallax of the nose tip may differ this much
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


def challenges_for(recorded: bool, rng: random.Random) -> list[tuple[Challenge, ...]]:
    """What to ask: alternatives, each a :class:`LivenessCheck`'s challenges, any one passing suffices.

    A live camera: a blink and a turn to a random side (:func:`random_challenges`).
    A recording (a video file or a folder of images) cannot follow a request, so a
    turn to either side counts: it still needs a head with depth, but it is not
    proof of a live person.
    """
    if recorded:
        return [("turn_left",), ("turn_right",)]
    return [random_challenges(rng)]


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

    def feed(
        self,
        points: np.ndarray | None,
        box: Box | None,
        seconds: float,
        image: np.ndarray | None = None,
    ) -> LivenessResult:
        """One frame: the subject's 68 landmarks and box (None when no face), at its time in seconds.

        ``image``, the frame itself (RGB or grey), lets the picture confirm a head
        turn (:class:`biometrics.relief.NoseTrack`); once the first frame of a
        turn came with its image, a frame without one cannot complete the turn.
        """
        if self._result is not None:
            return self._result
        if self._started is None:
            self._started = seconds
        if points is not None and box is not None:
            if self._moved_too_far(box):
                return self._finish("failed", DIFFERENT_FACE)
            self._last_box = box
            if self._step_done(points, seconds, image):
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
        self._track: NoseTrack | None = None
        self._ears: list[float] = []
        self._closed_at: float | None = None
        self._closed_frames = 0
        self._images = False  # the step's first frame came with its picture: every turn must be seen

    def _step_done(self, points: np.ndarray, seconds: float, image: np.ndarray | None) -> bool:
        if self._reference is None:
            self._reference = np.asarray(points, dtype=np.float32)
            self._track = None if image is None else NoseTrack(_grey(image), self._reference)
            self._images = image is not None
            return False
        mapped = to_reference(self._reference, points)
        if mapped is None:
            return False
        current = self.challenges[len(self._done)]
        if current == "blink":
            return self._blinked(eye_openness(mapped), seconds)
        seen = self._seen(points, image)
        if self._track is not None and self._track.lost:
            self._begin_step()  # the picture lost the nose: the turn is measured afresh from here
            return False
        direction = 1.0 if current == "turn_left" else -1.0
        return self._turned(self._reference, mapped, -direction if self.mirrored else direction, seen)

    def _seen(self, points: np.ndarray, image: np.ndarray | None) -> float | None:
        """The nose tip's parallax as the picture shows it (None without pictures or without this one)."""
        if self._track is None or image is None:
            return None
        return self._track.update(_grey(image), points)

    def _turned(self, reference: np.ndarray, mapped: np.ndarray, side: float, seen: float | None) -> bool:
        """The nose's parallax towards ``side`` (+1: the image's right), in every direction, and seen."""
        shift = parallax(reference, mapped) * side
        if shift < self.settings.turn or relief(reference, mapped) < self.settings.relief * shift:
            return False
        if not self._images:
            return True
        if seen is None:
            return False
        return seen * side >= self.settings.seen and abs(seen * side - shift) <= self.settings.agree

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


class LivenessRequest:
    """The alternatives of :func:`challenges_for`, asked at once: passed if one passes, failed if all fail."""

    def __init__(
        self,
        options: Sequence[Sequence[Challenge]],
        *,
        settings: LivenessSettings | None = None,
        mirrored: bool = False,
    ) -> None:
        if not options:
            raise ValueError("a liveness request needs at least one set of challenges")
        self.checks = [LivenessCheck(c, settings=settings, mirrored=mirrored) for c in options]

    def feed(
        self, points: np.ndarray | None, box: Box | None, seconds: float, image: np.ndarray | None = None
    ) -> LivenessResult:
        """One frame, as :meth:`LivenessCheck.feed`; a pending result carries the first pending prompt."""
        results = [check.feed(points, box, seconds, image) for check in self.checks]
        for status in ("passed", "pending"):
            found = next((r for r in results if r.status == status), None)
            if found is not None:
                return found
        return results[0]


def to_reference(reference: np.ndarray, points: np.ndarray) -> np.ndarray | None:
    """``points`` mapped onto ``reference`` by the homography of the face's plane (None if degenerate)."""
    matrix = plane_homography(reference, points)
    if matrix is None:
        return None
    return cast(np.ndarray, cv2.perspectiveTransform(np.asarray(points, dtype=np.float32)[None], matrix)[0])


def parallax(reference: np.ndarray, mapped: np.ndarray) -> float:
    """How far the nose tip moved along the eye line, off the face's plane, in inter-ocular distances.

    Positive: towards the image's right (the person's own left, for a camera that does not mirror).
    """
    eye_line = reference[LEFT_EYE].mean(axis=0) - reference[RIGHT_EYE].mean(axis=0)
    iod = float(np.hypot(*eye_line)) or 1e-6
    shift = mapped[NOSE_TIP] - reference[NOSE_TIP]
    return float(shift @ (eye_line / iod)) / iod


def _grey(image: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
