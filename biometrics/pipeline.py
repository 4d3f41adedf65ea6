"""One frame or photo in, one face analysed out: detection, choice of the subject, quality, encoding.

The subject is the largest face nearest the centre. Another face at least
``COMPETING_SIZE`` of its size (and large enough to be used) competes with it:
the frame is then refused with "several faces", because identifying the wrong
one of two people is the worst outcome. The encoding (about 75 ms) is computed
only for a face that passed the quality gates, unless asked otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from biometrics import detection
from biometrics.detection import Box, Detection
from biometrics.errors import LowQuality, NoFace, SeveralFaces
from biometrics.images import as_rgb_frame, load_image
from biometrics.quality import SEVERAL_FACES, Measures, Problem, QualityPolicy, measure

COMPETING_SIZE = 0.6
# A stream offers another frame in a tenth of a second: a turned face waits for a straight one. A blurred
# one is judged by stricter bars instead (a soft webcam would otherwise never identify anyone).
LIVE_POLICY = QualityPolicy(tolerated=frozenset({"blurred"}))
# A photo is all there is: what only makes identification less sure is judged by stricter bars; refused
# is what makes it unreliable (too small, too dark, clipped, several faces). Measured in docs/biometrics.md.
PHOTO_POLICY = QualityPolicy(tolerated=frozenset({"turned_away", "blurred", "eyes_closed", "out_of_view"}))
Status = Literal["ok", "no_face", "low_quality"]
EncodeWhen = Literal["good", "always", "never"]


@dataclass(frozen=True)
class Face:
    """The subject of a frame: where it is, how good it is and, when good, its encoding."""

    box: Box
    points: np.ndarray  # (68, 2) landmarks in frame pixels
    measures: Measures
    problems: tuple[Problem, ...]
    encoding: np.ndarray | None  # (128,) float32
    cautions: tuple[Problem, ...] = ()  # gates failed but tolerated: identified by stricter bars


@dataclass(frozen=True)
class FrameAnalysis:
    faces_found: int
    subject: Face | None
    problems: tuple[Problem, ...]  # the subject's, plus "several faces" when others compete
    competing: int = 0  # other faces large enough to be mistaken for the subject

    @property
    def cautions(self) -> tuple[Problem, ...]:
        """Tolerated problems of a usable subject: its decision takes the stricter bars."""
        return self.subject.cautions if self.subject is not None else ()

    @property
    def status(self) -> Status:
        if self.subject is None:
            return "no_face"
        return "low_quality" if self.problems else "ok"

    @property
    def encoding(self) -> np.ndarray | None:
        return self.subject.encoding if self.subject is not None else None

    @property
    def reason(self) -> str:
        if self.subject is None:
            return "no face in view"
        return "; ".join(p.text for p in self.problems) or "good"


def analyse(
    image: np.ndarray,
    *,
    policy: QualityPolicy = LIVE_POLICY,
    max_side: int = detection.LIVE_MAX_SIDE,
    encode: EncodeWhen = "good",
    photo: bool = False,
) -> FrameAnalysis:
    """Analyse an RGB frame (uint8, height x width x 3).

    ``photo``: one picture, not a frame of a stream: searched thoroughly and encoded mirrored
    (see :mod:`biometrics.detection`); about half a second more when HOG misses the face.
    """
    image = as_rgb_frame(image)
    found = detection.detect(image, max_side=max_side, thorough=photo)
    if not found:
        return FrameAnalysis(0, None, ())
    subject, competing = choose_subject(found, image.shape[0], image.shape[1], policy.min_size)
    marks = detection.landmarks(image, subject.box)
    measures = measure(image, subject.box, marks.points)
    own, cautions = policy.split(measures)
    problems = (SEVERAL_FACES, *own) if competing else own
    encoding = None
    if encode == "always" or (encode == "good" and not problems):
        encoding = detection.encode(image, marks, mirrored=photo)
    face = Face(subject.box, marks.points, measures, own, encoding, cautions)
    return FrameAnalysis(len(found), face, problems, len(competing))


def analyse_faces(
    image: np.ndarray, *, policy: QualityPolicy = PHOTO_POLICY, max_side: int = detection.PHOTO_MAX_SIDE
) -> list[Face]:
    """Every face in a picture, each measured and encoded (for a supervisor's view and the evaluation)."""
    image = as_rgb_frame(image)
    faces = []
    for found in detection.detect(image, max_side=max_side):
        marks = detection.landmarks(image, found.box)
        measures = measure(image, found.box, marks.points)
        encoding = detection.encode(image, marks, mirrored=True)
        own, cautions = policy.split(measures)
        faces.append(Face(found.box, marks.points, measures, own, encoding, cautions))
    return faces


def choose_subject(
    found: Sequence[Detection], height: int, width: int, min_size: int
) -> tuple[Detection, list[Detection]]:
    """The subject (large and central) and the other faces that compete with it."""
    half_diagonal = float(np.hypot(width, height)) / 2

    def score(d: Detection) -> float:
        x, y = d.box.centre
        off_centre = float(np.hypot(x - width / 2, y - height / 2)) / half_diagonal
        return d.box.width * d.box.height * (1.0 - 0.5 * min(off_centre, 1.0))

    subject = max(found, key=score)
    floor = max(min_size, COMPETING_SIZE * subject.box.size)
    competing = [d for d in found if d is not subject and d.box.size >= floor]
    return subject, competing


def encode_photo(path: str | os.PathLike[str], *, policy: QualityPolicy = PHOTO_POLICY) -> np.ndarray:
    """The 128-d template (float32) of the one face in a photo file.

    Raises :class:`BadImage` (unreadable, empty, enormous file), :class:`NoFace`,
    :class:`SeveralFaces` or :class:`LowQuality` (with the reasons).
    """
    name = os.path.basename(os.fspath(path))
    result = analyse(load_image(path), policy=policy, max_side=detection.PHOTO_MAX_SIDE, photo=True)
    if result.subject is None:
        raise NoFace(name=name)
    if any(p is SEVERAL_FACES for p in result.problems):
        raise SeveralFaces(name=name, count=result.competing + 1)
    if result.problems or result.encoding is None:
        # the first problem only: one plain reason, in words the window can translate
        raise LowQuality(
            name=name, reason=result.problems[0].text if result.problems else "the face could not be measured"
        )
    return result.encoding
