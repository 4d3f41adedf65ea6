"""Finding faces (dlib HOG), their 68 landmarks, and their 128-d encodings.

Detection runs on a copy no larger than ``max_side`` pixels (a 640 px frame
takes about 25 ms at upsample 0, four times that at upsample 1), first without
upsampling and, only when nothing is found, once more at twice the size (never
more: tiny upsampled faces are where look-alikes come from). Boxes
are mapped back to the frame; landmarks and encodings are computed on the
full-resolution frame, so a face's encoding does not depend on the detector's
scale. Sizes are always in the frame's own pixels, never upsampled ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from biometrics import models

LIVE_MAX_SIDE = 640
PHOTO_MAX_SIDE = 1280


@dataclass(frozen=True)
class Box:
    """A face's box in frame pixels, in face_recognition's (top, right, bottom, left) order."""

    top: int
    right: int
    bottom: int
    left: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def size(self) -> int:
        """The shorter side: the face's size in pixels."""
        return min(self.width, self.height)

    @property
    def centre(self) -> tuple[float, float]:
        return (self.left + self.right) / 2, (self.top + self.bottom) / 2

    def as_tuple(self) -> tuple[int, int, int, int]:
        return self.top, self.right, self.bottom, self.left

    def inside(self, height: int, width: int) -> Box:
        """This box clipped to a frame of the given size."""
        return Box(max(self.top, 0), min(self.right, width), min(self.bottom, height), max(self.left, 0))


@dataclass(frozen=True)
class Detection:
    box: Box
    score: float  # the HOG detector's confidence
    upsampled: int  # 0, or 1 when the face was only found upsampled


def detect(
    image: np.ndarray, *, max_side: int = LIVE_MAX_SIDE, upsample: Sequence[int] = (0, 1)
) -> list[Detection]:
    """Faces in an RGB frame, largest first; the next ``upsample`` level is tried only when none is found."""
    detector = models.load().detector
    height, width = image.shape[:2]
    scale = min(1.0, max_side / max(height, width))
    small = image
    if scale < 1.0:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        small = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    for level in upsample:
        rects, scores, _ = detector.run(small, level, 0.0)
        if rects:
            found = [
                Detection(_box_from_rect(rect, scale), float(score), level)
                for rect, score in zip(rects, scores, strict=True)
            ]
            return sorted(found, key=lambda d: d.box.width * d.box.height, reverse=True)
    return []


def _box_from_rect(rect: Any, scale: float) -> Box:
    return Box(
        round(rect.top() / scale),
        round(rect.right() / scale),
        round(rect.bottom() / scale),
        round(rect.left() / scale),
    )


@dataclass(frozen=True)
class Landmarks:
    """The 68 points of a face (iBUG 300-W order) and dlib's shape, needed to encode it."""

    points: np.ndarray  # (68, 2) float32, x then y, frame pixels
    shape: Any  # dlib.full_object_detection


def landmarks(image: np.ndarray, box: Box) -> Landmarks:
    m = models.load()
    rect = m.dlib.rectangle(box.left, box.top, box.right, box.bottom)
    shape = m.landmarks(image, rect)
    points = np.array([(p.x, p.y) for p in shape.parts()], dtype=np.float32)
    return Landmarks(points, shape)


def encode(image: np.ndarray, marks: Landmarks) -> np.ndarray:
    """The face's 128-d encoding, float32, as ``face_recognition.face_encodings`` computes it."""
    m = models.load()
    with models.encoder_lock:
        vector = m.encoder.compute_face_descriptor(image, marks.shape, 1)
    return np.asarray(vector, dtype=np.float32)
