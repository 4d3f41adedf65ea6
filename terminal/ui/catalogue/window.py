"""The window's own words: ``self.tr(...)`` and ``QCoreApplication.translate(...)`` in ``terminal/ui``.

``pyside6-lupdate`` extracts them, but it must never write our ``.ts`` files
itself: it does not see the context "core" (collected from the core's code),
so it would mark every core message ``vanished`` (and ``-no-obsolete`` would
drop them all). It writes a fresh catalogue into a temporary folder instead;
its messages are then merged like the core's (see :mod:`.merge`).
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import PySide6

from terminal.ui.catalogue import ts
from terminal.ui.catalogue.core_words import ROOT, relative

UI = ROOT / "terminal" / "ui"


def lupdate() -> Path:
    folder = Path(PySide6.__file__).parent
    for name in ("lupdate", "lupdate.exe"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError("Qt's lupdate is not installed with PySide6")


def ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts and "catalogue" not in p.parts)


def extract(i18n: Path) -> list[ts.Message]:
    """The window's messages, as lupdate finds them, with locations relative to ``i18n`` (no line numbers)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "window.ts"
        files = [str(p) for p in ui_sources()]
        subprocess.run(
            [str(lupdate()), "-silent", "-no-obsolete", "-locations", "absolute", *files, "-ts", str(out)],
            check=True,
            capture_output=True,
        )
        found = ts.read(out).messages if out.exists() else []
        return [
            replace(
                m,
                locations=tuple(
                    dict.fromkeys(relative((out.parent / loc).resolve(), i18n) for loc in m.locations)
                ),
                translation="",
                forms=(),
                state="unfinished",
            )
            for m in found
        ]
