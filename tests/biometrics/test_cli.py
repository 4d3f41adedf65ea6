"""``hamyon bio identify|watch`` and ``hamyon bench bio``: the acceptance formats, run as users run them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import pytest

from tests.biometrics.conftest import photo, write_video
from tests.cli_runner import hamyon

IDENTIFY_KEYS = {"probe", "status", "identity", "distance", "reason"}


@pytest.fixture(scope="module")
def gallery(faces: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One photo each of Biden, Kit Harington and Obama, linked (never copied)."""
    root = tmp_path_factory.mktemp("cli") / "gallery"
    for name in ("biden_1.jpg", "kit_harington_1.jpg", "obama_2.jpg"):
        (root / name.rsplit("_", 1)[0]).mkdir(parents=True)
        (root / name.rsplit("_", 1)[0] / name).symlink_to(photo(name))
    return root


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_identify_prints_one_line_per_probe(faces: Path, gallery: Path, tmp_path: Path) -> None:
    probes = tmp_path / "probes"
    (probes / "desk").mkdir(parents=True)
    (probes / "desk" / "biden_2.jpg").symlink_to(photo("biden_2.jpg"))
    (probes / "kit.jpg").symlink_to(photo("kit_harington_2.jpg"))
    (probes / "lin.png").symlink_to(photo("lin_manuel_miranda_1.png"))
    (probes / "scene.jpg").symlink_to(faces / "scenes" / "two_people.jpg")
    cv2.imwrite(str(probes / "wall.png"), np.full((240, 320, 3), 180, dtype=np.uint8))
    (probes / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really")
    (probes / ".thumbs.jpg").write_bytes(b"hidden files are not probes")
    out = lines(hamyon("bio", "identify", "--gallery", str(gallery), "--probes", str(probes)).stdout)
    assert all(set(line) == IDENTIFY_KEYS for line in out)
    got = {Path(line["probe"]).name: (line["status"], line["identity"]) for line in out}
    assert got == {
        "broken.jpg": ("bad_image", None),
        "biden_2.jpg": ("match", "biden"),
        "kit.jpg": ("match", "kit_harington"),
        "lin.png": ("no_match", None),
        "scene.jpg": ("low_quality", None),
        "wall.png": ("no_face", None),
    }
    by_name = {Path(line["probe"]).name: line for line in out}
    assert 0 < by_name["biden_2.jpg"]["distance"] <= 0.5 and by_name["lin.png"]["distance"] > 0.5
    assert by_name["scene.jpg"]["reason"].startswith("several faces")
    assert by_name["broken.jpg"]["distance"] is None and "broken.jpg" in by_name["broken.jpg"]["reason"]
    assert [Path(line["probe"]).name for line in out] == sorted(got, key=lambda n: str(by_name[n]["probe"]))


def test_identify_without_usable_gallery_fails_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "gallery" / "nobody").mkdir(parents=True)
    (tmp_path / "probes").mkdir()
    done = hamyon(
        "bio",
        "identify",
        "--gallery",
        str(tmp_path / "gallery"),
        "--probes",
        str(tmp_path / "probes"),
        check=False,
    )
    assert done.returncode == 1 and done.stdout == ""
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: The face could not be enrolled: no usable face")
    assert last.endswith("(nobody: no photos in the folder).")  # and why, folder by folder


def test_watch_prints_decisions_until_the_video_ends(
    faces: Path, gallery: Path, tmp_path: Path, frame_of: Callable[[str], np.ndarray]
) -> None:
    video = write_video(tmp_path / "desk.avi", [frame_of("biden_2.jpg")] * 8 + [frame_of("obama_4.jpg")] * 8)
    out = lines(hamyon("bio", "watch", "--camera", str(video), "--gallery", str(gallery)).stdout)
    assert [(d["identity"], d["status"], d["frame"]) for d in out] == [
        ("biden", "match", 2),
        ("obama", "match", 12),
    ]
    assert out[0]["seconds"] == pytest.approx(0.2) and 0 < out[0]["distance"] <= 0.5
    assert {"identity", "status", "frame", "seconds"} <= set(out[0])


def test_watch_reads_a_folder_of_images(faces: Path, gallery: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shots"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i:02d}.jpg").symlink_to(photo("kit_harington_3.jpg"))
    out = lines(hamyon("bio", "watch", "--camera", str(folder), "--gallery", str(gallery)).stdout)
    assert [(d["identity"], d["status"], d["frame"]) for d in out] == [("kit_harington", "match", 2)]


def test_watch_on_a_missing_camera_says_so(gallery: Path) -> None:
    done = hamyon("bio", "watch", "--camera", "97", "--gallery", str(gallery), "--retries", "1", check=False)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip() == "Error: camera 97 was not found: no camera with this number is connected."


def test_bench_bio_prints_its_figures_beside_the_baselines(faces: Path) -> None:
    done = hamyon("bench", "bio", "--json", "--sizes", "3000", "--load", "2000", "--frames", "2", timeout=300)
    figures = json.loads(done.stdout)
    assert set(figures["search_ms"]) == set(figures["face_distance_ms"]) == {"3000"}
    assert figures["search_ms"]["3000"] > 0 and figures["face_distance_ms"]["3000"] > 0
    assert set(figures["frame_to_decision_ms"]) == {"p50", "p95"} and figures["frames"] == 2
    assert figures["template_load_ms_2k"] > 0 and figures["peak_rss_mb"] > 0
    assert figures["frame_to_decision_ms"]["p50"] > 0 and figures["baseline_frame_to_decision_ms"]["p50"] > 0
