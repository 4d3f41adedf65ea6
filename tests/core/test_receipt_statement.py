"""A receipt's QR code: the act's facts signed by the device, drawn into the PDF, read back by a real QR
decoder (zxing-cpp) from the PDF (pdfium) and from a photo-like copy, and checked against the act."""

from __future__ import annotations

import json
import random
import zlib
from pathlib import Path

import base45
import pypdfium2 as pdfium
import pytest
import segno
from PIL import Image, ImageFilter

from sync.errors import KeyMissing
from sync.protocol.receipt_statement import (
    PREFIX,
    SIGNATURE_BYTES,
    KnownDevice,
    Statement,
    judge,
    seal,
    unseal,
)
from sync.protocol.signing import DeviceKey
from terminal.core import device_key
from terminal.core.act_receipts import export
from terminal.core.dispensing import DispenseLine
from terminal.core.identification import Identification
from terminal.core.qr_reading import QrUnreadable, qr_texts_in
from terminal.core.receipt_check import verify_here
from terminal.core.receipt_statements import qr_text, statement_of
from terminal.core.simulate import simulate
from terminal.sync_client import enroll
from tests.conftest import dispensable_item


def _dispense(site, items: int = 1) -> str:
    citizen_id, _p, item = dispensable_item(site)
    lines = [DispenseLine(item.item_id, 2)]
    receipt = site.dispensing.dispense(
        site.operator("nurse"), Identification(citizen_id, "face", distance=0.3), lines
    )
    return receipt.tx_uuid


def _photo_like(pdf: Path, out: Path, dpi: int = 150) -> Path:
    """The receipt printed and photographed: rendered at ``dpi``, turned 7 degrees, blurred, shrunk."""
    doc = pdfium.PdfDocument(pdf)
    page = doc[0].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    turned = page.rotate(7, expand=True, fillcolor="white", resample=Image.Resampling.BICUBIC)
    blurred = turned.filter(ImageFilter.GaussianBlur(1))
    small = blurred.resize((int(blurred.width * 0.8), int(blurred.height * 0.8)), Image.Resampling.LANCZOS)
    small.save(out, quality=85)
    return out


def _forged(text: str, **changes: object) -> str:
    """The QR text with the statement edited and re-encoded, the original signature kept."""
    blob = base45.b45decode(text[len(PREFIX) :])
    statement = json.loads(zlib.decompress(blob[SIGNATURE_BYTES:]))
    statement.update(changes)
    raw = json.dumps(statement, sort_keys=True, separators=(",", ":")).encode()
    return PREFIX + base45.b45encode(blob[:SIGNATURE_BYTES] + zlib.compress(raw)).decode()


def test_the_receipt_pdf_carries_a_qr_code_that_pdfium_and_zxing_read_back_and_verify(site, tmp_path) -> None:
    tx = _dispense(site)
    pdf = export(site, None, tx, tmp_path / "r.pdf")
    [found] = qr_texts_in(pdf)
    assert found == qr_text(site, tx) and found.startswith(PREFIX)
    verdict = verify_here(site, found)
    assert verdict.valid and verdict.code == "valid" and "as recorded at this terminal" in verdict.reason
    s = verdict.statement
    recorded = site.store.one("SELECT hash, created_at FROM transactions WHERE uuid = ?", (tx,))
    total = site.store.scalar("SELECT total_cost FROM dispenses WHERE tx_uuid = ?", (tx,))
    assert (s.act, s.kind, s.facility, s.total, s.currency) == (
        tx,
        "dispense",
        site.facility.id,
        total,
        "UZS",
    )
    assert s.chain_hash == recorded["hash"] and s.at == recorded["created_at"]
    assert [(i.quantity, i.cost) for i in s.items] == [(2, total)]


def test_a_photo_like_copy_of_the_receipt_rotated_blurred_and_scaled_still_verifies(site, tmp_path) -> None:
    tx = _dispense(site)
    pdf = export(site, None, tx, tmp_path / "r.pdf")
    photo = _photo_like(pdf, tmp_path / "photo.jpg")
    [found] = qr_texts_in(photo)
    assert verify_here(site, found).valid
    # a copy too coarse to resolve the modules is reported as having no code, not as a crash
    assert qr_texts_in(_photo_like(pdf, tmp_path / "coarse.jpg", dpi=40)) == []


def test_the_statement_names_no_citizen_and_keeps_the_qr_code_small(site, tmp_path) -> None:
    tx = _dispense(site)
    text = qr_text(site, tx)
    citizen = site.store.one(
        "SELECT c.pin, c.surname, c.given_name FROM dispenses d JOIN citizens c ON c.id = d.citizen_id"
        " WHERE d.tx_uuid = ?",
        (tx,),
    )
    raw = unseal(text).signed.decode()
    assert all(str(v) not in raw for v in citizen.values())
    assert segno.make(text, error="m", boost_error=False).version <= 12
    # a dispense of twelve medicines still fits a code the photo test reads (measured in docs/security.md)
    big = unseal(text).statement.model_copy(
        update={"items": tuple(("INSGLA", 30, 9_500_000) for _ in range(12))}
    )
    assert segno.make(seal(big, DeviceKey.generate()), error="m", boost_error=False).version <= 15


def test_a_forged_amount_fails_the_signature(site) -> None:
    text = qr_text(site, _dispense(site))
    forged = _forged(text, c=1)
    verdict = verify_here(site, forged)
    assert not verdict.valid and verdict.code == "bad_signature"
    assert "changed after it was signed" in verdict.reason and verdict.statement.total == 1


def test_a_receipt_signed_by_a_key_this_terminal_does_not_know_is_unknown_device(site) -> None:
    text = qr_text(site, _dispense(site))
    statement = unseal(text).statement
    stranger = seal(statement.model_copy(update={"device": "STOLEN-1"}), DeviceKey.generate())
    verdict = verify_here(site, stranger)
    assert (verdict.valid, verdict.code) == (False, "unknown_device") and "STOLEN-1" in verdict.reason
    # the same device name with another key: the signature does not hold
    impostor = seal(statement, DeviceKey.generate())
    assert verify_here(site, impostor).code == "bad_signature"


def test_a_receipt_signed_by_this_terminal_but_not_saying_what_its_act_says_is_not_as_recorded(site) -> None:
    tx = _dispense(site)
    me = device_key.signer(site.store)
    altered = statement_of(site, tx, me.device).model_copy(update={"total": 5, "items": (("X", 1, 5),)})
    verdict = verify_here(site, seal(altered, me.key))
    assert verdict.code == "not_as_recorded" and not verdict.valid
    assert "the items, the amount" in verdict.reason


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("hello", "does not start with HR1:"),
        ("HR1:abc", "not base45"),
        ("HR1:000", "too short"),
        (PREFIX + base45.b45encode(bytes(64) + b"not zlib").decode(), "does not decompress"),
        (PREFIX + base45.b45encode(bytes(64) + zlib.compress(b"x" * 100_000)).decode(), "too long"),
        (PREFIX + base45.b45encode(bytes(64) + zlib.compress(b'{"k":"dispense"}')).decode(), "malformed"),
        (PREFIX + "0" * 5000, "longer than any QR code"),
    ],
)
def test_damaged_or_foreign_qr_text_is_reported_unreadable_in_plain_words(text: str, words: str) -> None:
    verdict, sealed = judge(text, lambda device: None)
    assert (verdict.valid, verdict.code, sealed) == (False, "unreadable", None)
    assert words in verdict.reason


def test_a_statement_is_checked_for_what_it_says_before_its_signature() -> None:
    key = DeviceKey.generate()
    good = Statement(
        kind="dispense",
        act="0b1f6c3e-2a4d-4c1e-9a51-7d1c2b3a4f50",
        facility="F1",
        device="D1",
        at="2026-11-20T10:00:00.000+05:00",
        items=(("AML5", 30, 1_350_000),),
        total=1_350_000,
        currency="UZS",
        chain_hash="ab" * 32,
    )
    device = KnownDevice("D1", key.public_key)
    assert judge(seal(good, key), lambda d: device if d == "D1" else None)[0].valid
    for bad in ({"t": "2026-11-20 10:00"}, {"i": [["AML5", 0, 1]]}, {"c": -1}, {"pin": "x"}, {"c": True}):
        verdict = judge(_forged(seal(good, key), **bad), lambda d: device)[0]
        assert verdict.code == "unreadable" and "malformed" in verdict.reason


def test_a_terminal_never_set_up_at_a_registry_gets_one_device_key_and_keeps_it(site) -> None:
    assert device_key.KEY_FILE == enroll.KEY_FILE  # the sync client's key file, not a second one
    first = device_key.signer(site.store)
    again = device_key.signer(site.store)
    assert first.key.public_key == again.key.public_key == device_key.recorded(site.store)["public_key"]
    assert (device_key.key_path(site.store).stat().st_mode & 0o777) == 0o600
    device_key.key_path(site.store).unlink()  # its receipts could no longer be checked: refused, not replaced
    with pytest.raises(KeyMissing):
        device_key.signer(site.store)


def test_an_aid_hand_over_receipt_carries_a_verifiable_qr_code_too(site, tmp_path) -> None:
    simulate(site, "aids", 1, random.Random(3))
    handed = site.store.one("SELECT tx_uuid, aid_code, state_cost FROM aid_handovers")
    pdf = export(site, site.operator("social"), handed["tx_uuid"], tmp_path / "aid.pdf")
    [found] = qr_texts_in(pdf)
    verdict = verify_here(site, found)
    assert verdict.valid and verdict.statement.kind == "aid_handover"
    assert [(i.code, i.quantity, i.cost) for i in verdict.statement.items] == [
        (handed["aid_code"], 1, handed["state_cost"])
    ]


def test_a_damaged_pdf_or_image_is_reported_in_plain_words(tmp_path) -> None:
    broken_pdf = tmp_path / "r.pdf"
    broken_pdf.write_bytes(b"%PDF-1.7\n" + bytes(200))
    broken_jpg = tmp_path / "p.jpg"
    broken_jpg.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    for path, words in ((broken_pdf, "damaged PDF"), (broken_jpg, "damaged or unreadable image")):
        with pytest.raises(QrUnreadable, match=words):
            qr_texts_in(path)
    with pytest.raises(QrUnreadable, match="cannot open"):
        qr_texts_in(tmp_path / "missing.pdf")


def test_the_receipt_of_a_reversed_dispense_stays_genuine_but_says_it_no_longer_counts(site) -> None:
    tx = _dispense(site)
    text = qr_text(site, tx)
    assert verify_here(site, text).reversed_at is None
    rev = site.reversals.reverse(site.operator("supervisor"), tx, reason="wrong patient chosen")
    verdict = verify_here(site, text)
    assert verdict.valid and verdict.reversed_at == rev.at
    assert verdict.reason.endswith(f"but the act was reversed on {rev.at}: it no longer counts")
