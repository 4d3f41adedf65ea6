"""Quality gates: each says why in plain words; good photos pass, spoiled ones do not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import cv2
import numpy as np
import pytest

from biometrics import analyse, encode_photo, pipeline
from biometrics.errors import LowQuality, NoFace, SeveralFaces
from biometrics.images import load_image
from biometrics.quality import Measures, QualityPolicy, eye_aspect_ratio, pose
from tests.biometrics.conftest import photo

GOOD = Measures(
    size=120, brightness=120, overexposed=0.0, sharpness=300, yaw=0.0, pitch=0.55, roll=0.0, eyes_open=0.3,
    outside=0.0,
)  # fmt: skip


def codes(image: np.ndarray) -> list[str]:
    return [p.code for p in analyse(image).problems]


def test_every_portrait_passes_the_gates(faces: Path) -> None:
    for path in sorted((faces / "people").glob("*/*")):
        result = analyse(load_image(path), policy=pipeline.PHOTO_POLICY, max_side=1280)
        assert result.status == "ok", f"{path.name}: {result.reason}"
        assert result.reason == "good"


SPOILERS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "too_dark": lambda im: (im * 0.1).astype(np.uint8),
    "too_bright": lambda im: np.clip(im.astype(np.int32) * 2 + 90, 0, 255).astype(np.uint8),
    "blurred": lambda im: cv2.GaussianBlur(im, (0, 0), 3.0),
    "too_far": lambda im: cv2.resize(im, None, fx=0.3, fy=0.3, interpolation=cv2.INTER_AREA),
    "turned_away": lambda im: cv2.warpAffine(
        im, cv2.getRotationMatrix2D((im.shape[1] / 2, im.shape[0] / 2), 35, 1.0), im.shape[1::-1]
    ),
    "out_of_view": lambda im: im[:, 430:],  # a third of the face cut off by the frame's edge
}


@pytest.mark.parametrize("problem", sorted(set(SPOILERS) - pipeline.LIVE_POLICY.tolerated))
def test_a_spoiled_frame_is_refused_with_its_reason(problem: str, faces: Path) -> None:
    image = load_image(photo("obama_480p.jpg"))  # face about 140 px, from x = 379 to 517
    assert codes(image) == []
    spoiled = SPOILERS[problem](image)
    found = codes(spoiled)
    assert problem in found, found
    result = analyse(spoiled)
    assert result.status == "low_quality" and result.encoding is None
    assert any(p.code == problem and ":" in p.text for p in result.problems)


def test_a_blurred_frame_is_used_but_judged_by_stricter_bars(faces: Path) -> None:
    """A soft webcam would otherwise never identify anyone: blur is tolerated live, and said."""
    spoiled = SPOILERS["blurred"](load_image(photo("obama_480p.jpg")))
    result = analyse(spoiled)
    assert result.status == "ok" and result.encoding is not None
    assert [p.code for p in result.cautions] == ["blurred"] and result.problems == ()
    strict = analyse(spoiled, policy=QualityPolicy())
    assert strict.status == "low_quality" and [p.code for p in strict.problems] == ["blurred"]


def test_a_photo_tolerates_what_only_makes_it_less_sure(faces: Path) -> None:
    turned = SPOILERS["turned_away"](load_image(photo("obama_480p.jpg")))
    assert analyse(turned).status == "low_quality"  # live: wait for a straight face
    as_photo = analyse(turned, policy=pipeline.PHOTO_POLICY, photo=True)
    assert as_photo.status == "ok" and "turned_away" in [p.code for p in as_photo.cautions]


def test_each_gate_alone(faces: Path) -> None:
    policy = QualityPolicy()
    assert policy.problems(GOOD) == ()
    cases = {
        "too_far": {"size": 30},
        "too_dark": {"brightness": 20},
        "too_bright": {"overexposed": 0.6},
        "blurred": {"sharpness": 10},
        "turned_away": {"yaw": -0.6},
        "eyes_closed": {"eyes_open": 0.05},
        "out_of_view": {"outside": 0.3},
    }
    for code, change in cases.items():
        assert [p.code for p in policy.problems(replace(GOOD, **change))] == [code]
    assert [p.code for p in policy.problems(replace(GOOD, pitch=1.1))] == ["turned_away"]
    assert [p.code for p in policy.problems(replace(GOOD, roll=40))] == ["turned_away"]


def test_pose_signs_follow_the_image(faces: Path) -> None:
    """Kit Harington looks towards the image's left (yaw < 0), Alex Lacamoire towards its right."""
    kit = analyse(load_image(photo("kit_harington_2.jpg"))).subject
    alex = analyse(load_image(photo("alex_lacamoire_1.png"))).subject
    assert kit is not None and alex is not None
    assert pose(kit.points)[0] < -0.2 and pose(alex.points)[0] > 0.15
    mirrored = kit.points.copy()
    mirrored[:, 0] = -mirrored[:, 0]
    assert pose(mirrored[_MIRROR])[0] == pytest.approx(-pose(kit.points)[0], abs=1e-6)


# the iBUG point each point becomes when the face is mirrored left to right
_MIRROR = np.array(
    [*range(16, -1, -1), *range(26, 16, -1), 27, 28, 29, 30, 35, 34, 33, 32, 31, 45, 44, 43, 42, 47, 46,
     39, 38, 37, 36, 41, 40, 54, 53, 52, 51, 50, 49, 48, 59, 58, 57, 56, 55, 64, 63, 62, 61, 60, 67, 66, 65]
)  # fmt: skip


def test_eye_aspect_ratio_of_open_and_closed_eyes() -> None:
    open_eye = np.array([[0, 0], [3, -2], [7, -2], [10, 0], [7, 2], [3, 2]], dtype=np.float32)
    closed = open_eye * np.array([1, 0.1], dtype=np.float32)
    assert eye_aspect_ratio(open_eye) == pytest.approx(0.4)
    assert eye_aspect_ratio(closed) == pytest.approx(0.04)


def test_several_faces_are_refused_unless_the_others_are_small(faces: Path) -> None:
    scene = load_image(faces / "scenes" / "obama_and_biden.jpg")
    result = analyse(scene, max_side=1280)
    assert result.status == "low_quality" and result.problems[0].code == "several_faces"
    assert result.competing == 2 and result.encoding is None
    with pytest.raises(SeveralFaces) as caught:
        encode_photo(faces / "scenes" / "two_people.jpg")
    assert caught.value.params["count"] == 2
    # Kit Harington with Rose Leslie at 70 % of his face's size behind him: she competes
    assert codes(load_image(faces / "scenes" / "kit_harington_and_rose_leslie.jpg"))[0] == "several_faces"


def test_a_small_face_in_the_background_does_not_compete(faces: Path, frame_of: Callable) -> None:
    frame = frame_of("biden_2.jpg").copy()
    other = cv2.resize(load_image(photo("obama_480p.jpg")), None, fx=0.25, fy=0.25)  # a 31 px face
    frame[: other.shape[0], : other.shape[1]] = other
    result = analyse(frame)
    assert result.faces_found == 1 or result.competing == 0
    assert result.status == "ok"


def test_encode_photo_says_why_it_refuses(faces: Path, tmp_path: Path) -> None:
    dark = tmp_path / "dark.png"
    cv2.imwrite(str(dark), (cv2.imread(str(photo("rose_leslie_2.jpg"))) * 0.15).astype(np.uint8))
    with pytest.raises(LowQuality) as caught:
        encode_photo(dark)
    assert caught.value.code == "low_quality" and "too dark" in caught.value.message
    blank = tmp_path / "wall.png"
    cv2.imwrite(str(blank), np.full((480, 640, 3), 200, dtype=np.uint8))
    with pytest.raises(NoFace, match=r"No face was found in wall\.png"):
        encode_photo(blank)
