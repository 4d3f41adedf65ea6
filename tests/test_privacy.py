"""Privacy: templates only, never a picture; logs without ID numbers or citizens' names.

Both run whole workflows: enrolment on the terminal, identification, a dispense, meals and an
application (the photo step keeps templates only), and through the command line with a sync
against a real registry.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np

from biometrics.learning import Confirmation
from biometrics.matching import identify
from terminal.core import faces
from terminal.core.dispensing import DispenseLine
from terminal.core.identification import Identification
from terminal.core.simulate import simulate
from terminal.core.store import Store
from tests.cli_runner import hamyon
from tests.conftest import dispensable_item
from tests.sync.conftest import FACILITY, Server, make_registry

JPEG, PNG = b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n"
IMAGE_MARKS = (PNG, b"JFIF\x00", b"Exif\x00\x00", b"GIF89a", b"GIF87a")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff", ".ppm", ".pgm"}


def _blobs(site) -> list[bytes]:
    out = []
    for table in site.store.db.table_names():
        for row in site.store.db.conn.execute(f"SELECT * FROM [{table}]"):
            out += [v for v in row if isinstance(v, bytes)]
    return out


def test_a_whole_workflow_leaves_no_picture_in_the_store_or_the_home(site) -> None:
    citizen_id, _, item = dispensable_item(site)
    nurse = site.operator("nurse")
    captured = np.random.default_rng(7).normal(size=(3, 128)).astype("float32")
    gallery = faces.load_gallery(site.store)
    faces.enroll(site, nurse, citizen_id, captured, consent=True, gallery=gallery)
    decision = identify(gallery, captured[0])
    assert decision.status == "match" and decision.identity == citizen_id
    visit = faces.learn_from_visit(  # the match is kept as a template at most, never a picture
        site, nurse, citizen_id, captured[0], Confirmation("face", decision.distance), gallery=gallery
    )
    assert visit.seen is not None
    site.dispensing.dispense(nurse, Identification(citizen_id, "face"), [DispenseLine(item.item_id, 1)])
    rng = random.Random(3)
    simulate(site, "meals", 5, rng)
    simulate(site, "applications", 2, rng)
    applicant = site.store.scalar(
        "SELECT c.id FROM application_members m JOIN citizens c ON c.pin = m.pin"
        " WHERE m.relation = 'applicant' LIMIT 1"
    )
    if applicant is not None:  # the photo step: a template with consent, never a picture
        photo_step = np.random.default_rng(8).normal(size=(2, 128)).astype("float32")
        faces.enroll(site, site.operator("inspector"), applicant, photo_step, consent=True)
    site.store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    blobs = _blobs(site)
    assert blobs and all(len(b) == 512 for b in blobs)  # face templates only: 128 float32
    assert not [b for b in blobs if b.startswith((JPEG, PNG)) or any(m in b for m in IMAGE_MARKS)]
    home = site.store.path.parent
    for path in home.rglob("*"):
        if path.is_file():
            assert path.suffix.lower() not in IMAGE_SUFFIXES, path
            data = path.read_bytes()
            assert not data.startswith((JPEG, PNG)), path
            assert not any(m in data for m in IMAGE_MARKS), path


def _names(home: Path) -> set[str]:
    with Store.open(home) as store:
        rows = store.db.conn.execute(
            "SELECT c.surname, c.given_name FROM citizens c WHERE c.id IN"
            " (SELECT citizen_id FROM dispenses UNION SELECT s.citizen_id FROM meals m"
            "  JOIN students s ON s.id = m.student_id)"
        ).fetchall()
        members = store.db.conn.execute("SELECT full_name FROM application_members").fetchall()
    words = {w for row in rows for w in row} | {w for (name,) in members for w in name.split()}
    return {w for w in words if len(w) >= 4}


def test_logs_hold_no_id_number_and_no_citizen_name_after_a_synced_workflow(tmp_path: Path) -> None:
    registry = make_registry(f"sqlite:///{tmp_path / 'registry.db'}", citizens=200)
    server = Server(registry.db).start()
    home = tmp_path / "terminal"
    try:
        hamyon("setup", "--registry", server.url, "--code", registry.code(FACILITY), home=home)
        hamyon("simulate", "dispenses", "--count", "8", home=home)
        hamyon("simulate", "meals", "--count", "10", home=home)
        hamyon("simulate", "applications", "--count", "3", home=home)
        hamyon("sync", home=home)
        hamyon("purge", "--json", home=home)
        hamyon("audit", "verify", home=home)
        hamyon("status", "--json", home=home)
    finally:
        server.stop()
        registry.db.close()
    hamyon("sync", home=home, check=False)  # offline now: a failure that is logged
    logs = {p: p.read_text(encoding="utf-8") for p in home.rglob("*.log*") if p.is_file()}
    assert logs, "the commands wrote no log"
    text = "\n".join(logs.values())
    assert not re.findall(r"(?<!\d)\d{12,14}(?!\d)", text)
    names = _names(home)
    assert names
    found = [n for n in names if re.search(rf"\b{re.escape(n)}\b", text)]
    assert not found
