"""The shared face set (../shared/faces), its manual labels, and its encodings.

Labels that cannot be read from the folder names were set by looking at the
pictures: who is where in each scene (faces counted from the left), and where
Lin-Manuel Miranda is in the video (the subject's box right of x = 100 up to
frame 210; from frame 211 the camera shows the audience). Photos of one
identity whose encodings lie within ``SAME_PHOTO`` of each other are one
photograph at several sizes (obama_1 and obama_240p...1080p): they count once
in every statistic over "independent photos". Here one photograph at
different sizes stays within 0.16 of itself, and two different photographs of
one person are never closer than 0.32; a face cut out of a photograph (the
scenes) stays within ``SAME_SOURCE`` of it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from biometrics import detection, pipeline
from biometrics.images import load_image

SAME_PHOTO = 0.2
SAME_SOURCE = 0.3
SCENE_LABELS: dict[str, tuple[str | None, ...]] = {
    "obama_and_biden.jpg": ("biden", "obama", None),  # None: a girl who is not in people/
    "two_people.jpg": ("obama", "biden"),
    "kit_harington_and_rose_leslie.jpg": ("rose_leslie", "kit_harington"),
    "alex_lacamoire_group.jpg": ("alex_lacamoire",),  # one face, despite the name
    "32bit.png": ("obama",),
    "obama_partial_face.jpg": ("obama",),
    "obama_partial_face2.jpg": ("obama",),
}
SAME_PERSON = {"obama": "barack_obama"}  # people/ names of persons the calibration set also holds
VIDEO = "short_hamilton_clip.mp4"
LIN = "lin_manuel_miranda"
LIN_LAST_FRAME = 210
LIN_ON_STAGE = (*range(0, 20), *range(82, 211))  # frames in which he is visible (manual label)


def lin_on_stage(frame: int, box: detection.Box) -> bool:
    """The manual label of the video: is this face Lin-Manuel Miranda?"""
    return frame <= LIN_LAST_FRAME and box.left > 100


@dataclass(frozen=True)
class Photo:
    identity: str
    path: Path
    encoding: np.ndarray | None  # None: no face found
    face: pipeline.Face | None

    @property
    def name(self) -> str:
        return self.path.name


def encode_photo_file(path: Path, identity: str) -> Photo:
    """As a photo is enrolled (searched thoroughly, encoded mirrored), encoded even when a gate fails."""
    result = pipeline.analyse(
        load_image(path),
        policy=pipeline.PHOTO_POLICY,
        max_side=detection.PHOTO_MAX_SIDE,
        encode="always",
        photo=True,
    )
    return Photo(identity, path, result.encoding, result.subject)


def people(faces: Path) -> list[Photo]:
    """Every photo of people/, encoded."""
    return [
        encode_photo_file(path, path.parent.name)
        for path in sorted((faces / "people").glob("*/*"))
        if path.is_file()
    ]


def distance(a: Photo, b: Photo) -> float:
    if a.encoding is None or b.encoding is None:
        return float("inf")
    return float(np.linalg.norm(a.encoding - b.encoding))


def same_photo_groups(photos: list[Photo]) -> list[list[Photo]]:
    """Photos grouped when they are one photograph (same identity, encodings within SAME_PHOTO)."""
    parent = list(range(len(photos)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(photos)), 2):
        a, b = photos[i], photos[j]
        if a.identity == b.identity and distance(a, b) < SAME_PHOTO:
            parent[root(i)] = root(j)
    groups: dict[int, list[Photo]] = {}
    for i, photo in enumerate(photos):
        groups.setdefault(root(i), []).append(photo)
    return sorted(groups.values(), key=lambda g: (g[0].identity, g[0].name))


def representative(group: Sequence[Photo]) -> Photo:
    """The group's photo with the largest face: the original of a set of sizes."""
    return max(group, key=lambda p: p.face.measures.size if p.face else 0)
