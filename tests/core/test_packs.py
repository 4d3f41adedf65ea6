"""Medicine packs scanned at hand-out: GS1 DataMatrix codes read as a scanner types them or a camera sees
them, checked against the medicine handed out, recorded with the dispense and printed on its receipt."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp
from pypdf import PdfReader

from terminal.core import settings
from terminal.core.dispensing import DispenseLine
from terminal.core.identification import Identification
from terminal.core.pack_camera import pack_in_frame
from terminal.core.packs import (
    GS,
    Pack,
    PackRefused,
    PacksMissing,
    PackUnreadable,
    PackWrongMedicine,
    element_string,
    read_pack,
)
from terminal.core.receipts import write_pdf
from terminal.core.schema import migrations
from terminal.core.site import Site
from terminal.core.store import STORE_FILE, Store
from tests.conftest import dispensable_item, fixed_clock, snapshot

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

AMLODIPINE = "04780012105110"  # terminal.core.demo_packs: AML5's first maker
# What a USB scanner types for a real pack: the DataMatrix symbology prefix, GTIN, expiry, batch ended
# by a group separator, serial.
SCANNED = f"]d201{AMLODIPINE}17280531" + f"10B2611{GS}21" + "7Q5XK3ZP9M2A"


def test_a_scanner_string_with_the_symbology_prefix_and_group_separators_is_read() -> None:
    pack = read_pack(SCANNED)
    assert pack == Pack(AMLODIPINE, "7Q5XK3ZP9M2A", date(2028, 5, 31), "B2611")
    # the serial first, then the batch: the separator ends each variable-length value
    assert read_pack(f"01{AMLODIPINE}21SN-00042{GS}10LOT7{GS}17270200") == Pack(
        AMLODIPINE, "SN-00042", date(2027, 2, 28), "LOT7"
    )  # day 00: the month's last day, as GS1 says


def test_the_group_separator_may_arrive_as_the_scanners_substitute_or_as_the_shown_symbol() -> None:
    typed = SCANNED.replace(GS, "|")
    assert read_pack(typed, substitute="|").batch == "B2611"
    assert read_pack(SCANNED.replace(GS, "\u241d")).serial == "7Q5XK3ZP9M2A"
    # a substitute that GS1 allows inside a value would cut a serial: it is not taken as a separator
    assert read_pack(f"01{AMLODIPINE}21A-B", substitute="-").serial == "A-B"


def test_the_human_readable_form_is_read_too() -> None:
    assert read_pack(f"(01){AMLODIPINE}(17)280531(10)B2611(21)7Q5XK3ZP9M2A") == read_pack(SCANNED)


@pytest.mark.parametrize(
    "scan",
    [
        "",
        "   ",
        "4780012105110",  # a plain EAN-13 from the box's side: no serial
        f"01{AMLODIPINE}17280531",  # no serial
        "0104780012105111217Q5XK3ZP9M2A",  # the GTIN's check digit is wrong
        "hello, world",
        "]d2" + GS * 3,
        f"01{AMLODIPINE}17270229" + "21X",  # 29 February 2027: no such day
    ],
)
def test_a_scan_that_is_not_a_packs_code_is_unreadable_in_plain_words(scan: str) -> None:
    with pytest.raises(PackUnreadable) as caught:
        read_pack(scan)
    assert "Scan the square code on the pack again" in caught.value.message


def test_an_element_string_made_for_a_pack_reads_back_as_that_pack() -> None:
    pack = Pack(AMLODIPINE, "X1", date(2027, 12, 31), "B7")
    assert read_pack(element_string(pack)) == pack
    assert read_pack(element_string(Pack(AMLODIPINE, "X2"))) == Pack(AMLODIPINE, "X2")


def _scanning(site, on: bool = True) -> None:
    settings.put(site.store, site.clock, site.operator("supervisor"), "scan_packs", on)


def _gtin(site, drug_code: str) -> str:
    return site.store.scalar("SELECT gtin FROM drug_gtins WHERE drug_code = ? ORDER BY gtin", (drug_code,))


def _pack(site, item, serial: str, expiry: date = date(2028, 1, 31)) -> Pack:
    return read_pack(element_string(Pack(_gtin(site, item.drug_code), serial, expiry, "B1")))


def test_the_packs_scanned_are_recorded_in_the_signed_act_and_printed_on_the_receipt(site, tmp_path) -> None:
    _scanning(site)
    nurse = site.operator("nurse")
    citizen_id, _, item = dispensable_item(site)
    packs = (_pack(site, item, "SER-0001"), _pack(site, item, "SER-0002"))
    receipt = site.dispensing.dispense(
        nurse, Identification(citizen_id, "face", distance=0.3), [DispenseLine(item.item_id, 2, packs)]
    )
    gtin = packs[0].gtin
    assert receipt.lines[0].serials == (f"{gtin}/SER-0001", f"{gtin}/SER-0002")
    payload = json.loads(
        site.store.scalar("SELECT payload FROM transactions WHERE uuid = ?", (receipt.tx_uuid,))
    )
    assert payload["items"][0]["packs"] == [
        {"gtin": gtin, "serial": "SER-0001", "expiry": "2028-01-31", "batch": "B1"},
        {"gtin": gtin, "serial": "SER-0002", "expiry": "2028-01-31", "batch": "B1"},
    ]
    text = "".join(page.extract_text() for page in PdfReader(write_pdf(receipt, tmp_path / "r.pdf")).pages)
    assert "SER-0001" in text and "SER-0002" in text


def test_where_packs_are_scanned_a_medicine_without_its_packs_is_not_handed_out(site) -> None:
    _scanning(site)
    citizen_id, _, item = dispensable_item(site)
    before = snapshot(site)
    with pytest.raises(PacksMissing) as caught:
        site.dispensing.dispense(
            site.operator("nurse"), Identification(citizen_id, "face", 0.3), [DispenseLine(item.item_id, 2)]
        )
    assert item.drug_name in caught.value.message
    assert snapshot(site) == before


def test_with_the_setting_off_a_medicine_is_handed_out_without_packs_as_before(site) -> None:
    citizen_id, _, item = dispensable_item(site)
    receipt = site.dispensing.dispense(
        site.operator("nurse"), Identification(citizen_id, "face", 0.3), [DispenseLine(item.item_id, 2)]
    )
    assert receipt.lines[0].serials == ()
    payload = json.loads(
        site.store.scalar("SELECT payload FROM transactions WHERE uuid = ?", (receipt.tx_uuid,))
    )
    assert "packs" not in payload["items"][0]  # the act as terminals wrote it before packs


def test_a_pack_of_another_medicine_is_refused_naming_what_was_scanned(site) -> None:
    _scanning(site)
    citizen_id, _, item = dispensable_item(site)
    other = site.store.one(
        "SELECT g.gtin, d.name FROM drug_gtins g JOIN drugs d ON d.code = g.drug_code WHERE d.code <> ?",
        (item.drug_code,),
    )
    wrong = read_pack(f"01{other['gtin']}21WRONG1")
    with pytest.raises(PackWrongMedicine) as caught:
        site.dispensing.dispense(
            site.operator("nurse"),
            Identification(citizen_id, "face", 0.3),
            [DispenseLine(item.item_id, 2, (wrong,))],
        )
    assert other["name"] in caught.value.message and item.drug_name in caught.value.message
    # a product code this terminal does not know at all is named by its number
    with pytest.raises(PackWrongMedicine, match="GTIN 05000000000005"):
        site.dispensing.scan_pack(site.operator("nurse"), [item.item_id], "010500000000000521X", [])


def test_an_expired_pack_and_a_pack_scanned_twice_in_one_hand_out_are_refused(site) -> None:
    _scanning(site)
    nurse = site.operator("nurse")
    citizen_id, _, item = dispensable_item(site)
    ident = Identification(citizen_id, "face", 0.3)
    expired = _pack(site, item, "OLD-1", date(2026, 10, 31))  # the clock says 20 November 2026
    with pytest.raises(PackRefused, match="expired"):
        site.dispensing.dispense(nurse, ident, [DispenseLine(item.item_id, 2, (expired,))])
    twice = (_pack(site, item, "TWICE-1"), _pack(site, item, "TWICE-1"))
    with pytest.raises(PackRefused, match="scanned already"):
        site.dispensing.dispense(nurse, ident, [DispenseLine(item.item_id, 2, twice)])


def test_a_serial_handed_out_here_is_refused_at_once_and_freed_by_a_reversal(site) -> None:
    _scanning(site)
    nurse = site.operator("nurse")
    citizen_id, _, item = dispensable_item(site, min_remaining=4)
    ident = Identification(citizen_id, "face", 0.3)
    first = site.dispensing.dispense(
        nurse, ident, [DispenseLine(item.item_id, 1, (_pack(site, item, "ONCE"),))]
    )
    text = element_string(_pack(site, item, "ONCE"))
    with pytest.raises(PackRefused, match="handed out at this terminal on 2026-11-20"):
        site.dispensing.scan_pack(nurse, [item.item_id], text, [])
    with pytest.raises(PackRefused):
        site.dispensing.dispense(nurse, ident, [DispenseLine(item.item_id, 1, (_pack(site, item, "ONCE"),))])
    site.reversals.reverse(site.operator("supervisor"), first.tx_uuid, reason="wrong patient chosen")
    assert site.dispensing.scan_pack(nurse, [item.item_id], text, [])[0] == item.item_id
    again = site.dispensing.dispense(
        nurse, ident, [DispenseLine(item.item_id, 1, (_pack(site, item, "ONCE"),))]
    )
    assert again.lines[0].serials[0].endswith("/ONCE")


def test_the_store_itself_refuses_a_second_live_hand_out_of_a_pack(site) -> None:
    _scanning(site)
    citizen_id, _, item = dispensable_item(site)
    receipt = site.dispensing.dispense(
        site.operator("nurse"),
        Identification(citizen_id, "face", 0.3),
        [DispenseLine(item.item_id, 1, (_pack(site, item, "DB-1"),))],
    )
    row = site.store.one("SELECT * FROM dispense_packs WHERE tx_uuid = ?", (receipt.tx_uuid,))
    del row["id"]
    with pytest.raises(Exception, match="handed out once"), site.store.write() as db:
        db.table("dispense_packs").insert(row)
    with pytest.raises(Exception, match="append-only"), site.store.write() as db:
        db.execute("UPDATE dispense_packs SET serial = 'X' WHERE tx_uuid = ?", (receipt.tx_uuid,))


def _photo_of_a_printed_code(text: str, seed: int = 7) -> np.ndarray:
    """A webcam's view of a pack's DataMatrix: the code printed on a white label, seen at an angle,
    out of focus, with sensor noise, in colour."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.DataMatrix, gs1=True, force_square=True)
    symbol = np.array(code.to_image(scale=6, add_quiet_zones=True))
    page = np.full((480, 640), 235, np.uint8)
    y, x = 140, 230
    page[y : y + symbol.shape[0], x : x + symbol.shape[1]] = symbol
    h, w = symbol.shape
    corners = np.float32([[x, y], [x + w, y], [x + w, y + h], [x, y + h]])
    seen = np.float32([[x + 25, y + 10], [x + w - 5, y - 15], [x + w + 20, y + h + 5], [x - 10, y + h - 20]])
    warped = cv2.warpPerspective(
        page, cv2.getPerspectiveTransform(corners, seen), (640, 480), borderValue=235
    )
    blurred = cv2.GaussianBlur(warped, (5, 5), 1.2)
    noise = np.random.default_rng(seed).normal(0, 8, blurred.shape)
    grey = np.clip(blurred + noise, 0, 255).astype(np.uint8)
    return cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)


def test_a_webcam_picture_of_a_printed_datamatrix_is_read_as_the_pack() -> None:
    pack = Pack(AMLODIPINE, "7Q5XK3ZP9M2A", date(2028, 5, 31), "B2611")
    frame = _photo_of_a_printed_code(f"(01){AMLODIPINE}(17)280531(10)B2611(21)7Q5XK3ZP9M2A")
    assert pack_in_frame(frame) == pack
    assert pack_in_frame(np.full((480, 640, 3), 200, np.uint8)) is None  # nothing in view


def test_a_store_from_before_packs_upgrades_and_its_old_dispenses_print_without_serials(tmp_path) -> None:
    home = tmp_path / "terminal"
    home.mkdir()
    raw = sqlite3.connect(home / STORE_FILE)
    raw.executescript((FIXTURES / "store_v14.sql").read_text(encoding="utf-8"))
    old = [uuid for (uuid,) in raw.execute("SELECT tx_uuid FROM dispenses ORDER BY id")]
    raw.close()
    with Store.open(home) as store:
        assert "m015_pack_serials" in [m.name for m in migrations.applied(store.db)]
        assert store.scalar("SELECT count(*) FROM drug_gtins") == 0
        site = Site(store, fixed_clock())
        assert site.setting("scan_packs") is False  # a clinic that had no scanners goes on without
        nurse = site.operator("nurse")
        assert all(ln.serials == () for tx in old for ln in site.dispensing.receipt(nurse, tx).lines)
        with store.write() as db:  # the registry's next news names the packs' product codes
            db.execute("INSERT INTO drug_gtins (gtin, drug_code) VALUES ('04780012105110', 'AML5')")
        pack = read_pack(f"01{AMLODIPINE}21AFTER-UPGRADE")
        receipt = site.dispensing.dispense(
            nurse, Identification(1, "face", distance=0.3), [DispenseLine(1, 10, (pack,))]
        )
        assert receipt.lines[0].serials == (f"{AMLODIPINE}/AFTER-UPGRADE",)
        with pytest.raises(Exception, match="CHECK"), store.write() as db:
            db.execute("INSERT INTO drug_gtins (gtin, drug_code) VALUES ('4780012105110', 'AML5')")


def test_simulated_dispenses_scan_their_packs_where_the_facility_scans_them(site) -> None:
    import random

    from terminal.core.simulate import simulate

    _scanning(site)
    result = simulate(site, "dispenses", 4, random.Random(19))
    assert result.recorded == 4
    lines = site.store.scalar("SELECT count(*) FROM dispense_items")
    packed = site.store.scalar(
        "SELECT count(DISTINCT dispense_id || '/' || prescription_item_id) FROM dispense_packs"
    )
    assert lines > 0 and packed == lines  # every medicine handed out has its packs
