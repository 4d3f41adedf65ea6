"""The bundle's size budget: ``python installer/budget.py [dist/hamyon]`` prints the size and fails above it.

What the one-folder bundle weighs (measured on Linux, PyInstaller 6, PySide6-Essentials 6.11):
the face models about 126 MiB, OpenCV with its FFmpeg about 150 MiB, Qt about 80 MiB, NumPy and
OpenBLAS about 42 MiB, faiss (the compact copy 1:N search reads) with its own OpenBLAS about
66 MiB, the Python runtime and the rest about 160 MiB: some 660 MiB in all (measured 658.5). The
budget leaves about 6 % for growth; a bundle above it means something unused crept in (a Qt
module, a test tool, a second copy of a library): look before raising it.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

BUDGET_MIB = 700


def bundle_bytes(folder: Path) -> int:
    """The bytes of every file in the folder (links counted once, as links)."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            total += os.lstat(os.path.join(root, name)).st_size
    return total


def check(folder: Path, budget_mib: float = BUDGET_MIB) -> tuple[bool, dict]:
    size = bundle_bytes(folder)
    figures = {"bundle": str(folder), "bundle_mib": round(size / 2**20, 1), "budget_mib": budget_mib}
    return size <= budget_mib * 2**20, figures


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "dist/hamyon")
    if not folder.is_dir():
        print(f"no bundle at {folder} (run pyinstaller installer/hamyon.spec first)", file=sys.stderr)
        return 2
    ok, figures = check(folder, float(os.environ.get("HAMYON_BUNDLE_BUDGET_MIB", BUDGET_MIB)))
    print(json.dumps(figures))
    if not ok:
        print(
            f"the bundle is {figures['bundle_mib']} MiB, above its budget of {figures['budget_mib']} MiB",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
