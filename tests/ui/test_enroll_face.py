"""Enrolling a face at the clinic, as the nurse does it in the window: F5, the citizen's ID number, Enter,
Enter on the row; "Enroll face…" in the history; the citizen's consent ticked, the template taken (a folder
of Barack Obama's pictures stands in for the webcam), checked against everyone enrolled, then stored. A face
that would pass for another citizen is enrolled only on a supervisor's word; Esc keeps nothing.

The Face-ID screen shown at sign-in gets no camera (it would try to identify the pictures); the enrollment's
camera is set once the history is open, when Face-ID has stopped."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from tests.ui import shots
from tests.ui.conftest import SHARED_FACES, sign_in
from tests.ui.test_dispensing import on_store, open_window, press

OBAMA = SHARED_FACES / "people" / "obama"
OBAMA_PHOTO = OBAMA / "obama_480p.jpg"
NO_CAMERA = "/nonexistent/camera.mp4"
WAIT_MS = 60_000  # the analysis of a few pictures takes seconds; more on a slow machine

pytestmark = pytest.mark.skipif(
    not OBAMA_PHOTO.is_file(), reason="the shared face set is not beside the repository"
)


@pytest.fixture(scope="session")
def obama_template():
    from biometrics import encode_photo

    return encode_photo(OBAMA_PHOTO)


def two_citizens(qtbot, ui) -> list[dict]:
    sql = "SELECT id, pin, birth_date FROM citizens WHERE removed_at IS NULL ORDER BY id LIMIT 2"
    return on_store(qtbot, ui, lambda: ui.site.store.all(sql))


def open_history(qtbot, window, pin: str):
    """F5, the ID number typed, Enter, Enter on the one row: the citizen's history, loaded."""
    screen = window.workspace.currentWidget()
    press(qtbot, window, Qt.Key.Key_F5)
    search = screen.search
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is search, timeout=5_000)
    qtbot.keyClicks(search.query, pin)
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(search.found) == 1, timeout=10_000)
    qtbot.keyClick(search.table, Qt.Key.Key_Return)
    history = screen.history
    qtbot.waitUntil(lambda: history.history is not None and history.isVisible(), timeout=10_000)
    return history


def open_dialog(qtbot, history):
    assert history.enroll.isVisible() and history.enroll.isEnabled()
    qtbot.mouseClick(history.enroll, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: history.enroll_dialog is not None and history.enroll_dialog.isVisible(), timeout=5_000
    )
    return history.enroll_dialog


def agree_and_take(qtbot, dialog) -> None:
    """The consent ticked with the keyboard (its box has the focus), then the template taken."""
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(dialog.isActiveWindow, timeout=5_000)
    assert QApplication.focusWidget() is dialog.consent, QApplication.focusWidget()
    assert not dialog.consent.isChecked()
    assert not dialog.take.isEnabled()  # no consent, no camera
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
    assert dialog.consent.isChecked() and dialog.take.isEnabled()
    qtbot.mouseClick(dialog.take, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.check is not None or dialog.state.property("role") == "danger", timeout=WAIT_MS
    )
    assert dialog.check is not None, dialog.state.text()
    assert dialog.templates.shape == (3, 128) and dialog.preview.pixmap().isNull()


def fits(qtbot, dialog) -> None:
    """Nothing cut off, squashed or out of view on a 1024 x 600 netbook (the window walk's checks)."""
    qtbot.wait(100)  # the layout settles
    assert dialog.width() <= 1024 and dialog.height() <= 560
    assert shots.Shots.check(dialog, dialog.enroll, (1024, 560)) == []


def stored(qtbot, ui, pin: str, citizen_id: int) -> tuple[list[dict], list[dict]]:
    """The citizen's face templates, and the face_enrolled acts (with their outbox state) naming them."""

    def read() -> tuple[list[dict], list[dict]]:
        rows = ui.site.store.all(
            "SELECT id, source, consent_at, registry_id FROM face_templates WHERE citizen_id = ?",
            (citizen_id,),
        )
        acts = ui.site.store.all(
            "SELECT t.payload, o.state FROM transactions t JOIN outbox o ON o.tx_uuid = t.uuid"
            " WHERE t.kind = 'face_enrolled'"
        )
        return rows, [{**json.loads(a["payload"]), "state": a["state"]} for a in acts]

    rows, acts = on_store(qtbot, ui, read)
    return rows, [a for a in acts if a["citizen_pin"] == pin]


def test_a_nurse_enrolls_a_new_face_with_consent_and_it_is_queued_for_the_registry(
    qtbot, ui, obama_template
) -> None:
    from biometrics.matching import identify

    ui.camera = NO_CAMERA
    qtbot.waitUntil(lambda: ui.gallery is not None, timeout=10_000)
    citizen = two_citizens(qtbot, ui)[0]
    window = open_window(qtbot, ui)
    sign_in(qtbot, window, "nurse", "1111")
    history = open_history(qtbot, window, citizen["pin"])
    ui.camera = str(OBAMA)
    dialog = open_dialog(qtbot, history)
    assert dialog.state.text() == "Tick the citizen's consent first: no face template is taken without it."
    agree_and_take(qtbot, dialog)
    assert dialog.check.result == "new"
    assert dialog.result.text() == "No one else enrolled has this face."
    assert dialog.enroll.isEnabled() and dialog.enroll.hasFocus()
    assert stored(qtbot, ui, citizen["pin"], citizen["id"]) == ([], [])  # nothing written before Enroll

    with qtbot.waitSignal(ui.bridge.gallery_changed, timeout=10_000):
        qtbot.mouseClick(dialog.enroll, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: history.enroll_dialog is None, timeout=10_000)  # closed once enrolled
    assert history.banner.text() == "Face enrolled. It is sent to the registry at the next sync."
    assert history.banner.property("kind") == "ok"
    rows, acts = stored(qtbot, ui, citizen["pin"], citizen["id"])
    assert len(rows) == 3 and {r["source"] for r in rows} == {"terminal"}
    assert all(r["consent_at"] and r["registry_id"] for r in rows)
    assert sorted(a["template_id"] for a in acts) == sorted(r["registry_id"] for r in rows)
    assert {a["state"] for a in acts} == {"queued"} and not any("looks_like" in a for a in acts)
    assert sorted(dialog.result_value) == sorted(r["id"] for r in rows)
    decision = on_store(qtbot, ui, lambda: identify(ui.gallery, obama_template))
    assert decision.status == "match" and decision.identity == citizen["id"]

    dialog = open_dialog(qtbot, history)  # the same face again: already hers, a further template
    agree_and_take(qtbot, dialog)
    assert dialog.check.result == "same" and dialog.result.property("kind") == "ok"
    assert (
        dialog.result.text().startswith("This face is already ")
        and "further template" in dialog.result.text()
    )
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: history.enroll_dialog is None, timeout=5_000)
    assert stored(qtbot, ui, citizen["pin"], citizen["id"]) == (rows, acts)  # cancelled: nothing more


def test_a_face_that_passes_for_another_citizen_needs_a_supervisor_s_word(qtbot, ui, obama_template) -> None:
    from terminal.core import faces
    from terminal.core.demo_site import DEMO_PINS

    ui.camera = NO_CAMERA
    qtbot.waitUntil(lambda: ui.gallery is not None, timeout=10_000)
    first, second = two_citizens(qtbot, ui)

    def enroll_first() -> str:
        faces.enroll(
            ui.site, ui.site.operator("nurse"), first["id"], obama_template, consent=True, gallery=ui.gallery
        )
        row = ui.site.store.one(
            "SELECT surname, given_name, patronymic FROM citizens WHERE id = ?", (first["id"],)
        )
        return " ".join(p for p in (row["surname"], row["given_name"], row["patronymic"]) if p)

    first_name = on_store(qtbot, ui, enroll_first)
    window = open_window(qtbot, ui)
    sign_in(qtbot, window, "nurse", "1111")
    history = open_history(qtbot, window, second["pin"])
    ui.camera = str(OBAMA)
    dialog = open_dialog(qtbot, history)
    agree_and_take(qtbot, dialog)
    assert dialog.check.result == "other"
    warning = dialog.result.text()
    assert dialog.result.property("kind") == "warn" and warning.startswith("⚠ Warning")
    born = ".".join(reversed(first["birth_date"].split("-")))
    assert f"{first_name}, born {born}" in warning and "supervisor must decide" in warning
    assert first["pin"] not in warning and first["pin"][-4:] not in warning  # never the ID number
    fits(qtbot, dialog)

    qtbot.mouseClick(dialog.enroll, Qt.MouseButton.LeftButton)  # asks for the supervisor's word
    qtbot.waitUntil(
        lambda: dialog.word_dialog is not None and dialog.word_dialog.supervisor.count() > 0, timeout=5_000
    )
    word = dialog.word_dialog
    assert first_name in word.warning.text()
    assert word.supervisor.currentData() == "supervisor"
    qtbot.keyClicks(word.pin, "0000")
    qtbot.keyClicks(word.reason, "Twins: checked both passports")
    qtbot.mouseClick(word.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: word.banner.isVisible() and word.confirm.isEnabled(), timeout=10_000)
    assert word.isVisible() and dialog.isVisible() and word.banner.property("kind") == "error"
    assert word.banner.text() == "The name or PIN is not right. Try again, or ask a supervisor."
    assert word.pin.text() == ""
    assert stored(qtbot, ui, second["pin"], second["id"]) == ([], [])  # refused: nothing written

    qtbot.keyClicks(word.pin, DEMO_PINS["supervisor"])
    with qtbot.waitSignal(ui.bridge.gallery_changed, timeout=10_000):
        qtbot.mouseClick(word.confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: history.enroll_dialog is None, timeout=10_000)  # both closed once enrolled
    assert history.banner.text() == "Face enrolled. It is sent to the registry at the next sync."
    supervisor_id = on_store(qtbot, ui, lambda: ui.site.operator("supervisor").id)
    rows, acts = stored(qtbot, ui, second["pin"], second["id"])
    assert len(rows) == 3 and len(acts) == 3
    assert all(a["looks_like"] == [first["pin"]] and a["supervisor_id"] == supervisor_id for a in acts)
    assert all(a["reason"] == "Twins: checked both passports" for a in acts)


def test_escape_during_the_capture_stops_the_camera_and_keeps_nothing(qtbot, ui) -> None:
    ui.camera = NO_CAMERA
    qtbot.waitUntil(lambda: ui.gallery is not None, timeout=10_000)
    citizen = two_citizens(qtbot, ui)[0]
    window = open_window(qtbot, ui)
    sign_in(qtbot, window, "nurse", "1111")
    history = open_history(qtbot, window, citizen["pin"])
    ui.camera = None  # no camera set up: said plainly, nothing to take
    dialog = open_dialog(qtbot, history)
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
    assert not dialog.take.isEnabled() and "No camera is set up" in dialog.state.text()
    fits(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: history.enroll_dialog is None, timeout=5_000)

    ui.camera = str(OBAMA)
    dialog = open_dialog(qtbot, history)
    qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.take, Qt.MouseButton.LeftButton)
    capture = dialog.capture
    assert capture is not None and not dialog.take.isEnabled() and not dialog.enroll.isEnabled()
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=WAIT_MS)  # the camera is on
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert history.enroll_dialog is None and dialog.result_value is None and dialog.templates is None
    capture.thread.join(10)
    assert not capture.thread.is_alive()  # the camera is closed
    assert history.enroll.isEnabled() and not history.banner.text().startswith("Face enrolled")
    assert stored(qtbot, ui, citizen["pin"], citizen["id"]) == ([], [])
