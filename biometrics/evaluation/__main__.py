"""``python -m biometrics.evaluation``: measure on ../shared/faces, write docs/biometrics.md and its PNG."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from biometrics.evaluation import Evaluation, det, evaluate
from biometrics.evaluation.report import render
from biometrics.evaluation.report_calibration import DET_PICTURE

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m biometrics.evaluation", description=__doc__)
    parser.add_argument("--faces", type=Path, default=ROOT.parent / "shared" / "faces")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "biometrics.md")
    args = parser.parse_args(argv)
    if not (args.faces / "people").is_dir() or not (args.faces / "calibration").is_dir():
        print(f"no face photos in {args.faces}: pass --faces DIR", file=sys.stderr)
        return 1
    evaluation = evaluate(args.faces, log=lambda line: print(line, file=sys.stderr))
    draw(evaluation, args.out.parent / DET_PICTURE)
    args.out.write_text(render(evaluation), encoding="utf-8")
    print(f"wrote {args.out} and {DET_PICTURE} in {evaluation.seconds['total']:.0f} s")
    return 0


def draw(ev: Evaluation, path: Path) -> None:
    """The DET picture: both curves, the engine's operating point and the other rules' points."""
    a, m, best = ev.best
    det.draw(
        path,
        [
            ("distance threshold", ev.distances),
            (f"cohort ratio at accept {ev.thresholds.accept:.2f}", ev.ratios),
        ],
        [
            (f"engine (ratio {ev.thresholds.ratio:.2f})", det.point(ev.thresholds.ratio, ev.engine)),
            ("README 0.6", det.point(0.6, ev.readme)),
            (f"threshold {a:.2f} + margin {m:.2f}", det.point(a, best)),
        ],
        "Open-set identification on the calibration set: FNIR against FPIR",
    )


if __name__ == "__main__":
    sys.exit(main())
