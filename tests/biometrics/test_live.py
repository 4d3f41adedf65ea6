"""The live pipeline on the shared video and on videos built from the shared photos."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from biometrics import Gallery
from biometrics.evaluation.data import LIN_ON_STAGE
from biometrics.live import LiveDecision, LiveIdentifier
from biometrics.sources import VideoFileSource
from biometrics.stream import CameraStream
from tests.biometrics.conftest import VIDEO, write_video


def watch(path: Path, gallery: Gallery) -> tuple[list[LiveDecision], list[tuple[int, str, object]]]:
    """Every announced decision, and (frame, status, subject box) of every frame."""
    live, decisions, frames = LiveIdentifier(gallery), [], []
    with CameraStream(VideoFileSource(path)) as stream:
        for frame in stream.frames():
            analysis, decision = live.feed(frame)
            frames.append((frame.index, analysis.status, analysis.subject and analysis.subject.box))
            if decision is not None:
                decisions.append(decision)
    return decisions, frames


@pytest.fixture(scope="module")
def clip(faces: Path, first_photo_gallery: Gallery) -> tuple[list[LiveDecision], list[tuple]]:
    return watch(VIDEO, first_photo_gallery)


def test_lin_manuel_miranda_is_identified_from_his_one_photo(clip: tuple) -> None:
    decisions, frames = clip
    assert len(frames) == 275
    matches = [d for d in decisions if d.status == "match"]
    assert {d.identity for d in matches} == {"lin_manuel_miranda"}
    first = matches[0]
    assert first.frame in LIN_ON_STAGE and first.frame <= 130  # on stage in frames 0-19, back at 82
    assert first.seconds == pytest.approx(first.frame / 29.97, abs=1e-3)
    assert first.distance is not None and first.distance <= 0.5


def test_nobody_else_in_the_clip_is_reported(clip: tuple) -> None:
    decisions, frames = clip
    audience = [d for d in decisions if d.frame >= 211]  # the camera turns to the audience
    assert all(d.identity is None for d in audience)
    assert all(d.identity in (None, "lin_manuel_miranda") for d in decisions)
    seen = [status for i, status, _ in frames if i >= 211 and status != "no_face"]
    assert seen  # the audience's faces are analysed (blurred ones judged by stricter bars), never named


def test_a_second_person_sitting_down_is_announced(
    faces: Path, tmp_path: Path, first_photo_gallery: Gallery, frame_of: Callable[[str], np.ndarray]
) -> None:
    frames = [frame_of("biden_2.jpg")] * 12 + [frame_of("obama_2.jpg")] * 12
    decisions, _ = watch(write_video(tmp_path / "two.avi", frames), first_photo_gallery)
    assert [(d.status, d.identity) for d in decisions] == [("match", "biden"), ("match", "obama")]
    assert decisions[0].frame == 2 and 12 <= decisions[1].frame <= 16  # 3 good frames, then a new one


def test_someone_not_enrolled_is_told_so_after_two_seconds(
    faces: Path, tmp_path: Path, encodings: dict[str, np.ndarray], frame_of: Callable[[str], np.ndarray]
) -> None:
    gallery = Gallery()
    for name in ("obama_2.jpg", "biden_1.jpg", "kit_harington_1.jpg"):
        gallery.add(name.rsplit("_", 1)[0], encodings[name])
    frames = [frame_of("rose_leslie_1.jpg")] * 25  # 2.5 s at 10 frames a second
    decisions, _ = watch(write_video(tmp_path / "stranger.avi", frames), gallery)
    assert len(decisions) == 1
    assert decisions[0].status == "no_match" and decisions[0].identity is None
    assert decisions[0].seconds == pytest.approx(2.0)
    assert decisions[0].reason.startswith("not recognised")


def test_a_dark_room_is_told_so(
    faces: Path, tmp_path: Path, first_photo_gallery: Gallery, frame_of: Callable[[str], np.ndarray]
) -> None:
    dark = (frame_of("kit_harington_2.jpg") * 0.2).astype(np.uint8)
    decisions, frames = watch(write_video(tmp_path / "dark.avi", [dark] * 25), first_photo_gallery)
    assert {status for _, status, _ in frames} == {"low_quality"}
    assert [(d.status, d.reason) for d in decisions] == [
        ("low_quality", "too dark: add light in front of the face")
    ]


def test_leaving_and_coming_back_is_a_new_presence(
    faces: Path, tmp_path: Path, first_photo_gallery: Gallery, frame_of: Callable[[str], np.ndarray]
) -> None:
    empty = np.full((480, 640, 3), 128, dtype=np.uint8)
    frames = [frame_of("kit_harington_3.jpg")] * 5 + [empty] * 12 + [frame_of("kit_harington_3.jpg")] * 5
    decisions, _ = watch(write_video(tmp_path / "back.avi", frames), first_photo_gallery)
    assert [(d.status, d.identity, d.frame) for d in decisions] == [
        ("match", "kit_harington", 2),
        ("match", "kit_harington", 19),
    ]
