"""Spoken guidance in the window: the Face-ID panel says the instruction it shows (in the elderly mode,
F7, with the terminal's setting on) without slowing the camera's frames; off, it says nothing; the
supervisor sets it and its loudness, audited; the words spoken are the words the window shows.

The speaker is the real one on miniaudio's null backend (it plays in real time, with no sound card).
"""

from __future__ import annotations

import json
import time

import miniaudio
import pytest
from PySide6.QtCore import QCoreApplication, Qt

from tests.ui.conftest import choose_language, sign_in, wait_tasks
from tests.ui.test_camera import FakeCamera, faceid_panel


@pytest.fixture(autouse=True)
def cameras():
    yield
    from terminal.ui import camera

    assert camera.stop_all(10_000), "a camera worker did not stop"


@pytest.fixture
def speaker(ui):
    from terminal.voice.speaker import Speaker

    speaker = Speaker(backends=[miniaudio.Backend.NULL], repeat_after=0.5)  # busy all the time
    ui.extras["speaker"] = speaker
    yield speaker
    speaker.close()


def press_f7(qtbot, panel) -> None:
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=5_000)
    qtbot.keyClick(panel.window(), Qt.Key.Key_F7)


def frames_in(qtbot, panel, seconds: float) -> int:
    """How many frames reached the panel (the window's thread) in ``seconds``."""
    seen: list[float] = []

    def count(*_frame) -> None:
        seen.append(time.monotonic())

    worker = panel.worker
    worker.frame_ready.connect(count)
    qtbot.wait(int(seconds * 1000))
    worker.frame_ready.disconnect(count)
    return len(seen)


def test_the_panel_speaks_its_instruction_in_the_elderly_mode_and_the_frames_keep_coming(
    qtbot, ui, speaker
) -> None:
    panel = faceid_panel(qtbot, ui, FakeCamera)  # dark frames: no face, "Please look at the camera."
    qtbot.waitUntil(panel.capture.isVisible, timeout=20_000)  # the frames are analysed: step 1 shows
    assert panel.guidance.text() == "Please look at the camera."
    wait_tasks(qtbot, ui)
    silent = frames_in(qtbot, panel, 2.5)
    assert not speaker.played and not panel.elderly.isChecked()
    press_f7(qtbot, panel)
    assert panel.elderly.isChecked()
    qtbot.waitUntil(lambda: len(speaker.played) > 0, timeout=10_000)
    speaking = frames_in(qtbot, panel, 2.5)  # while the speaker says it again and again
    qtbot.waitUntil(lambda: len(speaker.played) >= 2, timeout=10_000)  # one phrase can outlast 2.5 s
    assert {(p.phrase_id, p.language, p.volume) for p in speaker.played} == {("look_at_camera", "en", 80)}
    assert silent >= 10 and speaking >= 0.7 * silent, (silent, speaking)
    assert json.loads((ui.home / "ui.json").read_text())["elderly_mode"] is True  # kept for this terminal
    press_f7(qtbot, panel)
    assert not speaker.enabled


def test_with_spoken_guidance_off_on_this_terminal_the_elderly_mode_is_silent(qtbot, ui, speaker) -> None:
    from terminal.core import settings

    supervisor = ui.site.operator("supervisor")
    ui.tasks.store(lambda site: settings.put(site.store, site.clock, supervisor, "spoken_guidance", False))
    wait_tasks(qtbot, ui)
    panel = faceid_panel(qtbot, ui, FakeCamera)
    press_f7(qtbot, panel)
    qtbot.waitUntil(lambda: panel.guidance.text() == "Please look at the camera.", timeout=10_000)
    qtbot.wait(1_500)
    assert panel.elderly.isChecked() and not speaker.played and speaker.idle.is_set()


@pytest.fixture
def window(qtbot, ui, tmp_path, speaker):
    from terminal.ui.main_window import MainWindow

    ui.camera = str(tmp_path / "unplugged.mp4")
    win = MainWindow(ui)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5_000)
    yield win
    wait_tasks(qtbot, ui)


def test_f7_on_the_nurse_s_face_id_screen_turns_large_text_and_the_voice_on_and_off(
    qtbot, ui, window, speaker
) -> None:
    sign_in(qtbot, window, "nurse", "1111")
    pharmacy = window.workspace.currentWidget()
    qtbot.waitUntil(pharmacy.faceid.isVisible, timeout=10_000)
    wait_tasks(qtbot, ui)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.top.large_text.isChecked() and pharmacy.faceid.elderly.isChecked()
    assert speaker.enabled and speaker.volume == 80
    saved = json.loads((ui.home / "ui.json").read_text())
    assert saved["elderly_mode"] is True and saved["large_text"] is True
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert not window.top.large_text.isChecked() and not speaker.enabled
    assert json.loads((ui.home / "ui.json").read_text())["elderly_mode"] is False


def test_a_supervisor_sets_the_voice_and_its_loudness_by_keyboard_audited_and_tries_it(
    qtbot, ui, window, speaker
) -> None:
    from terminal.ui.screens.supervisor import SupervisorScreen

    sign_in(qtbot, window, "supervisor", "4444")
    tabs = window.workspace
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if isinstance(tabs.widget(i), SupervisorScreen)))
    screen = tabs.currentWidget()
    screen.nav.setFocus()
    for _ in range(6):
        qtbot.keyClick(screen.nav, Qt.Key.Key_Down)
    page = screen.voice
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is page, timeout=5_000)
    wait_tasks(qtbot, ui)
    assert screen.nav.currentItem().text() == "Spoken guidance"
    assert page.spoken.isChecked() and page.volume.value() == 80  # the defaults
    page.spoken.setFocus()
    qtbot.keyClick(page.spoken, Qt.Key.Key_Space)
    qtbot.keyClick(page.spoken, Qt.Key.Key_Tab)
    assert QCoreApplication.instance().focusWidget() is page.volume
    qtbot.keyClick(page.volume, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.volume, "35")
    qtbot.keyClick(page.volume, Qt.Key.Key_Tab)
    qtbot.keyClick(page.save, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.banner.property("kind") == "ok", timeout=10_000)
    assert ui.site.setting("spoken_guidance") is False and ui.site.setting("guidance_volume") == 35
    changes = ui.site.store.all("SELECT subject FROM audit WHERE action = 'settings_change' ORDER BY seq")
    assert [row["subject"] for row in changes] == ["spoken_guidance", "guidance_volume"]
    qtbot.keyClick(page.save, Qt.Key.Key_Tab)
    qtbot.keyClick(page.try_voice, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(speaker.played) == 1, timeout=10_000)
    assert (speaker.played[0].phrase_id, speaker.played[0].volume) == ("look_at_camera", 35)


@pytest.mark.parametrize("code", ["uz_Latn", "uz_Cyrl", "kaa", "kaa_Latn", "kk", "ru", "en"])
def test_each_recording_speaks_what_the_window_shows_in_its_language(ui, code) -> None:
    from terminal.voice import manifest
    from terminal.voice.instructions import INSTRUCTIONS

    assert ui.translations.switch(code)
    recorded = manifest.read(code)
    for instruction in INSTRUCTIONS:
        shown = QCoreApplication.translate(instruction.context, instruction.source)
        assert recorded.phrases[instruction.id].text == shown[:1].upper() + shown[1:], instruction.id


def test_the_voice_page_and_the_face_id_screen_in_the_elderly_mode_fit_a_small_screen_in_every_language(
    qtbot, ui, window, speaker
) -> None:
    """1024 x 560 (a netbook less its taskbar): no words cut off, nothing over another, Save in view; the
    Face-ID screen in large text with its "Elderly mode (F7)" button too."""
    from terminal.ui.i18n import LANGUAGES
    from terminal.ui.screens.supervisor import SupervisorScreen
    from tests.ui.shots import Shots

    shots = Shots(None, {lang.code: ((1024, 560),) for lang in LANGUAGES})
    sign_in(qtbot, window, "supervisor", "4444")
    tabs = window.workspace
    screen = next(tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), SupervisorScreen))
    tabs.setCurrentWidget(screen)
    screen.nav.setCurrentRow(screen.pages.index(screen.voice))
    window.resize(1024, 560)
    qtbot.wait(300)
    for lang in LANGUAGES:
        choose_language(qtbot, window, lang.code)
        qtbot.wait(100)
        shots.take(lang.code, "supervisor-voice", window, screen.voice.save)
    window.sign_out()
    choose_language(qtbot, window, "en")
    sign_in(qtbot, window, "nurse", "1111")
    faceid = window.workspace.currentWidget().faceid
    qtbot.waitUntil(faceid.isVisible, timeout=10_000)
    faceid.open_source = lambda _spec: FakeCamera()  # a webcam that works: the patient's view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_F4)  # start again, with that camera
    qtbot.waitUntil(faceid.capture.isVisible, timeout=20_000)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.top.large_text.isChecked()
    for lang in LANGUAGES:
        choose_language(qtbot, window, lang.code)
        qtbot.wait(100)
        shots.take(lang.code, "faceid-elderly", window, faceid.by_id)  # the side column scrolls
    bad = {key: found for key, found in shots.problems.items() if found}
    assert bad == {}
    assert len(shots.problems) == 2 * len(LANGUAGES)
