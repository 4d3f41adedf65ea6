"""A real registry served in-process for a whole test module, on SQLite and on PostgreSQL.

A test module declares its fixture with it::

    @pytest.fixture(scope="module", params=DATABASES)
    def live(request, tmp_path_factory):
        yield from serve(request, tmp_path_factory)

Each test enrolls devices of its own, so tests share the registry without sharing chains.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext

import pytest

from terminal.bench.pg import scratch_database
from tests.sync.conftest import Registry, Server, make_registry

FACILITIES = ("F1", "F2")
DATABASES = ("sqlite", "postgresql")


def serve(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    """Two facilities of 80 citizens each (their pharmacies, schools and canteens), served, on the
    database ``request.param`` names."""
    where: AbstractContextManager[str]
    if request.param == "sqlite":
        where = nullcontext(f"sqlite:///{tmp_path_factory.mktemp('registry') / 'registry.db'}")
    else:
        where = scratch_database("hamyon_test")  # starts the local cluster when it is down
    with where as url:
        reg = make_registry(url, citizens=80, facilities=FACILITIES)
        reg.server = Server(reg.db).start()
        yield reg
        reg.server.stop()
        reg.db.close()
