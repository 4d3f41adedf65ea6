"""What the window does not hold: the source of every module imported after PySide6, and the PDF and
barcode libraries until the first document or scan (``hamyon bench memory`` measures the effect)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

IMPORT_TWO = """
import json, linecache, sys
sys.path.insert(0, sys.argv[1])
import {first}
import shibokensupport.feature as feature
import with_qt_word, without_qt_word
print(json.dumps({{
    "flags": [feature.pyside_feature_dict.get(m) for m in ("with_qt_word", "without_qt_word")],
    "cached": sorted(k for k in linecache.cache if k.startswith(sys.argv[1])),
}}))
"""


def imported_after(first: str, folder: Path) -> dict[str, list]:
    """Two modules imported in a fresh interpreter after ``first``: PySide6's flags and linecache's files."""
    folder.mkdir()
    (folder / "with_qt_word.py").write_text("# drawn with PySide6\nX = 1\n", encoding="utf-8")
    (folder / "without_qt_word.py").write_text("Y = 2\n", encoding="utf-8")
    script = IMPORT_TWO.format(first=first)
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_modules_imported_after_the_window_s_pyside6_leave_no_source_in_memory(tmp_path: Path) -> None:
    plain = imported_after("PySide6.QtCore", tmp_path / "plain")  # PySide6 as it comes
    window = imported_after("terminal.ui", tmp_path / "window")
    assert plain["flags"] == window["flags"] == [0, -1]  # the same answer: one mentions PySide6
    assert len(plain["cached"]) == 2  # PySide6 alone keeps both files' lines (PYSIDE-2029)
    assert window["cached"] == []


def test_the_pdf_and_barcode_libraries_load_with_the_first_document_or_scan() -> None:
    script = """
import json, sys
import terminal.cli.main, terminal.ui.app
heavy = ("fpdf", "fontTools", "biip")
at_start = [m for m in heavy if m in sys.modules]
from terminal.core import packs, pdf
pack = packs.read_pack("(01)04780012105110(17)280531(10)B2611(21)7Q5XK3ZP9M2A")
document = pdf.new_document("Receipt", mark="test")
print(json.dumps({"at_start": at_start, "after": [m for m in heavy if m in sys.modules],
                  "gtin": pack.gtin, "pages": document.pages_count}))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["at_start"] == []
    assert found["after"] == ["fpdf", "fontTools", "biip"]
    assert found["gtin"] == "04780012105110" and found["pages"] == 1
