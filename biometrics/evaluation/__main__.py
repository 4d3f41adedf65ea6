"""``python -m biometrics.evaluation``: measure on ../shared/faces and write docs/biometrics.md."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from biometrics.evaluation import evaluate
from biometrics.evaluation.report import render

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m biometrics.evaluation", description=__doc__)
    parser.add_argument("--faces", type=Path, default=ROOT.parent / "shared" / "faces")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "biometrics.md")
    args = parser.parse_args(argv)
    if not (args.faces / "people").is_dir():
        print(f"no face photos in {args.faces}: pass --faces DIR", file=sys.stderr)
        return 1
    evaluation = evaluate(args.faces)
    args.out.write_text(render(evaluation), encoding="utf-8")
    print(f"wrote {args.out} in {evaluation.seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
