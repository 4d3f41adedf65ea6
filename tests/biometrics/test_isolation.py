"""The engine knows nothing of the terminal, sync, the store or Qt: importing it imports none of them."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from tests.biometrics.conftest import ROOT

FORBIDDEN = ("terminal", "sync", "sqlite_utils", "PySide6")

IMPORT_EVERY_MODULE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import biometrics
    from biometrics import models
    from biometrics.errors import ModelsMissing

    names = ["biometrics"] + [m.name for m in pkgutil.walk_packages(biometrics.__path__, "biometrics.")]
    for name in names:
        importlib.import_module(name)  # __main__ modules too: their main() runs only as a script
    try:
        models.load()  # the one import made lazily (dlib)
    except ModelsMissing:
        pass
    print(json.dumps({"walked": names, "loaded": sorted(sys.modules)}))
    """
)


def test_importing_every_biometrics_module_imports_no_terminal_sync_store_or_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERY_MODULE], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert {"biometrics.evaluation.report", "biometrics.evaluation.__main__", "biometrics.stream"} <= set(
        found["walked"]
    )
    assert len(found["walked"]) >= 20  # the walk really found the modules
    leaked = [m for m in found["loaded"] if m.split(".", 1)[0] in FORBIDDEN]
    assert leaked == []
