"""How long the terminal takes from process start to its sign-in screen: frozen, and from the venv.

    .venv/bin/python installer/bench_start.py [--frozen dist/hamyon/hamyon] [--runs 5]

Prepares a demo site in a scratch home (``hamyon simulate`` on an empty home seeds a stand-alone
one), then starts the window offscreen ``--runs`` times with ``HAMYON_EXIT_AFTER_START=1``: the
window prints "hamyon: sign-in screen shown" once the sign-in screen lists its operators, and quits.
The figure is the wall time from starting the process to that line (the median of the runs, the
first run reported apart: a cold start after the bundle was just built or installed). The baseline
is the same through the venv's ``hamyon`` (``python_start_seconds``). Prints one JSON object; exits
1 if the frozen median is above the budget (5 s).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "sign-in screen shown"
BUDGET_SECONDS = 5.0


def start_seconds(command: list[str], home: Path, timeout: float = 60.0) -> float:
    """Seconds from starting ``command`` (the window) to its sign-in marker; the process must then exit 0."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HAMYON_EXIT_AFTER_START="1", HAMYON_HOME=str(home))
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if MARKER in line:
                shown = time.perf_counter() - started
                break
        else:
            raise RuntimeError(
                f"{command[0]} exited without showing the sign-in screen: {process.stderr.read()}"
            )
        if process.wait(timeout=timeout) != 0:
            raise RuntimeError(
                f"{command[0]} exited with {process.returncode}: {process.stderr.read()[-500:]}"
            )
        return shown
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def prepare_home(hamyon: str, home: Path) -> None:
    subprocess.run(
        [hamyon, "--home", str(home), "simulate", "dispenses", "--count", "1"],
        check=True,
        capture_output=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )


def measure(command: list[str], home: Path, runs: int) -> dict:
    times = [start_seconds(command, home) for _ in range(runs)]
    return {"first": round(times[0], 3), "median": round(statistics.median(times), 3), "runs": len(times)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--frozen", default=str(ROOT / "dist" / "hamyon" / "hamyon"), help="the bundle's program"
    )
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "hamyon"), help="the venv's hamyon")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if not Path(args.frozen).is_file():
        print(f"no frozen terminal at {args.frozen} (run bash installer/build.sh)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="hamyon-bench-start.") as scratch:
        home = Path(scratch) / "home"
        prepare_home(args.frozen, home)
        frozen = measure([args.frozen], home, args.runs)
        python = measure([args.python], home, args.runs)
    result = {
        "frozen_start_seconds": frozen["median"],
        "python_start_seconds": python["median"],
        "frozen_first_start_seconds": frozen["first"],
        "python_first_start_seconds": python["first"],
        "runs": args.runs,
        "budget_seconds": BUDGET_SECONDS,
    }
    print(json.dumps(result))
    return 0 if frozen["median"] <= BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
