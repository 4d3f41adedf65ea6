"""docs/biometrics.md is the evaluation script's output for the thresholds in the code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from biometrics.liveness import LivenessSettings
from biometrics.matching import DEFAULT_THRESHOLDS
from biometrics.quality import QualityPolicy
from tests.biometrics.conftest import ROOT

DOC = ROOT / "docs" / "biometrics.md"


def documented() -> dict[str, str]:
    """The value column of the thresholds table, by name."""
    section = DOC.read_text(encoding="utf-8").split("## Thresholds and why", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1:3] for line in section.splitlines() if line.startswith("| ")]
    return {name.strip().strip("`"): value.strip() for name, value in rows[1:]}


def test_the_documented_thresholds_are_the_codes() -> None:
    doc, t, q, live = documented(), DEFAULT_THRESHOLDS, QualityPolicy(), LivenessSettings()
    assert DOC.read_text(encoding="utf-8").count("python -m biometrics.evaluation") >= 1
    for name in ("accept", "margin", "verify", "candidates"):
        assert float(doc[name]) == getattr(t, name), name
    for name in ("min_size", "min_brightness", "max_brightness", "min_sharpness", "max_yaw", "min_eyes_open"):
        assert float(doc[name]) == getattr(q, name), name
    assert float(doc["liveness turn"]) == live.turn
    assert doc["liveness blink"] == f"{live.closed_ratio} / {live.open_ratio}"


def test_the_documented_video_result_is_lin_manuel_miranda_only() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert "announced ['lin_manuel_miranda']" in text
    announced = re.findall(r"^\| \d+ \| [\d.]+ \| match \| (\w+) \|", text, flags=re.MULTILINE)
    assert set(announced) == {"lin_manuel_miranda"}


def test_the_evaluation_script_says_when_the_faces_are_missing(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "biometrics.evaluation",
            "--faces",
            str(tmp_path),
            "--out",
            str(tmp_path / "x.md"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 1 and "no face photos in" in done.stderr
    assert not (tmp_path / "x.md").exists()
