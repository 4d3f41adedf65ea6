"""The Face-ID analysis process ends when the terminal that started it is killed, instead of waiting
for ever with the models in memory."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

PARENT = textwrap.dedent(
    """
    import multiprocessing, os, sys, time
    from concurrent.futures import ProcessPoolExecutor
    from biometrics import analysis_process

    if __name__ == "__main__":
        context = multiprocessing.get_context("spawn")
        initializer = analysis_process.start if sys.argv[1] == "watched" else None
        pool = ProcessPoolExecutor(1, mp_context=context, initializer=initializer)
        print(pool.submit(os.getpid).result(timeout=120), flush=True)
        time.sleep(600)
    """
)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie waiting for init is gone too
        return stat.read().split(") ", 1)[1][0] != "Z"


def _child_after_parent_killed(mode: str, tmp_path, seconds: float) -> tuple[int, bool]:
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    parent = subprocess.Popen([sys.executable, str(script), mode], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())  # type: ignore[union-attr]
    assert _alive(child)
    parent.send_signal(signal.SIGKILL)
    parent.wait(timeout=30)
    deadline = time.monotonic() + seconds
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    return child, _alive(child)


def test_the_analysis_process_exits_when_the_terminal_is_killed(tmp_path) -> None:
    _child, alive = _child_after_parent_killed("watched", tmp_path, seconds=15)
    assert not alive


def test_without_the_watch_a_worker_would_outlive_its_parent(tmp_path) -> None:
    """The control: what the watch prevents (the orphan is killed here afterwards)."""
    child, alive = _child_after_parent_killed("plain", tmp_path, seconds=3)
    try:
        assert alive
    finally:
        if _alive(child):
            os.kill(child, signal.SIGKILL)
