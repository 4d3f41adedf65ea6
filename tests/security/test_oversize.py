"""Request bodies are bounded: as declared, as streamed and as decompressed (a gzip bomb)."""

from __future__ import annotations

import gzip
import http.client
import random
import socket
import zlib
from collections.abc import Iterator

import pytest

from sync.server.app import MAX_BODY, create_app
from tests.security.conftest import TlsServer
from tests.sync.conftest import Registry, make_registry

LIMIT = 256 * 1024


@pytest.fixture
def reg(sqlite_url: str) -> Iterator[Registry]:
    registry = make_registry(sqlite_url, citizens=5)
    yield registry
    registry.db.close()


@pytest.fixture
def small(reg: Registry) -> Iterator[TlsServer]:
    """The registry with a 256 KB cap on request bodies."""
    server = TlsServer(create_app(reg.db, max_body=LIMIT), None).start()
    yield server
    server.stop()


@pytest.fixture
def default(reg: Registry) -> Iterator[TlsServer]:
    """The registry with its default cap (64 MB)."""
    server = TlsServer(create_app(reg.db), None).start()
    yield server
    server.stop()


def _refused(status: int, body: bytes, limit: int) -> None:
    import json

    assert status == 413
    error = json.loads(body)["error"]
    assert error["code"] == "body_too_large"
    assert error["params"] == {"limit": limit}
    assert str(limit) in error["message"]


def _post(server: TlsServer, body: bytes | Iterator[bytes], headers: dict[str, str]) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    conn.request("POST", "/v1/push", body=body, headers={"Content-Type": "application/json", **headers})
    answer = conn.getresponse()
    data = answer.read()
    conn.close()
    return answer.status, data


def test_a_declared_oversize_body_is_refused_before_it_is_read(default: TlsServer) -> None:
    """Only the headers go out: a 413 comes back at once, the gigabyte is never sent."""
    with socket.create_connection(("127.0.0.1", default.port), timeout=10) as s:
        s.sendall(
            b"POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000000000\r\n\r\n"
        )
        raw = b""
        while b"\r\n\r\n" not in raw or not raw.rstrip().endswith(b"}"):
            chunk = s.recv(65536)
            if not chunk:
                break
            raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    _refused(int(head.split()[1]), body, MAX_BODY)


def test_a_real_oversize_body_is_refused(small: TlsServer) -> None:
    status, data = _post(small, b"[" + b" " * (LIMIT + 10) + b"]", {})
    _refused(status, data, LIMIT)


def test_a_streamed_oversize_body_is_refused(small: TlsServer) -> None:
    """Chunked, without a Content-Length: counted as it comes."""

    def chunks() -> Iterator[bytes]:
        for _ in range(LIMIT // 16384 + 4):
            yield b" " * 16384

    status, data = _post(small, chunks(), {})  # http.client sends it chunked
    _refused(status, data, LIMIT)


def test_a_compressed_body_over_the_cap_is_refused(small: TlsServer) -> None:
    raw = gzip.compress(random.Random(7).randbytes(LIMIT + 1024), compresslevel=1)  # incompressible
    assert len(raw) > LIMIT
    _refused(*_post(small, raw, {"Content-Encoding": "gzip"}), LIMIT)


def test_a_gzip_bomb_is_not_expanded_past_the_cap(small: TlsServer, default: TlsServer) -> None:
    """Under a megabyte that inflates to 160 MB: refused after the cap, never expanded whole."""
    packer = zlib.compressobj(1, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    bomb = b"".join(packer.compress(zeros) for _ in range(160)) + packer.flush()  # 160 MB of zeros
    assert len(bomb) < 2 * 1024 * 1024
    _refused(*_post(small, bomb, {"Content-Encoding": "gzip"}), LIMIT)
    _refused(*_post(default, bomb, {"Content-Encoding": "gzip"}), MAX_BODY)


def test_a_body_under_the_cap_still_reaches_the_routes(small: TlsServer) -> None:
    status, data = _post(small, gzip.compress(b'{"transactions": []}'), {"Content-Encoding": "gzip"})
    assert status == 401 and b"unsigned_request" in data  # unsigned: refused by the route, not the cap
