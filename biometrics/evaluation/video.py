"""Accuracy on the video, and the liveness evidence (photos held to the camera, a real head turn)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from biometrics import Gallery, detection, pipeline
from biometrics.evaluation.data import LIN, VIDEO, lin_on_stage
from biometrics.evaluation.photos import readme_rule
from biometrics.live import LiveDecision, LiveIdentifier
from biometrics.liveness import Challenge, LivenessCheck, LivenessResult, parallax, to_reference
from biometrics.matching import Thresholds, decide, neighbours
from biometrics.quality import eye_openness
from biometrics.sources import Frame, VideoFileSource

if TYPE_CHECKING:
    import cv2
else:
    from biometrics.opencv import cv2  # imported on first use, set up once


@dataclass
class VideoResult:
    frames: int = 0
    no_face: int = 0
    lin_frames: int = 0
    lin_good: int = 0
    lin_refused: Counter[str] = field(default_factory=Counter)
    lin_said: Counter[str] = field(default_factory=Counter)  # per good frame: the identity, or "no_match"
    other_frames: int = 0
    other_good: int = 0
    other_refused: Counter[str] = field(default_factory=Counter)
    other_said: Counter[str] = field(default_factory=Counter)
    readme_wrong: list[tuple[int, str, float]] = field(default_factory=list)  # frame, identity, distance
    readme_lin: int = 0
    announced: list[LiveDecision] = field(default_factory=list)
    lin_points: list[tuple[float, np.ndarray | None, detection.Box | None]] = field(default_factory=list)


def run_video(faces: Path, gallery: Gallery, thresholds: Thresholds) -> VideoResult:
    """The clip through the live pipeline, frame by frame, with the manual labels beside it."""
    result, live = VideoResult(), LiveIdentifier(gallery, thresholds=thresholds)
    readme = readme_rule()
    source = VideoFileSource(faces / "video" / VIDEO)
    source.open()
    try:
        while (frame := source.read()) is not None:
            analysis = pipeline.analyse(frame.image, encode="always")
            _count_frame(result, frame, analysis, gallery, thresholds)
            for face in _all_faces(frame, analysis):
                said = readme(gallery.search(face.encoding))
                if said is not None and (said != LIN or not lin_on_stage(frame.index, face.box)):
                    result.readme_wrong.append(
                        (frame.index, str(said), gallery.search(face.encoding)[0].distance)
                    )
                elif said == LIN:
                    result.readme_lin += 1
            if (decision := live.update(frame, analysis)) is not None:
                result.announced.append(decision)
    finally:
        source.close()
    return result


def _all_faces(frame: Frame, analysis: pipeline.FrameAnalysis) -> list[pipeline.Face]:
    if analysis.faces_found > 1:
        return pipeline.analyse_faces(frame.image, max_side=detection.LIVE_MAX_SIDE)
    return [analysis.subject] if analysis.subject is not None else []


def _count_frame(
    result: VideoResult, frame: Frame, analysis: pipeline.FrameAnalysis, gallery: Gallery, t: Thresholds
) -> None:
    result.frames += 1
    face = analysis.subject
    if face is None:
        result.no_face += 1
        return
    is_lin = lin_on_stage(frame.index, face.box)
    if is_lin and frame.index >= 82:
        result.lin_points.append((frame.seconds, face.points, face.box))
    result.lin_frames += is_lin
    result.other_frames += not is_lin
    if analysis.status != "ok":
        (result.lin_refused if is_lin else result.other_refused)[analysis.problems[0].code] += 1
        return
    tq = t.for_quality(bool(analysis.cautions))
    said = decide(neighbours(gallery, analysis.encoding, tq), tq).identity
    if is_lin:
        result.lin_good += 1
        result.lin_said[str(said) if said else "no_match"] += 1
    else:
        result.other_good += 1
        result.other_said[str(said) if said else "no_match"] += 1


# --- liveness ------------------------------------------------------------------------------


def tilt(image: np.ndarray, yaw: float, pitch: float = 0.0, focal: float = 800.0) -> np.ndarray:
    """A flat picture turned by ``yaw`` and ``pitch`` degrees about its centre, seen by a pinhole camera."""
    h, w = image.shape[:2]
    ay, ax = math.radians(yaw), math.radians(pitch)
    turn = np.array([[math.cos(ay), 0, math.sin(ay)], [0, 1, 0], [-math.sin(ay), 0, math.cos(ay)]])
    nod = np.array([[1, 0, 0], [0, math.cos(ax), -math.sin(ax)], [0, math.sin(ax), math.cos(ax)]])
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    seen = []
    for x, y in corners:
        p = turn @ nod @ np.array([x - w / 2, y - h / 2, 0.0]) + np.array([0.0, 0.0, focal])
        seen.append([focal * p[0] / p[2] + w / 2, focal * p[1] / p[2] + h / 2])
    matrix = cv2.getPerspectiveTransform(corners, np.array(seen, dtype=np.float32))
    return cv2.warpPerspective(image, matrix, (w, h), borderValue=(255, 255, 255))


def handheld(image: np.ndarray, count: int, rng: np.random.Generator) -> list[np.ndarray]:
    """A photo held to the camera: it sways, tilts up to 30 degrees, comes closer and goes back."""
    frames = []
    for i in range(count):
        phase = 2 * math.pi * i / max(count, 1)
        view = tilt(image, 30 * math.sin(phase), 15 * math.sin(2 * phase), focal=700 + 200 * math.cos(phase))
        shift = rng.normal(0, 4, 2)
        matrix = np.array([[1, 0, shift[0]], [0, 1, shift[1]]], dtype=np.float32)
        frames.append(
            cv2.warpAffine(view, matrix, (image.shape[1], image.shape[0]), borderValue=(255, 255, 255))
        )
    return frames


@dataclass(frozen=True)
class TiltStats:
    views: int
    largest_parallax: float
    lowest_eye_ratio: float


def photo_tilts(image: np.ndarray) -> TiltStats:
    """How far a tilted flat photo moves the two liveness measures (it should not)."""
    front = pipeline.analyse(image, encode="never").subject
    if front is None:
        raise ValueError("no face in the photo")
    shifts, ratios = [], []
    for yaw, pitch, focal in [
        (y, p, f) for y in (-45, -30, -15, 15, 30, 45) for p in (0, 25) for f in (400, 800)
    ]:
        face = pipeline.analyse(tilt(image, yaw, pitch, focal), encode="never").subject
        if face is None:
            continue
        mapped = to_reference(front.points, face.points)
        if mapped is None:
            continue
        shifts.append(abs(parallax(front.points, mapped)))
        ratios.append(eye_openness(mapped) / eye_openness(front.points))
    return TiltStats(len(shifts), max(shifts), min(ratios))


def check_frames(
    frames: Sequence[np.ndarray], challenges: Sequence[Challenge], fps: float = 10.0
) -> dict[str, LivenessResult]:
    """Liveness checks fed with real frames (the pipeline's detection and landmarks), one per challenge."""
    checks = {c: LivenessCheck([c]) for c in challenges}
    results: dict[str, LivenessResult] = {}
    for i, image in enumerate(frames):
        face = pipeline.analyse(image, encode="never").subject
        for challenge, check in checks.items():
            results[challenge] = check.feed(
                face.points if face else None, face.box if face else None, i / fps
            )
    return results


def check_points(
    points: Sequence[tuple[float, np.ndarray | None, detection.Box | None]], challenge: Challenge
) -> tuple[LivenessResult, float | None]:
    """A liveness check fed with recorded landmarks; returns the result and when it passed."""
    check = LivenessCheck([challenge])
    start = points[0][0]
    result = check.feed(points[0][1], points[0][2], 0.0)
    for seconds, marks, box in points[1:]:
        result = check.feed(marks, box, seconds - start)
        if result.status != "pending":
            return result, seconds
    return result, None
