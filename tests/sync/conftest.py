"""Sync fixtures: real registries (in-process uvicorn on a free port, or ``hamyon registry serve``
processes) over SQLite and a scratch PostgreSQL database, seeded; terminals enrolled at them."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
import uvicorn

from sync.protocol.times import UtcClock
from sync.server.app import create_app
from sync.server.db import RegistryDB
from sync.server.enroll import issue_code
from sync.server.schema import migrate
from sync.server.seed import seed
from terminal.bench.pg import scratch_database
from terminal.bench.sync import free_port
from terminal.core.clock import FixedClock
from terminal.core.site import Site
from terminal.core.store import Store
from terminal.demo import demo_people
from terminal.sync_client.cycle import sync_once
from terminal.sync_client.enroll import enroll
from terminal.sync_client.link import RegistryLink
from tests.cli_runner import HAMYON

FACILITY = "F1"
CLOCK = UtcClock()


class Server:
    """A registry served by uvicorn in a thread of the test process."""

    def __init__(self, db: RegistryDB, port: int | None = None) -> None:
        self.db = db
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> Server:
        config = uvicorn.Config(create_app(self.db), host="127.0.0.1", port=self.port, log_level="warning")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        wait_until_up(self.url)
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=15)
            self._server = self._thread = None


class ServerProcess:
    """A registry served by a real ``hamyon registry serve`` process (killable)."""

    def __init__(self, db_url: str, port: int | None = None) -> None:
        self.db_url = db_url
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> ServerProcess:
        env = {k: v for k, v in os.environ.items() if k != "HAMYON_HOME"}
        self.proc = subprocess.Popen(
            [HAMYON, "registry", "serve", "--db", self.db_url, "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        wait_until_up(self.url, self.proc)
        return self

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=15)
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=15)
            self.proc = None


def wait_until_up(url: str, proc: subprocess.Popen | None = None, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            requests.get(url + "/", timeout=1)
            return
        except requests.ConnectionError:
            if proc is not None and proc.poll() is not None:
                raise AssertionError("the registry process ended at start") from None
            time.sleep(0.05)
    raise AssertionError(f"the registry at {url} did not come up")


@pytest.fixture
def serve() -> Iterator[type[ServerProcess]]:
    """``serve(db_url, port=None).start()``: a registry process, killed after the test whatever happens."""
    started: list[ServerProcess] = []

    class Tracked(ServerProcess):
        def start(self) -> ServerProcess:
            started.append(self)
            return super().start()

    yield Tracked
    for proc in started:
        proc.kill()


@dataclass
class Registry:
    db: RegistryDB
    url: str  # database URL
    server: Server | None = None

    @property
    def address(self) -> str:
        assert self.server is not None
        return self.server.url

    def code(self, facility: str = FACILITY) -> str:
        with self.db.transaction() as tx:
            return issue_code(tx, facility, CLOCK)

    def one(self, sql: str, params: dict | None = None) -> dict | None:
        return self.db.run(lambda tx: tx.one(sql, params), write=False)

    def all(self, sql: str, params: dict | None = None) -> list[dict]:
        return self.db.run(lambda tx: tx.all(sql, params), write=False)


def make_registry(url: str, citizens: int = 300, facilities: tuple[str, ...] = (FACILITY,)) -> Registry:
    db = RegistryDB(url)
    migrate(db)
    for facility in facilities:
        seed(db, facility, citizens, demo_people("UZ"), CLOCK)
    return Registry(db, url)


@pytest.fixture(scope="session")
def pg_cluster() -> None:
    """PostgreSQL must be there: started here if it is down (CI also starts it); never skipped."""
    from terminal.bench.pg import ensure_cluster

    if not os.environ.get("HAMYON_TEST_PG"):
        ensure_cluster()


@pytest.fixture
def pg_url(pg_cluster: None) -> Iterator[str]:
    with scratch_database("hamyon_test") as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'registry.db'}"
    else:
        request.getfixturevalue("pg_cluster")
        with scratch_database("hamyon_test") as url:
            yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'registry.db'}"


@pytest.fixture
def registry(sqlite_url: str) -> Iterator[Registry]:
    """A seeded registry on SQLite, served in-process."""
    reg = make_registry(sqlite_url)
    reg.server = Server(reg.db).start()
    yield reg
    reg.server.stop()
    reg.db.close()


@pytest.fixture
def any_registry(db_url: str) -> Iterator[Registry]:
    """The same, on SQLite and on PostgreSQL."""
    reg = make_registry(db_url)
    reg.server = Server(reg.db).start()
    yield reg
    reg.server.stop()
    reg.db.close()


def terminal_clock() -> FixedClock:
    """Terminal time for the acts: a fixed day, moved by the tests (request times use the real clock)."""
    return FixedClock(datetime.now(UTC).replace(hour=5, minute=0, second=0, microsecond=0))


def new_terminal(reg: Registry, home: Path, address: str | None = None, facility: str = FACILITY) -> Site:
    """A terminal enrolled at ``reg`` (through ``address``, e.g. a proxy) and pulled once."""
    store = Store.open(home)
    enroll(store, address or reg.address, reg.code(facility), CLOCK)
    sync_once(store, CLOCK)
    return Site(store, terminal_clock())


def quick_link(site: Site, address: str, read_timeout: float = 3.0) -> RegistryLink:
    from terminal.sync_client.enroll import identity

    me = identity(site.store)
    return RegistryLink(address, CLOCK, me.device, me.key, timeout=(2.0, read_timeout))


def registry_uuids(reg: Registry) -> list[str]:
    return [r["uuid"] for r in reg.all("SELECT uuid FROM transactions ORDER BY uuid")]


def local_uuids(site: Site) -> list[str]:
    return sorted(r["uuid"] for r in site.store.all("SELECT uuid FROM transactions"))
