"""A camera that opens and then sends nothing: the pack camera and the face-template capture give up at
their time limit all the same (the feed ends itself, not only when a frame comes), read in the Face-ID
process or here."""

from __future__ import annotations

import time

import pytest

from tests.ui.quiet_camera import QuietCamera


@pytest.mark.parametrize("portable", [True, False], ids=["there", "here"])
def test_the_pack_camera_gives_up_on_a_camera_that_sends_nothing(qtbot, portable) -> None:
    from terminal.ui.pack_camera import PackCameraWorker

    worker = PackCameraWorker(QuietCamera(portable))
    worker.feed.time_limit = 1.5
    found, failed = [], []
    worker.found.connect(found.append)
    worker.failed.connect(failed.append)
    started = time.monotonic()
    with qtbot.waitSignal(worker.nothing, timeout=20_000):
        worker.start()
    took = time.monotonic() - started
    assert worker.wait(10_000)
    assert worker.feed.timed_out and not found and not failed
    assert 1.5 <= took < 10  # at the limit, not when the camera ends (60 s)
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
    started = time.monotonic()
    with qtbot.waitSignal(capture.gave_up, timeout=20_000):
        capture.start()
    took = time.monotonic() - started
    capture.thread.join(10)
    assert not capture.thread.is_alive() and capture.feed.timed_out
    assert not captured and not failed and not shown
    assert 1.5 <= took < 10
