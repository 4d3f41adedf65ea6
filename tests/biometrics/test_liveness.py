"""Liveness: a blink or a head turn on request passes; a photo held to the camera never does."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from biometrics import analyse, load_image
from biometrics.detection import Box
from biometrics.evaluation.video import handheld
from biometrics.liveness import (
    PROMPTS,
    LivenessCheck,
    LivenessRequest,
    LivenessResult,
    LivenessSettings,
    challenges_for,
    random_challenges,
)
from biometrics.sources import VideoFileSource
from tests.biometrics.conftest import photo, write_video

UPPER_LIDS, LOWER_LIDS = [37, 38, 43, 44], [40, 41, 46, 47]
FPS = 15.0


@pytest.fixture(scope="module")
def face(faces: Path) -> tuple[np.ndarray, Box]:
    """Real landmarks and box of an open-eyed, frontal face."""
    subject = analyse(load_image(photo("obama_480p.jpg"))).subject
    assert subject is not None
    return subject.points, subject.box


def with_eyes(points: np.ndarray, openness: float, rng: np.random.Generator) -> np.ndarray:
    """The landmarks with both eyelids moved towards the eye's middle (0: shut, 1: as they were)."""
    moved = points.copy()
    for eye in (slice(36, 42), slice(42, 48)):
        middle = points[eye][:, 1].mean()
        for i in range(eye.start, eye.stop):
            if i in UPPER_LIDS or i in LOWER_LIDS:
                moved[i, 1] = middle + (points[i, 1] - middle) * openness
    return moved + rng.normal(0, 0.4, moved.shape).astype(np.float32)  # the landmarks' own jitter


def feed(check: LivenessCheck, frames: Sequence[np.ndarray], box: Box, start: float = 0.0) -> LivenessResult:
    result = None
    for i, points in enumerate(frames):
        result = check.feed(points, box, start + i / FPS)
        if result.status != "pending":
            break
    assert result is not None
    return result


def blink(points: np.ndarray, rng: np.random.Generator, closed_frames: int = 2) -> list[np.ndarray]:
    profile = [1.0] * 10 + [0.6, 0.25] + [0.05] * closed_frames + [0.4, 0.8] + [1.0] * 5
    return [with_eyes(points, k, rng) for k in profile]


def test_a_blink_passes(face: tuple[np.ndarray, Box]) -> None:
    points, box = face
    check = LivenessCheck(["blink"])
    result = feed(check, blink(points, np.random.default_rng(1)), box)
    assert result.status == "passed" and result.done == ("blink",) and result.prompt is None


def test_eyes_held_shut_are_not_a_blink(face: tuple[np.ndarray, Box]) -> None:
    points, box = face
    check = LivenessCheck(["blink"], settings=LivenessSettings(timeout=4.0))
    frames = blink(points, np.random.default_rng(2), closed_frames=30)  # two seconds shut
    frames += [with_eyes(points, 1.0, np.random.default_rng(3))] * 40
    result = feed(check, frames, box)
    assert result.status == "failed" and "no blink" in result.reason


def test_jittering_landmarks_of_a_still_face_never_blink(face: tuple[np.ndarray, Box]) -> None:
    points, box = face
    rng = np.random.default_rng(4)
    still = [points + rng.normal(0, 1.0, points.shape).astype(np.float32) for _ in range(160)]
    result = feed(LivenessCheck(["blink"]), still, box)
    assert result.status == "failed" and result.reason.startswith("no blink was seen in time")


def test_a_photo_held_to_the_camera_fails_every_request(faces: Path, tmp_path: Path) -> None:
    image = load_image(photo("obama_480p.jpg"))
    video = write_video(tmp_path / "photo.avi", handheld(image, 50, np.random.default_rng(5)), fps=10)
    settings = LivenessSettings(timeout=4.5)
    checks = {c: LivenessCheck([c], settings=settings) for c in ("blink", "turn_left", "turn_right")}
    source = VideoFileSource(video)
    source.open()
    seen = 0
    while (frame := source.read()) is not None:
        subject = analyse(frame.image, encode="never").subject
        seen += subject is not None
        results = {
            c: check.feed(
                subject.points if subject else None, subject.box if subject else None, frame.seconds
            )
            for c, check in checks.items()
        }
    source.close()
    assert seen >= 45  # the photo's face was in view all along
    assert {r.status for r in results.values()} == {"failed"}
    assert "cannot blink" in results["blink"].reason and "cannot turn" in results["turn_left"].reason


def test_a_real_head_turn_passes_only_the_side_asked(lin_turn_landmarks: list) -> None:
    """In the shared video Lin-Manuel Miranda turns his head to his own right (frames 82 to 140)."""
    outcomes = {}
    for challenge, mirrored in (("turn_right", False), ("turn_left", False), ("turn_left", True)):
        check = LivenessCheck([challenge], mirrored=mirrored)
        for seconds, points, box in lin_turn_landmarks:
            result = check.feed(points, box, seconds - lin_turn_landmarks[0][0])
        outcomes[(challenge, mirrored)] = result.status
        if challenge == "turn_left" and not mirrored:
            assert check.feed(None, None, 11.0).status == "failed"  # later than the timeout
    assert outcomes == {
        ("turn_right", False): "passed",
        ("turn_left", False): "pending",
        ("turn_left", True): "passed",
    }


def test_challenges_are_asked_in_order(face: tuple[np.ndarray, Box], lin_turn_landmarks: list) -> None:
    check = LivenessCheck(["turn_right", "blink"])
    first = check.feed(*lin_turn_landmarks[0][1:], 0.0)
    assert first.prompt == PROMPTS["turn_right"]
    result = first
    for seconds, points, box in lin_turn_landmarks[1:]:
        result = check.feed(points, box, seconds - lin_turn_landmarks[0][0])
        if result.done:
            break
    assert result.status == "pending" and result.done == ("turn_right",) and result.prompt == PROMPTS["blink"]
    last_points = next(p for _, p, _ in reversed(lin_turn_landmarks) if p is not None)
    last_box = next(b for _, _, b in reversed(lin_turn_landmarks) if b is not None)
    final = feed(check, blink(last_points, np.random.default_rng(6)), last_box, start=5.0)
    assert final.status == "passed" and final.done == ("turn_right", "blink")


def test_another_face_taking_over_fails_the_check(face: tuple[np.ndarray, Box]) -> None:
    points, box = face
    check = LivenessCheck(["blink"])
    check.feed(points, box, 0.0)
    elsewhere = Box(box.top, box.right + 3 * box.size, box.bottom, box.left + 3 * box.size)
    result = check.feed(points + np.float32([3 * box.size, 0]), elsewhere, 0.1)
    assert result.status == "failed" and "different face" in result.reason


def test_random_challenges_are_a_blink_and_a_turn_in_random_order() -> None:
    drawn = {random_challenges(random.Random(seed)) for seed in range(40)}
    assert all(len(c) == 2 and "blink" in c and ({"turn_left", "turn_right"} & set(c)) for c in drawn)
    assert len(drawn) == 4  # both orders, both sides
    assert random_challenges(random.Random(9)) == random_challenges(random.Random(9))
    with pytest.raises(ValueError):
        LivenessCheck(["smile"])  # type: ignore[list-item]


def test_a_recording_may_turn_either_way_and_a_webcam_is_asked_a_blink_and_a_turn() -> None:
    assert challenges_for(True, random.Random(1)) == [("turn_left",), ("turn_right",)]
    assert challenges_for(False, random.Random(9)) == [random_challenges(random.Random(9))]


def test_a_request_passes_when_one_alternative_passes(lin_turn_landmarks: list) -> None:
    request = LivenessRequest(challenges_for(True, random.Random(0)))
    results = [
        request.feed(points, box, seconds - lin_turn_landmarks[0][0])
        for seconds, points, box in lin_turn_landmarks
    ]
    assert results[0].status == "pending" and results[0].prompt == PROMPTS["turn_left"]
    assert results[-1].status == "passed"  # turned to his right: the other alternative
    with pytest.raises(ValueError):
        LivenessRequest([])
