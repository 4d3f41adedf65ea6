"""Finding a patient without a face, as the nurse does it in the window: F5, a name typed in Cyrillic for
a patient written in Latin, Enter, Enter on the row; the history; Enter checks the face against that
patient's only (the shared clip), and the hand-out then shows in the history. F6: the day and the stock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui import test_dispensing as pharmacy
from tests.ui.conftest import sign_in
from tests.ui.test_dispensing import CLIP, on_store, open_window, press

# The pharmacy's fixtures: Lin-Manuel Miranda enrolled as a demo citizen, the clip as his camera.
cameras, lin, lin_clip, lin_template = (
    pharmacy.cameras,
    pharmacy.lin,
    pharmacy.lin_clip,
    pharmacy.lin_template,
)

pytestmark = pytest.mark.skipif(not CLIP.is_file(), reason="the shared face set is not beside the repository")


def type_text(widget, text: str) -> None:
    """Keys as a Cyrillic keyboard layout delivers them (QTest's keyClicks takes ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def name_him(qtbot, ui, citizen_id: int) -> None:
    """Lin's demo citizen, renamed as the registry might spell an Uzbek patient: in Latin."""

    def rename() -> None:
        with ui.site.store.write() as db:
            db.execute(
                "UPDATE citizens SET surname = 'Yo''ldoshev', given_name = 'Ulug''bek',"
                " patronymic = 'Xasanovich' WHERE id = ?",
                (citizen_id,),
            )

    on_store(qtbot, ui, rename)


def test_a_patient_found_by_name_is_checked_by_face_before_the_hand_out(qtbot, ui, lin, lin_clip) -> None:
    ui.camera = str(lin_clip)
    name_him(qtbot, ui, lin.citizen_id)
    window = open_window(qtbot, ui)
    sign_in(qtbot, window, "nurse", "1111")
    screen = window.workspace.currentWidget()
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.search, timeout=5_000)
    search = screen.search
    assert search.query.hasFocus()  # the nurse types at once
    type_text(search.query, "Йўлдошев Улуғ")
    assert search.query.text() == "Йўлдошев Улуғ"
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(search.found), timeout=10_000)
    assert [c.id for c in search.found] == [lin.citizen_id]
    assert search.table.item(0, 0).text() == "Yo'ldoshev Ulug'bek Xasanovich"
    assert lin.pin not in search.table.item(0, 3).text() and lin.pin[-4:] in search.table.item(0, 3).text()
    assert search.table.hasFocus()
    qtbot.keyClick(search.table, Qt.Key.Key_Return)
    history = screen.history
    qtbot.waitUntil(lambda: history.history is not None and history.isVisible(), timeout=10_000)
    assert history.items.rowCount() >= 1 and history.past.rowCount() == 0
    assert not history.again.isEnabled()  # nothing handed out yet: no receipt to print again

    qtbot.keyClick(history.face, Qt.Key.Key_Return)  # check the face: against his template only
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.faceid, timeout=5_000)
    assert lin.pin[-4:] in screen.faceid.notice.text()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.dispensing, timeout=60_000)
    panel = screen.dispensing
    assert panel.patient.citizen.id == lin.citizen_id
    assert panel.patient.identified.identification.method == "id_number_face"
    panel.confirm.click()
    qtbot.waitUntil(lambda: panel.summary is not None and panel.summary.isVisible(), timeout=5_000)
    with qtbot.waitSignal(ui.bridge.acts_recorded, timeout=10_000):
        panel.summary.confirm.click()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.receipt, timeout=10_000)
    number = screen.receipt.receipt.number

    qtbot.keyClick(screen.receipt.next, Qt.Key.Key_Return)
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.search, timeout=5_000)
    qtbot.keyClicks(search.query, "yoldoshev")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(search.found), timeout=10_000)
    search.open_row(0)
    qtbot.waitUntil(lambda: history.history is not None and history.past.rowCount() == 1, timeout=10_000)
    assert history.again.isEnabled()
    history.again.click()  # the last receipt, again
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.receipt, timeout=10_000)
    assert screen.receipt.receipt.number == number

    def searched() -> list[dict]:
        return ui.site.store.all("SELECT action, subject, details FROM audit WHERE action LIKE 'patient_%'")

    entries = on_store(qtbot, ui, searched)
    assert [e["action"] for e in entries] == [
        "patient_search",
        "patient_history",
        "patient_search",
        "patient_history",
    ]
    assert all("Йўлдош" not in (e["details"] or "") and lin.pin not in (e["details"] or "") for e in entries)


def test_today_shows_the_day_s_hand_outs_and_the_stock(qtbot, ui) -> None:
    ui.camera = "/nonexistent/camera.mp4"
    window = open_window(qtbot, ui)
    sign_in(qtbot, window, "nurse", "1111")
    screen = window.workspace.currentWidget()
    press(qtbot, window, Qt.Key.Key_F6)
    day = screen.day
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is day and day.day is not None, timeout=10_000)
    assert day.table.rowCount() == len(day.day.medicines) > 0
    assert "Hand-outs: 0" in day.totals.text()
    press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.faceid, timeout=5_000)
