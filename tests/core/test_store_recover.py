"""``hamyon store recover`` at its core: every act, outbox row, audit entry and face that can still be
read goes into a new store; the damaged file is kept aside; a swap cut short is finished. Real
SQLCipher stores with real bytes flipped."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from terminal.core import acts, audit, store_health
from terminal.core.dispensing import DispenseLine
from terminal.core.errors import StoreKeyError, StoreSound
from terminal.core.identification import Identification
from terminal.core.site import Site
from terminal.core.store import STORE_FILE, Store
from terminal.core.store_cipher import copy_store, raw_connection
from terminal.core.store_key import StoreKeys, new_key
from terminal.core.store_recover import finish_swap, recover
from tests.conftest import dispensable_item, fixed_clock, open_copy
from tests.damage import flip, root_page, thirds, with_acts

KEPT = ("transactions", "outbox", "audit", "face_templates", "citizens", "meals", "dispenses")


@pytest.fixture(scope="module")
def busy_store(uz_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = open_copy(uz_template, tmp_path_factory.mktemp("busy") / "home")
    with_acts(site)
    home = site.store.path.parent
    site.close()
    return home


@pytest.fixture
def home(busy_store: Path, tmp_path: Path) -> Path:
    copy_store(busy_store, tmp_path / "home")
    return tmp_path / "home"


def _rows(home: Path, table: str) -> dict[object, tuple]:
    conn = raw_connection(home)
    try:
        key = {"transactions": "seq", "audit": "seq", "outbox": "tx_uuid"}.get(table, "rowid")
        return {r[0]: tuple(r[1:]) for r in conn.execute(f"SELECT {key}, * FROM [{table}]")}
    finally:
        conn.close()


def _snapshot(home: Path) -> dict[str, dict[object, tuple]]:
    return {table: _rows(home, table) for table in KEPT}


def _sound_and_working(home: Path, missing: list[int] | None = None) -> None:
    """The recovered store opens clean, checks out, and takes the next act on its chain (which is
    broken only where acts were lost)."""
    with Store.open(home) as store:
        assert store.damage is None and store.check() is None
        site = Site(store, fixed_clock())
        before = store.scalar("SELECT max(seq) FROM transactions")
        citizen_id, _, item = dispensable_item(site, 1)
        ident = Identification(citizen_id, "face", 0.3)
        site.dispensing.dispense(site.operator("nurse"), ident, [DispenseLine(item.item_id, 1)])
        assert store.scalar("SELECT max(seq) FROM transactions") == before + 1
        broken = acts.verify_log(store)[1]
        assert (broken.seq if broken else None) == (min(missing) if missing else None)


def test_pages_flipped_among_the_acts_lose_only_what_was_on_them(home: Path) -> None:
    before = _snapshot(home)
    path = home / STORE_FILE
    hit = flip(path, *thirds(path))
    Store.open(home).close()  # found at open, remembered
    report = recover(home)
    after = _snapshot(home)
    if report.missing["transactions"]:  # the pages hit do not always hold acts (their uuids vary)
        assert after["audit"].pop(max(after["audit"]))[3] == "acts_lost"  # the recovery's own entry
    assert report.damaged_pages == hit and report.set_aside.startswith("hamyon.db.damaged-")
    # every row that was read is the row that was there; what was lost is what the damaged pages held
    for table in KEPT:  # (an act whose outbox row was lost is queued again: as it was, never synced)
        assert all(before[table][k] == row for k, row in after[table].items()), table
    lost = set(before["transactions"]) - set(after["transactions"])
    assert lost == set(report.missing["transactions"]) and len(lost) < 3 * 60
    # kept as ranges of seqs (the sync declares those the registry never had), and audited
    assert _lost_acts(home) == {s for first, last in report.lost_acts for s in range(first, last + 1)} == lost
    assert sum(len(before[t]) - len(after[t]) for t in KEPT) < 3 * 120  # three pages' worth at most
    # every act kept is queued or synced, and no outbox row names a lost act
    uuids = {row[1] for row in after["transactions"].values()}  # (seq, uuid, ...)
    assert set(after["outbox"]) == uuids
    # the damaged file is kept aside, under the same key, its damage report beside it
    aside = home / report.set_aside
    assert aside.exists() and store_health.recorded(aside) is not None
    assert not store_health.marker(path).exists() and not Path(f"{path}.recovered").exists()
    _sound_and_working(home, report.missing["transactions"])
    again = recover(home, force=True)  # still missing, recorded already: nothing new
    assert again.missing["transactions"] == report.missing["transactions"] and again.lost_acts == []
    assert _lost_acts(home) == lost


def _lost_acts(home: Path) -> set[int]:
    conn = raw_connection(home)
    try:
        rows = conn.execute("SELECT seq_from, seq_to FROM lost_acts").fetchall()
    finally:
        conn.close()
    return {seq for first, last in rows for seq in range(first, last + 1)}


@pytest.mark.parametrize("offset", [100, 0], ids=["schema", "salt"])
def test_a_damaged_header_loses_nothing(home: Path, offset: int) -> None:
    Store.open(home).close()  # a store that opened well: its salt is kept beside it
    before = _snapshot(home)
    flip(home / STORE_FILE, offset)
    report = recover(home)
    assert report.damaged_pages == [1] and report.schema_rebuilt == (offset == 100)
    assert _snapshot(home) == before
    with Store.open(home) as store:
        assert acts.verify_log(store)[1] is None and audit.verify(store)[1] is None
    _sound_and_working(home)


def test_acts_and_audit_entries_are_read_off_their_pages_when_the_tree_above_them_is_damaged(
    home: Path,
) -> None:
    before = _snapshot(home)
    flip(home / STORE_FILE, *((root_page(home, t) - 1) * 4096 + 200 for t in ("transactions", "audit")))
    report = recover(home)
    assert report.found_on_pages == {
        "transactions": len(before["transactions"]),
        "audit": len(before["audit"]),
    }
    after = _snapshot(home)
    assert after["transactions"] == before["transactions"] and after["audit"] == before["audit"]
    with Store.open(home) as store:
        assert acts.verify_log(store)[1] is None and audit.verify(store)[1] is None


def test_a_swap_cut_short_is_finished_by_the_next_open(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _snapshot(home)
    flip(home / STORE_FILE, 100)
    real, calls = os.replace, []

    def dies_after_setting_the_old_file_aside(src, dst):  # type: ignore[no-untyped-def]
        calls.append(dst)
        if str(dst).endswith(STORE_FILE):
            raise KeyboardInterrupt  # the power goes while the new store is being put in place
        return real(src, dst)

    monkeypatch.setattr(os, "replace", dies_after_setting_the_old_file_aside)
    with pytest.raises(KeyboardInterrupt):
        recover(home)
    monkeypatch.setattr(os, "replace", real)
    assert not (home / STORE_FILE).exists() and Path(f"{home / STORE_FILE}.recovered").exists()
    with Store.open(home) as store:  # finishes the swap before anything else
        assert store.damage is None
    assert _snapshot(home) == before
    finish_swap(home / STORE_FILE)  # nothing left to do: changes nothing
    assert _snapshot(home) == before


def test_a_sound_store_is_left_alone_and_a_store_no_key_fits_is_refused(home: Path) -> None:
    digest = hashlib.sha256((home / STORE_FILE).read_bytes()).hexdigest()
    with pytest.raises(StoreSound, match="nothing to recover"):
        recover(home)
    StoreKeys.for_home(home).save(new_key())
    with pytest.raises(StoreKeyError):
        recover(home)
    assert hashlib.sha256((home / STORE_FILE).read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in home.iterdir()) == ["hamyon.db", "keys"]
