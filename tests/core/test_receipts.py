"""The dispense receipt: each item with its cost to the state, the total, a masked ID number."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from terminal.core.dispensing import DispenseLine
from terminal.core.errors import PermissionDenied
from terminal.core.identification import Identification
from terminal.core.money import format_money
from terminal.core.receipts import export_pdf, write_pdf


def pdf_text(path: Path) -> str:
    """The PDF's words, every run of spaces, no-break spaces and line breaks made one space."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _spaced(words: str) -> str:
    return " ".join(words.split())


def _two_item_dispense(site):
    citizen_id = None
    for row in site.store.all("SELECT DISTINCT citizen_id FROM prescriptions ORDER BY citizen_id"):
        items = [
            i
            for p in site.dispensing.prescriptions(site.operator("nurse"), row["citizen_id"])
            if p.problem is None
            for i in p.items
            if i.remaining >= 2
        ]
        if len(items) >= 2:
            citizen_id = row["citizen_id"]
            break
    assert citizen_id is not None
    with site.store.write() as db:
        db.execute(
            "UPDATE citizens SET surname = 'Каримова', given_name = 'Ойгул' WHERE id = ?", (citizen_id,)
        )
    lines = [DispenseLine(items[0].item_id, 2), DispenseLine(items[1].item_id, 1)]
    receipt = site.dispensing.dispense(site.operator("nurse"), Identification(citizen_id, "face"), lines)
    pin = site.store.scalar("SELECT pin FROM citizens WHERE id = ?", (citizen_id,))
    return receipt, items, pin


def test_receipt_lists_each_item_cost_and_the_total(site, tmp_path: Path) -> None:
    receipt, items, pin = _two_item_dispense(site)
    expected = [
        (items[0].drug_name, 2, 2 * items[0].unit_price),
        (items[1].drug_name, 1, items[1].unit_price),
    ]
    assert [(ln.drug_name, ln.quantity, ln.cost) for ln in receipt.lines] == expected
    assert receipt.total == sum(cost for *_, cost in expected)
    assert receipt.citizen_name.startswith("Каримова Ойгул")
    assert receipt.masked_pin != pin and receipt.masked_pin[-4:] == pin[-4:] and pin not in repr(receipt)
    text = pdf_text(write_pdf(receipt, tmp_path / "r.pdf"))
    assert f"Paid by the state {_spaced(format_money(receipt.total, 'UZS'))}" in text
    assert f"Paid by the patient {_spaced(format_money(0, 'UZS'))}" in text
    assert "Каримова Ойгул" in text and receipt.masked_pin in text and pin not in text
    reprinted = site.dispensing.receipt(site.operator("nurse"), receipt.tx_uuid)
    assert reprinted == receipt  # reprint gives the same receipt


def test_the_receipt_carries_each_medicines_dosage(site, tmp_path: Path) -> None:
    receipt, items, _pin = _two_item_dispense(site)
    with site.store.write() as db:
        db.execute(
            "UPDATE prescription_items SET dosage = 'kuniga 2 tabletka' WHERE id = ?", (items[0].item_id,)
        )
        db.execute("UPDATE drugs SET unit = 'tab' WHERE code = ?", (items[0].drug_code,))
    again = site.dispensing.receipt(site.operator("nurse"), receipt.tx_uuid)
    assert again.lines[0].dosage == "kuniga 2 tabletka"
    assert "2 tab a day" in pdf_text(write_pdf(again, tmp_path / "r.pdf"))


def test_receipt_pdf_carries_the_same_figures_in_cyrillic_too(site, tmp_path: Path) -> None:
    receipt, items, pin = _two_item_dispense(site)
    path = write_pdf(receipt, tmp_path / "receipts" / "r.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Каримова Ойгул" in text
    assert items[0].drug_name in text and items[1].drug_name in text
    assert format_money(receipt.total, "UZS").replace("\u00a0", " ") in text.replace("\u00a0", " ")
    assert pin not in text and receipt.masked_pin[-4:] in text
    assert not list(tmp_path.glob("receipts/*.part"))


def test_an_exported_receipt_is_marked_and_audited_without_personal_data(site, tmp_path: Path) -> None:
    receipt, _, pin = _two_item_dispense(site)
    nurse = site.operator("nurse")
    path = export_pdf(site, nurse, receipt.tx_uuid, tmp_path / "r.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Exported by nurse at 2026-11-20 10:00+05:00 from terminal" in text
    entry = site.store.one("SELECT * FROM audit WHERE action = 'export' ORDER BY seq DESC LIMIT 1")
    assert entry["operator_id"] == nurse.id and entry["subject"] == f"tx:{receipt.tx_uuid}"
    assert '"kind":"receipt"' in entry["details"]
    for personal in (pin, "Каримова", "Ойгул"):
        assert personal not in entry["details"] + entry["subject"]


def test_only_roles_that_dispense_export_a_receipt(site, tmp_path: Path) -> None:
    receipt, _, _ = _two_item_dispense(site)
    exports_before = site.store.scalar("SELECT count(*) FROM audit WHERE action = 'export'")
    for login in ("canteen", "inspector"):
        with pytest.raises(PermissionDenied, match="may not dispense medicines"):
            export_pdf(site, site.operator(login), receipt.tx_uuid, tmp_path / "out" / f"{login}.pdf")
    assert not (tmp_path / "out").exists()
    assert site.store.scalar("SELECT count(*) FROM audit WHERE action = 'export'") == exports_before


def test_money_is_formatted_in_groups_with_two_decimals() -> None:
    assert format_money(12_345_600, "UZS") == "123\u00a0456.00\u00a0so'm"
    assert format_money(5, "KZT") == "0.05\u00a0₸"
    assert format_money(-150, "UZS").startswith("-1.50")
