"""Sync by USB stick, run as a supervisor runs it: ``hamyon bundle export`` on the terminal,
``hamyon registry import-bundle`` and ``export-bundle`` at the registry, ``hamyon bundle import`` back."""

from __future__ import annotations

import base64
import json
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.protocol import bundle
from sync.server.db import RegistryDB
from sync.server.schema import migrate
from sync.server.stats import stats
from terminal.core.store import Store
from terminal.sync_client.registry_key import KEY_SETTING
from tests.cli_runner import HAMYON, hamyon
from tests.sync.conftest import CLOCK, Registry, Server, make_registry


def set_up(reg: Registry, home: Path) -> str:
    """A terminal enrolled at ``reg`` from the command line; its device id."""
    hamyon("setup", "--registry", reg.address, "--code", reg.code(), home=home)
    return json.loads(hamyon("status", "--json", home=home).stdout)["device"]


def export(home: Path, usb: Path) -> dict:
    return json.loads(hamyon("bundle", "export", "--to", str(usb), "--json", home=home).stdout)


def take_in(reg: Registry, path: Path, check: bool = True) -> subprocess.CompletedProcess:
    return hamyon("registry", "import-bundle", "--db", reg.url, str(path), "--json", check=check)


def total(reg: Registry) -> int:
    return stats(reg.db)["transactions"]["total"]


def queued(home: Path) -> int:
    return json.loads(hamyon("status", "--json", home=home).stdout)["queued"]


def audited(home: Path, action: str) -> list[dict]:
    """The terminal's audit entries of ``action``, oldest first, their details decoded."""
    with Store.open(home) as store:
        rows = store.all(
            "SELECT operator_id, subject, details FROM audit WHERE action = ? ORDER BY seq", (action,)
        )
    return [{**row, "details": json.loads(row["details"])} for row in rows]


def test_acts_carried_by_stick_are_counted_once_however_often_imported_and_whatever_comes_online(
    any_registry, tmp_path
) -> None:
    home, usb = tmp_path / "t1", tmp_path / "usb"
    device = set_up(any_registry, home)
    hamyon("simulate", "dispenses", "--count", "12", "--seed", "3", home=home)
    first = export(home, usb)
    assert (first["acts"], first["seq_from"], first["seq_to"]) == (12, 1, 12) and first["audit"] > 0
    path = Path(first["file"])
    assert re.fullmatch(rf"hamyon-F1-{device[4:10].lower()}-\d{{8}}-\d{{4}}\.hbundle", path.name)
    assert [p.name for p in usb.iterdir()] == [path.name]  # no temporary file left beside it
    data = path.read_bytes()
    pins = [r["key"] for r in any_registry.all("SELECT key FROM entities WHERE entity = 'citizen'")]
    assert pins and not [p for p in pins if p.encode() in data]  # a lost stick reveals no ID number
    assert b"dispense" not in data  # nor what was done
    head = bundle.header(data)
    assert (head["device"], head["facility"], head["acts"]) == (device, "F1", 12)
    hamyon("simulate", "dispenses", "--count", "5", "--seed", "4", home=home)
    second = export(home, usb)  # acts stay queued until answered: a second export has them all
    assert second["acts"] == 17 and second["file"] != first["file"] and path.read_bytes() == data

    once = json.loads(take_in(any_registry, path).stdout)
    assert once["answers"] == {"accepted": 12} and once["imported_before"] is None
    assert once["audit"]["stored"] == first["audit"]
    twice = json.loads(take_in(any_registry, path).stdout)
    assert twice["answers"] == {"duplicate": 12} and twice["imported_before"]
    assert twice["audit"] == {"stored": 0, "duplicates": first["audit"]}
    assert total(any_registry) == 12

    online = json.loads(hamyon("sync", "--json", home=home).stdout)
    assert online["push"]["answers"] == {"duplicate": 12, "accepted": 5}
    assert total(any_registry) == 17 and queued(home) == 0
    (late,) = set(usb.iterdir()) - {path}  # the second bundle, after all its acts came online
    assert json.loads(take_in(any_registry, late).stdout)["answers"] == {"duplicate": 17}
    assert total(any_registry) == 17


def test_a_bundle_changed_anywhere_or_cut_short_is_refused_whole(registry, tmp_path) -> None:
    home, usb = tmp_path / "t1", tmp_path / "usb"
    set_up(registry, home)
    hamyon("simulate", "dispenses", "--count", "6", "--seed", "5", home=home)
    good = Path(export(home, usb)["file"]).read_bytes()
    size = len(good)
    cases = {
        "header": (lambda b: _flip(b, len(bundle.MAGIC) + 30), "changed after it was written"),
        "sealed part": (lambda b: _flip(b, size // 2), "changed after it was written"),
        "signature": (lambda b: _flip(b, size - 3), "changed after it was written"),
        "cut short": (lambda b: b[: size - 100], "changed after it was written"),
        "cut to the header": (lambda b: b[:40], "not a whole Hamyon bundle"),
        "not a bundle": (lambda b: b"PK\x03\x04" + b[4:], "not a whole Hamyon bundle"),
    }
    for name, (damage, words) in cases.items():
        bad = tmp_path / f"{name}.hbundle"
        bad.write_bytes(damage(good))
        done = take_in(registry, bad, check=False)
        assert done.returncode == 1 and words in done.stderr, name
        assert done.stderr.count("\n") == 1, name  # one plain line
    assert total(registry) == 0
    assert registry.one("SELECT count(*) AS n FROM audit_entries")["n"] == 0


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


def test_a_bundle_sealed_to_another_registry_key_is_refused_and_says_so(registry, tmp_path) -> None:
    home, usb = tmp_path / "t1", tmp_path / "usb"
    set_up(registry, home)
    hamyon("simulate", "dispenses", "--count", "3", "--seed", "6", home=home)
    other = RegistryDB(f"sqlite:///{tmp_path / 'other.db'}")
    migrate(other)
    from sync.server.bundles import public_key

    wrong = other.run(lambda tx: public_key(tx, CLOCK))
    with Store.open(home) as store, store.write() as db:  # a terminal that learned another key
        db.execute("UPDATE settings SET value = ? WHERE key = ?", (json.dumps(wrong.public_key), KEY_SETTING))
    path = Path(export(home, usb)["file"])
    done = take_in(registry, path, check=False)
    assert done.returncode == 1 and "sealed for another registry" in done.stderr
    assert total(registry) == 0


def test_a_terminal_that_never_learned_the_registry_key_says_so_and_learns_it_on_the_next_sync(
    registry, tmp_path
) -> None:
    home, usb = tmp_path / "t1", tmp_path / "usb"
    set_up(registry, home)
    with Store.open(home) as store, store.write() as db:  # enrolled before the registry had bundles
        db.execute("DELETE FROM settings WHERE key = ?", (KEY_SETTING,))
    refused = hamyon("bundle", "export", "--to", str(usb), home=home, check=False)
    assert refused.returncode == 1 and "has not learned the registry's key" in refused.stderr
    assert not usb.exists() or not list(usb.iterdir())
    hamyon("sync", home=home)
    assert export(home, usb)["acts"] == 0


def test_a_stick_that_cannot_be_written_says_so_and_the_acts_stay_queued(registry, tmp_path) -> None:
    home = tmp_path / "t1"
    set_up(registry, home)
    hamyon("simulate", "dispenses", "--count", "2", "--seed", "12", home=home)
    not_a_folder = tmp_path / "stick"
    not_a_folder.write_bytes(b"")  # what a stick that was taken out looks like to a path below it
    done = hamyon("bundle", "export", "--to", str(not_a_folder / "bundles"), home=home, check=False)
    assert done.returncode == 1 and "could not be written" in done.stderr and queued(home) == 2


def test_a_revoked_terminal_s_bundle_is_refused(registry, tmp_path) -> None:
    home, usb = tmp_path / "t1", tmp_path / "usb"
    device = set_up(registry, home)
    hamyon("simulate", "dispenses", "--count", "2", "--seed", "7", home=home)
    path = Path(export(home, usb)["file"])
    hamyon("registry", "revoke-device", "--db", registry.url, "--device", device)
    done = take_in(registry, path, check=False)
    assert done.returncode == 1 and "revoked" in done.stderr and total(registry) == 0


@pytest.fixture
def big_registry(sqlite_url: str) -> Iterator[Registry]:
    """Enough prescriptions for a bundle of several batches."""
    reg = make_registry(sqlite_url, citizens=3000)
    reg.server = Server(reg.db).start()
    yield reg
    reg.server.stop()
    reg.db.close()


def test_an_import_killed_half_way_is_taken_again_and_each_act_counted_once(big_registry, tmp_path) -> None:
    registry, home, usb = big_registry, tmp_path / "t1", tmp_path / "usb"
    set_up(registry, home)
    hamyon("simulate", "dispenses", "--count", "1600", "--seed", "8", home=home, timeout=600)
    path = Path(export(home, usb)["file"])
    assert bundle.header(path.read_bytes())["acts"] == 1600  # four batches
    proc = subprocess.Popen(
        [HAMYON, "registry", "import-bundle", "--db", registry.url, str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and total(registry) == 0:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    part = total(registry)
    assert 0 < part < 1600  # killed between two batches: what was taken is whole, the rest missing
    again = json.loads(take_in(registry, path).stdout)
    assert again["answers"] == {"duplicate": part, "accepted": 1600 - part}
    assert total(registry) == 1600


@pytest.fixture
def two_terminals(registry, tmp_path) -> tuple[Path, Path, str]:
    one, two = tmp_path / "t1", tmp_path / "t2"
    device = set_up(registry, one)
    set_up(registry, two)
    return one, two, device


def test_the_way_back_settles_the_acts_and_brings_the_news_once(registry, two_terminals, tmp_path) -> None:
    home, other, device = two_terminals
    usb, back = tmp_path / "usb", tmp_path / "back"
    hamyon("simulate", "dispenses", "--count", "8", "--seed", "9", home=home)
    carried = Path(export(home, usb)["file"])
    take_in(registry, carried)
    hamyon("simulate", "dispenses", "--count", "6", "--seed", "10", home=other)
    hamyon("sync", home=other)  # the other terminal's dispenses are news for this one

    wrote = json.loads(
        hamyon(
            "registry", "export-bundle", "--db", registry.url, "--device", device, "--to", str(back), "--json"
        ).stdout
    )
    assert wrote["answers"] == 8 and wrote["changes"] > 0
    assert Path(wrote["file"]).name.endswith("-news.hbundle")
    assert queued(home) == 8
    first = json.loads(hamyon("bundle", "import", "--from", str(back), "--json", home=home).stdout)
    assert first["answers"] == {"accepted": 8} and first["settled"] == 8
    assert first["news"]["changes"] == wrote["changes"] and not first["stopped_early"]
    assert queued(home) == 0
    again = json.loads(hamyon("bundle", "import", "--from", str(back), "--json", home=home).stdout)
    assert again["settled"] == 0 and again["news"]["changes"] == 0 and again["skipped_pages"] >= 1
    online = json.loads(hamyon("sync", "--json", home=home).stdout)
    assert online["push"]["sent"] == 0 and online["pull"]["changes"] == 0  # nothing came twice

    (out,) = audited(home, "bundle_export")  # the stick's trips are on the terminal's audit trail
    assert out["subject"] == carried.name and out["operator_id"] is None
    assert out["details"]["acts"] == 8 and out["details"]["by"] == "command_line"
    ins = audited(home, "bundle_import")
    assert [e["subject"] for e in ins] == [Path(wrote["file"]).name] * 2
    assert [(e["details"]["settled"], e["details"]["completed"]) for e in ins] == [(8, True), (0, True)]
    assert ins[0]["details"]["answers"] == {"accepted": 8}
    assert hamyon("audit", "verify", home=home).returncode == 0  # the chain holds with them


def test_the_way_back_takes_only_this_terminal_s_newest_bundle_and_refuses_a_damaged_one(
    registry, two_terminals, tmp_path
) -> None:
    home, other, device = two_terminals
    back = tmp_path / "back"
    other_device = json.loads(hamyon("status", "--json", home=other).stdout)["device"]
    hamyon("registry", "export-bundle", "--db", registry.url, "--device", other_device, "--to", str(back))
    nothing = hamyon("bundle", "import", "--from", str(back), home=home, check=False)
    assert nothing.returncode == 1
    assert f"no bundle from the registry for this terminal ({device})" in nothing.stderr
    (theirs,) = back.iterdir()
    refused = hamyon("bundle", "import", "--from", str(theirs), home=home, check=False)
    assert refused.returncode == 1 and "sealed for another terminal" in refused.stderr

    mine = json.loads(
        hamyon(
            "registry", "export-bundle", "--db", registry.url, "--device", device, "--to", str(back), "--json"
        ).stdout
    )["file"]
    cut = tmp_path / "cut.hbundle"
    cut.write_bytes(Path(mine).read_bytes()[:-1])
    damaged = hamyon("bundle", "import", "--from", str(cut), home=home, check=False)
    assert damaged.returncode == 1 and "changed after it was written" in damaged.stderr
    taken = json.loads(hamyon("bundle", "import", "--from", str(back), "--json", home=home).stdout)
    assert taken["file"] == mine


def test_the_registry_key_comes_with_the_enrollment_answer(registry, tmp_path) -> None:
    home = tmp_path / "t1"
    hamyon("setup", "--registry", registry.address, "--code", registry.code(), "--no-pull", home=home)
    with Store.open(home) as store:
        learned = json.loads(store.scalar("SELECT value FROM settings WHERE key = ?", (KEY_SETTING,)))
    seed = registry.one("SELECT seed FROM bundle_keys")["seed"]
    assert base64.b64decode(learned) == bundle.verify_key(base64.b64decode(seed))


def test_a_way_back_import_stopped_half_way_goes_on_where_it_stopped_and_a_repeat_changes_nothing(
    big_registry, tmp_path
) -> None:
    from sync.errors import SyncCancelled
    from terminal.sync_client.bundle import take_back

    registry, home, back = big_registry, tmp_path / "t1", tmp_path / "back"
    hamyon("setup", "--registry", registry.address, "--code", registry.code(), "--no-pull", home=home)
    device = json.loads(hamyon("status", "--json", home=home).stdout)["device"]
    wrote = json.loads(
        hamyon(
            "registry", "export-bundle", "--db", registry.url, "--device", device, "--to", str(back), "--json"
        ).stdout
    )
    assert wrote["since"] == "0" and wrote["changes"] > 5000  # the whole site: more than one page
    steps: list[tuple[int, int]] = []
    with Store.open(home) as store, pytest.raises(SyncCancelled):
        step = lambda d, t: steps.append((d, t))  # noqa: E731
        take_back(store, back, CLOCK, on_step=step, cancelled=lambda: len(steps) > 1)
    assert steps[0] == (1, steps[0][1]) and len(steps) == 2  # the answers, one page of news, then stopped
    (stopped,) = audited(home, "bundle_import")  # audited with what it applied before it stopped
    assert stopped["details"]["completed"] is False and stopped["details"]["news"]["pages"] == 1
    rest = json.loads(hamyon("bundle", "import", "--from", str(back), "--json", home=home).stdout)
    assert rest["skipped_pages"] == 1 and 0 < rest["news"]["changes"] < wrote["changes"]
    again = json.loads(hamyon("bundle", "import", "--from", str(back), "--json", home=home).stdout)
    assert again["news"]["changes"] == 0 and again["skipped_pages"] == steps[0][1] - 1
    online = json.loads(hamyon("sync", "--json", home=home).stdout)
    assert online["pull"]["changes"] == 0  # everything came on the stick, once
    citizens = json.loads(hamyon("status", "--json", home=home).stdout)["citizens"]
    assert citizens == 3000
