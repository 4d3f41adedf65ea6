"""Accuracy on the photos: pairs, open-set identification, scenes, resolutions, degraded pictures."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from biometrics import Gallery, Match, detection, pipeline
from biometrics.evaluation.data import SAME_SOURCE, SCENE_LABELS, Photo, representative
from biometrics.images import load_image
from biometrics.matching import Thresholds, decide

Rule = Callable[[Sequence[Match]], Hashable | None]


def engine_rule(thresholds: Thresholds) -> Rule:
    return lambda nearest: decide(nearest, thresholds).identity


def readme_rule(tolerance: float = 0.6) -> Rule:
    """face_recognition's README: the nearest known face, if within the tolerance."""
    return lambda nearest: nearest[0].identity if nearest and nearest[0].distance <= tolerance else None


@dataclass
class Outcomes:
    correct: int = 0
    no_match: int = 0
    wrong: int = 0
    refused: int = 0  # no face, or failed the quality gates: a failure to acquire
    wrong_cases: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.correct + self.no_match + self.wrong + self.refused

    def add(self, truth: str | None, said: Hashable | None, label: str) -> None:
        if said is None:
            self.no_match += 1
        elif said == truth:
            self.correct += 1
        else:
            self.wrong += 1
            self.wrong_cases.append(f"{label} taken for {said}")


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


def pair_distances(reps: Sequence[Photo]) -> tuple[list[float], list[float], list[tuple[float, str, str]]]:
    """Distances of genuine pairs, of impostor pairs, and the impostor pairs themselves (nearest first)."""
    genuine, impostor, named = [], [], []
    for a, b in itertools.combinations([p for p in reps if p.encoding is not None], 2):
        d = float(np.linalg.norm(a.encoding - b.encoding))
        if a.identity == b.identity:
            genuine.append(d)
        else:
            impostor.append(d)
            named.append((d, a.name, b.name))
    return genuine, impostor, sorted(named)


def open_set(groups: Sequence[list[Photo]], rule: Rule) -> tuple[Outcomes, Outcomes]:
    """Leave one photograph out: (its identity still enrolled, its identity not enrolled at all)."""
    everyone = [p for g in groups for p in g]
    genuine, unknown = Outcomes(), Outcomes()
    for group in groups:
        probe = representative(group)
        if probe.encoding is None:
            continue
        others = [p for p in everyone if p not in group]
        if any(p.identity == probe.identity for p in others):
            genuine.add(probe.identity, rule(gallery_of(others).search(probe.encoding)), probe.name)
        strangers = [p for p in others if p.identity != probe.identity]
        unknown.add(probe.identity, rule(gallery_of(strangers).search(probe.encoding)), probe.name)
    return genuine, unknown


@dataclass(frozen=True)
class SceneFace:
    scene: str
    truth: str | None
    size: int
    problems: str
    nearest: str
    distance: float
    decided: str | None
    scene_status: str  # what the pipeline says about the whole picture (as ``bio identify`` does)


def scenes(faces: Path, groups: Sequence[list[Photo]], thresholds: Thresholds) -> list[SceneFace]:
    """Every face of every scene against people/, without the photographs the scene was cut from."""
    people = [p for g in groups for p in g]
    rows = []
    for name, labels in SCENE_LABELS.items():
        image = load_image(faces / "scenes" / name)
        whole = pipeline.analyse(image, policy=pipeline.PHOTO_POLICY, max_side=detection.PHOTO_MAX_SIDE)
        found = sorted(pipeline.analyse_faces(image), key=lambda f: f.box.centre[0])
        for face, truth in zip(found, labels, strict=False):
            source = [g for g in groups if any(_near(p, face.encoding, SAME_SOURCE) for p in g)]
            gallery = gallery_of([p for p in people if not any(p in g for g in source)])
            nearest = gallery.search(face.encoding)
            decision = decide(nearest, thresholds)
            problems = ", ".join(p.code for p in face.problems) or "-"
            status = whole.status if whole.status != "ok" else "one face"
            rows.append(
                SceneFace(
                    scene=name,
                    truth=truth,
                    size=face.measures.size,
                    problems=problems,
                    nearest=str(nearest[0].identity),
                    distance=nearest[0].distance,
                    decided=None if decision.identity is None else str(decision.identity),
                    scene_status=status,
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
        decision = decide(gallery.search(p.encoding), thresholds)
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


# --- degraded pictures: what the quality gates are for ------------------------------------


def darken(image: np.ndarray, factor: float) -> np.ndarray:
    return np.clip(image.astype(np.float32) * factor, 0, 255).astype(np.uint8)


def blur(image: np.ndarray, face: int, share: float) -> np.ndarray:
    """Gaussian blur with a sigma of ``share`` of the face's size."""
    if share <= 0:
        return image
    return cv2.GaussianBlur(image, (0, 0), sigmaX=max(0.3, share * face))


def shrink(image: np.ndarray, face: int, target: int) -> np.ndarray:
    scale = min(1.0, target / face)
    return cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def grey_dark_small(image: np.ndarray, face: int) -> np.ndarray:
    """The issue's bad case: a grey, dark, small, heavily compressed picture."""
    grey = cv2.cvtColor(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    small = shrink(darken(grey, 0.45), face, 56)
    ok, jpeg = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, 25])
    return cv2.imdecode(jpeg, cv2.IMREAD_UNCHANGED) if ok else small


@dataclass
class Level:
    label: str
    probes: int = 0
    measure: list[float] = field(default_factory=list)
    refused: int = 0
    genuine_distance: list[float] = field(default_factory=list)
    engine_all: tuple[Outcomes, Outcomes] = field(default_factory=lambda: (Outcomes(), Outcomes()))
    engine_gated: tuple[Outcomes, Outcomes] = field(default_factory=lambda: (Outcomes(), Outcomes()))
    readme: tuple[Outcomes, Outcomes] = field(default_factory=lambda: (Outcomes(), Outcomes()))


def degraded(
    groups: Sequence[list[Photo]],
    change: Callable[[np.ndarray, int], np.ndarray],
    label: str,
    measure_of: Callable[[pipeline.Face], float],
    thresholds: Thresholds,
) -> Level:
    """Each independent photo changed, then identified: genuine and unknown trials, gates on and off."""
    level = Level(label)
    everyone = [p for g in groups for p in g]
    for group in groups:
        probe = representative(group)
        if probe.face is None:
            continue
        level.probes += 1
        image = change(load_image(probe.path), probe.face.measures.size)
        result = pipeline.analyse(image, encode="always")
        if result.subject is None or result.encoding is None:
            level.refused += 1
            continue
        level.measure.append(measure_of(result.subject))
        gated = result.status != "ok"
        level.refused += gated
        others = [p for p in everyone if p not in group]
        strangers = [p for p in others if p.identity != probe.identity]
        trials = [(0, others)] if any(p.identity == probe.identity for p in others) else []
        for side, gallery_photos in [*trials, (1, strangers)]:
            gallery = gallery_of(gallery_photos)
            nearest = gallery.search(result.encoding)
            if side == 0:
                mate = gallery.distance_to(probe.identity, result.encoding)
                level.genuine_distance.append(mate.distance if mate else float("nan"))
            said = engine_rule(thresholds)(nearest)
            level.engine_all[side].add(probe.identity, said, probe.name)
            level.readme[side].add(probe.identity, readme_rule()(nearest), probe.name)
            if gated:
                level.engine_gated[side].refused += 1
            else:
                level.engine_gated[side].add(probe.identity, said, probe.name)
    return level
