"""A registry served by uvicorn on a thread of this process: the demo's embedded registry."""

from __future__ import annotations

import os
import socket
import sys
import threading
import time

import uvicorn

from sync.server.app import create_app
from sync.server.db import RegistryDB


def listening_socket(preferred: int | None = None) -> socket.socket:
    """A socket listening on the loopback: at ``preferred`` when nothing listens there, else at any free
    port. Bound here and handed to the server, so that no other process can take the port in between
    (and the terminal is never pointed at whatever else answers there)."""
    for port in ([preferred] if preferred else []) + [0]:
        sock = socket.socket()
        if sys.platform.startswith("linux"):
            # a port left in TIME_WAIT by a registry that just ended is taken again; never one listened on
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        elif os.name == "nt":  # no other program may bind it beside this one, whatever options it sets
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
        try:
            sock.bind(("127.0.0.1", port))
            sock.listen(128)
        except OSError:
            sock.close()
            continue
        return sock
    raise OSError("no free port on 127.0.0.1")


class EmbeddedRegistry:
    def __init__(self, db: RegistryDB, port: int | None = None) -> None:
        self.db = db
        self._listen(port)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def _listen(self, port: int | None) -> None:
        self._socket = listening_socket(port)
        self.port: int = self._socket.getsockname()[1]  # (host, port) on AF_INET
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self, seconds: float = 30.0) -> EmbeddedRegistry:
        if self._thread is not None and self._thread.is_alive():
            return self  # already serving
        if self._socket.fileno() == -1:  # closed by the last stop: the same port again
            self._listen(self.port)
        config = uvicorn.Config(create_app(self.db), log_level="warning", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, args=([self._socket],), name="embedded-registry", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + seconds
        while not self._server.started:  # uvicorn's own flag: its startup ended and it serves the socket
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise OSError(f"the embedded registry did not start on port {self.port}")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=15)
        self._socket.close()  # the server closes it once it started; never left listening with nobody serving
        self._server = self._thread = None
