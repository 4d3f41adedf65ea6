"""Exposure: a face in too much or too little light asks the camera for one step, then waits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

from biometrics import analyse
from biometrics.exposure import ExposureSettings, ExposureSteer
from biometrics.quality import Measures
from biometrics.sources import ImageFolderSource
from biometrics.stream import CameraStream

FACE = Measures(
    size=120, brightness=120, overexposed=0.0, sharpness=300, yaw=0.0, pitch=0.55, roll=0.0, eyes_open=0.3,
    outside=0.0,
)  # fmt: skip
BRIGHT, DARK = replace(FACE, brightness=225, overexposed=0.3), replace(FACE, brightness=40)


def test_a_bright_face_asks_for_less_light_once_then_waits_for_the_camera() -> None:
    steer = ExposureSteer(ExposureSettings(frames=3, settle=4))
    assert [steer.update(BRIGHT) for _ in range(3)] == [0, 0, -1]
    assert [steer.update(BRIGHT) for _ in range(4)] == [0, 0, 0, 0]  # the camera settles
    assert [steer.update(BRIGHT) for _ in range(3)] == [0, 0, -1]  # still too bright: one more step
    assert steer.steps == 2


def test_a_dark_face_asks_for_more_light_and_a_good_one_for_nothing() -> None:
    steer = ExposureSteer(ExposureSettings(frames=3, settle=0))
    assert [steer.update(DARK) for _ in range(3)] == [0, 0, 1]
    assert [steer.update(FACE) for _ in range(6)] == [0] * 6


def test_mixed_evidence_and_an_empty_picture_ask_nothing() -> None:
    steer = ExposureSteer(ExposureSettings(frames=3, settle=0))
    assert [steer.update(m) for m in (BRIGHT, DARK, BRIGHT, None, None, FACE)] == [0] * 6
    assert steer.steps == 0


def test_real_frames_say_what_their_light_asks(faces: Path, frame_of: Callable[[str], np.ndarray]) -> None:
    steer = ExposureSteer()
    frame = frame_of("biden_2.jpg")
    good = analyse(frame).subject
    burnt = analyse(np.clip(frame.astype(np.int32) * 2 + 60, 0, 255).astype(np.uint8)).subject
    dim = analyse((frame * 0.35).astype(np.uint8)).subject
    assert good is not None and burnt is not None and dim is not None
    wanted = [steer.wanted(face.measures) for face in (good, burnt, dim)]
    assert wanted == [0, -1, 1]


class SteerableFolder(ImageFolderSource):
    """A folder standing in for a webcam that allows manual exposure (there is no webcam here)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.asked: list[tuple[int, int]] = []  # (step, frames delivered before it)

    def steer_exposure(self, step: int) -> bool:
        self.asked.append((step, self._count))
        return True


def test_the_stream_applies_a_step_between_frames_on_its_own_thread(
    tmp_path: Path, frame_of: Callable[[str], np.ndarray]
) -> None:
    import cv2

    for i in range(6):
        cv2.imwrite(str(tmp_path / f"{i:02}.png"), frame_of("biden_2.jpg")[:, :, ::-1])
    source = SteerableFolder(tmp_path)
    with CameraStream(source, buffer=1) as stream:
        frames = stream.frames()
        next(frames)
        stream.steer_exposure(-1)
        rest = list(frames)
    assert len(rest) == 5 and len(source.asked) == 1 and source.asked[0][0] == -1
    assert stream.exposure_steered == 1
    assert ImageFolderSource(tmp_path).steer_exposure(-1) is False  # a plain folder cannot be steered
