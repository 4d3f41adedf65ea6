"""The accuracy evidence of docs/biometrics.md, measured on ../shared/faces.

``python -m biometrics.evaluation [--faces DIR] [--out docs/biometrics.md]``
runs everything (about half an hour on two cores) and writes the report and its DET picture:
open-set identification on the calibration set (the acceptance check's
protocol), its error trade-off, the gallery grown with synthetic distractors,
the quality gates on degraded pictures, templates learnt from visits, the
scenes and sizes of people/, the video and liveness. Each calibration photo is
analysed once (:mod:`biometrics.evaluation.calibration`); every table about it
is derived from that cache.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from biometrics import Gallery, matching
from biometrics.evaluation import (
    attacks,
    calibration,
    camera_visits,
    data,
    det,
    gates,
    growth,
    photos,
    sweeps,
    video,
    visits,
)
from biometrics.evaluation.calibration import Calibration, Tally
from biometrics.evaluation.video import TiltStats
from biometrics.images import load_image
from biometrics.liveness import LivenessResult
from biometrics.matching import DEFAULT_THRESHOLDS, Thresholds
from biometrics.pipeline import LIVE_POLICY, PHOTO_POLICY

STATIC_FRAMES = 110  # 11 s at 10 frames a second: longer than the liveness timeout
MARGINS = (0.0, 0.02, 0.03, 0.05, 0.08, 0.10)
COHORTS = (3, 5, 9, 15, 25)


@dataclass
class OneToOne:
    """1:1 verification (matching.verify) on the protocol: each genuine probe claims its own identity,
    each impostor probe claims every enrolled identity in turn."""

    genuine: int = 0
    genuine_accepted: int = 0
    claims: int = 0
    claims_accepted: int = 0


@dataclass
class LookAlikeCheck:
    """The check before a face is enrolled (matching.look_alikes) on the protocol: each decided genuine
    probe is its person enrolling again under another name (caught when flagged); each decided impostor
    probe is a new person enrolling (held for a supervisor when flagged, a false hold)."""

    again: int = 0
    caught: int = 0
    new: int = 0
    held: int = 0


@dataclass
class Evaluation:
    thresholds: Thresholds
    cal: Calibration
    engine: Tally
    readme: Tally
    best: tuple[float, float, Tally]
    mismatches: list[str]  # probes whose cached decision differs from identify_photo's (none)
    distances: list[det.Point]
    ratios: list[det.Point]
    margins: list[tuple[float, Tally]]
    cohorts: list[tuple[int, Tally]]
    one_to_one: OneToOne
    look_alike: LookAlikeCheck
    model: growth.Model
    comparison: growth.Comparison
    real_identities: int
    growth: list[growth.Row]
    photo_gates: list[gates.GateCost]
    baseline: sweeps.Level
    levels: list[sweeps.Level]
    live_gates: list[gates.GateCost]
    light_gates: tuple[
        list[gates.GateCost], list[gates.GateCost]
    ]  # light sweeps only: as is, gamma-corrected
    visits: visits.Visits
    poor_camera: list[camera_visits.Seen]  # the second visits through a poorer camera
    people: list[data.Photo]
    groups: list[list[data.Photo]]
    scenes: list[photos.SceneFace]
    resolutions: list[photos.Resolution]
    video: video.VideoResult
    video_gallery: list[str]
    tilts: data.Photo | None
    tilt_stats: TiltStats  # not video.TiltStats: the field ``video`` above shadows the module here
    static: dict[str, LivenessResult]
    lin_turn: dict[str, tuple[str, float | None]]
    attacks: attacks.AttackTable | None  # printed photos waved at a camera
    seconds: dict[str, float] = field(default_factory=dict)


def evaluate(
    faces: Path, thresholds: Thresholds = DEFAULT_THRESHOLDS, log: Callable[[str], None] = print
) -> Evaluation:
    clock: dict[str, float] = {}
    started = last = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal last
        now = time.perf_counter()
        clock[name], last = now - last, now
        log(f"{name}: {clock[name]:.0f} s")

    cal = calibration.measure(faces / "calibration", log=log)
    lap("calibration photos")
    people = data.people(faces)
    groups = data.same_photo_groups(people)
    model, comparison, real = _distractors(cal, people)
    best = calibration.best_threshold(cal.probes)
    rows = growth.grow(cal, model, best[:2], thresholds=thresholds)
    lap("gallery growth")
    baseline, levels = sweeps.run(cal, log=log)
    lap("degraded pictures")
    trials = [t.probe for level in [baseline, *levels] for t in level.trials]
    resolution_group = max(groups, key=len)
    first: dict[str, data.Photo] = {}
    for p in people:
        first.setdefault(p.identity, p)
    clip_gallery = Gallery()
    for p in first.values():
        clip_gallery.add(p.identity, p.encoding)
    tilt_photo = next(p for p in people if p.name == "obama_480p.jpg")
    tilt_image = load_image(tilt_photo.path)
    clip = video.run_video(faces, clip_gallery, thresholds)
    static_frames = video.handheld(tilt_image, STATIC_FRAMES, np.random.default_rng(7))
    learned = visits.measure(cal, thresholds)
    poor_camera = camera_visits.measure(cal, learned, thresholds, log=log)
    lap("second visits through a poorer camera")
    evaluation = Evaluation(
        thresholds=thresholds,
        cal=cal,
        engine=calibration.tally(cal.probes, calibration.engine(thresholds)),
        readme=calibration.tally(cal.probes, calibration.readme_rule()),
        best=best,
        mismatches=calibration.agrees_with_identify_photo(cal, thresholds),
        distances=det.distance_curve(cal.probes),
        ratios=det.ratio_curve(cal.probes, thresholds),
        margins=[(m, _tally(cal, replace(thresholds, margin=m))) for m in MARGINS],
        cohorts=[(c, _tally(cal, replace(thresholds, cohort=c))) for c in COHORTS],
        one_to_one=_one_to_one(cal, thresholds),
        look_alike=_look_alike(cal, thresholds),
        model=model,
        comparison=comparison,
        real_identities=real,
        growth=rows,
        photo_gates=gates.costs(cal.probes, PHOTO_POLICY, thresholds),
        baseline=baseline,
        levels=levels,
        live_gates=gates.costs(trials, LIVE_POLICY, thresholds),
        light_gates=(
            gates.costs(_light(levels, corrected=False), LIVE_POLICY, thresholds),
            gates.costs(_light(levels, corrected=True), LIVE_POLICY, thresholds),
        ),
        visits=learned,
        poor_camera=poor_camera,
        people=people,
        groups=groups,
        scenes=photos.scenes(faces, groups, thresholds),
        resolutions=photos.resolutions(resolution_group, people, thresholds),
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
        attacks=bent_paper_attacks(faces),
    )
    lap("people, video, liveness, learning")
    clock["total"] = time.perf_counter() - started
    evaluation.seconds = clock
    return evaluation


def bent_paper_attacks(faces: Path) -> attacks.AttackTable:
    """Printed photos, flat, bent and creased, waved at a camera: one video of each kind per photo."""
    return attacks.measure_table(attacks.attack_photos(faces))


def _light(levels: list[sweeps.Level], corrected: bool) -> list[calibration.Probe]:
    return [p for level in levels if level.sweep in sweeps.EXPOSED for p in level.probes(corrected)]


def _tally(cal: Calibration, t: Thresholds) -> Tally:
    return calibration.tally(cal.probes, calibration.engine(t))


def _one_to_one(cal: Calibration, t: Thresholds) -> OneToOne:
    out = OneToOne()
    for p in cal.probes:
        if not p.decided:
            continue
        if p.enrolled:
            out.genuine += 1
            out.genuine_accepted += matching.verify(cal.gallery, p.identity, p.encoding, t).accepted
        else:
            for claimed in cal.enrolled:
                out.claims += 1
                out.claims_accepted += matching.verify(cal.gallery, claimed, p.encoding, t).accepted
    return out


def _look_alike(cal: Calibration, t: Thresholds) -> LookAlikeCheck:
    out = LookAlikeCheck()
    for p in cal.probes:
        if not p.decided:
            continue
        flagged = bool(matching.look_alikes(cal.gallery, p.encoding, t))
        if p.enrolled:
            out.again, out.caught = out.again + 1, out.caught + flagged
        else:
            out.new, out.held = out.new + 1, out.held + flagged
    return out


def _distractors(cal: Calibration, people: list[data.Photo]) -> tuple[growth.Model, growth.Comparison, int]:
    """The distractors' law, fitted to every real identity's mean, and how its distances compare."""
    extra: dict[str, list[np.ndarray]] = {}
    firsts: dict[str, np.ndarray] = {}
    for p in people:
        if p.encoding is None:
            continue
        identity = data.SAME_PERSON.get(p.identity, p.identity)
        extra.setdefault(identity, []).append(p.encoding)
        if identity not in cal.enrolled and identity not in cal.strangers:
            firsts.setdefault(identity, p.encoding)
    means = calibration.identity_means(cal, extra)
    templates = {i: cal.gallery.templates_of(i)[0] for i in cal.enrolled}
    for probe in cal.impostors:
        if probe.encoding is not None:
            templates.setdefault(probe.identity, probe.encoding)
    templates.update(firsts)
    names = sorted(templates)
    block = np.stack([templates[i] for i in names])
    model = growth.fit(np.stack(list(means.values())), block)
    probes = [(probe.identity, probe.encoding) for probe in cal.probes if probe.encoding is not None]
    comparison = growth.compare(
        model,
        block,
        np.stack([encoding for _, encoding in probes]),
        np.array([identity for identity, _ in probes]),
        np.array(names),
    )
    return model, comparison, len(means)
