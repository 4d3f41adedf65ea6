"""A registry (or something posing as one) that answers with garbage: a gzip bomb, JSON of the wrong
shape, an answer too large. The terminal refuses each with a clear, retryable error, its memory stays
bounded, and nothing of its queue or store changes."""

from __future__ import annotations

import random
import threading
import tracemalloc
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sync.errors import RegistryFailed, SyncError
from sync.protocol.signing import DeviceKey
from sync.protocol.times import UtcClock
from terminal.core.simulate import simulate
from terminal.sync_client.cycle import sync_once
from terminal.sync_client.link import MAX_ANSWER, RegistryLink
from tests.sync.conftest import CLOCK, new_terminal, quick_link


def _gzip_of_zeros(mib: int) -> bytes:
    """``mib`` MiB of zeros, gzipped (about a thousandth of that on the wire), built chunk by chunk."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    return b"".join(packer.compress(zeros) for _ in range(mib)) + packer.flush()


BOMB = _gzip_of_zeros(512)


class Hostile:
    """An HTTP server that answers every request with ``status``, ``body`` and ``headers``."""

    def __init__(self) -> None:
        self.status, self.body, self.headers = 200, b"{}", {"Content-Type": "application/json"}
        hostile = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                self.send_response(hostile.status)
                for name, value in hostile.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(hostile.body)))
                self.end_headers()
                self.wfile.write(hostile.body)

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, body: bytes, status: int = 200, gzipped: bool = False) -> None:
        self.status, self.body = status, body
        self.headers = {"Content-Type": "application/json"}
        if gzipped:
            self.headers["Content-Encoding"] = "gzip"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    server = Hostile()
    yield server
    server.close()


def _link(url: str) -> RegistryLink:
    return RegistryLink(url, UtcClock(), "device-1", DeviceKey.generate(), timeout=(2.0, 10.0))


def test_a_gzip_bomb_is_refused_without_exhausting_memory(hostile: Hostile) -> None:
    hostile.answer(BOMB, gzipped=True)
    tracemalloc.start()
    try:
        with pytest.raises(RegistryFailed) as caught:
            _link(hostile.url).changes("0", 100)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.retryable
    assert "too large" in str(caught.value)
    assert peak < 3 * MAX_ANSWER, f"{peak / 2**20:.0f} MB held for a 512 MiB bomb"


def test_a_plain_answer_larger_than_the_cap_is_refused(hostile: Hostile, monkeypatch) -> None:
    monkeypatch.setattr("terminal.sync_client.link.MAX_ANSWER", 1000)
    hostile.answer(b'{"changes": [], "cursor": "0", "more": false, "pad": "' + b"x" * 2000 + b'"}')
    with pytest.raises(RegistryFailed, match="too large"):
        _link(hostile.url).changes("0", 100)


@pytest.mark.parametrize(
    ("call", "body"),
    [
        ("changes", b"[1, 2, 3]"),
        ("changes", b'"a string"'),
        ("changes", b'{"changes": "not a list", "cursor": "1", "more": false}'),
        ("push", b'{"results": "nothing"}'),
        ("push", b"{}"),
        ("audit", b'{"accepted": [{"no": "shape"}]}'),
        ("info", b"null"),
    ],
)
def test_json_of_the_wrong_shape_is_refused_with_a_clear_error(
    hostile: Hostile, call: str, body: bytes
) -> None:
    hostile.answer(body)
    link = _link(hostile.url)
    run = {
        "changes": lambda: link.changes("0", 100),
        "push": lambda: link.push([]),
        "audit": lambda: link.audit([]),
        "info": link.info,
    }[call]
    with pytest.raises(RegistryFailed) as caught:
        run()
    assert caught.value.retryable
    assert "protocol" in str(caught.value) or "without changes" in str(caught.value)


def test_a_terminal_synced_against_garbage_keeps_its_queue_and_store(registry, tmp_path, hostile) -> None:
    site = new_terminal(registry, tmp_path / "t1")
    simulate(site, "dispenses", 5, random.Random(7))
    queued = site.store.scalar("SELECT count(*) FROM outbox WHERE state = 'queued'")
    citizens = site.store.scalar("SELECT count(*) FROM citizens")
    cursor = site.store.scalar("SELECT cursor FROM sync_cursors WHERE stream = 'registry'")
    assert queued == 5
    for body, gzipped in [(BOMB, True), (b"[]", False), (b'{"results": [{"uuid": 1}]}', False)]:
        hostile.answer(body, gzipped=gzipped)
        with pytest.raises(SyncError):
            sync_once(site.store, CLOCK, link=quick_link(site, hostile.url), sleep=lambda s: None)
        assert site.store.scalar("SELECT count(*) FROM outbox WHERE state = 'queued'") == queued
        assert site.store.scalar("SELECT count(*) FROM citizens") == citizens
        assert site.store.scalar("SELECT cursor FROM sync_cursors WHERE stream = 'registry'") == cursor
    # The real registry is back: the queue drains.
    sync_once(site.store, CLOCK, link=quick_link(site, registry.server.url), sleep=lambda s: None)
    assert site.store.scalar("SELECT count(*) FROM outbox WHERE state = 'queued'") == 0
