"""Degraded pictures at the camera, and whether every quality gate earns its place.

A subset of the calibration probes (each enrolled person's first probe, each
stranger's first two photos) is shown as a webcam would: fitted into a 640x480
frame, then darkened, brightened, greyed and lit from one side, blurred or
shrunk, and analysed as a live frame is (``LIVE_POLICY``; the gallery is the
protocol's, enrolled from photos). Each face is measured once and encoded as
the engine encodes it (the picture as it is) and, for the light sweeps, also
after a gamma correction that brings the face's mean grey level to
``GAMMA_TARGET`` (:func:`gamma_corrected`: the software exposure compensation
the engine once had, kept here to show what it would change).
"""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, cast

import numpy as np

from biometrics import detection, pipeline
from biometrics.detection import Box
from biometrics.evaluation.calibration import Calibration, Probe
from biometrics.gallery import Gallery, Match
from biometrics.images import load_image
from biometrics.quality import SEVERAL_FACES, QualityPolicy
from biometrics.quality import measure as measure_face

if TYPE_CHECKING:
    import cv2
else:
    from biometrics.opencv import cv2  # imported on first use, set up once

FRAME = (640, 480)
GREY = 128
GAMMA_TARGET = 120.0  # the face's mean grey level after the gamma correction
GAMMA_NORMAL = (70.0, 175.0)  # a face whose mean lies within this range is left as it is
GAMMA_STRONGEST = (0.35, 3.0)  # the exponents the correction never goes beyond
Change = Callable[[np.ndarray, Box], np.ndarray]


def in_frame(image: np.ndarray, size: tuple[int, int] = FRAME) -> tuple[np.ndarray, float, tuple[int, int]]:
    """The picture fitted (never enlarged) into a grey frame; (frame, scale, (left, top))."""
    width, height = size
    scale = min(1.0, width / image.shape[1], height / image.shape[0])
    if scale < 1.0:
        image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    frame = np.full((height, width, 3), GREY, dtype=np.uint8)
    top, left = (height - image.shape[0]) // 2, (width - image.shape[1]) // 2
    frame[top : top + image.shape[0], left : left + image.shape[1]] = image
    return frame, scale, (left, top)


def gamma_corrected(image: np.ndarray, box: Box) -> np.ndarray:
    """The picture with one gamma curve taking the face's mean grey level to about GAMMA_TARGET; the same
    array when the face already lies within GAMMA_NORMAL."""
    inside = box.inside(*image.shape[:2])
    crop = image[inside.top : inside.bottom, inside.left : inside.right]
    level = float(cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY).mean()) if crop.size else GAMMA_TARGET
    if GAMMA_NORMAL[0] <= level <= GAMMA_NORMAL[1]:
        return image
    ratio = min(max(level, 1.0), 254.0) / 255.0
    gamma = float(np.clip(np.log(GAMMA_TARGET / 255.0) / np.log(ratio), *GAMMA_STRONGEST))
    curve = np.clip(255.0 * (np.arange(256) / 255.0) ** gamma + 0.5, 0, 255).astype(np.uint8)
    return cv2.LUT(image, curve)


def darken(image: np.ndarray, _face: Box, factor: float) -> np.ndarray:
    return cast(np.ndarray, np.clip(image.astype(np.float32) * factor, 0, 255).astype(np.uint8))


def brighten(image: np.ndarray, _face: Box, factor: float) -> np.ndarray:
    """Overexposed: every pixel times ``factor``, clipped to white."""
    return darken(image, _face, factor)


def side_light(image: np.ndarray, face: Box, lit: float, shaded: float) -> np.ndarray:
    """A grey picture lit from one side: from ``lit`` times its level at the face's left edge to
    ``shaded`` times at its right edge (constant beyond)."""
    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY).astype(np.float32)
    x = np.arange(image.shape[1], dtype=np.float32)
    share = np.clip((x - face.left) / max(face.width, 1), 0.0, 1.0)
    gain = lit + (shaded - lit) * share
    return np.repeat(np.clip(grey * gain[None, :], 0, 255).astype(np.uint8)[..., None], 3, axis=2)


def blur(image: np.ndarray, face: Box, share: float) -> np.ndarray:
    """Gaussian blur with a sigma of ``share`` of the face's size."""
    return cv2.GaussianBlur(image, (0, 0), sigmaX=max(0.3, share * face.size))


def shrink(image: np.ndarray, face: Box, target: int) -> np.ndarray:
    """The frame scaled so that the face is ``target`` pixels (never enlarged), back in a grey frame."""
    scale = min(1.0, target / max(face.size, 1))
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return in_frame(small)[0]


SWEEPS: dict[str, tuple[str, list[tuple[str, Change]]]] = {
    "darker": (
        "brightness",
        [(f"x {k}", functools.partial(darken, factor=k)) for k in (0.6, 0.45, 0.35, 0.25, 0.15)],
    ),
    "overexposed": (
        "brightness",
        [(f"x {k}", functools.partial(brighten, factor=k)) for k in (1.5, 2.0, 2.5, 3.0, 4.0)],
    ),
    "grey, side light": (
        "brightness",
        [
            (f"{a} to {b}", functools.partial(side_light, lit=a, shaded=b))
            for a, b in ((1.0, 1.0), (1.4, 0.6), (1.8, 0.35), (2.2, 0.2), (2.6, 0.1))
        ],
    ),
    "blurred": (
        "sharpness",
        [
            (f"sigma {k:.0%} of face", functools.partial(blur, share=k))
            for k in (0.01, 0.02, 0.03, 0.05, 0.08)
        ],
    ),
    "smaller": ("size", [(f"{k} px", functools.partial(shrink, target=k)) for k in (80, 60, 48, 40, 32)]),
}
EXPOSED = ("darker", "overexposed", "grey, side light")  # sweeps shown with the compensation on and off


@dataclass(frozen=True)
class Trial:
    """One degraded probe as the live pipeline sees it, and the same face encoded after gamma correction."""

    probe: Probe  # with the degraded face's measures, gates and nearest identities
    corrected: Probe | None  # the same face, encoded after gamma_corrected (None: no face)
    changed: bool  # the correction changed the picture
    box: Box | None = None  # the face in the frame


@dataclass
class Level:
    sweep: str
    label: str
    trials: list[Trial] = field(default_factory=list)

    def probes(self, corrected: bool = False) -> list[Probe]:
        return [(t.corrected if corrected and t.corrected is not None else t.probe) for t in self.trials]


Seen = tuple[pipeline.Face, tuple[str, ...], np.ndarray, bool]  # what :func:`look` finds in a picture


def look(
    image: np.ndarray, policy: QualityPolicy = pipeline.LIVE_POLICY, correct: bool = True
) -> Seen | None:
    """pipeline.analyse(image, encode="always") step by step, also encoding the gamma-corrected picture:
    (face, refused codes, corrected encoding, whether the correction changed the picture); None: no face."""
    found = detection.detect(image, max_side=detection.LIVE_MAX_SIDE)
    if not found:
        return None
    subject, competing = pipeline.choose_subject(found, image.shape[0], image.shape[1], policy.min_size)
    marks = detection.landmarks(image, subject.box)
    measures = measure_face(image, subject.box, marks.points)
    own, cautions = policy.split(measures)
    encoding = detection.encode(image, marks)
    corrected = gamma_corrected(image, subject.box) if correct else image
    changed = corrected is not image
    other = detection.encode(corrected, marks) if changed else encoding
    face = pipeline.Face(subject.box, marks.points, measures, own, encoding, cautions)
    refused = tuple(p.code for p in ((SEVERAL_FACES, *own) if competing else own))
    return face, refused, other, changed


def as_seen(probe: Probe, seen: Seen | None, nearest: tuple[Match, ...] = ()) -> Probe:
    """``probe`` as a picture (:func:`look`) shows it: its encoding and gates; its decision is made later."""
    if seen is None:
        return replace(
            probe, status="no_face", measures=None, refused=(), cautions=(), encoding=None, nearest=()
        )
    face, refused, _, _ = seen
    return replace(
        probe,
        status="low_quality" if refused else "no_match",
        measures=face.measures,
        refused=refused,
        cautions=tuple(p.code for p in face.cautions),
        encoding=face.encoding,
        nearest=nearest,
    )


def trial(probe: Probe, image: np.ndarray, gallery: Gallery, correct: bool = True) -> Trial:
    seen = look(image, correct=correct)
    if seen is None:
        return Trial(as_seen(probe, None), None, False, None)
    face, _, other, changed = seen
    everyone = gallery.identity_count
    base = as_seen(probe, seen, tuple(gallery.search(face.encoding, limit=everyone)))
    corrected = replace(base, encoding=other, nearest=tuple(gallery.search(other, limit=everyone)))
    return Trial(base, corrected if changed else base, changed, face.box)


def subset(cal: Calibration) -> list[Probe]:
    """Each enrolled person's first probe and each stranger's first two photos (faces found only)."""
    chosen: list[Probe] = []
    seen: dict[str, int] = {}
    for p in cal.probes:
        if p.measures is None:
            continue
        limit = 1 if p.enrolled else 2
        if seen.get(p.identity, 0) < limit:
            chosen.append(p)
            seen[p.identity] = seen.get(p.identity, 0) + 1
    return chosen


def run(cal: Calibration, log: Callable[[str], None] = print, workers: int = 2) -> tuple[Level, list[Level]]:
    """(the probes' frames as taken, every level of every sweep), ``workers`` processes at a time; a probe
    whose face is not found in its frame as taken is left out of every level."""
    templates = {i: cal.gallery.templates_of(i) for i in cal.enrolled}
    chosen = subset(cal)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=(templates,)) as pool:
        done = list(pool.map(_degrade, chosen))
    baseline = Level("none", "as taken")
    levels = [Level(sweep, label) for sweep, (_, changes) in SWEEPS.items() for label, _ in changes]
    for first, trials in done:
        if first.box is None:
            continue
        baseline.trials.append(first)
        for level, t in zip(levels, trials, strict=True):
            level.trials.append(t)
    log(f"degraded pictures: {len(baseline.trials)} probes, {len(levels)} levels")
    return baseline, levels


_gallery: Gallery | None = None


def _start(templates: dict[str, np.ndarray]) -> None:
    global _gallery
    _gallery = Gallery()
    for identity, rows in templates.items():
        _gallery.add(identity, rows)


def _degrade(p: Probe) -> tuple[Trial, list[Trial]]:
    """One probe as taken and at every level of every sweep (in a worker process)."""
    assert _gallery is not None
    image = in_frame(load_image(p.path))[0]
    first = trial(p, image, _gallery)
    if first.box is None:
        return first, []
    box = first.box
    trials = [
        trial(p, change(image, box), _gallery, sweep in EXPOSED)
        for sweep, (_, changes) in SWEEPS.items()
        for _, change in changes
    ]
    return first, trials
