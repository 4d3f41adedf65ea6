"""The package under test, built once per session in the background while the other tests run.

``installer/build.sh`` (PyInstaller, then the .deb) takes about two minutes, mostly on one core;
:func:`start` begins it as soon as the session's tests are collected (tests/installer/conftest.py),
and the package tests :func:`wait` for it. The result is kept in ``build/installer-test`` and reused
while nothing that goes into the bundle has changed: the code, resources, installer files and the
venv's packages.

The suite runs in several processes (pytest-xdist), each collecting every test: the first to take
``build/installer-test.lock`` builds, and hands the lock to the build, which holds it until it ends
(with its fingerprint written on success); the others' :func:`wait` waits for the lock to come free and
then takes the package from the cache. One build a session, whichever process runs the package tests.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "installer-test"
LOCK = ROOT / "build" / "installer-test.lock"
LOG = CACHE / "build.log"
INPUTS = ("terminal", "sync", "biometrics", "resources", "installer", "pyproject.toml")
TIMEOUT = 1500  # seconds
# Run by the build's own process, so that the cache is complete whichever test process waits for it.
SCRIPT = 'bash "$1" && rm -rf "$WORK" "$DIST/hamyon" && printf %s "$2" > "$3"'

_build: subprocess.Popen[bytes] | None = None  # the build this process started


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


def _try_lock() -> IO[bytes] | None:
    """The build's lock, taken; None while another process's build holds it."""
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    handle = LOCK.open("ab")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle


def start(wanted: str | None = None) -> None:
    """Begin the build in the background unless the cache holds this very bundle, this process already
    began it, or another test process is building it."""
    global _build
    if _build is not None:
        return
    wanted = wanted or fingerprint()
    if _cached(wanted) is not None:
        return
    lock = _try_lock()
    if lock is None:
        return  # another process builds: wait() waits for it
    with lock:
        if _cached(wanted) is not None:  # built by another process since the first look
            return
        shutil.rmtree(CACHE, ignore_errors=True)
        dist = CACHE / "dist"
        dist.mkdir(parents=True)
        env = dict(os.environ, DIST=str(dist), WORK=str(CACHE / "work"), PYTHON=sys.executable)
        build = ["bash", "-c", SCRIPT, "build", str(ROOT / "installer" / "build.sh"), wanted]
        with LOG.open("wb") as out:
            _build = subprocess.Popen(
                [*build, str(CACHE / "fingerprint")],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: stopped whole, PyInstaller included
                pass_fds=(lock.fileno(),),  # the build holds the lock until it ends
            )


def stop(interrupted: bool = False) -> None:
    """At the session's end: a build still running is ended when the session was interrupted, or when
    this is the only test process (nobody waited for it: the package tests were deselected); in a
    process of several it is waited for (as another may be waiting for the package), for as long as a
    build may take."""
    global _build
    if _build is None:
        return
    if _build.poll() is None:
        if not interrupted and "PYTEST_XDIST_WORKER" in os.environ:
            with contextlib.suppress(subprocess.TimeoutExpired):
                _build.wait(timeout=TIMEOUT)
        if _build.poll() is None:
            os.killpg(_build.pid, signal.SIGKILL)
        _build.wait()
    _build = None


def wait() -> Path:
    """The package: this process's build or another's, once it ends (started now if none was), or the
    cache's. A build another process ran for other inputs (an edit since, a session that ended before
    its build did) is followed by one of this process's own."""
    global _build
    wanted = fingerprint()
    deadline = time.monotonic() + TIMEOUT
    while True:
        start(wanted)
        if _build is not None:  # this process's build: its result is the answer
            try:
                _build.wait(timeout=max(1.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                stop(interrupted=True)
                raise
            _build = None
            built = _cached(wanted)
            if built is None:
                log = LOG.read_text(errors="replace") if LOG.is_file() else "(no build log)"
                raise AssertionError(f"the package build failed:\n{log[-6000:]}")
            return built
        while (lock := _try_lock()) is None:  # another process's build
            if time.monotonic() > deadline:
                raise TimeoutError(f"the package build did not end within {TIMEOUT} s")
            time.sleep(1)
        lock.close()
        built = _cached(wanted)
        if built is not None:
            return built
