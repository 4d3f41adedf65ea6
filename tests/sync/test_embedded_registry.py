"""The demo's embedded registry takes its port for itself: never one another program (or another demo
starting at the same moment) listens on, and the same one again right after it stopped."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from sync.server.db import RegistryDB
from sync.server.embedded import EmbeddedRegistry
from sync.server.schema import migrate
from terminal.bench.sync import free_port


@pytest.fixture
def db(tmp_path: Path) -> Iterator[RegistryDB]:
    registry = RegistryDB(f"sqlite:///{tmp_path / 'registry.db'}")
    migrate(registry)
    yield registry
    registry.close()


def answers(registry: EmbeddedRegistry) -> str:
    return requests.get(registry.url + "/", timeout=5).json()["service"]


def test_a_port_another_program_listens_on_is_left_to_it(db: RegistryDB) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        taken = other.getsockname()[1]
        registry = EmbeddedRegistry(db, port=taken).start()
        try:
            assert registry.port != taken and registry.url.endswith(f":{registry.port}")
            assert answers(registry) == "hamyon-registry"
        finally:
            registry.stop()


def test_two_registries_made_for_one_port_before_either_starts_get_a_port_each(db: RegistryDB) -> None:
    wanted = free_port()
    first, second = EmbeddedRegistry(db, port=wanted), EmbeddedRegistry(db, port=wanted)
    try:
        assert first.port == wanted and second.port != wanted
        second.start()
        first.start()
        assert answers(first) == answers(second) == "hamyon-registry"
    finally:
        first.stop()
        second.stop()


def test_the_same_port_again_right_after_a_stop(db: RegistryDB) -> None:
    registry = EmbeddedRegistry(db).start()
    port = registry.port
    assert answers(registry) == "hamyon-registry"  # a connection the server closes: its port in TIME_WAIT
    registry.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(registry.url + "/", timeout=5)

    again = EmbeddedRegistry(db, port=port).start()
    try:
        assert again.port == port and answers(again) == "hamyon-registry"
    finally:
        again.stop()

    registry.start()  # the stopped one started again: its socket was closed, the same port is taken anew
    try:
        assert registry.port == port and answers(registry) == "hamyon-registry"
    finally:
        registry.stop()


def test_a_registry_stopped_before_it_started_leaves_its_port_and_starting_twice_serves_once(
    db: RegistryDB,
) -> None:
    unstarted = EmbeddedRegistry(db)
    unstarted.stop()  # nothing listens there any more: refused at once, never left waiting
    with pytest.raises(requests.ConnectionError):
        requests.get(unstarted.url + "/", timeout=2)

    registry = EmbeddedRegistry(db).start()
    try:
        assert registry.start() is registry and answers(registry) == "hamyon-registry"
    finally:
        registry.stop()
    with pytest.raises(requests.ConnectionError):  # the one server there was is stopped
        requests.get(registry.url + "/", timeout=2)
