"""Compile the Windows installer script (installer/hamyon.nsi) with makensis against any bundle folder.

On Windows ``makensis installer\\hamyon.nsi`` builds the real installer. On Linux this checks
the script: ``python installer/windows/compile.py dist/hamyon build/nsis`` compiles it, uncompressed,
against the Linux bundle standing in for the Windows one, with warnings treated as errors, and
prints one JSON line (the languages the installer carries, the size, the seconds). The installer it
writes is deleted unless ``--keep`` is given: it is not for use.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPT = HERE.parent / "hamyon.nsi"
LANGUAGES = ("English", "Uzbek", "Kazakh", "Russian")


def compile_script(bundle: Path, out: Path, icon: Path | None = None, keep: bool = False) -> dict:
    makensis = shutil.which("makensis")
    if makensis is None:
        raise SystemExit("makensis is not installed (apt-get install nsis)")
    out.mkdir(parents=True, exist_ok=True)
    target = out / "hamyon-setup-check.exe"
    defines = {"BUNDLE": bundle.resolve(), "OUTFILE": target.resolve(), "STANDIN": "1", "CHECK_ONLY": "1"}
    if icon is not None:
        defines["ICON"] = icon.resolve()
    command = [makensis, "-V3", "-WX", *(f"-D{k}={v}" for k, v in defines.items()), str(SCRIPT)]
    started = time.monotonic()
    run = subprocess.run(command, capture_output=True, text=True)
    seconds = round(time.monotonic() - started, 1)
    if run.returncode != 0:
        sys.stderr.write(run.stdout[-3000:] + run.stderr[-3000:])
        raise SystemExit(f"makensis failed on {SCRIPT.name} (exit {run.returncode})")
    tables = re.search(r"Install: .*?(\d+) language tables", run.stdout)
    languages = re.findall(
        r'^!insertmacro MUI_LANGUAGE(?:EX "[^"]*")? "(\w+)"', SCRIPT.read_text("utf-8"), re.M
    )
    if tables is None or int(tables.group(1)) != len(languages) or set(languages) != set(LANGUAGES):
        raise SystemExit(
            f"the installer should carry {LANGUAGES}; the script names {languages}, "
            f"makensis built {tables.group(1) if tables else 'no'} language tables"
        )
    figures = {
        "nsis_script": str(SCRIPT.relative_to(HERE.parents[1])),
        "languages": languages,
        "installer_mib": round(target.stat().st_size / 2**20, 1),
        "makensis_seconds": seconds,
    }
    if not keep:
        target.unlink()
    return figures


def main(argv: list[str]) -> int:
    keep = "--keep" in argv
    args = [a for a in argv if a != "--keep"]
    bundle = Path(args[0] if args else "dist/hamyon")
    out = Path(args[1] if len(args) > 1 else "build/nsis")
    icon = Path("build/icons/hamyon.ico")
    print(json.dumps(compile_script(bundle, out, icon if icon.is_file() else None, keep)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
