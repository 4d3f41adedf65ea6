"""The command line of the registry and of the sync client, run as users and CI run it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sync.server.db import RegistryDB
from sync.server.schema import MIGRATIONS, migrate
from sync.server.stats import stats
from terminal.bench.sync import free_port
from terminal.core.idnumbers import make_id_number
from terminal.sync_client.cycle import sync_once
from tests.cli_runner import hamyon
from tests.sync.conftest import CLOCK, new_terminal

FACES = Path(__file__).resolve().parents[3] / "shared" / "faces"


def test_seed_code_setup_sync_and_stats_from_the_command_line(serve, tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'reg.db'}"
    seeded = json.loads(
        hamyon("registry", "seed", "--db", url, "--citizens", "200", "--facility", "F7").stdout
    )
    assert seeded["citizens"] == 200 and seeded["templates"] == 200 and seeded["prescriptions"] > 0
    again = hamyon("registry", "seed", "--db", url, "--citizens", "10", "--facility", "F7", check=False)
    assert again.returncode == 1 and "already" in again.stderr
    code = hamyon("registry", "device-code", "--db", url, "--facility", "F7").stdout.strip().splitlines()[-1]
    server = serve(url).start()
    try:
        home = tmp_path / "t"
        bad = hamyon("setup", "--registry", server.url, "--code", "WRONG-CODE", home=home, check=False)
        assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "enrollment code" in bad.stderr
        assert (
            "enrolled as device"
            in hamyon("setup", "--registry", server.url, "--code", code, home=home).stdout
        )
        hamyon("simulate", "dispenses", "--count", "12", home=home)
        out = json.loads(hamyon("sync", "--json", home=home).stdout)
        assert out["push"]["answers"] == {"accepted": 12}
        st = json.loads(hamyon("registry", "stats", "--db", url, "--json").stdout)
        assert st["transactions"]["total"] == 12 and list(st["transactions"]["by_device"].values()) == [12]
        assert st["conflicts"] == {}
        # The terminal is lost: revoked at the registry, it is refused from then on; nothing it sent is lost.
        (device,) = st["transactions"]["by_device"]
        revoked = json.loads(hamyon("registry", "revoke-device", "--db", url, "--device", device).stdout)
        assert revoked["device"] == device and revoked["facility"] == "F7" and revoked["revoked_at"]
        again = json.loads(hamyon("registry", "revoke-device", "--db", url, "--device", device).stdout)
        assert again == revoked  # revoking twice changes nothing
        hamyon("simulate", "dispenses", "--count", "2", home=home)
        refused = hamyon("sync", home=home, check=False)
        assert refused.returncode == 1 and "revoked" in refused.stderr
        assert json.loads(hamyon("registry", "stats", "--db", url).stdout)["transactions"]["total"] == 12
        nobody = hamyon("registry", "revoke-device", "--db", url, "--device", "DEV-NOPE", check=False)
        assert nobody.returncode == 1 and "not enrolled" in nobody.stderr
    finally:
        server.stop()
    down = hamyon("sync", home=home, check=False)
    assert down.returncode == 1 and "cannot be reached" in down.stderr
    status = json.loads(hamyon("status", "--json", home=home).stdout)
    assert status["online"] is False and status["queue_depth"] == 2 and status["synced"] == 12
    never = hamyon("sync", home=tmp_path / "empty", check=False)
    assert never.returncode == 1 and "hamyon setup" in never.stderr


def test_device_code_for_an_unknown_facility_fails_clearly(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    migrate(RegistryDB(url))
    done = hamyon("registry", "device-code", "--db", url, "--facility", "NOPE", check=False)
    assert done.returncode == 1 and "no facility NOPE" in done.stderr


def test_registry_commands_refuse_a_database_that_is_not_there_instead_of_creating_or_waiting(
    tmp_path,
) -> None:
    mistyped = tmp_path / "registy.db"
    for command in (["stats", "--json"], ["device-code", "--facility", "F1"]):
        done = hamyon("registry", *command, "--db", f"sqlite:///{mistyped}", check=False)
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr == f"Error: There is no registry database at {mistyped}: check the --db address.\n"
        assert not mistyped.exists()
    nobody = f"postgresql://hamyon:s3cret@127.0.0.1:{free_port()}/registry"
    for command in (["stats", "--json"], ["seed", "--citizens", "10", "--facility", "F1"]):
        done = hamyon("registry", *command, "--db", nobody, check=False)
        assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
        assert "cannot be used" in done.stderr and "refused" in done.stderr.lower(), done.stderr
        assert "s3cret" not in done.stderr and "PoolTimeout" not in done.stderr


def test_migrations_are_recorded_and_run_once_on_both_databases(db_url) -> None:
    db = RegistryDB(db_url)
    assert migrate(db) == [name for name, _ in MIGRATIONS]
    assert migrate(db) == []
    names = db.run(lambda tx: [r["name"] for r in tx.all("SELECT name FROM registry_migrations")])
    assert names == [name for name, _ in MIGRATIONS]
    db.close()


def test_import_lists_removals_and_face_photos_reach_the_terminal(registry, tmp_path) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    born = [("1950-02-03", "M", 9101), ("1948-07-08", "F", 9102), ("1961-12-30", "M", 9103)]
    pins = [make_id_number("UZ", __import__("datetime").date.fromisoformat(b), s, n) for b, s, n in born]
    rows = ["pin,surname,given_name,patronymic,birth_date,sex,catchment,address,updated_at"]
    rows += [
        f"{p},Yangi,Fuqaro,,{b},{s},F1-AREA,Navoiy 5,2026-11-20T10:00:00Z"
        for p, (b, s, _) in zip(pins, born, strict=True)
    ]
    (tmp_path / "citizens.csv").write_text("\n".join(rows) + "\nbad-pin,X,Y,,1990-13-45,Q,F1-AREA,,\n")
    rx = [
        "id,citizen_pin,number,prescriber,issued_on,valid_from,valid_until,item_drug_code,item_qty_prescribed"
    ]
    rx += [
        f"RX-IMP-1,{pins[0]},2026/1,Dr A,2026-11-01,2026-11-01,2027-01-01,{d},{q}"
        for d, q in (("AML5", 30), ("MET500", 60))
    ]
    (tmp_path / "prescriptions.csv").write_text("\n".join(rx) + "\n")
    gone = site.store.scalar("SELECT pin FROM citizens ORDER BY pin LIMIT 1")
    (tmp_path / "changes.json").write_text(json.dumps({"removals": {"citizens": [gone]}}))
    photos = tmp_path / "photos"
    photos.mkdir()
    shutil.copyfile(FACES / "people" / "obama" / "obama_1.jpg", photos / f"{pins[0]}.jpg")
    shutil.copyfile(FACES / "people" / "biden" / "biden_1.jpg", photos / f"{pins[1]}.jpg")
    shutil.copyfile(FACES / "scenes" / "two_people.jpg", photos / f"{pins[2]}.jpg")
    done = hamyon(
        "registry", "import", "--db", registry.url,
        str(tmp_path / "citizens.csv"), str(tmp_path / "prescriptions.csv"), str(tmp_path / "changes.json"),
        "--photos", str(photos),
        check=False, timeout=300,
    )  # fmt: skip
    report = json.loads(done.stdout)
    assert done.returncode == 1  # some records were refused, and said so
    assert report["imported"] == {"citizens": 3, "prescriptions": 1, "removed_citizens": 1, "templates": 2}
    crowd = sorted(pins).index(pins[2]) + 1  # photos are taken in file-name order
    assert [r["where"] for r in report["rejected"]] == [
        "citizens.csv:citizens[4]",
        f"photo {crowd} of 3 (…{pins[2][-4:]})",
    ]
    assert report["rejected"][1]["reason"] == "several_faces"
    assert all(p not in done.stdout + done.stderr for p in pins)  # no ID number in the output
    sync_once(site.store, CLOCK)
    store = site.store
    assert store.scalar(f"SELECT count(*) FROM citizens WHERE pin IN ({','.join('?' * 3)})", pins) == 3
    faces = store.all(
        "SELECT c.pin, t.encoding FROM face_templates t JOIN citizens c ON c.id = t.citizen_id"
        " WHERE t.registry_id LIKE 'PHOTO-%'"
    )
    assert sorted(f["pin"] for f in faces) == sorted(pins[:2]) and all(
        len(f["encoding"]) == 512 for f in faces
    )
    items = store.all(
        "SELECT drug_code, qty_prescribed FROM prescription_items WHERE prescription_id = 'RX-IMP-1'"
    )
    assert sorted((i["drug_code"], i["qty_prescribed"]) for i in items) == [("AML5", 30), ("MET500", 60)]
    assert store.scalar("SELECT removed_at FROM citizens WHERE pin = ?", (gone,)) is not None
    assert stats(registry.db)["entities"]["citizen"] == 300 + 3 - 1
    site.close()


def test_the_same_seed_in_two_processes_makes_the_same_people_and_prescriptions(tmp_path) -> None:
    """What ``hamyon bench sync`` relies on: a terminal's acts pushed to a second registry seeded alike."""
    held = []
    for name in ("a", "b"):
        url = f"sqlite:///{tmp_path / name}.db"
        hamyon("registry", "seed", "--db", url, "--citizens", "200", "--facility", "F7", "--no-templates")
        db = RegistryDB(url)
        try:
            with db.transaction() as tx:
                held.append(tx.all("SELECT entity, key, data FROM entities ORDER BY entity, key"))
        finally:
            db.close()
    people = [
        [
            (r["entity"], r["key"], json.loads(r["data"]) | {"updated_at": ""})
            for r in rows
            if r["entity"] in ("citizen", "prescription", "student")
        ]
        for rows in held
    ]  # the same, but for when each was written
    assert len(people[0]) > 200 and people[0] == people[1]
    assert {e for e, _k, _d in people[0]} >= {"citizen", "prescription", "student"}
