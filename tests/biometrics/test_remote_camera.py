"""The camera read in the Face-ID process: frames, previews and analyses come back in order, liveness is
judged there as it is here, a failure comes back in the user's words, a stop never waits, and the
window's side never loads OpenCV."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from biometrics import pipeline
from biometrics.analysis_process import AnalysisProcess
from biometrics.errors import CameraNotFound
from biometrics.liveness import LivenessCheck, LivenessSettings
from biometrics.remote_camera import RemoteCamera, Seen, Stopped
from biometrics.sources import Frame, VideoFileSource
from biometrics.stream import CameraEvent
from tests.biometrics.conftest import VIDEO, write_video

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def process():
    child = AnalysisProcess()
    yield child
    child.shutdown()


def numbered(index: int) -> np.ndarray:
    return np.full((720, 1280, 3), 10 * index + 5, dtype=np.uint8)


def read_all(camera: RemoteCamera, analyse_every: int = 1, width: int = 640) -> list[object]:
    items: list[object] = []
    count = 0
    while True:
        item = camera.next(count % analyse_every == 0, width)
        if item is None:
            continue
        items.append(item)
        if item == "over" or (isinstance(item, CameraEvent) and item.kind == "ended"):
            return items
        if isinstance(item, Seen):
            count += 1


def test_a_video_is_read_and_analysed_there_and_comes_back_in_order_with_a_preview(process, tmp_path) -> None:
    path = write_video(tmp_path / "clip.avi", [numbered(i) for i in range(6)], fps=6.0)
    camera = RemoteCamera(process, VideoFileSource(path), threading.Event())
    camera.open()
    try:
        items = read_all(camera, analyse_every=2)
    finally:
        camera.close()
    assert isinstance(items[0], CameraEvent) and items[0].kind == "connected"
    assert isinstance(items[-1], CameraEvent) and items[-1].kind == "ended"
    seen = [i for i in items if isinstance(i, Seen)]
    assert [s.index for s in seen] == list(range(6))
    assert seen[3].seconds == pytest.approx(0.5)
    assert all(s.preview.shape == (360, 640, 3) and s.scale == 0.5 for s in seen)
    assert [round((float(s.preview.mean()) - 5) / 10) for s in seen] == list(range(6))
    analysed = [s.analysis is not None for s in seen]
    assert analysed == [True, False, True, False, True, False]
    assert all(s.analysis.subject is None for s in seen if s.analysis is not None)  # grey: no face


def test_a_recording_reopened_where_it_was_passes_over_the_frames_seen_before(process, tmp_path) -> None:
    """A new Face-ID process opens the recording from its start: the frames the window had are passed over
    there, neither analysed nor sent again."""
    path = write_video(tmp_path / "clip.avi", [numbered(i) for i in range(6)], fps=6.0)
    camera = RemoteCamera(process, VideoFileSource(path), threading.Event())
    camera.open()
    try:
        items: list[object] = []
        while not (items and isinstance(items[-1], CameraEvent) and items[-1].kind == "ended"):
            if (item := camera.next(True, 640, pipeline.LIVE_POLICY, 3)) is not None:
                items.append(item)
    finally:
        camera.close()
    seen = [i for i in items if isinstance(i, Seen)]
    assert [s.index for s in seen] == [4, 5]
    assert [round((float(s.preview.mean()) - 5) / 10) for s in seen] == [4, 5]
    assert all(s.analysis is not None for s in seen)


def test_a_source_that_cannot_open_is_said_in_the_users_words(process, tmp_path) -> None:
    camera = RemoteCamera(process, VideoFileSource(tmp_path / "missing.mp4"), threading.Event())
    camera.open()
    try:
        item = None
        while item is None:
            item = camera.next(True, 640)
    finally:
        camera.close()
    assert isinstance(item, CameraEvent) and item.kind == "lost" and item.retry_in
    assert isinstance(item.error, CameraNotFound)
    assert item.error.message == "the video missing.mp4 was not found: the file does not exist."


def test_a_stop_does_not_wait_for_a_busy_face_id_process(process, tmp_path) -> None:
    stopping = threading.Event()
    path = write_video(tmp_path / "clip.avi", [numbered(i) for i in range(3)], fps=6.0)
    camera = RemoteCamera(process, VideoFileSource(path), stopping)
    camera.open()
    busy = process.submit(time.sleep, 1.5)  # the process is busy with something else meanwhile
    threading.Timer(0.2, stopping.set).start()
    with pytest.raises(Stopped):
        camera.next(True, 640)
    assert not busy.done()  # the worker was let go while the process was still busy
    camera.close()  # waits for the process: the camera is let go before anyone may open it again
    assert busy.done()
    again = RemoteCamera(process, VideoFileSource(path), threading.Event())
    again.open()
    try:
        assert sum(isinstance(i, Seen) for i in read_all(again)) == 3
    finally:
        again.close()


def test_liveness_checks_there_judge_the_clip_as_they_do_here(process, faces) -> None:
    """The clip's head turn passes, checked there on its pictures, with the same results frame by frame
    as a check here fed the same frames' pictures (started again, as a session is, when the clip cuts
    to another face)."""
    settings = LivenessSettings()
    options = [("turn_left",), ("turn_right",)]
    camera = RemoteCamera(process, VideoFileSource(VIDEO), threading.Event())
    local_frames = VideoFileSource(VIDEO)
    local_frames.open()
    camera.open()
    remote, local, results = None, None, []
    try:
        while True:
            item = camera.next(True, 640)
            if isinstance(item, CameraEvent) and item.kind == "ended":
                break
            if not isinstance(item, Seen):
                continue
            frame = local_frames.read()
            assert isinstance(frame, Frame) and frame.index == item.index
            face = item.analysis.subject if item.analysis else None
            if remote is None:
                if face is None:
                    continue
                remote = camera.checks(options, settings, False)
                local = [LivenessCheck(c, settings=settings) for c in options]
            points, box = (face.points, face.box) if face else (None, None)
            there = [c.feed(points, box, item.seconds) for c in remote]
            here = [c.feed(points, box, item.seconds, frame.image) for c in local]
            assert there == here, f"frame {item.index}"
            results.append(there)
            if any(r.status == "passed" for r in there):
                break
            if all(r.status == "failed" for r in there):  # a cut to another face: start again
                remote = None
    finally:
        camera.close()
        local_frames.close()
    assert any(r.status == "passed" for r in results[-1]), results[-1]
    assert sum(r.status == "failed" for rs in results for r in rs) >= 2  # the cut was judged too


def test_the_windows_side_never_loads_opencv(tmp_path, faces) -> None:
    """A Face-ID session on the clip, as the window's camera worker runs it, in a fresh process: the
    person is identified, liveness included, and OpenCV was never loaded there."""
    lin = faces / "people" / "lin_manuel_miranda" / "lin_manuel_miranda_1.png"
    from biometrics.images import load_image

    encoding = pipeline.analyse(load_image(lin), policy=pipeline.PHOTO_POLICY, photo=True).encoding
    assert encoding is not None
    np.save(tmp_path / "lin.npy", encoding)
    script = f"""
import json, sys
import numpy as np
from PySide6.QtCore import QCoreApplication
from biometrics.gallery import Gallery
from biometrics.sources import open_source
from terminal.ui.camera import ANALYSER, CameraWorker, FaceSession
app = QCoreApplication([])
gallery = Gallery()
gallery.add(7, np.load({str(tmp_path / "lin.npy")!r}))
gallery.add(8, np.load({str(tmp_path / "lin.npy")!r})[::-1].copy())
session = FaceSession(gallery, recorded=True)
worker = CameraWorker(open_source({str(VIDEO)!r}), session)
outcomes, frames = [], []
worker.outcome.connect(outcomes.append)
worker.frame_ready.connect(lambda picture, scale, step: frames.append(picture.width()))
worker.run()
ANALYSER.shutdown()
maps = open("/proc/self/maps").read()
print(json.dumps({{"kind": outcomes[0].kind, "who": outcomes[0].citizen_id, "frames": len(frames),
                  "width": max(frames), "cv2_module": "cv2" in sys.modules, "cv2_mapped": "cv2" in maps}}))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["kind"] == "identified" and report["who"] == 7
    assert report["frames"] > 10 and report["width"] == 640
    assert not report["cv2_module"] and not report["cv2_mapped"], report
