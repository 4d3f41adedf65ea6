"""The window's side of templates that learn from visits: a Face-ID session fed the real clip yields the
visit's template, and an identification (liveness passed) hands it to the store, off the UI thread.

The camera is the shared clip's two seconds in which Lin-Manuel Miranda faces it and turns his head
(frames 80 to 140). He is enrolled with the encoding of one frame (96) as a terminal would capture
it; the visit's template is the mean of the good frames that confirmed him.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.biometrics.conftest import FACES, VIDEO, read_clip, write_video
from tests.ui.conftest import wait_tasks

FIRST, ENROLLED = 80, 96  # the clip's frame numbers
pytestmark = pytest.mark.skipif(
    not VIDEO.is_file(), reason=f"the shared face set is not at {FACES} (../shared/faces beside the project)"
)


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[np.ndarray]]:
    """The slice as a video file of its own, and its frames as a camera reading it gets them."""
    import cv2

    path = write_video(tmp_path_factory.mktemp("camera") / "lin.avi", read_clip(FIRST, 140), fps=29.97)
    capture, frames = cv2.VideoCapture(str(path)), []
    while True:
        ok, bgr = capture.read()
        if not ok:
            break
        frames.append(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))
    capture.release()
    return path, frames


@pytest.fixture(scope="module")
def analysed(clip):
    """Every frame analysed, as the camera worker does with a recording."""
    from biometrics import pipeline

    _path, frames = clip
    return {i: pipeline.analyse(frames[i]) for i in range(len(frames))}


@pytest.fixture(scope="module")
def lin(analysed) -> np.ndarray:
    return analysed[ENROLLED - FIRST].encoding


@pytest.fixture(autouse=True)
def cameras():
    """Every camera worker is stopped, and has finished, when a test ends."""
    yield
    from terminal.ui import camera

    assert camera.stop_all(10_000), "a camera worker did not stop"


def run_session(analysed, frames, gallery, claimed=None):
    from biometrics.sources import Frame
    from terminal.ui.camera import FaceSession

    session = FaceSession(gallery, recorded=True, claimed=claimed)
    for i, analysis in analysed.items():
        step = session.feed(Frame(i, i / 29.97, frames[i]), analysis)  # liveness looks at the picture
        if step.outcome is not None:
            return step.outcome
    return None


@pytest.mark.parametrize("claimed", [None, 42], ids=["face", "id_number"])
def test_a_session_fed_the_clip_yields_the_visit_s_template(clip, analysed, lin, claimed) -> None:
    from biometrics.gallery import Gallery

    gallery = Gallery()
    gallery.add(42, lin)
    outcome = run_session(analysed, clip[1], gallery, claimed)
    assert outcome is not None and outcome.kind == "identified" and outcome.citizen_id == 42
    assert outcome.method == ("id_number_face" if claimed else "face")
    template = outcome.template
    assert template is not None and template.shape == (128,) and template.dtype == np.float32
    # The mean of the confirming frames: nearer the enrolled face than they are on average.
    assert 0 < np.linalg.norm(template - lin) <= outcome.distance + 1e-6
    goods = [a.encoding for a in analysed.values() if a.encoding is not None]
    assert not any(np.allclose(template, e) for e in goods)  # a mean, not one frame


def test_after_an_identification_the_visit_s_template_is_learned_off_the_ui_thread(
    qtbot, ui, clip, lin, monkeypatch
) -> None:
    import dataclasses
    import threading

    from biometrics import matching
    from biometrics.sources import open_source
    from terminal.core import faces
    from terminal.core.workflows import DISPENSING
    from terminal.ui.screens.faceid import FaceIdPanel

    path, _frames = clip
    qtbot.waitUntil(lambda: ui.gallery is not None, timeout=10_000)
    found: list = []

    def enroll(site) -> int:
        citizen = site.store.scalar("SELECT id FROM citizens ORDER BY id LIMIT 1")
        ui.operator = site.operator("nurse")
        faces.enroll(site, ui.operator, citizen, lin, consent=True, gallery=ui.gallery)
        return citizen

    ui.tasks.store(enroll, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10_000)
    citizen = found[0]
    store_threads: set[int] = set()
    learn = faces.learn_from_visit

    def watched(*args, **kwargs):
        store_threads.add(threading.get_ident())
        return learn(*args, **kwargs)

    monkeypatch.setattr(faces, "learn_from_visit", watched)  # the real one, and on which thread
    # Whatever the calibration of the day, a confirmed match of this clip is clear enough to learn from.
    t = matching.DEFAULT_THRESHOLDS
    monkeypatch.setattr(matching, "DEFAULT_THRESHOLDS", dataclasses.replace(t, learn=max(t.learn, t.accept)))
    panel = FaceIdPanel(ui, DISPENSING.permission)
    panel.open_source = lambda _spec: open_source(path)
    qtbot.addWidget(panel)
    panel.resize(1200, 640)
    with qtbot.waitSignal(panel.identified, timeout=60_000) as identified:
        panel.show()
    assert identified.args[0].identification.citizen_id == citizen
    wait_tasks(qtbot, ui)
    assert store_threads and threading.get_ident() not in store_threads

    def read(site) -> dict:
        sql = "SELECT id, source, last_seen_at FROM face_templates WHERE citizen_id = ? ORDER BY id"
        rows = site.store.all(sql, (citizen,))
        acts = site.store.scalar("SELECT count(*) FROM transactions WHERE kind = 'face_learned'")
        return {"rows": rows, "acts": acts}

    box: list = []
    ui.tasks.store(read, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    rows, acts = box[0]["rows"], box[0]["acts"]
    assert [r["source"] for r in rows] == ["terminal", "learned"] and acts == 1
    assert all(r["last_seen_at"] for r in rows)  # the enrolled face matched: seen; the learned one is new
    assert rows[1]["id"] in ui.gallery.keys_of(citizen)
    panel.stop()
