"""``hamyon bio watch --liveness``: a real head turn passes; a printed photo, however waved, never does."""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from biometrics import analyse, load_image
from biometrics.detection import Box
from biometrics.evaluation.attacks import Motion, Sheet, waved_photo
from biometrics.evaluation.video import handheld
from tests.biometrics.conftest import FACES, photo, read_clip, write_video
from tests.cli_runner import hamyon

LIVENESS_KEYS = {"identity", "liveness", "reason", "frame", "seconds"}
FPS = 10.0


CALIBRATION = FACES / "calibration"


@pytest.fixture(scope="module")
def gallery(faces: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One photo of each person the videos show (people/ and calibration/), linked (never copied)."""
    root = tmp_path_factory.mktemp("watch") / "gallery"
    shots = {
        "biden": photo("biden_1.jpg"),
        "lin_manuel_miranda": photo("lin_manuel_miranda_1.png"),
        "obama": photo("obama_2.jpg"),
        "brad_pitt": CALIBRATION / "brad_pitt" / "celeb_02.jpg",
        "lindsay_lohan": CALIBRATION / "lindsay_lohan" / "glint_02.png",
    }
    for identity, path in shots.items():
        (root / identity).mkdir(parents=True)
        (root / identity / path.name).symlink_to(path)
    return root


def watch(video: Path, gallery: Path) -> list[dict]:
    """The liveness lines of ``hamyon bio watch --liveness`` on a video (the decision lines left out)."""
    done = hamyon(
        "bio", "watch", "--camera", str(video), "--gallery", str(gallery), "--liveness", timeout=180
    )
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    return [line for line in lines if "liveness" in line]


def printed(path: Path) -> tuple[np.ndarray, Box]:
    """A photo and its face's box (dlib runs on one thread at a time: found before the threads start)."""
    image = load_image(path)
    face = analyse(image, max_side=1280, encode="never").subject
    assert face is not None
    return image, face.box


def test_the_real_head_turn_in_the_clip_passes(gallery: Path, tmp_path: Path) -> None:
    """Frames 70-135 of the shared clip: Lin-Manuel Miranda comes close and turns his head."""
    video = write_video(tmp_path / "turn.avi", read_clip(70, 135), fps=29.97)
    out = watch(video, gallery)
    assert [(line["identity"], line["liveness"]) for line in out] == [("lin_manuel_miranda", "passed")]
    assert set(out[0]) == LIVENESS_KEYS and out[0]["reason"] == "the person responded as asked"
    assert out[0]["seconds"] == pytest.approx(out[0]["frame"] / 29.97, abs=1e-3)


def test_printed_photos_bent_rolled_and_waved_never_pass(gallery: Path, tmp_path: Path) -> None:
    """Photos that the landmarks alone take for a turning head (biometrics.evaluation.attacks.measure):
    sheets bent into cylinders of 0.6 and 1.5 face widths about a horizontal, a slanted and a vertical
    axis, and a flat one, swept from side to side or swayed, pitched and rolled at once."""
    attacks = {
        "lin_manuel_miranda": (
            photo("lin_manuel_miranda_1.png"),
            Sheet(0.6, axis=90),
            Motion("sweep", yaw=40, pitch=20, roll=15, width=170),
        ),
        "obama": (
            photo("obama_1.jpg"),
            Sheet(0.6, axis=30, convex=False),
            Motion("sweep", yaw=40, pitch=20, roll=15, width=170),
        ),
        "brad_pitt": (CALIBRATION / "brad_pitt" / "celeb_01.jpg", Sheet(1.5), Motion("sway", -35, 30, 30)),
        "lindsay_lohan": (
            CALIBRATION / "lindsay_lohan" / "glint_01.png",
            Sheet(axis=30),
            Motion("sway", yaw=-40, pitch=-30, roll=30),
        ),
    }

    photos = {who: printed(path) for who, (path, _, _) in attacks.items()}

    def outcome(who: str) -> list[dict]:
        _, sheet, motion = attacks[who]
        motion = replace(motion, seconds=3.5, still=1.0)
        frames = waved_photo(*photos[who], sheet, motion, fps=FPS, seed=7)
        return watch(write_video(tmp_path / f"{who}.avi", frames, fps=FPS), gallery)

    with ThreadPoolExecutor(len(attacks)) as pool:
        outcomes = dict(zip(attacks, pool.map(outcome, attacks), strict=True))
    for who, out in outcomes.items():
        assert out, f"{who} was not recognised, so no liveness check ran"
        assert all(set(line) == LIVENESS_KEYS for line in out)
        assert [(line["identity"], line["liveness"]) for line in out] == [(who, "failed")]
        assert out[0]["reason"] == "the recording ended before the person responded"


def test_a_flat_photo_held_to_the_camera_fails(
    gallery: Path, tmp_path: Path, frame_of: Callable[[str], np.ndarray]
) -> None:
    frames = [frame_of("biden_2.jpg")] * 10 + handheld(frame_of("biden_2.jpg"), 40, np.random.default_rng(2))
    out = watch(write_video(tmp_path / "held.avi", frames, fps=FPS), gallery)
    assert [(line["identity"], line["liveness"]) for line in out] == [("biden", "failed")]
    assert out[0]["reason"] == "the recording ended before the person responded" and out[0]["frame"] == 49
