"""Handing out is checked before it happens: a month's worth by default, the summary on Enter, Esc goes back.

The patient is identified as the window would (an ``Identified`` from Face-ID);
the camera is a missing file, so no camera runs.
"""

from __future__ import annotations

import pytest

from tests.ui.test_dispensing import dispense_count, on_store, one_a_day, open_screen


@pytest.fixture(autouse=True)
def cameras():
    yield
    from terminal.ui import camera

    assert camera.stop_all(10_000), "a camera worker did not stop"


@pytest.fixture
def patient(qtbot, ui, tmp_path):
    """The dispensing page for a patient whose first line is "kuniga 1 tabletka", 60 over 60 days."""
    from terminal.core.identification import Identification
    from terminal.ui.screens.faceid import Identified
    from tests.conftest import dispensable_item

    ui.camera = str(tmp_path / "unplugged.mp4")
    screen = open_screen(qtbot, ui)
    citizen_id = on_store(qtbot, ui, lambda: dispensable_item(ui.site)[0])
    item_id = on_store(qtbot, ui, lambda: one_a_day(ui.site, citizen_id))
    screen.load_patient(Identified(Identification(citizen_id, "face", 0.31)))
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.dispensing, timeout=10_000)
    return screen, item_id


def test_the_default_is_a_months_worth_and_the_dosage_is_in_the_windows_language(qtbot, ui, patient):
    screen, item_id = patient
    panel = screen.dispensing
    field, item = panel.fields[item_id]
    assert (item.remaining, field.value(), field.spin.maximum()) == (60, 30, 60)  # not the whole 60
    for other, line in panel.fields.values():
        assert other.value() == line.suggested <= min(line.remaining, line.in_stock)
    words = [w.text() for w in panel.list.findChildren(type(panel.name))]
    assert any(text.startswith("1 tab a day; 60 of 60 tab left") for text in words), words
    assert not any("kuniga" in text for text in words)


def test_enter_opens_the_summary_esc_goes_back_and_enter_there_hands_out(qtbot, ui, patient):
    from PySide6.QtCore import Qt

    screen, item_id = patient
    panel = screen.dispensing
    field, item = panel.fields[item_id]
    field.spin.setFocus()
    before = dispense_count(qtbot, ui)
    qtbot.keyClick(field.spin, Qt.Key.Key_Return)  # Enter in a quantity: the summary, nothing handed out
    qtbot.waitUntil(lambda: panel.summary is not None and panel.summary.isVisible(), timeout=5_000)
    summary = panel.summary
    shown = [(ln.item.item_id, ln.quantity) for ln in summary.items]
    assert shown == [(i, f.value()) for i, (f, _i) in panel.fields.items() if f.value() > 0]
    assert (item_id, 30) in shown
    texts = [w.text() for w in summary.findChildren(type(panel.name))]
    assert f"{item.drug_name} (tablets)" in " ".join(texts) and "30 tab" in texts and "1 tab a day" in texts
    assert summary.total.text() == panel.total.text()  # the same cost to the state
    assert summary.confirm.hasFocus() or summary.focusWidget() is summary.confirm

    qtbot.keyClick(summary, Qt.Key.Key_Escape)  # Back: nothing recorded, the quantities as they were
    qtbot.waitUntil(lambda: not summary.isVisible(), timeout=5_000)
    assert dispense_count(qtbot, ui) == before
    assert screen.pages.currentWidget() is panel and field.value() == 30

    field.less.click()  # 29 instead, then Enter, then Enter in the summary
    qtbot.keyClick(field.spin, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: panel.summary is not summary and panel.summary.isVisible(), timeout=5_000)
    assert (item_id, 29) in [(ln.item.item_id, ln.quantity) for ln in panel.summary.items]
    with qtbot.waitSignal(ui.bridge.acts_recorded, timeout=10_000):
        qtbot.keyClick(panel.summary, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.receipt, timeout=10_000)
    assert dispense_count(qtbot, ui) == before + 1
    receipt = screen.receipt.receipt
    line = next(ln for ln in receipt.lines if ln.drug_name == item.drug_name)
    assert line.quantity == 29 and line.dosage == "kuniga 1 tabletka"
    text = screen.receipt.view.toPlainText()
    assert "1 tab a day" in text and "kuniga" not in text


def test_the_summary_speaks_the_windows_language(qtbot, ui, patient):
    from PySide6.QtCore import Qt

    screen, item_id = patient
    panel = screen.dispensing
    ui.translations.switch("ru")
    qtbot.keyClick(panel.fields[item_id][0].spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.summary is not None and panel.summary.isVisible(), timeout=5_000)
    assert "таб." in " ".join(w.text() for w in panel.summary.findChildren(type(panel.name)))
    panel.summary.reject()
