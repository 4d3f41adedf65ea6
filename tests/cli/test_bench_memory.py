"""``hamyon bench memory --json``: the real window offscreen on the demo site, measured as it is and again
with more templates, the camera on the shared video, its processes' memory read from /proc.

Fewer templates and a shorter camera run than the command's defaults keep the test near a minute; still
more than :data:`biometrics.coarse.MIN_ROWS` in the store of the time (50,000), so the compact copy is built.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from terminal.bench.bio import default_faces
from tests.cli_runner import hamyon

CLIP = default_faces() / "video" / "short_hamilton_clip.mp4"
TEMPLATES = 60_000

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the processes are read from /proc"),
    pytest.mark.skipif(not CLIP.exists(), reason="the shared faces are not beside the project"),
]


def test_the_window_with_more_templates_is_measured_beside_the_demo_site(tmp_path: Path) -> None:
    args = ("bench", "memory", "--json", "--templates", str(TEMPLATES), "--seconds", "6")
    done = hamyon(*args, home=tmp_path, timeout=600)
    result = json.loads(done.stdout)
    for key in (
        "window_rss_mb",
        "window_rss_peak_mb",
        "window_pss_mb",
        "baseline_window_rss_mb",
        "baseline_window_rss_peak_mb",
        "templates",
        "gallery_templates",
        "frames_analysed",
        "video",
    ):
        assert key in result, key
    assert result["window_rss_mb"] > result["baseline_window_rss_mb"] > 0
    assert result["window_rss_peak_mb"] >= result["window_rss_mb"]
    assert result["window_pss_mb"] <= result["window_rss_mb"]  # shared pages shared out, not counted twice
    # the measured window loaded every template asked for, beside the demo site's own
    assert result["templates"] == TEMPLATES
    assert result["gallery_templates"] == result["demo_templates"] + TEMPLATES
    assert result["baseline_gallery_templates"] < 1000
    # past the compact copy's size the window's gallery keeps its rows on disk (biometrics.spill)
    assert result["gallery_on_disk_mb"] == pytest.approx(result["gallery_templates"] * 512 / 2**20, abs=0.1)
    assert result["gallery_mb"] < result["gallery_templates"] * 100 / 2**20
    # the camera ran on the video, its frames analysed in the Face-ID worker, a process of the window's
    assert Path(result["video"]) == CLIP
    assert result["frames_analysed"] > 0 and result["baseline_frames_analysed"] > 0
    assert result["exit_codes"] == {"baseline": 0, "window": 0}  # each window closed cleanly when measured
    for prefix in ("", "baseline_"):
        processes = result[f"{prefix}processes"]
        roles = [p["role"] for p in processes]
        assert roles.count("window") == 1 and roles.count("face_id") == 1, roles
        together = sum(p["rss_mb"] for p in processes)
        assert together == pytest.approx(result[f"{prefix}window_rss_mb"], abs=0.5)
