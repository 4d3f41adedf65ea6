"""Enrollment: templates from a capture at the camera (good, consistent frames) or from photo folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from biometrics import analyse, identify
from biometrics.enrollment import ENROLL_POLICY, PROBLEMS_LISTED, EnrollmentCapture, gallery_from_folder
from biometrics.errors import EnrollmentIncomplete
from tests.biometrics.conftest import photo, read_clip


def test_a_capture_keeps_good_frames_of_one_person(faces: Path, first_photo_gallery) -> None:
    capture = EnrollmentCapture()
    taken = refused = 0
    for frame in read_clip(150, 210)[::3]:  # Lin-Manuel Miranda on stage, 86 to 104 px
        progress = capture.add(analyse(frame, policy=ENROLL_POLICY))
        refused += progress.problem is not None
        taken = progress.collected
        if capture.complete:
            break
    assert taken == 5 and progress.needed == 5
    templates = capture.templates()
    assert templates.shape == (3, 128) and templates.dtype == np.float32
    for template in templates:  # each template recognises him against the others' photos
        decision = identify(first_photo_gallery, template)
        assert decision.identity in ("lin_manuel_miranda", None)
    assert identify(first_photo_gallery, templates[0]).identity == "lin_manuel_miranda"


def test_a_capture_refuses_poor_frames_and_says_why(faces: Path, frame_of: Callable) -> None:
    capture = EnrollmentCapture()
    dark = (frame_of("biden_2.jpg") * 0.2).astype(np.uint8)
    progress = capture.add(analyse(dark, policy=ENROLL_POLICY))
    assert progress.collected == 0 and progress.problem is not None and "too dark" in progress.problem
    progress = capture.add(analyse(np.zeros((480, 640, 3), np.uint8), policy=ENROLL_POLICY))
    assert progress.problem == "no face in view"
    with pytest.raises(EnrollmentIncomplete, match="only 0 of 5 good pictures"):
        capture.templates()


def test_a_capture_of_two_people_is_refused(faces: Path, frame_of: Callable) -> None:
    capture = EnrollmentCapture()
    for name in ("obama_2.jpg", "obama_2.jpg", "obama_2.jpg", "biden_2.jpg", "biden_2.jpg"):
        capture.add(analyse(frame_of(name), policy=ENROLL_POLICY))
    assert capture.complete
    with pytest.raises(EnrollmentIncomplete) as caught:
        capture.templates()
    assert caught.value.code == "enrollment_incomplete" and "same person" in caught.value.message
    assert not capture.complete  # start again


def test_a_gallery_from_a_folder_per_person(faces: Path, tmp_path: Path) -> None:
    root = tmp_path / "gallery"
    for person, names in {"alice": ["biden_1.jpg", "biden_2.jpg"], "bob": ["kit_harington_1.jpg"]}.items():
        (root / person).mkdir(parents=True)
        for name in names:
            (root / person / name).symlink_to(photo(name))  # the shared photos are linked, never copied
    (root / "carol").mkdir()
    (root / "dave").mkdir()
    (root / "dave" / "scan.jpg").write_bytes(b"broken")
    (root / "erin").mkdir()
    (root / "erin" / "both.jpg").symlink_to(faces / "scenes" / "two_people.jpg")
    loaded = gallery_from_folder(root)
    assert loaded.photos == 3 and len(loaded.gallery) == 3
    assert sorted(loaded.gallery.keys_of("alice")) == [1, 2]
    assert loaded.problems == [
        "carol: no photos in the folder",
        "dave/scan.jpg: scan.jpg cannot be used as a picture: it is not a picture in a known format.",
        "erin/both.jpg: 2 faces of similar size are in both.jpg: the picture must show only one person.",
    ]


def test_a_gallery_folder_without_faces_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EnrollmentIncomplete, match="does not exist"):
        gallery_from_folder(tmp_path / "nowhere")
    (tmp_path / "flat").mkdir()
    (tmp_path / "flat" / "photo.jpg").write_bytes(b"a photo, but not in a folder per person")
    with pytest.raises(EnrollmentIncomplete, match=r"no usable face .*\(it holds no sub-folder per person\)"):
        gallery_from_folder(tmp_path / "flat")


def test_an_unusable_gallery_folder_says_why_for_each_photo(faces: Path, tmp_path: Path) -> None:
    root = tmp_path / "gallery"
    (root / "carol").mkdir(parents=True)
    (root / "dave").mkdir()
    (root / "dave" / "scan.jpg").write_bytes(b"broken")
    (root / "erin").mkdir()
    (root / "erin" / "both.jpg").symlink_to(faces / "scenes" / "two_people.jpg")
    (root / "fred" / "2024" / "march").mkdir(parents=True)
    Image.new("RGB", (320, 240), (180, 180, 180)).save(root / "fred" / "2024" / "march" / "wall.png")
    with pytest.raises(EnrollmentIncomplete) as caught:
        gallery_from_folder(root)
    message = caught.value.message
    assert message.startswith(f"The face could not be enrolled: no usable face in the gallery folder {root}")
    assert message.endswith(
        "(carol: no photos in the folder; "
        "dave/scan.jpg: scan.jpg cannot be used as a picture: it is not a picture in a known format; "
        "erin/both.jpg: 2 faces of similar size are in both.jpg: the picture must show only one person; "
        "fred/wall.png: No face was found in wall.png)."
    )
    assert "march" not in message  # a photo is named by its person and its base name only


def test_a_long_list_of_unusable_photos_is_cut_short(tmp_path: Path) -> None:
    (tmp_path / "gallery" / "dave").mkdir(parents=True)
    for i in range(PROBLEMS_LISTED + 3):
        (tmp_path / "gallery" / "dave" / f"scan{i:02d}.jpg").write_bytes(b"broken")
    with pytest.raises(EnrollmentIncomplete) as caught:
        gallery_from_folder(tmp_path / "gallery")
    message = caught.value.message
    assert message.count("cannot be used as a picture") == PROBLEMS_LISTED
    assert f"scan{PROBLEMS_LISTED - 1:02d}.jpg" in message and f"scan{PROBLEMS_LISTED:02d}.jpg" not in message
    assert message.endswith("; and 3 more).")
