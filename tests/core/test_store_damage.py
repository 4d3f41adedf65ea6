"""A damaged store is found and contained: at every open, on the daily check, and when SQLite meets a
bad page while working; a damaged header is named as damage, not as a wrong key. Real SQLCipher
stores, real bytes flipped in the file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from terminal.core import store_health
from terminal.core.errors import StoreDamaged, StoreKeyError
from terminal.core.status import status
from terminal.core.store import STORE_FILE, Store
from terminal.core.store_cipher import copy_store
from terminal.core.store_key import StoreKeys, new_key
from tests.conftest import open_copy
from tests.damage import flip, root_page, thirds, with_acts


@pytest.fixture(scope="module")
def busy_store(uz_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo site after some 1,300 acts (closed): copied fresh for each test."""
    site = open_copy(uz_template, tmp_path_factory.mktemp("busy") / "home")
    with_acts(site)
    home = site.store.path.parent
    site.close()
    return home


@pytest.fixture
def home(busy_store: Path, tmp_path: Path) -> Path:
    copy_store(busy_store, tmp_path / "home")
    return tmp_path / "home"


def _write(store: Store) -> None:
    with store.write() as db:
        db.execute("INSERT INTO settings (key, value) VALUES ('probe', '1')")


def test_a_sound_store_passes_every_check_and_leaves_no_report(home: Path) -> None:
    with Store.open(home) as store:
        assert store.damage is None and store.check() is None
        _write(store)
    assert not store_health.marker(home / STORE_FILE).exists()


def test_pages_flipped_among_the_acts_are_found_at_open_and_every_write_is_refused(home: Path) -> None:
    path = home / STORE_FILE
    hit = flip(path, *thirds(path))
    with Store.open(home) as store:
        assert store.damage is not None and list(store.damage.pages) == hit
        assert "3 of its" in store.damage.reason and "pages fail their check" in store.damage.reason
        with pytest.raises(StoreDamaged, match=r"is damaged: 3 of its .* 'hamyon store recover'"):
            _write(store)
        st = status(store)
    assert st["store_state"] == "damaged" and st["damaged"]["pages"] == hit
    assert "hamyon store recover" in st["message"]
    # remembered beside the store: the next open, even without the page check, refuses too
    with Store.open(home, check=False) as store, pytest.raises(StoreDamaged):
        _write(store)


def test_damage_met_while_working_is_named_and_remembered(home: Path) -> None:
    """The scheduler opens without the page check; SQLite meets the bad page in a query: the MAC
    failure (and the 'out of memory' SQLCipher gives every read after it) is named as damage."""
    path = home / STORE_FILE
    hit = flip(path, (root_page(home, "transactions") - 1) * 4096 + 300)
    with Store.open(home, check=False) as store:
        assert store.damage is None
        with pytest.raises(StoreDamaged, match="fail their check"):
            store.all("SELECT * FROM transactions")
        with pytest.raises(StoreDamaged):  # the same connection, stuck after the failed page
            store.scalar("SELECT count(*) FROM meals")
        with pytest.raises(StoreDamaged):
            _write(store)
    assert store_health.recorded(path).pages == tuple(hit)


def test_the_daily_check_finds_what_the_open_did_not_look_for(home: Path) -> None:
    path = home / STORE_FILE
    with Store.open(home, check=False) as store:
        assert store.check() is None
        flip(path, *thirds(path))  # the disk fails while the terminal runs
        found = store.check()
        assert found is not None and len(found.pages) == 3
        with pytest.raises(StoreDamaged):
            _write(store)


def test_a_damaged_header_is_named_as_damage_not_as_a_wrong_key(home: Path, tmp_path: Path) -> None:
    Store.open(home).close()  # a store that opened well: its salt is kept beside it
    wrong, salted = tmp_path / "wrong", tmp_path / "salted"
    shutil.copytree(home, wrong)
    shutil.copytree(home, salted)
    flip(home / STORE_FILE, 100)  # inside the first page, past the salt
    with pytest.raises(StoreDamaged, match="its first page \\(the header\\) fails its check"):
        Store.open(home)
    assert store_health.recorded(home / STORE_FILE).pages == (1,)
    flip(salted / STORE_FILE, 0)  # the salt: every page's MAC key comes from it
    with pytest.raises(StoreDamaged, match="its salt \\(the first bytes of the file\\) is damaged"):
        Store.open(salted)
    # a wrong key is still a wrong key: every page fails under it, not just one
    StoreKeys.for_home(wrong).save(new_key())
    with pytest.raises(StoreKeyError) as refused:
        Store.open(wrong)
    assert not isinstance(refused.value, StoreDamaged)
    assert not store_health.marker(wrong / STORE_FILE).exists()
