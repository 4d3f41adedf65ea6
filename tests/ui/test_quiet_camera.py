"""A camera that opens and then sends nothing: the pack camera and the face-template capture give up at
their time limit all the same (the feed ends itself, not only when a frame comes), read in the Face-ID
process or here."""

from __future__ import annotations

import time

import pytest

from biometrics.remote_camera import CLOSE_SECONDS
from tests.ui.quiet_camera import QUIET_SECONDS, QuietCamera

# At the limit, not when the camera ends by itself; a hung camera is let go within its close's wait.
LATEST = 1.5 + CLOSE_SECONDS + 5
assert LATEST < QUIET_SECONDS


def seconds_until(qtbot, signal, start) -> float:
    """How long from ``start()`` until ``signal`` came."""
    started = time.monotonic()
    with qtbot.waitSignal(signal, timeout=30_000):
        start()
    return time.monotonic() - started


@pytest.mark.parametrize("portable", [True, False], ids=["there", "here"])
def test_the_pack_camera_gives_up_on_a_camera_that_sends_nothing(qtbot, portable) -> None:
    from terminal.ui.pack_camera import PackCameraWorker

    worker = PackCameraWorker(QuietCamera(portable))
    worker.feed.time_limit = 1.5
    found, failed = [], []
    worker.found.connect(found.append)
    worker.failed.connect(failed.append)
    took = seconds_until(qtbot, worker.nothing, worker.start)
    assert worker.wait(10_000)
    assert worker.feed.timed_out and not found and not failed
    assert 1.5 <= took < LATEST
    assert worker.feed.source.opened.is_set() is not portable  # opened here only when read here


def test_the_face_template_capture_gives_up_on_a_camera_that_sends_nothing(qtbot, monkeypatch) -> None:
    from terminal.ui.applications import photo

    monkeypatch.setattr(photo, "TIME_LIMIT", 1.5)
    monkeypatch.setattr(photo, "open_source", lambda _spec: QuietCamera(portable=True))
    capture = photo.FaceCapture("9")
    captured, failed, shown = [], [], []
    capture.captured.connect(captured.append)
    capture.failed.connect(failed.append)
    capture.preview.connect(shown.append)
    took = seconds_until(qtbot, capture.gave_up, capture.start)
    capture.thread.join(10)
    assert not capture.thread.is_alive() and capture.feed.timed_out
    assert not captured and not failed and not shown
    assert 1.5 <= took < LATEST


def test_a_stop_after_the_time_limit_came_says_nothing_more(qtbot) -> None:
    """The user stops the pack camera while it is letting a hung camera go after its time limit: no
    "nothing found" comes after the stop."""
    from terminal.ui.pack_camera import PackCameraWorker

    worker = PackCameraWorker(QuietCamera(portable=False))
    worker.feed.time_limit = 0.5
    said: list[str] = []
    worker.nothing.connect(lambda: said.append("nothing"))
    worker.start()
    qtbot.waitUntil(lambda: worker.feed.timed_out, timeout=10_000)
    worker.stop()  # the reader's release takes up to 5 s more: the worker is still running
    assert worker.isRunning()
    assert worker.wait(20_000)
    qtbot.wait(100)  # a queued signal would arrive now
    assert said == []
