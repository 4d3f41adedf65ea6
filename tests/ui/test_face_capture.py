"""The face template taken at the camera (an application's photo step, the enrollment dialog): the camera is
read and its frames analysed in the Face-ID process, so the window loads neither dlib nor OpenCV; if that
process is killed, the capture goes on from the next picture in a new one (or here, no restart left). Each
run in a fresh interpreter (the test process has loaded both long before)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.conftest import SHARED_FACES

ROOT = Path(__file__).resolve().parents[2]
OBAMA = SHARED_FACES / "people" / "obama"  # nine pictures of one man stand in for the webcam

pytestmark = pytest.mark.skipif(not OBAMA.is_dir(), reason="the shared face set is not beside the repository")

CAPTURE = """
import json, os, signal, sys
from PySide6.QtCore import QCoreApplication, Qt
from terminal.ui.applications.photo import FaceCapture
from terminal.ui.camera import ANALYSER
app = QCoreApplication([])
kill = sys.argv[2] != "keep"
ANALYSER.restarts = 0 if sys.argv[2] == "kill-for-good" else 1
capture = FaceCapture(sys.argv[1])
templates, problems, progress, previews = [], [], [], []
def progressed(collected, needed, problem):
    progress.append(collected)
    if kill and len(progress) == 1:
        os.kill(ANALYSER.process().pid, signal.SIGKILL)
capture.captured.connect(templates.append)
capture.failed.connect(lambda exc: problems.append(repr(exc)))
capture.gave_up.connect(lambda: problems.append("gave up"))
capture.progressed.connect(progressed, Qt.ConnectionType.DirectConnection)  # on the capture's thread
capture.preview.connect(lambda image: previews.append([image.width(), image.height()]))
capture.start()
capture.thread.join(240)
app.processEvents()
maps = open("/proc/self/maps").read()
print(json.dumps({"templates": [list(t.shape) for t in templates], "problems": problems,
                  "progress": progress, "previews": previews, "here": ANALYSER.in_process,
                  "loaded": [m for m in ("dlib", "cv2") if m in sys.modules],
                  "mapped": [m for m in ("dlib", "cv2") if m in maps]}))
ANALYSER.shutdown()
"""


def capture(camera: Path, how: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CAPTURE, str(camera), how],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_template_is_taken_in_the_face_id_process_and_the_window_loads_no_face_library() -> None:
    report = capture(OBAMA, "keep")
    assert report["problems"] == [] and report["templates"] == [[3, 128]], report
    assert report["progress"][-1] == 5 and not report["here"]  # five good pictures make three templates
    assert report["previews"] and all(width <= 400 and height <= 300 for width, height in report["previews"])
    assert report["loaded"] == [] and report["mapped"] == [], report


def test_a_killed_face_id_process_is_started_again_and_the_capture_goes_on_from_the_next_picture() -> None:
    there = capture(OBAMA, "keep")
    killed = capture(OBAMA, "kill")  # killed as the first picture's progress is shown
    assert killed["problems"] == [] and killed["templates"] == [[3, 128]], killed
    assert not killed["here"] and killed["loaded"] == []  # the rest analysed in a new Face-ID process
    assert killed["progress"] == there["progress"]  # the same pictures, each once, in the same order
    here = capture(OBAMA, "kill-for-good")  # no restart left: the window reads and analyses itself
    assert here["problems"] == [] and here["templates"] == [[3, 128]], here
    assert here["here"] and here["loaded"] == ["dlib", "cv2"]
    assert here["progress"] == there["progress"]


def test_a_camera_that_is_not_there_is_said_in_the_user_s_words() -> None:
    report = capture(Path("/nonexistent/camera.mp4"), "keep")
    assert report["templates"] == [] and len(report["problems"]) == 1
    assert "CameraNotFound" in report["problems"][0], report
