"""docs/biometrics.md is the evaluation script's output for the thresholds in the code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from biometrics.live import LiveSettings
from biometrics.liveness import LivenessSettings
from biometrics.matching import DEFAULT_THRESHOLDS
from biometrics.pipeline import COMPETING_SIZE
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
    for name in (
        "accept",
        "ratio",
        "cohort",
        "min_cohort",
        "alone",
        "margin",
        "poor_accept",
        "poor_ratio",
        "verify",
        "rival",
        "candidates",
        "learn",
    ):
        assert float(doc[name]) == getattr(t, name), name
    gates = (
        "min_size",
        "min_brightness",
        "max_brightness",
        "max_overexposed",
        "min_sharpness",
        "max_yaw",
        "min_eyes_open",
        "max_outside",
    )
    for name in gates:
        assert float(doc[name]) == getattr(q, name), name
    assert float(doc["several faces"]) == COMPETING_SIZE
    assert doc["evidence"] == f"{LiveSettings().needed} of {LiveSettings().window}"
    assert float(doc["liveness turn"]) == live.turn
    assert doc["liveness blink"] == f"{live.closed_ratio} / {live.open_ratio}"


def test_the_documented_trade_off_picture_is_beside_the_doc() -> None:
    text = DOC.read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+\.png)\)", text)
    assert pictures and all((DOC.parent / name).is_file() for name in pictures)


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
