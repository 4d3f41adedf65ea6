"""Models load lazily or fail with a typed error; detection and encodings are face_recognition's."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import ImageFile

from biometrics import detection, encode_photo, pipeline
from biometrics.images import load_image
from tests.biometrics.conftest import ROOT, photo

MISSING = textwrap.dedent(
    """
    import sys

    class Block:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] == {blocked!r}:
                raise ImportError(name + " is not installed")
            return None

    sys.meta_path.insert(0, Block())
    import biometrics  # importing the engine needs no model
    from biometrics.errors import BiometricsError
    try:
        biometrics.encode_photo({photo!r})
    except BiometricsError as exc:
        print(exc.code, "|", exc.message)
    print("still running")
    """
)


@pytest.mark.parametrize("blocked", ["face_recognition_models", "dlib"])
def test_missing_models_raise_a_typed_error_and_never_exit(blocked: str, faces: Path) -> None:
    script = MISSING.format(blocked=blocked, photo=str(photo("biden_1.jpg")))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert first.startswith("face_models_missing | The face models are not installed")
    assert second == "still running"


def test_encodings_are_face_recognitions_own(faces: Path, encodings: dict[str, np.ndarray]) -> None:
    before = ImageFile.LOAD_TRUNCATED_IMAGES
    import face_recognition

    ImageFile.LOAD_TRUNCATED_IMAGES = before  # its import switches Pillow to accept truncated files
    image = load_image(photo("rose_leslie_2.jpg"))
    found = detection.detect(image, max_side=10_000, upsample=(1,))
    assert len(found) == 1
    box = found[0].box
    assert face_recognition.face_locations(image, 1) == [box.as_tuple()]
    theirs = face_recognition.face_encodings(image, [box.as_tuple()], 1, "large")[0]  # 68-point alignment
    ours = detection.encode(image, detection.landmarks(image, box))
    assert ours.dtype == np.float32 and ours.shape == (128,)
    assert np.abs(ours - theirs).max() < 1e-5


def test_every_portrait_has_one_face_found_without_upsampling(faces: Path) -> None:
    for path in sorted((faces / "people").glob("*/*")):
        found = detection.detect(load_image(path), max_side=detection.PHOTO_MAX_SIDE)
        assert len(found) == 1 and found[0].upsampled == 0, path.name


def test_small_faces_are_found_upsampled_and_measured_in_frame_pixels(faces: Path) -> None:
    image = load_image(photo("obama_small.jpg"))  # face about 100 px in 320x240
    small = cv2.resize(image, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    small = cv2.resize(small, None, fx=0.8, fy=0.8, interpolation=cv2.INTER_AREA)  # face about 40 px
    found = detection.detect(small)
    assert len(found) == 1 and found[0].upsampled == 1
    assert 30 <= found[0].box.size <= 50  # the face's own pixels, not the upsampled detector's
    assert detection.detect(small, upsample=(0,)) == []


def test_a_large_frame_is_searched_downscaled_and_boxed_at_full_size(faces: Path) -> None:
    image = load_image(photo("obama_1080p.jpg"))
    fast = detection.detect(image, max_side=640)[0].box
    full = detection.detect(image, max_side=4000)[0].box
    assert abs(fast.size - full.size) < 0.25 * full.size  # HOG's box size steps with its pyramid level
    assert np.hypot(fast.centre[0] - full.centre[0], fast.centre[1] - full.centre[1]) < 0.1 * full.size


def test_one_photograph_at_five_sizes_keeps_its_encoding(
    faces: Path, encodings: dict[str, np.ndarray]
) -> None:
    sizes = ["obama_240p.jpg", "obama_small.jpg", "obama_480p.jpg", "obama_720p.jpg", "obama_1080p.jpg"]
    largest = encodings["obama_1080p.jpg"]
    for name in sizes:
        assert float(np.linalg.norm(encodings[name] - largest)) < 0.2, name
    other_photo = float(np.linalg.norm(encodings["obama_2.jpg"] - largest))
    assert other_photo > 0.3  # a different photograph of him is further than any resize


def test_encode_photo_is_deterministic(faces: Path, encodings: dict[str, np.ndarray]) -> None:
    again = encode_photo(photo("kit_harington_3.jpg"))
    assert again.dtype == np.float32 and again.shape == (128,)
    assert np.array_equal(again, encodings["kit_harington_3.jpg"])


CALIBRATION = ROOT.parent / "shared" / "faces" / "calibration"


def calibration_photo(name: str) -> np.ndarray:
    if not CALIBRATION.is_dir():
        pytest.skip(f"the calibration photos are not at {CALIBRATION}")
    return load_image(CALIBRATION / name)


def test_a_tight_face_crop_is_found_only_with_a_border(faces: Path) -> None:
    crop = calibration_photo("barack_obama/glint_04.png")  # 112 px, the face touching the edges
    assert detection.detect(crop) == []  # HOG needs some background around a face
    found = detection.detect(crop, thorough=True)
    assert len(found) == 1 and found[0].upsampled == 0
    box = found[0].box
    assert box.size >= 50 and abs(box.centre[0] - 56) < 25 and abs(box.centre[1] - 56) < 30


def test_the_cnn_finds_a_cut_face_hog_cannot(faces: Path) -> None:
    crop = calibration_photo("hugh_laurie/glint_02.png")  # turned, cut by the frame, grey light
    bordered = cv2.copyMakeBorder(crop, 28, 28, 28, 28, cv2.BORDER_REPLICATE)
    assert detection.detect(bordered) == []
    found = detection.detect(crop, thorough=True)
    assert len(found) == 1 and found[0].box.size >= 50
    analysed = pipeline.analyse(crop, policy=pipeline.PHOTO_POLICY, photo=True)
    assert analysed.encoding is not None  # and it can be identified, by the photo's stricter bars


def test_a_live_frame_is_never_searched_thoroughly(faces: Path) -> None:
    crop = calibration_photo("hugh_laurie/glint_02.png")
    assert pipeline.analyse(crop).status == "no_face"


def test_a_mirrored_encoding_is_the_mean_of_the_face_and_its_mirror_image(faces: Path) -> None:
    image = load_image(photo("kit_harington_2.jpg"))
    box = detection.detect(image)[0].box
    plain = detection.encode(image, detection.landmarks(image, box))
    flipped = np.ascontiguousarray(image[:, ::-1])
    fbox = detection.detect(flipped)[0].box
    mirror = detection.encode(flipped, detection.landmarks(flipped, fbox))
    both = detection.encode(image, detection.landmarks(image, box), mirrored=True)
    assert np.abs(both - (plain + mirror) / 2).max() < 0.02  # the mirror's box is found, not computed
    assert 0.05 < float(np.linalg.norm(plain - mirror)) < 0.4  # the encoder is not symmetric
