"""Dependency direction: only terminal.ui may import PySide6; the code is ruff clean."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BLOCK_QT_AND_IMPORT_ALL = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith("PySide6."):
                raise ImportError("PySide6 is blocked: only terminal.ui may import it")
            return None

    sys.meta_path.insert(0, BlockQt())
    imported = []
    for top in ("terminal", "sync", "biometrics"):
        package = importlib.import_module(top)
        for info in pkgutil.walk_packages(package.__path__, top + "."):
            if info.name == "terminal.ui" or info.name.startswith("terminal.ui."):
                continue
            if info.name.endswith("__main__"):
                continue
            importlib.import_module(info.name)
            imported.append(info.name)
    assert not [m for m in sys.modules if m.startswith("PySide6")]
    print(len(imported))
    """
)


def test_every_package_but_the_ui_imports_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", BLOCK_QT_AND_IMPORT_ALL], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 20  # the walk really found the modules


def test_no_module_outside_the_ui_mentions_pyside() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for top in ("terminal", "sync", "biometrics")
        for p in (ROOT / top).rglob("*.py")
        if "ui" not in p.relative_to(ROOT).parts[:2] and "PySide6" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_ruff_is_clean() -> None:
    ruff = Path(sys.executable).with_name("ruff")
    done = subprocess.run(
        [str(ruff), "check", "--output-format", "concise", "."], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stdout + done.stderr
