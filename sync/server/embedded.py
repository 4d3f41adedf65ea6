"""A registry served by uvicorn on a thread of this process: the demo's embedded registry."""

from __future__ import annotations

import socket
import threading
import time

import requests
import uvicorn

from sync.server.app import create_app
from sync.server.db import RegistryDB


def free_port(preferred: int | None = None) -> int:
    """``preferred`` when nothing listens there, else any free port on the loopback."""
    for port in ([preferred] if preferred else []) + [0]:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            bound: int = s.getsockname()[1]  # (host, port) on AF_INET
            return bound
    raise OSError("no free port on 127.0.0.1")


class EmbeddedRegistry:
    def __init__(self, db: RegistryDB, port: int | None = None) -> None:
        self.db = db
        self.port = free_port(port)
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self, seconds: float = 30.0) -> EmbeddedRegistry:
        config = uvicorn.Config(
            create_app(self.db), host="127.0.0.1", port=self.port, log_level="warning", access_log=False
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="embedded-registry", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                requests.get(self.url + "/", timeout=1)
                return self
            except requests.ConnectionError:
                time.sleep(0.05)
        raise OSError(f"the embedded registry did not start on port {self.port}")

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=15)
        self._server = self._thread = None
