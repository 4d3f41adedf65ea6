"""The nurse's workspace end to end: Face-ID from a recorded camera, dispensing, the receipt.

The camera is a file: a two-second slice of the shared clip in which Lin-Manuel
Miranda faces the camera and turns his head (docs/biometrics.md), or a folder
of pictures. He is enrolled, with consent, as a demo citizen with prescriptions.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import dispensable_item
from tests.ui.conftest import SHARED_FACES, sign_in, wait_tasks

LIN_PHOTO = SHARED_FACES / "people" / "lin_manuel_miranda" / "lin_manuel_miranda_1.png"
STRANGER_PHOTO = SHARED_FACES / "people" / "obama" / "obama_480p.jpg"
CLIP = SHARED_FACES / "video" / "short_hamilton_clip.mp4"
SLICE = range(80, 140)  # he walks in at frame 82, is recognised near 92 and turns to his right
WAIT_MS = 60_000

pytestmark = pytest.mark.skipif(
    not (CLIP.is_file() and LIN_PHOTO.is_file() and STRANGER_PHOTO.is_file()),
    reason="the shared face set (../shared/faces) is not beside the repository",
)


@dataclass(frozen=True)
class Enrolled:
    citizen_id: int
    pin: str
    name: str


def on_store(qtbot, ctx, fn):
    """Run ``fn`` on the store thread (the only place the site may be used) and return its result."""
    box: list[tuple[bool, object]] = []
    ctx.tasks.store(lambda _site: fn(), lambda v: box.append((True, v)), lambda e: box.append((False, e)))
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    ok, value = box[0]
    if not ok:
        raise value  # type: ignore[misc]
    return value


@pytest.fixture(scope="session")
def lin_template():
    from biometrics import encode_photo

    return encode_photo(LIN_PHOTO)


@pytest.fixture(scope="session")
def lin_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The slice of the clip, written as a video file of its own."""
    import cv2

    path = tmp_path_factory.mktemp("camera") / "lin.mp4"
    source = cv2.VideoCapture(str(CLIP))
    fps, writer, index = source.get(cv2.CAP_PROP_FPS), None, 0
    while index < SLICE.stop:
        ok, frame = source.read()
        if not ok:
            break
        if index in SLICE:
            if writer is None:
                size = (frame.shape[1], frame.shape[0])
                writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), fps, size)
            writer.write(frame)
        index += 1
    source.release()
    assert writer is not None
    writer.release()
    return path


@pytest.fixture
def lin(qtbot, ui, lin_template) -> Enrolled:
    """A demo citizen with medicines to hand out, enrolled with Lin-Manuel Miranda's photo."""
    from terminal.core import citizens, faces

    qtbot.waitUntil(lambda: ui.gallery is not None, timeout=10_000)

    def enroll() -> Enrolled:
        citizen_id, _prescription, _item = dispensable_item(ui.site)
        nurse = ui.site.operator("nurse")
        faces.enroll(ui.site, nurse, citizen_id, lin_template, consent=True, gallery=ui.gallery)
        pin = ui.site.store.scalar("SELECT pin FROM citizens WHERE id = ?", (citizen_id,))
        return Enrolled(
            citizen_id, pin, citizens.get(ui.site, nurse, citizen_id, action="dispense medicines").full_name
        )

    return on_store(qtbot, ui, enroll)


@pytest.fixture(autouse=True)
def cameras():
    """Every camera worker is stopped, and has finished, when a test ends."""
    yield
    from terminal.ui import camera

    assert camera.stop_all(10_000), "a camera worker did not stop"


def open_window(qtbot, ui):
    from terminal.ui.main_window import MainWindow

    window = MainWindow(ui)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def open_screen(qtbot, ui, settings=None, role="nurse"):
    """The workspace alone, the demo nurse (or ``role``) signed in."""
    from terminal.ui.screens.dispensing import DispensingScreen

    ui.operator = on_store(qtbot, ui, lambda: ui.site.operator(role))
    screen = DispensingScreen(ui)
    if settings is not None:
        screen.faceid.settings = settings
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    return screen


def press(qtbot, window, key) -> None:
    """A key as the nurse presses it: shortcuts need the window to be the active one."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window.focusWidget() or window, key)


def dispense_row(qtbot, ui) -> dict:
    columns = "citizen_id, id_method, match_distance, supervisor_id, override_reason, total_cost"
    sql = f"SELECT {columns} FROM dispenses ORDER BY id DESC LIMIT 1"
    return on_store(qtbot, ui, lambda: ui.site.store.one(sql))


def pdf_text(path: Path) -> str:
    import pypdf

    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    return " ".join(text.split())  # Qt's PDF spaces come out as tabs


def one_a_day(site, citizen_id: int) -> int:
    """The patient's first dispensable line becomes the demo's: "kuniga 1 tabletka", 60 tablets over
    60 days (from five days ago), plenty in stock; its item id."""
    from datetime import date, timedelta

    nurse, on = site.operator("nurse"), date(2026, 11, 20)
    views = site.dispensing.prescriptions(nurse, citizen_id)
    p, item = next((p, i) for p in views for i in p.items if p.problem is None and i.remaining and i.in_stock)
    start, end = on - timedelta(days=5), on + timedelta(days=55)
    with site.store.write() as db:
        sql = "UPDATE prescriptions SET valid_from = ?, valid_until = ? WHERE id = ?"
        db.execute(sql, (start.isoformat(), end.isoformat(), p.id))
        sql = "UPDATE prescription_items SET dosage = ?, qty_prescribed = 60, qty_dispensed = 0 WHERE id = ?"
        db.execute(sql, ("kuniga 1 tabletka", item.item_id))
        db.execute("UPDATE drugs SET form = 'tablets', unit = 'tab' WHERE code = ?", (item.drug_code,))
        db.execute("UPDATE stock SET quantity = 500 WHERE drug_code = ?", (item.drug_code,))
    return item.item_id


def dispense_count(qtbot, ui) -> int:
    return on_store(qtbot, ui, lambda: ui.site.store.scalar("SELECT count(*) FROM dispenses"))


def pdf_printer(path: Path):
    """The printer the print dialog gets: a PDF file at ``path`` (the dialog shows it and may change it)."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def accept_print_dialog(qtbot):
    """The system's print dialog, as the nurse sees it, answered with Enter (its Print button)."""
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QPrintDialog), timeout=10_000)
    dialog = QApplication.activeModalWidget()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    return dialog


def test_lin_is_identified_from_the_clip_and_his_medicines_handed_out(qtbot, ui, lin, lin_clip, tmp_path):
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer

    from terminal.ui.camera import ANALYSER
    from terminal.ui.widgets import Translatable

    one_a_day_id = on_store(qtbot, ui, lambda: one_a_day(ui.site, lin.citizen_id))
    ui.camera = str(lin_clip)
    window = open_window(qtbot, ui)
    gaps, last = [], [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    probe = QTimer()
    probe.timeout.connect(tick)
    probe.start(10)
    sign_in(qtbot, window, "nurse", "1111")
    screen = window.workspace.currentWidget()
    assert window.workspace.tabText(0) == "Medicines"
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.dispensing, timeout=WAIT_MS)
    probe.stop()
    assert max(gaps) < 0.5, f"the window stalled for {max(gaps):.2f} s while identifying"
    assert not ANALYSER.in_process  # dlib ran in the child process, away from the window's GIL

    panel = screen.dispensing
    assert panel.name.text() == lin.name
    assert lin.pin[-4:] in panel.details.text() and lin.pin not in panel.details.text()
    assert panel.how.text() == "Identified by Face-ID"
    open_items = [(f, item) for f, item in panel.fields.values() if f.isEnabled()]
    # A dispensing period's worth (30 days), never more than remains or is in stock: not the whole remainder.
    assert open_items and all(f.value() == item.suggested for f, item in open_items)
    assert all(item.suggested <= min(item.remaining, item.in_stock) for _f, item in open_items)
    field, item = panel.fields[one_a_day_id]
    assert (item.remaining, field.value()) == (60, 30)  # "kuniga 1 tabletka": one a day, 30 days
    cost = sum(f.value() * item.unit_price for f, item in open_items)
    words = panel.total.text()
    for widget in screen.findChildren(Translatable):  # a language change words everything again
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert panel.total.text() == words and panel.name.text() == lin.name
    open_items = [(f, item) for f, item in panel.fields.values() if f.isEnabled()]
    before = dispense_count(qtbot, ui)
    qtbot.keyClick(open_items[0][0].spin, Qt.Key.Key_Return)  # Enter in a quantity: the summary
    qtbot.waitUntil(lambda: panel.summary is not None and panel.summary.isVisible(), timeout=5_000)
    assert sum(line.cost for line in panel.summary.items) == cost
    qtbot.keyClick(panel.summary, Qt.Key.Key_Escape)  # back: nothing recorded
    qtbot.waitUntil(lambda: not panel.summary.isVisible(), timeout=5_000)
    assert dispense_count(qtbot, ui) == before and screen.pages.currentWidget() is panel
    qtbot.keyClick(open_items[0][0].spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.summary.isVisible(), timeout=5_000)
    with qtbot.waitSignal(ui.bridge.acts_recorded, timeout=10_000):
        qtbot.keyClick(panel.summary, Qt.Key.Key_Return)  # Enter in the summary hands out
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.receipt, timeout=10_000)

    receipt = screen.receipt.receipt
    assert receipt.total == cost and receipt.id_method == "face"
    assert receipt.money(cost).replace("\u00a0", " ") in screen.receipt.view.toPlainText()
    assert "1 tab a day" in screen.receipt.view.toPlainText()  # the dosage, in the window's language
    row = dispense_row(qtbot, ui)
    assert row["citizen_id"] == lin.citizen_id and row["id_method"] == "face"
    assert 0 < row["match_distance"] <= 0.5

    screen.receipt.save_pdf(tmp_path / "receipt.pdf")
    qtbot.waitUntil(lambda: "Saved as" in screen.receipt.banner.text(), timeout=10_000)
    saved = pdf_text(tmp_path / "receipt.pdf")
    assert "Paid by the state" in saved and lin.pin not in saved
    screen.receipt.new_printer = lambda: pdf_printer(tmp_path / "printed.pdf")  # the system's printer
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    accept_print_dialog(qtbot)  # Ctrl+P: the print dialog, answered with its Print
    qtbot.waitUntil(lambda: screen.receipt.banner.text() == "Sent to the printer.", timeout=10_000)
    printed = pdf_text(tmp_path / "printed.pdf")
    assert receipt.number in printed and "Paid by the state" in printed and lin.pin not in printed
    assert "1 tab a day" in printed
    assert "Printed by nurse at" in printed  # marked like an export, and audited as one
    # The printed and the saved receipt carry its signed QR code, read back as a verifier would read it.
    from terminal.core.qr_reading import qr_texts_in
    from terminal.core.receipt_check import verify_here

    assert receipt.qr and qr_texts_in(tmp_path / "printed.pdf") == qr_texts_in(tmp_path / "receipt.pdf") == [
        receipt.qr
    ]
    verdict = on_store(qtbot, ui, lambda: verify_here(ui.site, receipt.qr))
    assert verdict.valid and verdict.statement is not None and verdict.statement.act == receipt.tx_uuid
    assert verdict.statement.total == cost
    sql = "SELECT subject, details FROM audit WHERE action = 'export' ORDER BY seq"
    exported = on_store(qtbot, ui, lambda: ui.site.store.all(sql))
    assert [json.loads(e["details"])["kind"] for e in exported] == ["receipt", "receipt_print"]
    assert exported[-1]["subject"] == f"tx:{receipt.tx_uuid}"
    assert json.loads(exported[-1]["details"])["printer"] == "printed.pdf"

    qtbot.keyClick(screen.receipt.next, Qt.Key.Key_Return)
    assert screen.pages.currentWidget() is screen.faceid
    qtbot.waitUntil(lambda: screen.faceid.worker is not None, timeout=5_000)


def test_the_id_number_then_a_face_check_identify_him(qtbot, ui, lin, lin_clip) -> None:
    from PySide6.QtCore import Qt

    ui.camera = str(lin_clip)
    window = open_window(qtbot, ui)
    sign_in(qtbot, window, "nurse", "1111")
    screen = window.workspace.currentWidget()
    face = screen.faceid
    press(qtbot, window, Qt.Key.Key_F2)  # the camera pauses while the number is typed
    qtbot.waitUntil(face.id_box.isVisible, timeout=5_000)
    assert face.worker is None and face.id_number.edit.hasFocus()

    qtbot.keyClicks(face.id_number.edit, "1234")
    assert face.id_number.hint.text() == "4 of 14 digits"
    wrong = lin.pin[:-1] + str((int(lin.pin[-1]) + 1) % 10)
    face.id_number.edit.setText(wrong)
    assert "check digit" in face.id_number.hint.text()
    qtbot.keyClick(face.id_number.edit, Qt.Key.Key_Return)
    assert face.worker is None
    face.id_number.edit.setText(lin.pin)
    qtbot.keyClick(face.id_number.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: face.worker is not None, timeout=10_000)
    assert lin.name not in face.notice.text()  # no name before the face agrees
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.dispensing, timeout=WAIT_MS)

    panel = screen.dispensing
    assert panel.name.text() == lin.name
    assert panel.how.text() == "Identified by the ID number, face checked"
    for field, _item in panel.fields.values():
        field.spin.setValue(0)
    assert not panel.confirm.isEnabled()
    field, item = next((f, i) for f, i in panel.fields.values() if f.isEnabled())
    field.more.click()
    panel.confirm.click()  # the summary, then its Hand out
    qtbot.waitUntil(lambda: panel.summary is not None and panel.summary.isVisible(), timeout=5_000)
    panel.summary.confirm.click()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.receipt, timeout=10_000)
    assert screen.receipt.receipt.total == item.unit_price
    row = dispense_row(qtbot, ui)
    assert row["id_method"] == "id_number_face" and 0 < row["match_distance"] <= 0.5


def test_a_missing_camera_is_said_plainly_and_a_supervisor_override_is_checked(qtbot, ui, tmp_path):
    ui.camera = str(tmp_path / "unplugged.mp4")
    screen = open_screen(qtbot, ui)
    face = screen.faceid
    qtbot.waitUntil(face.camera_banner.isVisible, timeout=10_000)
    assert "unplugged.mp4 was not found: the file does not exist" in face.camera_banner.text()
    assert "Trying again in" in face.camera_banner.text()
    citizen_id, _prescription, _item = on_store(qtbot, ui, lambda: dispensable_item(ui.site))
    sql = "SELECT pin FROM citizens WHERE id = ?"
    pin = on_store(qtbot, ui, lambda: ui.site.store.scalar(sql, (citizen_id,)))

    face.ask_override()
    dialog = face.override_dialog
    wait_tasks(qtbot, ui)
    assert [dialog.supervisor.itemText(i) for i in range(dialog.supervisor.count())] == ["Akmal Karimov"]
    dialog.patient.set_text(pin)
    dialog.reason.setPlainText("no")
    dialog.pin.setText("4444")
    dialog.submit()
    assert "Write the reason" in dialog.banner.text() and dialog.isVisible()
    dialog.reason.setPlainText("The face is bandaged after an operation")
    dialog.pin.setText("0000")
    dialog.submit()
    qtbot.waitUntil(lambda: "PIN is not right" in dialog.banner.text(), timeout=10_000)
    assert dialog.isVisible() and screen.pages.currentWidget() is face and dialog.pin.text() == ""

    dialog.pin.setText("4444")
    dialog.submit()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.dispensing, timeout=10_000)
    assert "Akmal Karimov" in screen.dispensing.how.text()
    assert "bandaged" in screen.dispensing.how.text()
    screen.dispensing.confirm.click()
    summary = screen.dispensing.summary
    qtbot.waitUntil(lambda: summary is not None and summary.isVisible(), timeout=5_000)
    summary.confirm.click()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.receipt, timeout=10_000)
    row = dispense_row(qtbot, ui)
    supervisor = on_store(qtbot, ui, lambda: ui.site.operator("supervisor"))
    assert row["id_method"] == "override" and row["supervisor_id"] == supervisor.id
    assert row["override_reason"] == "The face is bandaged after an operation"
    assert "supervisor override" in screen.receipt.view.toPlainText()
    sql = "SELECT count(*) FROM audit WHERE action = 'sign_in_failed' AND subject = 'operator:supervisor'"
    assert on_store(qtbot, ui, lambda: ui.site.store.scalar(sql)) == 1
    # The supervisor signed a one-time grant (audited as the override); the dispense used it up.
    sql = "SELECT g.used_tx, a.operator_id FROM override_grants g JOIN audit a ON a.action = 'override'"
    grant = on_store(qtbot, ui, lambda: ui.site.store.one(sql))
    assert grant["used_tx"] and grant["operator_id"] == supervisor.id


def test_a_stranger_is_not_recognised_and_nobody_is_named(qtbot, ui, lin, tmp_path) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    folder = tmp_path / "stranger"
    folder.mkdir()
    for i in range(90):  # three seconds of one face: "not recognised" comes after two
        (folder / f"{i:03d}.jpg").symlink_to(STRANGER_PHOTO)
    ui.camera = str(folder)
    screen = open_screen(qtbot, ui)
    face = screen.faceid
    qtbot.waitUntil(lambda: "not recognised" in face.notice.text(), timeout=WAIT_MS)
    assert screen.pages.currentWidget() is face
    words = [w.text() for w in screen.findChildren(QLabel)] + [
        w.text() for w in screen.findChildren(QAbstractButton)
    ]
    assert not any(lin.name in text or lin.pin[-4:] in text for text in words)
    assert screen.dispensing.patient is None


def test_a_photo_held_to_the_camera_fails_the_liveness_step(qtbot, ui, lin, tmp_path) -> None:
    import cv2
    import numpy as np

    from biometrics.evaluation.video import handheld
    from biometrics.images import load_image
    from biometrics.liveness import LivenessSettings
    from terminal.ui.camera import FaceIdSettings

    photo = load_image(LIN_PHOTO)
    folder = tmp_path / "photo"
    folder.mkdir()
    frames = [photo] * 8 + handheld(photo, 40, np.random.default_rng(5))
    for i, frame in enumerate(frames):
        cv2.imwrite(str(folder / f"{i:03d}.jpg"), cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
    ui.camera = str(folder)
    settings = FaceIdSettings(liveness=LivenessSettings(timeout=1.0))  # one second of frames, not ten
    screen = open_screen(qtbot, ui, settings)
    face = screen.faceid
    qtbot.waitUntil(lambda: face.state == "finished", timeout=WAIT_MS)
    assert "The check for a live person failed" in face.notice.text()
    assert "a photo or a screen cannot turn" in face.notice.text()
    assert screen.pages.currentWidget() is face and screen.dispensing.patient is None


def test_a_supervisor_at_the_desk_cannot_sign_their_own_override(qtbot, ui):
    screen = open_screen(qtbot, ui, role="supervisor")
    screen.faceid.ask_override()
    dialog = screen.faceid.override_dialog
    wait_tasks(qtbot, ui)
    assert dialog.supervisor.count() == 0  # the demo site's only supervisor is the one at the desk
    assert "Another supervisor must sign" in dialog.banner.text()


def lines_in_view(panel) -> list[str]:
    """The medicines whose whole line (its words and its quantity) shows in the list of prescriptions,
    as it is scrolled now."""
    from PySide6.QtCore import QPoint, QRect

    view = panel.scroll.viewport()

    def rect(widget) -> QRect:
        return QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())

    shown = []
    for field, item in panel.fields.values():
        grid = field.parentWidget().layout()
        row = grid.getItemPosition(grid.indexOf(field))[0]
        words = grid.itemAtPosition(row, 0).widget()
        line = rect(field).united(rect(words))
        if field.isVisible() and words.isVisible() and QRect(QPoint(0, 0), view.size()).contains(line):
            shown.append(item.drug_name)
    return shown


def settled(qtbot, window) -> None:
    """The window laid out: Qt's posted layout requests answered until nothing moves any more."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtWidgets import QApplication, QWidget

    def places() -> list[tuple[int, int, int, int]]:
        shown = [w for w in window.findChildren(QWidget) if w.isVisible()]
        return [(*w.mapTo(window, QPoint(0, 0)).toTuple(), w.width(), w.height()) for w in shown]

    last: list[list[tuple[int, int, int, int]]] = [[]]

    def still() -> bool:
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        now = places()
        same, last[0] = now == last[0], now
        return same

    qtbot.waitUntil(still, timeout=5_000)


def test_a_netbook_shows_three_lines_of_prescriptions_in_every_language(qtbot, ui) -> None:
    """At 1024 x 560 (a 1024 x 600 netbook less its taskbar) the patient's header and the action row
    leave the list of prescriptions at least three whole lines, unscrolled, in every language (the
    longest words: Russian, Karakalpak). The header had the name, then the age and ID number and how
    the patient was found one below the other, and a message's place kept over the list: one line of
    the list showed (none in Russian or Karakalpak)."""
    from PySide6.QtCore import QCoreApplication

    from terminal.core.identification import Identification
    from terminal.ui.i18n import LANGUAGES
    from terminal.ui.screens.faceid import Identified
    from tests.ui import shots
    from tests.ui.conftest import choose_language

    ui.camera = "97"  # no such webcam: the Face-ID page says so, nothing runs
    window = open_window(qtbot, ui)
    window.resize(1024, 560)
    sign_in(qtbot, window, "nurse", "1111")
    screen = window.workspace.currentWidget()
    citizen = on_store(  # the demo's patient with the most lines on their prescriptions
        qtbot,
        ui,
        lambda: ui.site.store.scalar(
            "SELECT p.citizen_id FROM prescriptions p JOIN prescription_items i ON i.prescription_id = p.id"
            " GROUP BY p.citizen_id ORDER BY count(*) DESC, p.citizen_id LIMIT 1"
        ),
    )
    screen.load_patient(Identified(Identification(citizen, "face", 0.31)))
    panel = screen.dispensing
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is panel, timeout=10_000)
    assert len(panel.fields) >= 3
    seen = {}
    for language in LANGUAGES:
        choose_language(qtbot, window, language.code)
        words = QCoreApplication.translate("DispensingPanel", "Check and hand out (Enter)")
        qtbot.waitUntil(lambda w=words: panel.confirm.text() == w, timeout=5_000)
        settled(qtbot, window)
        assert window.size().toTuple() == (1024, 560)
        assert panel.scroll.verticalScrollBar().value() == 0
        seen[language.code] = lines_in_view(panel)
        assert shots.out_of_view(window, panel.confirm) == [], language.code  # the action row stays
    assert {code: len(lines) for code, lines in seen.items() if len(lines) < 3} == {}
