"""A fault-injecting HTTP proxy between a terminal and the registry (real sockets, no mocks).

Each request the proxy reads whole, then applies the next fault of its plan
(``pass`` when the plan is empty, or ``chooser(n)`` when one is set):

- ``drop_request``: close after reading only the request head, nothing forwarded;
- ``drop_response``: forward the request, let the registry answer, close without a byte back;
- ``truncate``: forward, send back only the first half of the answer, close;
- ``delay``: forward, hold the answer ``delay`` seconds (past the client's timeout), then send it;
- ``http500`` / ``http503``: answer that status without forwarding;
- ``after503``: forward (the registry commits), answer 503 anyway;
- ``hold``: forward, keep the answer until ``release`` is set, then close without it;
- ``stall``: forward half the request body, signal ``stalled``, wait for ``release``, close.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
import time
from collections.abc import Callable

CANNED = {
    "http500": b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
    "http503": b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
    "after503": b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
}
FAULTS = ("drop_request", "drop_response", "truncate", "delay", "http500", "http503", "after503")


def read_message(sock: socket.socket) -> tuple[bytes, bytes] | None:
    """(head, body) of one HTTP message with a Content-Length, or None if the peer closed."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() == b"transfer-encoding":
            raise AssertionError("the registry answered in chunks: answers must carry their length")
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return head, body


def _close_after(head: bytes) -> bytes:
    lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"connection:")]
    return b"\r\n".join([*lines, b"connection: close"])


class FaultProxy:
    def __init__(self, target_port: int, delay: float = 5.0) -> None:
        self.target = ("127.0.0.1", target_port)
        self.plan: list[str] = []
        self.chooser: Callable[[int], str] | None = None
        self.delay = delay
        self.seen: list[str] = []
        self.held = threading.Event()
        self.stalled = threading.Event()
        self.release = threading.Event()
        self._lock = threading.Lock()
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()

    def _next(self) -> str:
        with self._lock:
            n = len(self.seen)
            fault = self.plan.pop(0) if self.plan else (self.chooser(n) if self.chooser else "pass")
            self.seen.append(fault)
            return fault

    def _handle(self, client: socket.socket) -> None:
        request = read_message(client)
        if request is None:
            return
        head, body = request
        fault = self._next()
        if fault == "drop_request":
            return
        if fault in ("http500", "http503"):
            client.sendall(CANNED[fault])
            return
        with socket.create_connection(self.target, timeout=60) as upstream:
            if fault == "stall":
                upstream.sendall(head + b"\r\n\r\n" + body[: len(body) // 2])
                self.stalled.set()
                self.release.wait(60)
                return
            upstream.sendall(head + b"\r\n\r\n" + body)
            answer = read_message(upstream)
        if answer is None:
            return
        raw = _close_after(answer[0]) + b"\r\n\r\n" + answer[1]
        if fault == "drop_response":
            return
        if fault == "truncate":
            client.sendall(raw[: len(raw) - max(len(answer[1]) // 2, 1)])
            return
        if fault == "after503":
            client.sendall(CANNED["after503"])
            return
        if fault == "hold":
            self.held.set()
            self.release.wait(120)
            return
        if fault == "delay":
            time.sleep(self.delay)
        with contextlib.suppress(OSError):  # the client may have given up waiting
            client.sendall(raw)
