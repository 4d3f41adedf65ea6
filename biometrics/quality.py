"""Is this face good enough to identify? Measures and gates with reasons a person understands.

Measures come from the face's box and its 68 landmarks (iBUG order: jaw 0-16,
nose 27-35, the subject's right eye 36-41, left eye 42-47):

- ``size``: the box's shorter side in the frame's own pixels;
- ``brightness``: mean grey level of the face (0-255), ``overexposed``: share of
  saturated pixels;
- ``sharpness``: variance of the Laplacian of the face resized to 112 px, so a
  large face and a small one are judged alike;
- ``yaw`` and ``pitch``: the nose tip's offset from the midpoint of the eyes,
  along and across the eye line, in inter-ocular distances (0 and about 0.5 when
  the face looks straight at the camera); ``roll``: the eye line's angle;
- ``eyes_open``: the eye aspect ratio (lid gap over eye width, both eyes'
  mean; about 0.3 open, under 0.1 closed);
- ``outside``: share of the face's inner points (eyebrows, eyes, nose, mouth:
  17-67) that fall outside the frame; the jaw line may be cut, as in a tight
  crop, without harm to the encoding.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from biometrics.detection import Box

if TYPE_CHECKING:
    import cv2
else:
    from biometrics.opencv import cv2  # imported on first use, set up once

RIGHT_EYE = slice(36, 42)
LEFT_EYE = slice(42, 48)
NOSE_TIP = 30
INNER = slice(17, 68)  # eyebrows, nose, eyes, mouth: what the encoder aligns and looks at


@dataclass(frozen=True)
class Problem:
    """Why a face cannot be used: a stable code and the words shown to the person."""

    code: str
    text: str


TOO_FAR = Problem("too_far", "too far from the camera: come closer")
TOO_DARK = Problem("too_dark", "too dark: add light in front of the face")
TOO_BRIGHT = Problem("too_bright", "too bright: move out of direct light")
BLURRED = Problem("blurred", "blurred: hold still and look at the camera")
TURNED_AWAY = Problem("turned_away", "turned away: look straight at the camera")
EYES_CLOSED = Problem("eyes_closed", "eyes closed: keep the eyes open")
SEVERAL_FACES = Problem("several_faces", "several faces: only the person to identify may face the camera")
OUT_OF_VIEW = Problem("out_of_view", "the face is partly out of view: move to the centre")


@dataclass(frozen=True)
class Measures:
    size: int
    brightness: float
    overexposed: float
    sharpness: float
    yaw: float
    pitch: float
    roll: float
    eyes_open: float
    outside: float


@dataclass(frozen=True)
class QualityPolicy:
    """The gates; defaults calibrated on ../shared/faces (see docs/biometrics.md)."""

    min_size: int = 40
    # dlib's encoder is nearly blind to global light (a gamma correction before encoding measured no
    # better, docs/biometrics.md): light refuses a face only where its encoding measurably drifts.
    min_brightness: float = 25.0
    max_brightness: float = 240.0
    max_overexposed: float = 0.55  # share of the face clipped to white: detail no correction brings back
    min_sharpness: float = 25.0
    max_yaw: float = 0.45
    min_pitch: float = 0.25
    max_pitch: float = 0.85
    max_roll: float = 25.0
    min_eyes_open: float = 0.12
    max_outside: float = 0.10
    # Gates that do not refuse the face: it is identified, by stricter bars (Thresholds.for_quality).
    tolerated: frozenset[str] = frozenset()

    def split(self, m: Measures) -> tuple[tuple[Problem, ...], tuple[Problem, ...]]:
        """(the problems that refuse the face, those tolerated under stricter bars)."""
        found = self.problems(m)
        refused = tuple(p for p in found if p.code not in self.tolerated)
        return refused, tuple(p for p in found if p.code in self.tolerated)

    def problems(self, m: Measures) -> tuple[Problem, ...]:
        """Every gate the face fails, most actionable first (an empty tuple: good enough)."""
        found = []
        if m.outside > self.max_outside:
            found.append(OUT_OF_VIEW)
        if m.size < self.min_size:
            found.append(TOO_FAR)
        if m.brightness < self.min_brightness:
            found.append(TOO_DARK)
        elif m.brightness > self.max_brightness or m.overexposed > self.max_overexposed:
            found.append(TOO_BRIGHT)
        pitch_ok = self.min_pitch <= m.pitch <= self.max_pitch
        if abs(m.yaw) > self.max_yaw or not pitch_ok or abs(m.roll) > self.max_roll:
            found.append(TURNED_AWAY)
        if m.eyes_open < self.min_eyes_open:
            found.append(EYES_CLOSED)
        if m.sharpness < self.min_sharpness and m.size >= self.min_size:
            found.append(BLURRED)
        return tuple(found)


def measure(image: np.ndarray, box: Box, points: np.ndarray) -> Measures:
    """The quality measures of one face in an RGB frame."""
    height, width = image.shape[:2]
    yaw, pitch, roll = pose(points)
    inner = points[INNER]
    inside = (inner[:, 0] >= 0) & (inner[:, 0] < width) & (inner[:, 1] >= 0) & (inner[:, 1] < height)
    grey = _grey_crop(image, box.inside(height, width))
    return Measures(
        size=box.size,
        brightness=float(grey.mean()) if grey.size else 0.0,
        overexposed=float((grey >= 250).mean()) if grey.size else 0.0,
        sharpness=_sharpness(grey),
        yaw=yaw,
        pitch=pitch,
        roll=roll,
        eyes_open=eye_openness(points),
        outside=float(1.0 - inside.mean()),
    )


def pose(points: np.ndarray) -> tuple[float, float, float]:
    """(yaw, pitch, roll in degrees) from the landmarks; yaw > 0: nose towards the image's right."""
    right_eye = points[RIGHT_EYE].mean(axis=0)
    left_eye = points[LEFT_EYE].mean(axis=0)
    eye_line = left_eye - right_eye
    iod = float(np.hypot(*eye_line)) or 1e-6
    angle = float(np.arctan2(eye_line[1], eye_line[0]))
    offset = points[NOSE_TIP] - (right_eye + left_eye) / 2
    cos, sin = np.cos(-angle), np.sin(-angle)
    along = cos * offset[0] - sin * offset[1]
    across = sin * offset[0] + cos * offset[1]
    return float(along / iod), float(across / iod), float(np.degrees(angle))


def eye_aspect_ratio(eye: np.ndarray) -> float:
    """Lid gap over eye width for the six points of one eye (Soukupová and Čech, 2016)."""
    width = float(np.hypot(*(eye[0] - eye[3]))) or 1e-6
    gap = float(np.hypot(*(eye[1] - eye[5])) + np.hypot(*(eye[2] - eye[4])))
    return gap / (2.0 * width)


def eye_openness(points: np.ndarray) -> float:
    return (eye_aspect_ratio(points[RIGHT_EYE]) + eye_aspect_ratio(points[LEFT_EYE])) / 2.0


def _grey_crop(image: np.ndarray, box: Box) -> np.ndarray:
    crop = image[box.top : box.bottom, box.left : box.right]
    if crop.size == 0:
        return np.zeros((0, 0), dtype=np.uint8)
    return cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY)


def _sharpness(grey: np.ndarray) -> float:
    if grey.size == 0:
        return 0.0
    shrink = grey.shape[0] > 112
    small = cv2.resize(grey, (112, 112), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_LINEAR)
    return float(cv2.Laplacian(small, cv2.CV_64F).var())
