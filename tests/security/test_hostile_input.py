"""Hostile text in every field a person types or the registry sends: stored as it is (spaces
tidied) or refused with a clear error; the tables stay intact; exports show it as text. Also:
files named to escape their folder, replayed requests, rows edited behind the store's back."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
import requests

from terminal.core import settings
from terminal.core.applications import ApplicationForm, Asset, Member
from terminal.core.errors import HamyonError, InvalidInput
from terminal.core.exports import csv_cell
from terminal.core.idnumbers import make_id_number
from terminal.core.meal_reports import export_period
from terminal.core.operators import sign_in
from terminal.core.store import Store
from tests.cli_runner import hamyon

HOSTILE = [
    "'; DROP TABLE citizens;--",
    "<script>alert(1)</script>",
    '" OR 1=1 --',
    "Robert'); DELETE FROM transactions; --",
    "a\x00b",
    "\u202eevil\u202c name",  # right-to-left override
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-2+3",
    "x" * 100_000,
    "\U0001f600 ✓ Ўзбек Қазақ",
]
TABLES = ("citizens", "operators", "transactions", "audit", "applications", "settings")


def _counts(store: Store) -> dict[str, int]:
    return {t: store.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}


def _refused_clearly(exc: HamyonError) -> None:
    assert exc.code and exc.message and "Traceback" not in exc.message


@pytest.mark.parametrize("text", HOSTILE)
def test_application_fields(site, text: str) -> None:
    inspector = site.operator("inspector")
    before = _counts(site.store)
    member = Member(make_id_number("UZ", date(1990, 1, 2), "F", 21), text, "applicant", occupation=text)
    form = ApplicationForm(
        "children_under_14", [member], [], [Asset("other", 1, text)], address=text, phone=text[:40]
    )
    try:
        app_id = site.applications.save_draft(inspector, form)
    except InvalidInput as exc:
        _refused_clearly(exc)
        assert "\x00" in text or len(text) > 200
        assert _counts(site.store) == before
        return
    saved = site.applications.load(inspector, app_id).form
    tidy = " ".join(text.split())
    assert saved.members[0].full_name == tidy and saved.members[0].occupation == tidy
    assert saved.address == tidy and saved.assets[0].description == tidy
    after = _counts(site.store)
    assert after["applications"] == before["applications"] + 1
    assert {t: n for t, n in after.items() if t not in ("applications", "audit")} == {
        t: n for t, n in before.items() if t not in ("applications", "audit")
    }


@pytest.mark.parametrize("text", HOSTILE)
def test_sign_in_and_settings(site, text: str) -> None:
    before = _counts(site.store)
    with pytest.raises(HamyonError) as caught:
        sign_in(site, text, text)
    _refused_clearly(caught.value)
    with pytest.raises(InvalidInput) as refused:
        settings.put(site.store, site.clock, site.operator("supervisor"), "low_income_threshold", text)
    _refused_clearly(refused.value)
    with pytest.raises(InvalidInput):
        settings.put(site.store, site.clock, site.operator("supervisor"), text, 1)
    after = _counts(site.store)
    assert {t: after[t] for t in TABLES if t != "audit"} == {t: before[t] for t in TABLES if t != "audit"}


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised() -> None:
    for formula in ("=1+1", "+1+1", "-1+1", "@SUM(A1)", '=HYPERLINK("x")', "\t=1"):
        assert csv_cell(formula) == "'" + formula
    for plain in ("1-A", "Breakfast", "-12.50", "12.50", 7, "", "TOTAL"):
        assert csv_cell(plain) == plain


def test_meal_report_exports_show_hostile_names_as_text(site, tmp_path: Path) -> None:
    """Class and session names come from the registry: a formula or markup in them stays text,
    and a school id that names another folder cannot move the files out of the export folder."""
    from tests.core.test_meals import SCHOOL, _serve_days

    _serve_days(site, 1)
    with site.store.write() as db:
        db.execute(
            "UPDATE classes SET name = '=HYPERLINK(\"http://evil\",\"' || id || '\")' WHERE school_id = ?",
            (SCHOOL,),
        )
        db.execute("UPDATE meal_sessions SET name = '<script>' || id || '</script>'")
    canteen = site.operator("canteen")
    paths = export_period(site, canteen, SCHOOL, "2026-11-20", "2026-11-20", tmp_path / "out")
    assert all(p.parent == tmp_path / "out" for p in paths)
    invoice = next(p for p in paths if p.name.startswith("invoice") and p.suffix == ".csv")
    rows = list(csv.reader(invoice.read_text(encoding="utf-8-sig").splitlines()[1:]))
    assert rows[1][0].startswith('\'=HYPERLINK("http://evil"')
    assert rows[1][1].startswith("<script>")
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row)
    assert all(p.stat().st_size > 0 for p in paths if p.suffix == ".pdf")


def test_a_school_id_cannot_write_outside_the_export_folder(site, tmp_path: Path) -> None:
    from terminal.core.meal_reports import _file_safe

    for hostile in ("../../etc/passwd", "/etc/passwd", "..", "a/../../b", "C:\\Windows\\x"):
        name = _file_safe(hostile)
        assert "/" not in name and "\\" not in name and ".." not in name
        assert (tmp_path / f"invoice_{name}.csv").parent == tmp_path


def test_import_refuses_what_it_cannot_read_and_keeps_hostile_text_as_data(tmp_path: Path) -> None:
    """``hamyon registry import`` takes only .csv and .json files; a name inside one is data, never
    a path; hostile text in a field is refused per row or stored as it is."""
    db = f"sqlite:///{tmp_path / 'r.db'}"
    hamyon("registry", "seed", "--db", db, "--citizens", "5", "--facility", "F1", "--no-templates")
    wrong = tmp_path / "passwd"
    wrong.write_text("root:x:0:0::/root:/bin/sh\n")
    done = hamyon("registry", "import", "--db", db, str(wrong), check=False)
    assert done.returncode != 0 and "only .csv and .json" in done.stderr
    hostile = tmp_path / "citizens.json"
    hostile.write_text(json.dumps([{"pin": "../../etc/passwd", "full_name": HOSTILE[0]}]))
    done = hamyon("registry", "import", "--db", db, str(hostile), check=False)
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    assert report["rejected"] and not report["imported"].get("citizens")
    assert (tmp_path / "r.db").is_file() and not (tmp_path.parent / "etc").exists()


def test_a_replayed_push_is_refused(registry, tmp_path: Path) -> None:
    """The same signed push sent twice: the second is a replay (the nonce was seen)."""
    from terminal.sync_client.enroll import identity
    from tests.sync.conftest import new_terminal, quick_link

    site = new_terminal(registry, tmp_path / "t1")
    link = quick_link(site, registry.address)
    body = b'{"transactions":[]}'
    headers = {**link._signature("POST", "/v1/push", body), "Content-Type": "application/json"}
    headers["X-Hamyon-Protocol"] = "1"
    first = requests.post(registry.address + "/v1/push", data=body, headers=headers, timeout=10)
    again = requests.post(registry.address + "/v1/push", data=body, headers=headers, timeout=10)
    assert first.status_code == 200
    assert again.status_code == 401 and again.json()["error"]["code"] == "replayed_request"
    assert identity(site.store).device
    link.close()
    site.close()


@pytest.mark.parametrize(
    ("table", "edit"),
    [
        ("transactions", "UPDATE transactions SET payload = replace(payload, '1', '2') WHERE seq = 1"),
        ("transactions", "DELETE FROM transactions WHERE seq = 1"),
        ("audit", "UPDATE audit SET details = '{\"x\": 1}' WHERE seq = (SELECT min(seq) FROM audit)"),
    ],
)
def test_rows_edited_behind_the_stores_back_are_found(tmp_path: Path, table: str, edit: str) -> None:
    home = tmp_path / "t"
    hamyon("simulate", "dispenses", "--count", "3", home=home, timeout=300)
    with Store.open(home) as store:
        conn = store.db.conn
        conn.execute("PRAGMA foreign_keys = OFF")
        for trigger in [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]:
            conn.execute(f'DROP TRIGGER "{trigger}"')  # what someone with the raw file could do
        conn.execute(edit)
        conn.commit()
    done = hamyon("audit", "verify", "--json", home=home, check=False)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["ok"] is False
    assert report["log_break" if table == "transactions" else "audit_break"] is not None
