"""Shared fixtures: a seeded demo site on a fixed clock, copied fresh for every test."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from terminal.core.clock import FixedClock
from terminal.core.demo_site import seed
from terminal.core.site import Site
from terminal.core.store import STORE_FILE, Store
from terminal.core.store_cipher import copy_store

# Store keys go to key files in each test's home, never to the developer's own keyring
# (inherited by the ``hamyon`` processes the tests start).
os.environ["HAMYON_KEYRING"] = "off"
os.environ.pop("HAMYON_KEY_FILE", None)
TASHKENT = ZoneInfo("Asia/Tashkent")
ALMATY = ZoneInfo("Asia/Almaty")
ROOT = Path(__file__).resolve().parents[1]


MAX_WORKERS = 4  # each worker loads the face models and Qt: enough for a CI machine's cores, not a server's


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto`` (pyproject.toml): one test process per core this process may run on, at most four."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def fixed_clock(country: str = "UZ") -> FixedClock:
    return FixedClock(datetime(2026, 11, 20, 10, 0, tzinfo=TASHKENT if country == "UZ" else ALMATY))


def _template(tmp_path_factory: pytest.TempPathFactory, country: str) -> Path:
    home = tmp_path_factory.mktemp(f"template-{country}")
    with Store.open(home) as store:
        seed(store, fixed_clock(country), country, elderly=60)  # type: ignore[arg-type]
    return home / STORE_FILE


@pytest.fixture(scope="session")
def uz_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "UZ")


@pytest.fixture(scope="session")
def kz_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "KZ")


def open_copy(template: Path, home: Path, country: str = "UZ") -> Site:
    copy_store(template.parent, home)
    return Site(Store.open(home), fixed_clock(country))


@pytest.fixture
def site(uz_template: Path, tmp_path: Path):
    """A fresh copy of the seeded Uzbek demo site, at 10:00 on 20 November 2026 in Tashkent."""
    s = open_copy(uz_template, tmp_path / "home")
    yield s
    s.close()


@pytest.fixture
def kz_site(kz_template: Path, tmp_path: Path):
    s = open_copy(kz_template, tmp_path / "home-kz", "KZ")
    yield s
    s.close()


def table_counts(site: Site) -> dict[str, int]:
    """Row counts of every table: 'the store is unchanged' means these are equal."""
    names = [n for n in site.store.db.table_names() if not n.startswith("_")]
    return {n: site.store.scalar(f"SELECT count(*) FROM [{n}]") for n in names}


def snapshot(site: Site) -> dict[str, list]:
    """Every row of every table, for before/after comparisons."""
    names = [n for n in site.store.db.table_names() if not n.startswith("_")]
    return {n: site.store.all(f"SELECT * FROM [{n}] ORDER BY rowid") for n in names}


def dispensable_item(site: Site, min_remaining: int = 2):
    """A (citizen id, prescription, item) that can be dispensed today."""
    nurse = site.operator("nurse")
    for row in site.store.all("SELECT DISTINCT citizen_id FROM prescriptions ORDER BY citizen_id"):
        for p in site.dispensing.prescriptions(nurse, row["citizen_id"]):
            for item in p.items:
                if p.problem is None and item.remaining >= min_remaining and item.in_stock >= min_remaining:
                    return row["citizen_id"], p, item
    raise AssertionError("the demo site has nothing to dispense")
