"""The accuracy evidence of docs/biometrics.md, measured on ../shared/faces.

``python -m biometrics.evaluation [--faces DIR] [--out docs/biometrics.md]``
runs everything (about a minute) and writes the report: pair distances, open-set
identification, scenes, resolutions, degraded pictures, the video, liveness.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from biometrics import Gallery
from biometrics.evaluation import data, photos, video
from biometrics.images import load_image
from biometrics.liveness import LivenessResult
from biometrics.matching import DEFAULT_THRESHOLDS, Thresholds
from biometrics.pipeline import Face
from biometrics.quality import QualityPolicy

STATIC_FRAMES = 110  # 11 s at 10 frames a second: longer than the liveness timeout
ACCEPTS = (0.40, 0.45, 0.50, 0.55, 0.60)
MARGINS = (0.0, 0.05, 0.10, 0.15)


@dataclass
class Evaluation:
    thresholds: Thresholds
    policy: QualityPolicy
    people: list[data.Photo]
    groups: list[list[data.Photo]]
    genuine: list[float]
    impostor: list[float]
    nearest_impostors: list[tuple[float, str, str]]
    grid: dict[tuple[float, float], tuple[photos.Outcomes, photos.Outcomes]]
    readme: tuple[photos.Outcomes, photos.Outcomes]
    scenes: list[photos.SceneFace]
    resolutions: list[photos.Resolution]
    sweeps: dict[str, list[photos.Level]]
    bad_case: photos.Level
    video: video.VideoResult
    video_gallery: list[str]
    tilts: data.Photo | None
    tilt_stats: video.TiltStats
    static: dict[str, LivenessResult]
    lin_turn: dict[str, tuple[str, float | None]]
    seconds: float


def evaluate(faces: Path, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Evaluation:
    started = time.perf_counter()
    people = data.people(faces)
    groups = data.same_photo_groups(people)
    reps = [data.representative(g) for g in groups]
    genuine, impostor, nearest = photos.pair_distances(reps)
    grid = {
        (a, m): photos.open_set(groups, photos.engine_rule(Thresholds(accept=a, margin=m)))
        for a in ACCEPTS
        for m in MARGINS
    }
    resolution_group = max(groups, key=len)
    first = {}
    for p in people:
        first.setdefault(p.identity, p)
    clip_gallery = Gallery()
    for p in first.values():
        clip_gallery.add(p.identity, p.encoding)
    tilt_photo = next(p for p in people if p.name == "obama_480p.jpg")
    tilt_image = load_image(tilt_photo.path)
    clip = video.run_video(faces, clip_gallery, thresholds)
    static_frames = video.handheld(tilt_image, STATIC_FRAMES, np.random.default_rng(7))
    return Evaluation(
        thresholds=thresholds,
        policy=QualityPolicy(),
        people=people,
        groups=groups,
        genuine=genuine,
        impostor=impostor,
        nearest_impostors=nearest[:3],
        grid=grid,
        readme=photos.open_set(groups, photos.readme_rule()),
        scenes=photos.scenes(faces, groups, thresholds),
        resolutions=photos.resolutions(resolution_group, people, thresholds),
        sweeps=_sweeps(groups, thresholds),
        bad_case=photos.degraded(
            groups, photos.grey_dark_small, "grey, dark, small, JPEG 25", _size, thresholds
        ),
        video=clip,
        video_gallery=sorted(p.name for p in first.values()),
        tilts=tilt_photo,
        tilt_stats=video.photo_tilts(tilt_image),
        static=video.check_frames(static_frames, ("blink", "turn_left", "turn_right")),
        lin_turn={
            c: (r.status, at)
            for c in ("turn_right", "turn_left", "blink")
            for r, at in [video.check_points(clip.lin_points, c)]
        },
        seconds=time.perf_counter() - started,
    )


def _size(face: Face) -> float:
    return float(face.measures.size)


def _sweeps(groups: list[list[data.Photo]], t: Thresholds) -> dict[str, list[photos.Level]]:
    bright = [
        photos.degraded(groups, lambda im, _f, k=k: photos.darken(im, k), f"x {k}", _brightness, t)
        for k in (1.0, 0.6, 0.45, 0.35, 0.25, 0.15)
    ]
    sharp = [
        photos.degraded(groups, lambda im, f, k=k: photos.blur(im, f, k), f"sigma {k:.0%} of face", _sharp, t)
        for k in (0.0, 0.01, 0.02, 0.03, 0.05, 0.08)
    ]
    size = [
        photos.degraded(groups, lambda im, f, k=k: photos.shrink(im, f, k), f"{k} px", _size, t)
        for k in (120, 80, 60, 48, 40, 32)
    ]
    return {"brightness": bright, "sharpness": sharp, "size": size}


def _brightness(face: Face) -> float:
    return float(face.measures.brightness)


def _sharp(face: Face) -> float:
    return float(face.measures.sharpness)
