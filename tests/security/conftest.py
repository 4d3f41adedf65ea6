"""Security fixtures: a throw-away CA and registry certificate made at test time, and the real
registry served over TLS by uvicorn in a thread of the test process."""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from starlette.types import ASGIApp, Receive, Scope, Send

from sync.server.app import create_app
from terminal.bench.sync import free_port
from terminal.sync_client.tls import pem_fingerprints
from tests.sync.conftest import Registry, make_registry, registry  # noqa: F401 - a fixture


@dataclass
class Certs:
    ca: Path  # the CA certificate (PEM)
    cert: Path  # the registry's certificate, issued by the CA for 127.0.0.1 and localhost
    key: Path
    cert_pin: str  # SHA-256 of the registry's certificate, hex
    key_pin: str  # SHA-256 of its public key (SubjectPublicKeyInfo), hex


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_certs(folder: Path, label: str = "test") -> Certs:
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name(f"Hamyon {label} CA"))
        .issuer_name(_name(f"Hamyon {label} CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    paths = Certs(
        folder / f"{label}-ca.pem", folder / f"{label}-cert.pem", folder / f"{label}-key.pem", "", ""
    )
    paths.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    paths.cert_pin, paths.key_pin = pem_fingerprints(paths.cert.read_bytes())
    return paths


class Counted:
    """ASGI wrapper counting the HTTP requests that reached the app (0: nothing was sent)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.requests = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.requests += 1
        await self.app(scope, receive, send)


class TlsServer:
    """The registry app served by uvicorn in a thread, over TLS when ``certs`` are given."""

    def __init__(self, app: ASGIApp, certs: Certs | None) -> None:
        self.app = Counted(app)
        self.certs = certs
        self.port = free_port()
        self.url = f"{'https' if certs else 'http'}://127.0.0.1:{self.port}"
        tls = {"ssl_certfile": str(certs.cert), "ssl_keyfile": str(certs.key)} if certs else {}
        config = uvicorn.Config(  # as sync.server.app.serve: no proxy's forwarded headers trusted
            self.app, host="127.0.0.1", port=self.port, log_level="critical", proxy_headers=False, **tls
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def start(self) -> TlsServer:
        self._thread.start()
        deadline = datetime.now(UTC) + timedelta(seconds=30)
        while datetime.now(UTC) < deadline:
            if self._server.started:
                return self
            if not self._thread.is_alive():
                break
            threading.Event().wait(0.05)
        raise AssertionError("the TLS registry did not come up")

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)

    def get(self, path: str, **kwargs) -> requests.Response:
        verify = str(self.certs.ca) if self.certs else True
        return requests.get(self.url + path, verify=verify, timeout=10, **kwargs)


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    return make_certs(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def tls_registry(sqlite_url: str, certs: Certs) -> Iterator[tuple[Registry, TlsServer]]:
    """A seeded registry on SQLite served over HTTPS with the test CA's certificate."""
    reg = make_registry(sqlite_url, citizens=40)
    server = TlsServer(create_app(reg.db, production=True), certs).start()
    yield reg, server
    server.stop()
    reg.db.close()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'registry.db'}"
