"""The package under test, built once per session in the background while the other tests run.

``installer/build.sh`` (PyInstaller, then the .deb) takes about two minutes, mostly on one core;
:func:`start` begins it as soon as the session's tests are collected (tests/installer/conftest.py),
and the package tests :func:`wait` for it. The result is kept in ``build/installer-test`` and reused
while nothing that goes into the bundle has changed: the code, resources, installer files and the
venv's packages.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "installer-test"
INPUTS = ("terminal", "sync", "biometrics", "resources", "installer", "pyproject.toml")
TIMEOUT = 1500  # seconds

_build: tuple[subprocess.Popen[bytes], str, Path] | None = None  # (the build, its fingerprint, its log)


def fingerprint() -> str:
    """What the bundle is made of: every input file's path and bytes, and the installed packages."""
    digest = hashlib.sha256()
    for top in INPUTS:
        path = ROOT / top
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts or file.suffix in {".pyc", ".qm"}:
                continue
            digest.update(str(file.relative_to(ROOT)).encode() + b"\0" + file.read_bytes())
    for dist in sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions()):
        digest.update(dist.encode())
    return digest.hexdigest()


def _cached(wanted: str) -> Path | None:
    stamp, built = CACHE / "fingerprint", sorted((CACHE / "dist").glob("hamyon_*.deb"))
    return built[-1] if built and stamp.is_file() and stamp.read_text() == wanted else None


def start(wanted: str | None = None) -> None:
    """Begin the build in the background unless the cache holds this very bundle (or it already began);
    ``wanted``: the inputs' fingerprint, when the caller has it."""
    global _build
    if _build is not None:
        return
    wanted = wanted or fingerprint()
    if _cached(wanted) is not None:
        return
    shutil.rmtree(CACHE, ignore_errors=True)
    dist = CACHE / "dist"
    env = dict(os.environ, DIST=str(dist), WORK=str(CACHE / "work"), PYTHON=sys.executable)
    log = Path(tempfile.mkstemp(prefix="hamyon-build-", suffix=".log")[1])
    with log.open("wb") as out:
        child = subprocess.Popen(
            ["bash", str(ROOT / "installer" / "build.sh")],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stopped whole, PyInstaller included
        )
    _build = (child, wanted, log)


def stop() -> None:
    """End a build nobody waited for (the session stopped early, or the package tests were deselected)."""
    global _build
    if _build is not None:
        child, _, log = _build
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
        log.unlink(missing_ok=True)
        _build = None


def wait() -> Path:
    """The package: the background build's, once it ends (started now if it was not), or the cache's."""
    global _build
    if _build is None:
        wanted = fingerprint()
        cached = _cached(wanted)
        if cached is not None:
            return cached
        start(wanted)
    assert _build is not None
    child, wanted, log = _build
    try:
        code = child.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        stop()
        raise
    output = log.read_text(errors="replace")
    log.unlink(missing_ok=True)
    assert code == 0, output[-6000:]
    dist = CACHE / "dist"
    for spent in (CACHE / "work", dist / "hamyon"):  # copies of the bundle the package already holds
        shutil.rmtree(spent, ignore_errors=True)
    (CACHE / "fingerprint").write_text(wanted)
    _build = None
    return sorted(dist.glob("hamyon_*.deb"))[-1]
