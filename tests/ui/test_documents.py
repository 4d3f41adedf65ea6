"""The printed documents speak the operator's language: the receipt's PDF is the receipt as shown,
and the canteen's act and invoice carry translated labels, dates as dd.mm.yyyy and the currency's sign."""

from __future__ import annotations

from pathlib import Path

import pytest

from sync.protocol.signing import DeviceKey
from terminal.core.qr_reading import qr_texts_in
from tests.ui.test_dispensing import accept_print_dialog, on_store, pdf_printer, pdf_text
from tests.ui.test_meals import canteen, serve_and_wait  # noqa: F401 (a fixture)

KEY = DeviceKey.generate()


def a_signed_statement() -> str:
    from sync.protocol.receipt_statement import Statement, seal

    statement = Statement(
        kind="dispense",
        act="0f6c2a3e-0000-4000-8000-000000000042",
        facility="POL-05",
        device="dev-1",
        at="2026-11-20T10:05:00+05:00",
        items=(("AML5", 30, 1_350_000),),
        total=1_350_000,
        currency="UZS",
        chain_hash="ab" * 32,
    )
    return seal(statement, KEY)


def a_receipt(qr: str = ""):
    from terminal.core.receipts import Receipt, ReceiptLine

    line = ReceiptLine(
        "Amlodipine 5 mg", "tablets", "2026/000123", 30, "tab", 45_000, 1_350_000, "kuniga 1 tabletka"
    )
    return Receipt(
        number="POL-05-0000042",
        tx_uuid="0f6c2a3e-0000-4000-8000-000000000042",
        issued_at="2026-11-20T10:05:00+05:00",
        facility_name="Oilaviy poliklinika № 5",
        citizen_name="Karimova Nodira",
        masked_pin="**********1234",
        operator_name="Yusupova Dilnoza",
        id_method="face",
        override_reason=None,
        currency="UZS",
        lines=(line,),
        total=1_350_000,
        qr=qr,
    )


def test_the_saved_receipt_is_the_receipt_on_screen_in_russian(qtbot, ui, tmp_path: Path) -> None:
    from terminal.ui.screens.receipt import ReceiptPanel

    panel = ReceiptPanel(ui)
    qtbot.addWidget(panel)
    ui.translations.switch("ru")
    panel.show_receipt(a_receipt())
    target = tmp_path / "receipts" / "POL-05-0000042.pdf"
    panel.save_pdf(target)
    assert panel.banner.property("kind") == "warn"  # nobody signed in: nothing leaves the terminal
    assert not target.exists()

    ui.operator = on_store(qtbot, ui, lambda: ui.site.operator("nurse"))
    panel.save_pdf(target)
    qtbot.waitUntil(lambda: panel.banner.property("kind") == "ok", timeout=10_000)
    assert panel.banner.text() == f"Сохранено: {target}"
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no half file left beside it
    text = pdf_text(target).replace("\u00a0", " ")
    for words in (
        "Чек POL-05-0000042, 20.11.2026 10:05",
        "Пациент: Karimova Nodira",
        "Личность установлена: Face-ID",
        "Лекарство",
        "Оплачивает государство",
        "таблетки",
        "30 таб.",
        "Оплачено государством: 13 500.00 сум",
        "Выдал(а): Yusupova Dilnoza",
    ):
        assert words in text, words
    assert "Paid by" not in text and "so'm" not in text and "1234" in text and "Karimova" in text
    assert "Выгрузил(а) nurse" in text and "с терминала" in text, text  # the export mark
    export = on_store(
        qtbot,
        ui,
        lambda: ui.site.store.db.execute(
            "SELECT subject, details FROM audit WHERE action = 'export' ORDER BY seq DESC LIMIT 1"
        ).fetchone(),
    )
    assert export[0] == "tx:" + a_receipt().tx_uuid and target.name in export[1]

    blocked = tmp_path / "a file"
    blocked.write_text("not a folder", encoding="utf-8")
    panel.save_pdf(blocked / "receipt.pdf")
    qtbot.waitUntil(lambda: panel.banner.property("kind") == "error", timeout=10_000)
    assert panel.banner.text().startswith("Не удалось сохранить чек")


@pytest.mark.parametrize(("paper", "width_mm"), [("roll80", 80), ("roll58", 58), ("a4", 210)])
def test_print_goes_through_the_print_dialog_onto_a_roll_or_a_sheet(qtbot, ui, tmp_path, paper, width_mm):
    import pypdf
    from PySide6.QtCore import Qt

    from terminal.ui.screens.receipt import ReceiptPanel

    ui.operator = on_store(qtbot, ui, lambda: ui.site.operator("nurse"))
    panel = ReceiptPanel(ui)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_receipt(a_receipt(qr=a_signed_statement()))
    assert "1 tab a day" in panel.view.toPlainText() and "kuniga" not in panel.view.toPlainText()
    target = tmp_path / f"{paper}.pdf"
    panel.new_printer = lambda: pdf_printer(target)  # the system's printer, as a PDF file
    panel.paper.setCurrentIndex(panel.paper.findData(paper))
    assert (
        panel.paper.currentText() == {"roll80": "80 mm roll", "roll58": "58 mm roll", "a4": "A4 sheet"}[paper]
    )
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    accept_print_dialog(qtbot)
    qtbot.waitUntil(lambda: panel.banner.text() == "Sent to the printer.", timeout=10_000)

    pages = pypdf.PdfReader(str(target)).pages
    assert len(pages) == 1
    width, height = (float(v) / 72 * 25.4 for v in (pages[0].mediabox.width, pages[0].mediabox.height))
    assert abs(width - width_mm) < 0.5, width
    assert height < 200 if paper != "a4" else abs(height - 297) < 0.5, (
        height
    )  # a roll: as long as the receipt
    text = pdf_text(target).replace("\u00a0", " ")
    for words in ("POL-05-0000042", "Amlodipine 5 mg", "2026/000123", "1 tab a day", "Paid by the state"):
        assert words in text, (words, text)
    assert "13 500.00" in text and "Karimova Nodira" in text and "Printed by nurse" in text
    assert qr_texts_in(target) == [a_signed_statement()]  # the QR fits the roll and reads back whole
    kinds = on_store(
        qtbot, ui, lambda: ui.site.store.all("SELECT details FROM audit WHERE action = 'export' ORDER BY seq")
    )
    assert '"kind":"receipt_print"' in kinds[-1]["details"] and target.name in kinds[-1]["details"]


def test_the_act_and_invoice_are_printed_in_the_operators_language(qtbot, ui, canteen) -> None:  # noqa: F811
    ui.translations.switch("ru")
    qtbot.waitUntil(lambda: canteen.windowTitle() == "Школьное питание")
    serve_and_wait(qtbot, canteen, 0)
    canteen.open_reports()
    panel = canteen._report_dialog.panel
    qtbot.waitUntil(lambda: panel.school.count() == 1, timeout=10_000)
    panel.make_documents()
    qtbot.waitUntil(lambda: panel.banner.property("kind") == "ok", timeout=20_000)
    said = panel.banner.text().replace("\u00a0", " ")
    assert "с 01.11.2026 по 20.11.2026" in said and "15 000.00 сум" in said, said

    stem = "SCH-045_2026-11-01_2026-11-20"
    act = pdf_text(panel.folder / f"service-act_{stem}.pdf")
    for words in (
        "Акт оказанных услуг",
        "Учреждение",
        "Школа",
        "с 01.11.2026 по 20.11.2026",
        "Выдано порций",
        "20.11.2026",
        "Выдано за период",
        "Директор школы",
        "Поставщик питания",
    ):
        assert words in act, words
    invoice = pdf_text(panel.folder / f"invoice_{stem}.pdf").replace("\u00a0", " ")
    for words in ("Счёт-фактура", "Класс", "Приём пищи", "Цена", "Итого к оплате", "15 000.00 сум"):
        assert words in invoice, words
    assert "so'm" not in invoice and "Total due" not in invoice
