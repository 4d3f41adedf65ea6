"""``hamyon receipt export`` without an operator and ``hamyon receipt verify``: a receipt's QR code checked
offline from its PDF, a photo of it or its text; the verdict printed, the exit status telling."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sync.protocol.receipt_statement import unseal
from terminal.core.store import Store
from tests.cli.test_receipt_export import _dispensed
from tests.cli_runner import hamyon
from tests.conftest import open_copy
from tests.core.test_receipt_statement import _forged, _photo_like
from tests.core.test_receipts import pdf_text

VALID = re.compile(r"\bvalid\b", re.IGNORECASE)  # as the acceptance check greps: -w -i valid


@pytest.fixture
def exported(uz_template: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """(home, receipt PDF, act id): a dispense's receipt exported from the command line, no operator."""
    home = tmp_path / "home"
    site = open_copy(uz_template, home)
    try:
        tx = _dispensed(site, 1)[0].tx_uuid
    finally:
        site.close()
    out = tmp_path / "r.pdf"
    done = hamyon("receipt", "export", "--last", "--out", str(out), home=home, env={"HAMYON_PIN": ""})
    assert tx in done.stdout
    return home, out, tx


def _verify(home: Path | None, *args: str) -> tuple[int, str, str]:
    done = hamyon("receipt", "verify", *args, home=home, check=False)
    return done.returncode, done.stdout, done.stderr


def test_a_receipt_exported_without_an_operator_is_marked_and_audited_as_the_command_line(exported) -> None:
    home, out, tx = exported
    assert "Exported from the command line at" in pdf_text(out)
    with Store.open(home) as store:
        entry = store.one("SELECT operator_id, subject, details FROM audit WHERE action = 'export'")
    assert entry["operator_id"] is None and entry["subject"] == f"tx:{tx}"
    assert json.loads(entry["details"]) == {"kind": "receipt", "by": "command_line", "files": ["r.pdf"]}


def test_the_receipt_pdf_and_a_photo_of_it_verify_and_say_what_was_handed_over(exported, tmp_path) -> None:
    home, out, tx = exported
    code, said, err = _verify(home, str(out))
    assert code == 0 and err == ""
    assert f"Receipt of act {tx} (dispense)" in said and "state cost:" in said and "so'm" in said
    assert said.splitlines()[-1].startswith("valid: signed by device") and "INVALID" not in said
    photo = _photo_like(out, tmp_path / "photo.jpg")
    code, said_photo, _ = _verify(home, str(photo))
    assert code == 0 and said_photo == said


def test_a_forged_amount_is_invalid_with_the_reason_and_exit_1(exported, tmp_path) -> None:
    home, out, _tx = exported
    text = hamyon("receipt", "verify", "--json", str(out), home=home).stdout
    assert json.loads(text)["valid"] is True
    qr = _qr_of(out)
    forged = tmp_path / "forged.txt"
    forged.write_text(_forged(qr, c=1) + "\n")
    for source in (str(forged), _forged(qr, c=1)):  # a file holding the text, or the text itself
        code, said, _ = _verify(home, source)
        assert (
            code == 1 and "INVALID: the signature of device" in said and "changed after it was signed" in said
        )
        assert not VALID.search(said)
        assert "state cost:  0.01\u00a0so'm" in said


def test_a_receipt_of_another_terminal_is_invalid_here_as_an_unknown_device(exported, uz_template, tmp_path):
    _home, out, _tx = exported
    other = tmp_path / "other"
    open_copy(uz_template, other).close()
    code, said, _ = _verify(other, str(out))
    assert code == 1 and "INVALID: unknown device" in said and not VALID.search(said)
    # a computer with no terminal at all knows no device either
    code, said, _ = _verify(tmp_path / "nowhere", str(out))
    assert code == 1 and "INVALID: unknown device" in said


def test_input_without_a_receipt_exits_3_and_damaged_text_or_a_missing_registry_says_why(exported, tmp_path):
    home, out, _tx = exported
    blank = tmp_path / "blank.png"
    _photo_like(_blank_pdf(tmp_path), blank)
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n" + b"\x00" * 64)
    cases = {
        str(blank): "no receipt QR code found in blank.png",
        str(corrupt): "corrupt.pdf is a damaged PDF",
        str(tmp_path / "missing.jpg"): "no such file",
    }
    for source, words in cases.items():
        code, said, err = _verify(home, source)
        assert code == 3 and said == "" and words in err and len(err.strip().splitlines()) == 1
    code, said, _ = _verify(home, "HR1:damaged")
    assert code == 1 and "INVALID: its characters are damaged" in said
    missing = tmp_path / "no-registry.db"
    code, said, err = _verify(home, "--db", f"sqlite:///{missing}", str(out))
    assert code == 1 and said == "" and "There is no registry database" in err and not missing.exists()


def _qr_of(pdf: Path) -> str:
    from terminal.core.qr_reading import qr_texts_in

    [text] = qr_texts_in(pdf)
    unseal(text)
    return text


def _blank_pdf(tmp_path: Path) -> Path:
    from fpdf import FPDF

    doc = FPDF()
    doc.add_page()
    path = tmp_path / "blank.pdf"
    doc.output(str(path))
    return path
