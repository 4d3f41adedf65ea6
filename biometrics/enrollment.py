"""Making templates: from photos (a registry's, or a folder per person) or captured at the camera.

A capture at the terminal collects ``frames`` good frames under the stricter
:data:`ENROLL_POLICY`, checks that they all show the same person, and keeps
their mean encoding plus the ``templates - 1`` frames most unlike it and each
other, so that later identification sees the person's range of poses.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from biometrics.errors import BiometricsError, EnrollmentIncomplete
from biometrics.gallery import Gallery
from biometrics.images import IMAGE_SUFFIXES
from biometrics.phrases import Phrase
from biometrics.pipeline import FrameAnalysis, encode_photo
from biometrics.quality import QualityPolicy

# A template serves for years: it is taken only in good light, sharp, straight and large.
ENROLL_POLICY = QualityPolicy(
    min_size=80,
    min_sharpness=40.0,
    max_yaw=0.35,
    max_roll=15.0,
    min_brightness=40.0,
    max_brightness=215.0,
    max_overexposed=0.25,
)
PROBLEMS_LISTED = 10  # photos named in the error when a whole gallery folder is unusable


@dataclass(frozen=True)
class EnrollmentSettings:
    frames: int = 5
    templates: int = 3
    same_person: float = 0.45  # every good frame must lie this close to the frames' mean
    policy: QualityPolicy = ENROLL_POLICY


@dataclass(frozen=True)
class Progress:
    collected: int
    needed: int
    problem: str | None  # why the last frame was not taken, in plain words


class EnrollmentCapture:
    """Collects good frames of one person; ``templates()`` gives what to store."""

    def __init__(self, settings: EnrollmentSettings | None = None) -> None:
        self.settings = settings or EnrollmentSettings()
        self._encodings: list[np.ndarray] = []

    @property
    def complete(self) -> bool:
        return len(self._encodings) >= self.settings.frames

    def add(self, analysis: FrameAnalysis) -> Progress:
        """Offer one frame analysed with ``settings.policy``; it is kept only when good."""
        problem = None
        if analysis.status != "ok" or analysis.encoding is None:
            problem = analysis.reason
        elif not self.complete:
            self._encodings.append(analysis.encoding)
        return Progress(len(self._encodings), self.settings.frames, problem)

    def templates(self) -> np.ndarray:
        """The templates to enroll, (k, 128) float32; EnrollmentIncomplete if not enough or not consistent."""
        if not self.complete:
            taken = {"count": len(self._encodings), "needed": self.settings.frames}
            raise EnrollmentIncomplete(
                reason=Phrase("only {count} of {needed} good pictures were taken", taken)
            )
        frames = np.stack(self._encodings)
        mean = frames.mean(axis=0)
        if np.linalg.norm(frames - mean, axis=1).max() > self.settings.same_person:
            self._encodings.clear()
            raise EnrollmentIncomplete(reason="the pictures do not all show the same person: start again")
        chosen = [mean]
        for _ in range(min(self.settings.templates - 1, len(frames))):
            nearest = np.min([np.linalg.norm(frames - c, axis=1) for c in chosen], axis=0)
            chosen.append(frames[int(np.argmax(nearest))])
        return np.stack(chosen).astype(np.float32)

    def reset(self) -> None:
        self._encodings.clear()


@dataclass
class FolderGallery:
    gallery: Gallery
    photos: int = 0
    problems: list[str] = field(default_factory=list)  # one plain-words line per photo not used


def gallery_from_folder(folder: str | os.PathLike[str]) -> FolderGallery:
    """A gallery from a folder holding one sub-folder per identity (its name), each with photos.

    Photos that cannot be used are listed in ``problems`` (by the person's folder
    and the file's base name); when none can be used, EnrollmentIncomplete names
    them.
    """
    root = Path(folder)
    if not root.is_dir():
        raise EnrollmentIncomplete(
            reason=Phrase("the gallery folder {folder} does not exist", {"folder": str(root)})
        )
    result = FolderGallery(Gallery())
    for person in sorted(p for p in root.iterdir() if p.is_dir()):
        photos = sorted(p for p in person.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES)
        for photo in photos:
            try:
                result.gallery.add(person.name, encode_photo(photo))
                result.photos += 1
            except BiometricsError as exc:
                result.problems.append(f"{person.name}/{photo.name}: {exc.message}")
        if not photos:
            result.problems.append(f"{person.name}: no photos in the folder")
    if len(result.gallery) == 0:
        why = _listed(result.problems) or Phrase("it holds no sub-folder per person")
        reason = Phrase(
            "no usable face in the gallery folder {folder} ({why})", {"folder": str(root), "why": why}
        )
        raise EnrollmentIncomplete(reason=reason)
    return result


def _listed(problems: list[str], most: int = PROBLEMS_LISTED) -> str:
    """The first ``most`` problems on one line, and how many more there are."""
    shown = [problem.rstrip(".") for problem in problems[:most]]
    more = len(problems) - len(shown)
    return "; ".join(shown) + (f"; and {more} more" if more else "")
