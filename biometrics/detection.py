"""Finding faces (dlib HOG), their 68 landmarks, and their 128-d encodings.

Detection runs on a copy no larger than ``max_side`` pixels (a 640 px frame
takes about 25 ms at upsample 0, four times that at upsample 1), first without
upsampling and, only when nothing is found, once more at twice the size (never
more: tiny upsampled faces are where look-alikes come from). Boxes
are mapped back to the frame; landmarks and encodings are computed on the
full-resolution frame, so a face's encoding does not depend on the detector's
scale. Sizes are always in the frame's own pixels, never upsampled ones.

A photo (a registry photo, a picture to identify) may be searched
``thorough``-ly when HOG finds nothing: once more with a border around it
(HOG cannot find a face that touches the edge, as in a tight face crop), then
with dlib's CNN detector on a small copy (it finds turned and cut faces; about
half a second). A live frame never is: the next frame comes soon.

The encoding of a photo may be ``mirrored``: the mean of the encodings of the
face and of its mirror image. A face is nearly symmetric, but the encoder is
not: averaging the two halves the noise of one pose and light, and on the
real photos of docs/biometrics.md identifies more people at the same error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from biometrics import models

if TYPE_CHECKING:
    import cv2
else:
    from biometrics.opencv import cv2  # imported on first use, set up once

LIVE_MAX_SIDE = 640
PHOTO_MAX_SIDE = 1280
BORDER = 0.25  # the border added around a photo for the thorough search, in shares of its larger side
CNN_SIDE = 320  # the CNN detector looks at a copy at most this large (upsampled once: 640)


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
    image: np.ndarray,
    *,
    max_side: int = LIVE_MAX_SIDE,
    upsample: Sequence[int] = (0, 1),
    thorough: bool = False,
) -> list[Detection]:
    """Faces in an RGB frame, largest first; the next ``upsample`` level is tried only when none is found.

    ``thorough`` (photos only): when HOG finds nothing, search a bordered copy, then with the CNN.
    """
    found = _hog(image, max_side, upsample)
    if found or not thorough:
        return found
    height, width = image.shape[:2]
    pad = round(BORDER * max(height, width))
    bordered = cv2.copyMakeBorder(image, pad, pad, pad, pad, cv2.BORDER_REPLICATE)
    found = _hog(bordered, max_side, upsample) or _cnn(bordered)
    return [Detection(_unpad(d.box, pad), d.score, d.upsampled) for d in found]


def _unpad(box: Box, pad: int) -> Box:
    return Box(box.top - pad, box.right - pad, box.bottom - pad, box.left - pad)


def _cnn(image: np.ndarray) -> list[Detection]:
    height, width = image.shape[:2]
    scale = min(1.0, CNN_SIDE / max(height, width))
    small = (
        image if scale == 1.0 else cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    )
    found = [
        Detection(_box_from_rect(d.rect, scale), float(d.confidence), 1)
        for d in models.cnn_detector()(small, 1)
    ]
    return sorted(found, key=lambda d: d.box.width * d.box.height, reverse=True)


def _hog(image: np.ndarray, max_side: int, upsample: Sequence[int]) -> list[Detection]:
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


def encode(image: np.ndarray, marks: Landmarks, *, mirrored: bool = False) -> np.ndarray:
    """The face's 128-d encoding, float32, as ``face_recognition.face_encodings`` computes it.

    ``mirrored``: the mean of the face's encoding and its mirror image's (about twice the time).
    """
    m = models.load()
    with models.encoder_lock:
        vector = np.asarray(m.encoder.compute_face_descriptor(image, marks.shape, 1), dtype=np.float32)
    if not mirrored:
        return vector
    flipped = np.ascontiguousarray(image[:, ::-1])
    width = image.shape[1]
    rect = marks.shape.rect
    box = Box(rect.top(), width - 1 - rect.left(), rect.bottom(), width - 1 - rect.right())
    mirror = landmarks(flipped, box)
    with models.encoder_lock:
        other = np.asarray(m.encoder.compute_face_descriptor(flipped, mirror.shape, 1), dtype=np.float32)
    return (vector + other) / 2
