"""The photos of people/: scenes (several faces, partial faces) and one photograph at several sizes."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from biometrics import Gallery, Match, pipeline
from biometrics.evaluation.data import SAME_SOURCE, SCENE_LABELS, Photo, representative
from biometrics.images import load_image
from biometrics.matching import Thresholds, identify
from biometrics.photo_id import identify_photo

Rule = Callable[[Sequence[Match]], Hashable | None]


def readme_rule(tolerance: float = 0.6) -> Rule:
    """face_recognition's README: the nearest known face, if within the tolerance."""
    return lambda nearest: nearest[0].identity if nearest and nearest[0].distance <= tolerance else None


def _near(photo: Photo, encoding: np.ndarray | None, limit: float) -> bool:
    if photo.encoding is None or encoding is None:
        return False
    return float(np.linalg.norm(photo.encoding - encoding)) < limit


def gallery_of(photos: Sequence[Photo]) -> Gallery:
    gallery = Gallery()
    for p in photos:
        if p.encoding is not None:
            gallery.add(p.identity, p.encoding)
    return gallery


@dataclass(frozen=True)
class SceneFace:
    scene: str
    truth: str | None
    size: int
    problems: str
    nearest: str
    distance: float
    decided: str | None
    scene_status: str  # what ``hamyon bio identify`` says about the whole picture


def scenes(faces: Path, groups: Sequence[list[Photo]], thresholds: Thresholds) -> list[SceneFace]:
    """Every face of every scene against people/, without the photographs the scene was cut from."""
    people = [p for g in groups for p in g]
    rows = []
    for name, labels in SCENE_LABELS.items():
        path = faces / "scenes" / name
        whole = identify_photo(gallery_of(people), path, thresholds)
        found = sorted(pipeline.analyse_faces(load_image(path)), key=lambda f: f.box.centre[0])
        for face, truth in zip(found, labels, strict=False):
            source = [g for g in groups if any(_near(p, face.encoding, SAME_SOURCE) for p in g)]
            gallery = gallery_of([p for p in people if not any(p in g for g in source)])
            decision = identify(gallery, face.encoding, thresholds.for_quality(bool(face.cautions)))
            nearest = gallery.search(face.encoding, limit=1)[0]
            rows.append(
                SceneFace(
                    scene=name,
                    truth=truth,
                    size=face.measures.size,
                    problems=", ".join(p.code for p in (*face.problems, *face.cautions)) or "-",
                    nearest=str(nearest.identity),
                    distance=nearest.distance,
                    decided=None if decision.identity is None else str(decision.identity),
                    scene_status=whole.status if whole.status not in ("match", "no_match") else "one face",
                )
            )
    return rows


@dataclass(frozen=True)
class Resolution:
    name: str
    width: int
    height: int
    size: int
    to_largest: float
    decided: str | None
    distance: float


def resolutions(group: Sequence[Photo], people: Sequence[Photo], thresholds: Thresholds) -> list[Resolution]:
    """One photograph at several sizes: steady encoding, same decision (against the other photographs)."""
    best = representative(group)
    gallery = gallery_of([p for p in people if p not in group])
    rows = []
    for p in sorted(group, key=lambda p: p.face.measures.size if p.face else 0):
        if p.encoding is None or p.face is None:
            continue
        decision = identify(gallery, p.encoding, thresholds)
        h, w = load_image(p.path).shape[:2]
        rows.append(
            Resolution(
                name=p.name,
                width=w,
                height=h,
                size=p.face.measures.size,
                to_largest=float(np.linalg.norm(p.encoding - best.encoding)),
                decided=None if decision.identity is None else str(decision.identity),
                distance=decision.distance or 0.0,
            )
        )
    return rows
