"""The Face-ID analysis process: the same analysis as in the window's own process, errors in the user's
terms, only what the analysis needs loaded, and an exit when the terminal that started it is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from biometrics import pipeline
from biometrics.analysis_process import AnalysisProcess, AnalysisProcessGone
from biometrics.errors import BadImage
from biometrics.images import load_image

PARENT = textwrap.dedent(
    """
    import os, time
    from biometrics.analysis_process import AnalysisProcess

    process = AnalysisProcess()
    print(process.submit(os.getpid).result(timeout=120), flush=True)
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


@pytest.fixture
def process():
    started = AnalysisProcess()
    yield started
    started.shutdown()


def test_a_frame_analysed_in_the_process_is_analysed_as_in_the_window(
    process: AnalysisProcess, faces: Path
) -> None:
    image = load_image(sorted((faces / "people" / "lin_manuel_miranda").iterdir())[0])
    there = process.submit(pipeline.analyse, image).result(timeout=120)
    here = pipeline.analyse(image)
    assert there.status == here.status == "ok"
    assert there.subject.box == here.subject.box
    assert np.array_equal(there.subject.points, here.subject.points)
    assert np.array_equal(there.encoding, here.encoding)


def test_an_error_of_the_analysis_comes_back_with_its_words(process: AnalysisProcess) -> None:
    future = process.submit(pipeline.analyse, np.zeros((4, 4, 3), dtype=np.float64))
    with pytest.raises(BadImage, match="not an 8-bit picture"):
        future.result(timeout=120)
    assert process.submit(os.getpid).result(timeout=60) == process.pid  # and the process goes on


def test_the_process_loads_neither_the_terminal_nor_qt_nor_a_resource_tracker(
    process: AnalysisProcess,
) -> None:
    loaded = process.submit(eval, "sorted(__import__('sys').modules)").result(timeout=120)
    assert "dlib" in loaded  # the models were loaded at the start
    unwanted = {"terminal", "sync", "PySide6", "click", "multiprocessing"}
    heavy = [m for m in loaded if m.split(".")[0] in unwanted]
    assert heavy == []
    children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text().split()
    assert str(process.pid) in children
    with open(f"/proc/{process.pid}/task/{process.pid}/children") as grandchildren:
        assert grandchildren.read().split() == []


def test_a_call_after_shutdown_is_refused_and_the_process_ends(process: AnalysisProcess) -> None:
    pid = process.pid
    assert process.submit(os.getpid).result(timeout=120) == pid
    process.shutdown()
    with pytest.raises(AnalysisProcessGone):
        process.submit(os.getpid)
    deadline = time.monotonic() + 15
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(pid)


def test_a_call_in_flight_when_the_process_dies_fails_instead_of_waiting(process: AnalysisProcess) -> None:
    waiting = process.submit(time.sleep, 30)
    time.sleep(0.5)
    os.kill(process.pid, signal.SIGKILL)
    with pytest.raises(AnalysisProcessGone):
        waiting.result(timeout=15)


def test_the_analysis_process_exits_when_the_terminal_is_killed(tmp_path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())  # type: ignore[union-attr]
    assert _alive(child)
    parent.send_signal(signal.SIGKILL)
    parent.wait(timeout=30)
    deadline = time.monotonic() + 15
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child)


def test_a_stray_write_to_standard_output_does_not_corrupt_the_replies(process: AnalysisProcess) -> None:
    assert process.submit(os.write, 1, b"a library printing to fd 1\n").result(timeout=120) > 0
    assert process.submit(print, "and Python printing").result(timeout=60) is None
    assert process.submit(os.getpid).result(timeout=60) == process.pid


WITHOUT_STDERR = textwrap.dedent(
    """
    import os
    os.close(2)  # as a Windows program without a console: no error stream to inherit
    from biometrics.analysis_process import AnalysisProcess

    process = AnalysisProcess()
    assert process.submit(os.write, 1, b"stray").result(timeout=120) == 5
    print(process.submit(os.getpid).result(timeout=60) == process.pid, flush=True)
    process.shutdown()
    """
)


def test_the_process_answers_when_the_terminal_has_no_error_stream(tmp_path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(WITHOUT_STDERR)
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=180)
    assert (run.returncode, run.stdout) == (0, "True\n")
