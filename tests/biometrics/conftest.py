"""Fixtures of the biometrics tests: the shared faces (never copied), their encodings, short videos.

The photos and the video live in ../shared/faces beside the project. Tests that
need them use the ``faces`` fixture, which skips with the reason when the folder
is absent. Encodings of the shared photos are computed once per session; videos
are written with cv2.VideoWriter into the test's tmp_path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import cv2
import numpy as np
import pytest

from biometrics import Gallery, detection, pipeline
from biometrics.images import load_image

ROOT = Path(__file__).resolve().parents[2]
FACES = ROOT.parent / "shared" / "faces"
VIDEO = FACES / "video" / "short_hamilton_clip.mp4"


@pytest.fixture(scope="session")
def faces() -> Path:
    if not (FACES / "people").is_dir():
        pytest.skip(f"the shared face photos are not at {FACES} (../shared/faces beside the project)")
    return FACES


def photo(name: str) -> Path:
    """A people/ photo by file name: ``photo("biden_1.jpg")``."""
    identity = name.rsplit("_", 1)[0]
    return FACES / "people" / identity / name


@pytest.fixture(scope="session")
def encodings(faces: Path) -> dict[str, np.ndarray]:
    """The encoding of every people/ photo, by file name (computed once per session)."""
    found = {}
    for path in sorted((faces / "people").glob("*/*")):
        result = pipeline.analyse(load_image(path), policy=pipeline.PHOTO_POLICY, max_side=1280, photo=True)
        assert result.encoding is not None, path.name
        found[path.name] = result.encoding
    return found


def identity_of(name: str) -> str:
    return name.rsplit("_", 1)[0]


@pytest.fixture(scope="session")
def first_photo_gallery(encodings: dict[str, np.ndarray]) -> Gallery:
    """One photo per person (the first by name), as the acceptance check enrolls them."""
    gallery = Gallery()
    seen = set()
    for name in sorted(encodings):
        if identity_of(name) not in seen:
            seen.add(identity_of(name))
            gallery.add(identity_of(name), encodings[name])
    return gallery


def letterbox(image: np.ndarray, width: int = 640, height: int = 480) -> np.ndarray:
    """A picture fitted into a grey frame of the given size."""
    scale = min(width / image.shape[1], height / image.shape[0])
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    frame = np.full((height, width, 3), 128, dtype=np.uint8)
    top, left = (height - small.shape[0]) // 2, (width - small.shape[1]) // 2
    frame[top : top + small.shape[0], left : left + small.shape[1]] = small
    return frame


@pytest.fixture(scope="session")
def frame_of() -> Callable[[str], np.ndarray]:
    """A 640x480 frame showing one people/ photo (cached)."""
    cache: dict[str, np.ndarray] = {}

    def make(name: str) -> np.ndarray:
        if name not in cache:
            cache[name] = letterbox(load_image(photo(name)))
        return cache[name]

    return make


def write_video(path: Path, frames: Iterable[np.ndarray], fps: float = 10.0) -> Path:
    """RGB frames into an MJPG .avi (readable by the VideoFileSource); returns the path."""
    writer = None
    for frame in frames:
        if writer is None:
            writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, frame.shape[1::-1])
            assert writer.isOpened(), "OpenCV cannot write videos here"
        writer.write(cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
    assert writer is not None, "no frames"
    writer.release()
    return path


def read_clip(first: int, last: int) -> list[np.ndarray]:
    """Frames ``first``..``last`` of the shared video, RGB."""
    capture = cv2.VideoCapture(str(VIDEO))
    frames = []
    for index in range(last + 1):  # read from the start: seeking in an mp4 lands on key frames
        ok, bgr = capture.read()
        if not ok:
            break
        if index >= first:
            frames.append(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))
    capture.release()
    return frames


@pytest.fixture(scope="session")
def lin_turn_landmarks(faces: Path) -> list[tuple[float, np.ndarray | None, detection.Box | None]]:
    """Landmarks of the video's frames 82..140, where Lin-Manuel Miranda turns his head to his right."""
    marks = []
    for i, frame in enumerate(read_clip(82, 140)):
        face = pipeline.analyse(frame, encode="never").subject
        marks.append(((82 + i) / 29.97, face.points if face else None, face.box if face else None))
    return marks


def at(distance: float, axis: int) -> np.ndarray:
    """A template ``distance`` from the probe (the origin), along its own axis: any two such templates
    are sqrt(d1^2 + d2^2) apart, so only the distances to the probe matter."""
    vector = np.zeros(128, dtype=np.float32)
    vector[axis] = distance
    return vector
