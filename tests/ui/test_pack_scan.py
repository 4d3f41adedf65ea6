"""Scanning medicine packs in the hand-out summary, as a nurse does: the USB scanner types each pack's code
(group separators included) into the focused field, or the webcam reads it; the serials go with the
dispense. Where the facility does not scan packs, the summary is as it always was.

The patient is identified as the window would (an ``Identified`` from Face-ID); the Face-ID camera is a
missing file, so no camera runs but the pack camera a test starts itself.
"""

from __future__ import annotations

from datetime import date

import cv2
import pytest

from tests.ui.test_dispensing import dispense_count, on_store, one_a_day, open_screen

GS = "\x1d"


@pytest.fixture(autouse=True)
def cameras():
    yield
    from terminal.ui import camera

    assert camera.stop_all(10_000), "a camera worker did not stop"


def _summary(qtbot, ui, tmp_path, scan_packs: bool):
    """The summary of one medicine for a patient (the other lines set to 0), the facility scanning packs
    or not; (screen, summary, item id, that medicine's first GTIN)."""
    from PySide6.QtCore import Qt

    from terminal.core import settings
    from terminal.core.identification import Identification
    from terminal.ui.screens.faceid import Identified
    from tests.conftest import dispensable_item

    ui.camera = str(tmp_path / "unplugged.mp4")
    supervisor = on_store(qtbot, ui, lambda: ui.site.operator("supervisor"))
    on_store(
        qtbot, ui, lambda: settings.put(ui.site.store, ui.site.clock, supervisor, "scan_packs", scan_packs)
    )
    screen = open_screen(qtbot, ui)
    citizen_id = on_store(qtbot, ui, lambda: dispensable_item(ui.site)[0])
    item_id = on_store(qtbot, ui, lambda: one_a_day(ui.site, citizen_id))
    screen.load_patient(Identified(Identification(citizen_id, "face", 0.31)))
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.dispensing, timeout=10_000)
    panel = screen.dispensing
    for other, (field, _item) in panel.fields.items():
        if other != item_id:
            field.spin.setValue(0)
    field, item = panel.fields[item_id]
    field.spin.setValue(2)
    field.spin.setFocus()
    qtbot.keyClick(field.spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.summary is not None and panel.summary.isVisible(), timeout=5_000)
    return screen, panel.summary, item_id, item.gtins[0]


def _scan(qtbot, summary, text: str, gs_as_ctrl_bracket: bool = False) -> None:
    """The scanner types the code, then Enter. QTest cannot type a control character (it asserts), so a
    group separator is sent as the key event a keyboard-wedge scanner makes for it: the character
    ``\x1d`` itself, or Ctrl+] (what a keyboard types for GS)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    field = summary.scanner.field
    for n, part in enumerate(text.split(GS)):
        if n:
            if gs_as_ctrl_bracket:
                qtbot.keyClick(field, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(field, QKeyEvent(kind, 0x1D, Qt.KeyboardModifier.NoModifier, GS))
        qtbot.keyClicks(field, part)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_scanners_keystrokes_with_group_separators_record_the_serials_with_the_dispense(
    qtbot, ui, tmp_path
) -> None:
    from PySide6.QtCore import Qt

    screen, summary, item_id, gtin = _summary(qtbot, ui, tmp_path, scan_packs=True)
    assert summary.scanner is not None and summary.focusWidget() is summary.scanner.field
    assert not summary.confirm.isEnabled()  # every medicine's packs first
    before = dispense_count(qtbot, ui)
    qtbot.keyClick(summary.scanner.field, Qt.Key.Key_Return)  # Enter on the empty field hands out nothing
    assert summary.isVisible() and "every medicine" in summary.scanner.banner.message

    _scan(qtbot, summary, f"]d201{gtin}17280531" + f"10B2611{GS}21" + "SN-UI-0001")
    qtbot.waitUntil(lambda: len(summary.packs[item_id]) == 1, timeout=10_000)
    assert summary.packs[item_id][0].serial == "SN-UI-0001" and summary.packs[item_id][0].batch == "B2611"
    assert "SN-UI-0001" in summary.scanner.banner.message and summary.confirm.isEnabled()
    assert summary.scanner.field.text() == "" and summary.focusWidget() is summary.scanner.field

    _scan(qtbot, summary, f"01{gtin}21SN-UI-0001")  # the same pack again
    qtbot.waitUntil(lambda: "scanned already" in summary.scanner.banner.message, timeout=10_000)
    other = on_store(
        qtbot,
        ui,
        lambda: ui.site.store.one(
            "SELECT g.gtin, d.name FROM drug_gtins g JOIN drugs d ON d.code = g.drug_code"
            " WHERE g.drug_code <> (SELECT drug_code FROM drug_gtins WHERE gtin = ?) LIMIT 1",
            (gtin,),
        ),
    )
    _scan(qtbot, summary, f"01{other['gtin']}21" + "WRONG-1")  # a pack of another medicine
    qtbot.waitUntil(lambda: other["name"] in summary.scanner.banner.message, timeout=10_000)
    _scan(qtbot, summary, f"01{gtin}17280531" + f"10B2611{GS}21" + "SN-UI-0002", gs_as_ctrl_bracket=True)
    qtbot.waitUntil(lambda: len(summary.packs[item_id]) == 2, timeout=10_000)
    assert dispense_count(qtbot, ui) == before  # scanning records nothing

    with qtbot.waitSignal(ui.bridge.acts_recorded, timeout=10_000):
        qtbot.keyClick(summary.scanner.field, Qt.Key.Key_Return)  # Enter on the empty field: hand out
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.receipt, timeout=10_000)
    serials = on_store(
        qtbot,
        ui,
        lambda: [r["serial"] for r in ui.site.store.all("SELECT serial FROM dispense_packs ORDER BY id")],
    )
    assert serials == ["SN-UI-0001", "SN-UI-0002"]
    shown = screen.receipt.view.toPlainText()  # the receipt the nurse prints
    assert f"{gtin}/SN-UI-0001" in shown and f"{gtin}/SN-UI-0002" in shown
    assert f"{gtin}/SN-UI-0001" in screen.receipt.html(narrow=True)  # on a till roll too


def test_with_the_setting_off_the_summary_asks_for_no_pack_and_hands_out_as_before(
    qtbot, ui, tmp_path
) -> None:
    from PySide6.QtCore import Qt

    screen, summary, _item_id, _gtin = _summary(qtbot, ui, tmp_path, scan_packs=False)
    assert summary.scanner is None and summary.confirm.isEnabled()
    with qtbot.waitSignal(ui.bridge.acts_recorded, timeout=10_000):
        qtbot.keyClick(summary, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.receipt, timeout=10_000)
    assert on_store(qtbot, ui, lambda: ui.site.store.scalar("SELECT count(*) FROM dispense_packs")) == 0


def test_the_camera_button_reads_a_packs_printed_datamatrix(qtbot, ui, tmp_path) -> None:
    from biometrics.sources import open_source
    from tests.core.test_packs import _photo_of_a_printed_code

    _screen, summary, item_id, gtin = _summary(qtbot, ui, tmp_path, scan_packs=True)
    folder = tmp_path / "webcam"
    folder.mkdir()
    photo = _photo_of_a_printed_code(f"(01){gtin}(17)280531(10)B7(21)CAM-0001")
    cv2.imwrite(str(folder / "frame-000.png"), photo)
    summary.camera = lambda: open_source(folder)  # the webcam, seeing the pack
    assert summary.scanner.camera_button.isVisible()
    summary.scanner.camera_button.click()
    qtbot.waitUntil(lambda: len(summary.packs[item_id]) == 1, timeout=20_000)
    assert summary.packs[item_id][0].serial == "CAM-0001"
    assert summary.packs[item_id][0].expiry == date(2028, 5, 31)
    qtbot.waitUntil(lambda: summary.worker is None, timeout=10_000)


def test_a_pack_the_registry_found_handed_out_twice_is_shown_on_the_supervisors_sync_problems_page(
    qtbot, ui
) -> None:
    from terminal.core.registry_news import record_conflict
    from terminal.ui.screens.sync_problems_page import SyncProblemsPage

    ui.operator = on_store(qtbot, ui, lambda: ui.site.operator("supervisor"))
    page = SyncProblemsPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.packs_table.isHidden() and page.acts_empty.isVisible(), timeout=5_000)

    def reported() -> None:  # as a push answer or the feed brings it (tests/sync/test_pack_serials.py)
        with ui.site.store.write() as db:
            conflict = {
                "id": "c0ffee00-0000-4000-8000-000000000001",
                "kind": "pack_handed_twice",
                "tx_uuid": "0b7e4a52-1d2c-4e3f-9a8b-7c6d5e4f3a21",
                "with_tx": ["5f0e8d7c-6b5a-4948-8372-615049382716"],
                "detected_at": "2026-11-20T09:41:00.000+05:00",
                "details": {"packs": [{"gtin": "04780012105110", "serial": "DUP-0001"}]},
            }
            record_conflict(db, conflict, "2026-11-20T09:42:00.000+05:00")

    on_store(qtbot, ui, reported)
    page.refresh()
    qtbot.waitUntil(lambda: page.packs_table.rowCount() == 1, timeout=5_000)
    cells = [page.packs_table.item(0, c).text() for c in range(page.packs_table.columnCount())]
    assert cells[1:] == ["0b7e4a52", "at another terminal", "04780012105110/DUP-0001"]
    assert page.packs_title.isVisible() and page.packs_title.text() == "Medicine packs handed out twice"


def test_the_pack_camera_is_read_in_the_face_id_process_and_the_window_loads_no_opencv(tmp_path) -> None:
    """The pack camera's frames come whole from the Face-ID process, as the Face-ID panel's do: the code is
    read in the window (zxing-cpp), which never loads OpenCV. In a fresh interpreter (this one has it)."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    from tests.biometrics.conftest import write_video
    from tests.core.test_packs import _photo_of_a_printed_code

    photo = _photo_of_a_printed_code("(01)04780012105110(17)280531(10)B7(21)CAM-0002")
    clip = write_video(
        tmp_path / "webcam.avi", [cv2.cvtColor(photo, cv2.COLOR_BGR2RGB)] * 3
    )  # a video: OpenCV
    script = f"""
import json, sys
from PySide6.QtCore import QCoreApplication
from biometrics.sources import open_source
from terminal.ui.camera_feed import ANALYSER
from terminal.ui.pack_camera import PackCameraWorker
app = QCoreApplication([])
worker = PackCameraWorker(open_source({str(clip)!r}))
found = []
worker.found.connect(found.append)
worker.run()
app.processEvents()
there = not ANALYSER.in_process and ANALYSER.process() is not None
ANALYSER.shutdown()
maps = open("/proc/self/maps").read()
print(json.dumps({{"found": found, "there": there, "cv2": "cv2" in sys.modules or "cv2" in maps}}))
"""
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"found": ["01047800121051101728053110B7\x1d21CAM-0002"], "there": True, "cv2": False}
