"""``hamyon receipt export``: a dispense's or an aid's receipt as a PDF from the command line, audited."""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path

import pytest

from terminal.core.dispensing import DispenseLine
from terminal.core.identification import Identification
from terminal.core.money import format_money
from terminal.core.receipts import Receipt
from terminal.core.simulate import simulate
from terminal.core.site import Site
from terminal.core.store import Store
from tests.cli_runner import hamyon
from tests.conftest import fixed_clock, open_copy
from tests.core.test_receipts import pdf_text


def _dispensed(site, count: int) -> list[Receipt]:
    """``count`` dispenses of one item each, to different citizens, through the real service."""
    nurse = site.operator("nurse")
    done: list[Receipt] = []
    for row in site.store.all("SELECT DISTINCT citizen_id FROM prescriptions ORDER BY citizen_id"):
        for p in site.dispensing.prescriptions(nurse, row["citizen_id"]):
            item = next((i for i in p.items if i.remaining >= 1 and i.in_stock >= 1), None)
            if p.problem is None and item is not None:
                ident = Identification(row["citizen_id"], "face", distance=0.3)
                done.append(site.dispensing.dispense(nurse, ident, [DispenseLine(item.item_id, 1)]))
                break
        if len(done) == count:
            return done
    raise AssertionError("the demo site has too little to dispense")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def _site_with(uz_template: Path, home: Path, count: int) -> list[Receipt]:
    site = open_copy(uz_template, home)
    try:
        return _dispensed(site, count)
    finally:
        site.close()


def _export(home: Path, *args: str, pin: str = "1111", check: bool = True) -> subprocess.CompletedProcess:
    """``hamyon receipt export ARGS`` with the PIN given as scripts give it (HAMYON_PIN)."""
    return hamyon("receipt", "export", *args, home=home, env={"HAMYON_PIN": pin}, check=check)


def _exports(home: Path) -> list[dict]:
    with Store.open(home) as store:
        return store.all(
            "SELECT a.subject, a.details, o.login FROM audit a JOIN operators o ON o.id = a.operator_id"
            " WHERE a.action = 'export' ORDER BY a.seq"
        )


def test_the_receipt_of_a_dispense_is_written_with_its_medicines_and_cost_and_audited(
    uz_template: Path, home: Path, tmp_path: Path
) -> None:
    receipt, _other = _site_with(uz_template, home, 2)
    out = tmp_path / "exports" / "receipt.pdf"
    done = _export(home, "--tx", receipt.tx_uuid, "--out", str(out), "--operator", "nurse")
    assert receipt.tx_uuid in done.stdout and str(out) in done.stdout and done.stderr == ""
    text = pdf_text(out)
    assert receipt.lines[0].drug_name in text and receipt.citizen_name in text
    assert f"Paid by the state {' '.join(format_money(receipt.total, 'UZS').split())}" in text
    assert "Exported by nurse at" in text
    assert not list(out.parent.glob("*.part"))
    entry = _exports(home)[-1]
    assert entry["login"] == "nurse" and entry["subject"] == f"tx:{receipt.tx_uuid}"
    assert json.loads(entry["details"]) == {"kind": "receipt", "files": ["receipt.pdf"]}


def test_last_exports_the_newest_dispense_at_this_terminal(
    uz_template: Path, home: Path, tmp_path: Path
) -> None:
    first, newest = _site_with(uz_template, home, 2)
    out = tmp_path / "last.pdf"
    done = _export(home, "--last", "--out", str(out), "--operator", "nurse")
    assert newest.tx_uuid in done.stdout and first.tx_uuid not in done.stdout
    text = pdf_text(out)
    assert newest.lines[0].drug_name in text and newest.citizen_name in text
    assert [e["subject"] for e in _exports(home)] == [f"tx:{newest.tx_uuid}"]


def test_an_unknown_act_id_fails_with_one_line_and_writes_nothing(
    uz_template: Path, home: Path, tmp_path: Path
) -> None:
    _site_with(uz_template, home, 1)
    out = tmp_path / "nothing.pdf"
    bad = _export(home, "--tx", "no-such-act", "--out", str(out), "--operator", "nurse", check=False)
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr.strip().splitlines() == ["Error: receipt: no dispense or hand-over with this number."]
    assert not out.exists() and _exports(home) == []


def test_a_role_that_does_not_dispense_or_a_wrong_pin_exports_nothing(
    uz_template: Path, home: Path, tmp_path: Path
) -> None:
    _site_with(uz_template, home, 1)
    out = tmp_path / "refused.pdf"
    canteen = _export(home, "--last", "--out", str(out), "--operator", "canteen", pin="2222", check=False)
    assert canteen.returncode == 1 and "may not dispense medicines" in canteen.stderr
    wrong = _export(home, "--last", "--out", str(out), "--operator", "nurse", pin="9999", check=False)
    assert wrong.returncode == 1 and "PIN is not right" in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1 and "9999" not in wrong.stderr
    assert not out.exists() and _exports(home) == []
    with Store.open(home) as store:
        failed = store.all("SELECT subject, details FROM audit WHERE action = 'sign_in_failed'")
    assert [(f["subject"], json.loads(f["details"])["purpose"]) for f in failed] == [
        ("operator:nurse", "export")
    ]


def test_tx_or_last_is_required_and_help_says_so(uz_template: Path, home: Path, tmp_path: Path) -> None:
    _site_with(uz_template, home, 1)
    out = str(tmp_path / "x.pdf")
    for args in ((), ("--tx", "abc", "--last")):
        usage = _export(home, *args, "--out", out, "--operator", "nurse", check=False)
        assert usage.returncode == 2 and "give either --tx ID or --last" in usage.stderr
    shown = hamyon("receipt", "export", "--help")
    for words in ("--tx", "--last", "--out", "--operator", "HAMYON_PIN"):
        assert words in shown.stdout
    assert "export" in hamyon("receipt", "--help").stdout


def test_an_aid_hand_over_s_receipt_is_exported_by_the_social_worker_and_last_finds_it(
    uz_template: Path, home: Path, tmp_path: Path
) -> None:
    _site_with(uz_template, home, 1)
    with Store.open(home) as store:
        simulate(Site(store, fixed_clock()), "aids", 1, random.Random(3))
        handed = store.one("SELECT tx_uuid, aid_name, serial FROM aid_handovers")
    out = tmp_path / "aid.pdf"
    nurse = _export(home, "--last", "--out", str(out), "--operator", "nurse", check=False)
    assert nurse.returncode == 1 and "may not hand over technical aids" in nurse.stderr and not out.exists()
    done = _export(home, "--last", "--out", str(out), "--operator", "social", pin="5555")
    assert handed["tx_uuid"] in done.stdout
    text = pdf_text(out)
    assert handed["aid_name"] in text and handed["serial"] in text and "Exported by social at" in text
    assert json.loads(_exports(home)[-1]["details"]) == {"kind": "aid_receipt", "files": ["aid.pdf"]}
