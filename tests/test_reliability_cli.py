"""Issue 16 on the command line: a damaged store stops status, sync and simulate and is recovered; a
full disk stops the simulator at once; a new home, its logs and its store are private; a purge refuses
a clock it cannot trust. The real ``hamyon``, real SQLCipher files, real bytes flipped, ``faketime``."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import time
from pathlib import Path

import pytest

from terminal.core.store_cipher import raw_connection
from tests.cli_runner import HAMYON, hamyon
from tests.damage import flip, store_file, thirds

needs_faketime = pytest.mark.skipif(shutil.which("faketime") is None, reason="apt-get install faketime")


def faked(offset: str, *args: str, home: Path) -> subprocess.CompletedProcess:
    """``hamyon`` with the wall clock moved by ``offset`` (e.g. "+1200d"); the seconds since boot are
    left alone, as a wall clock set wrong leaves them."""
    env = {k: v for k, v in os.environ.items() if k != "HAMYON_HOME"} | {"FAKETIME_DONT_FAKE_MONOTONIC": "1"}
    cmd = ["faketime", "-f", offset, HAMYON, "--home", str(home), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)


def _acts(home: Path) -> int:
    conn = raw_connection(home)
    try:
        return conn.execute("SELECT count(*) FROM transactions").fetchone()[0]
    finally:
        conn.close()


def test_a_damaged_store_stops_status_and_simulate_until_it_is_recovered(tmp_path: Path) -> None:
    home = tmp_path / "t"
    hamyon("simulate", "meals", "--count", "900", home=home)
    assert json.loads(hamyon("store", "check", "--json", home=home).stdout)["damaged"] is None
    path = store_file(home)
    flip(path, *thirds(path))
    assert hamyon("store", "check", home=home, check=False).returncode == 1
    st = hamyon("status", "--json", home=home, check=False)
    assert st.returncode == 1 and json.loads(st.stdout)["store_state"] == "damaged"
    assert st.stderr.count("\n") == 1 and "is damaged" in st.stderr and "hamyon store recover" in st.stderr
    started = time.monotonic()
    sim = hamyon("simulate", "meals", "--count", "5", home=home, check=False)
    assert sim.returncode == 1 and "is damaged" in sim.stderr and time.monotonic() - started < 30
    assert hamyon("sync", home=home, check=False).returncode == 1
    done = json.loads(hamyon("store", "recover", "--json", home=home).stdout)
    assert done["recovered"] and done["sync"] is None  # a stand-alone demo site: nothing to pull
    assert (home / done["set_aside"]).exists()
    after = json.loads(hamyon("status", "--json", home=home).stdout)
    kept = after["transactions"]
    assert after["store_state"] == "sound" and kept == 900 - len(done["missing"]["transactions"])
    hamyon("simulate", "meals", "--count", "5", home=home)
    assert _acts(home) == kept + 5
    entry = (
        raw_connection(home).execute("SELECT details FROM audit WHERE action = 'store_recovered'").fetchone()
    )
    assert entry and '"set_aside"' in entry[0]


def test_a_damaged_header_is_reported_as_damage_not_as_a_wrong_key(tmp_path: Path) -> None:
    home = tmp_path / "t"
    hamyon("simulate", "dispenses", "--count", "5", home=home)
    flip(store_file(home), 100)
    st = hamyon("status", home=home, check=False)
    assert st.returncode == 1 and "DAMAGED" in st.stdout
    assert "first page (the header)" in st.stderr and "key is missing or wrong" not in st.stderr
    assert hamyon("audit", "verify", home=home, check=False).returncode == 1
    hamyon("store", "recover", home=home)
    assert json.loads(hamyon("audit", "verify", "--json", home=home).stdout)["ok"] is True
    assert _acts(home) == 5


def test_simulate_stops_at_the_first_full_disk_error(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(disk)]).returncode:
        pytest.skip("mounting a small tmpfs needs root (CAP_SYS_ADMIN)")
    try:
        home = disk / "home"
        hamyon("simulate", "meals", "--count", "3", home=home)
        reader = raw_connection(home)  # holds the store's log open, as the window does: the run
        reader.execute("SELECT count(*) FROM meals").fetchone()  # opens, and the disk fills under it
        with open(disk / "ballast", "wb", buffering=0) as f:
            try:
                while True:
                    f.write(b"\0" * 65536)
            except OSError:
                pass
        started = time.monotonic()
        done = hamyon("simulate", "meals", "--count", "100000", home=home, check=False, timeout=60)
        assert done.returncode == 1 and time.monotonic() - started < 20
        assert done.stderr.strip().splitlines() == [
            "Error: The disk is full: nothing was recorded. Free some space, then try again."
        ]
        (disk / "ballast").unlink()
        reader.close()
        assert _acts(home) == 3
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_new_home_its_logs_and_its_store_are_private(tmp_path: Path) -> None:
    home = tmp_path / "new" / "home"
    hamyon("simulate", "dispenses", "--count", "2", home=home)
    modes = {p.relative_to(home).as_posix(): stat.S_IMODE(p.stat().st_mode) for p in [home, *home.rglob("*")]}
    assert modes["."] == 0o700 and modes["logs"] == 0o700 and modes["keys"] == 0o700
    assert modes["hamyon.db"] == 0o600 and modes["logs/hamyon.log"] == 0o600
    assert all(mode & 0o077 == 0 for mode in modes.values()), modes


@needs_faketime
def test_purge_refuses_a_clock_it_cannot_trust_and_removes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "t"
    hamyon("simulate", "dispenses", "--count", "4", home=home)
    conn = raw_connection(home)
    with conn:
        conn.execute("UPDATE outbox SET state = 'synced'")  # as if the registry held them
    for offset, why in (("+1200d", "1200 days past the last time known here"), ("-400d", "behind")):
        done = faked(offset, "purge", "--json", home=home)
        assert done.returncode == 1 and done.stdout == "", done.stderr
        assert "clock cannot be trusted" in done.stderr and why in done.stderr
        assert "Nothing was removed" in done.stderr
    assert _acts(home) == 4
    assert json.loads(hamyon("purge", "--json", home=home).stdout)["purged"] == 0  # the right clock


def test_the_new_commands_answer_help() -> None:
    for args in (["store", "check"], ["store", "recover"], ["bench", "store-check"]):
        assert "Usage: hamyon" in hamyon(*args, "--help").stdout
