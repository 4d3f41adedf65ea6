"""HTTPS between terminal and registry: the CA bundle, the pinned certificate, production mode."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from sync.errors import HttpsRequired, RegistryCertificateMismatch, RegistryCertificateUntrusted
from sync.protocol.times import UtcClock
from sync.server.app import create_app, serve
from terminal.core.store import Store
from terminal.sync_client.cycle import sync_once
from terminal.sync_client.enroll import enroll, identity
from terminal.sync_client.link import RegistryLink
from terminal.sync_client.tls import Trust, normalise_pin
from tests.cli_runner import hamyon
from tests.security.conftest import Certs, TlsServer, make_certs

CLOCK = UtcClock()


def _code_spent(reg) -> bool:
    return reg.one("SELECT count(*) AS n FROM enrollment_codes WHERE used_at IS NOT NULL")["n"] > 0


@pytest.mark.parametrize("pin", ["none", "cert", "key"])
def test_sync_over_https_with_the_ca_and_the_pin(
    tls_registry, certs: Certs, tmp_path: Path, pin: str
) -> None:
    reg, server = tls_registry
    chosen = {"none": None, "cert": certs.cert_pin, "key": certs.key_pin}[pin]
    trust = Trust(ca=certs.ca.read_text(), pin=chosen)
    with Store.open(tmp_path / "t") as store:
        enroll(store, server.url, reg.code(), CLOCK, trust=trust)
        assert identity(store).trust == trust  # kept in the terminal's settings
        report = sync_once(store, CLOCK)
        assert report.pull.changes > 0
        assert store.scalar("SELECT count(*) FROM citizens") > 0


def test_a_wrong_pin_fails_clearly_and_sends_nothing(tls_registry, certs: Certs, tmp_path: Path) -> None:
    reg, server = tls_registry
    before = server.app.requests
    trust = Trust(ca=certs.ca.read_text(), pin="ab" * 32)
    with Store.open(tmp_path / "t") as store, pytest.raises(RegistryCertificateMismatch) as caught:
        enroll(store, server.url, reg.code(), CLOCK, trust=trust)
    assert "not the one this terminal trusts" in caught.value.message
    assert certs.cert_pin in caught.value.message
    assert not caught.value.retryable
    assert server.app.requests == before  # the TLS handshake only: no request reached the registry
    assert not _code_spent(reg)


def test_an_untrusted_certificate_fails_clearly(tls_registry, certs: Certs, tmp_path: Path) -> None:
    _reg, server = tls_registry
    other = make_certs(tmp_path / "other", "other")
    before = server.app.requests
    for trust in (
        Trust(),
        Trust(ca=other.ca.read_text()),
        Trust(ca=other.ca.read_text(), pin=certs.cert_pin),
    ):
        link = RegistryLink(server.url, CLOCK, trust=trust)
        with pytest.raises(RegistryCertificateUntrusted) as caught:
            link.info()
        link.close()
        assert "cannot be verified" in caught.value.message
        assert "issuer certificate" in caught.value.message
    assert server.app.requests == before


def test_a_moved_certificate_is_refused_by_a_pinned_terminal(
    sqlite_url: str, certs: Certs, tmp_path: Path
) -> None:
    """Same CA, new key (a certificate re-issued by an attacker who got the CA to sign): pin wins."""
    from tests.sync.conftest import make_registry

    reg = make_registry(sqlite_url, citizens=5)
    rogue = make_certs(tmp_path / "rogue", "rogue")
    server = TlsServer(create_app(reg.db), rogue).start()
    try:
        link = RegistryLink(server.url, CLOCK, trust=Trust(ca=rogue.ca.read_text(), pin=certs.key_pin))
        with pytest.raises(RegistryCertificateMismatch):
            link.info()
        link.close()
        assert server.app.requests == 0
    finally:
        server.stop()
        reg.db.close()


def test_production_refuses_plain_http(sqlite_url: str) -> None:
    from tests.sync.conftest import make_registry

    reg = make_registry(sqlite_url, citizens=5)
    server = TlsServer(create_app(reg.db, production=True), None).start()
    try:
        for path in ("/", "/v1/time", "/openapi.json"):
            answer = requests.get(server.url + path, timeout=10)
            assert answer.status_code == 421
            assert answer.json()["error"]["code"] == "https_required"
        # a forwarded header does not make it HTTPS: no proxy is trusted
        answer = requests.post(
            server.url + "/v1/enroll", json={}, headers={"X-Forwarded-Proto": "https"}, timeout=10
        )
        assert answer.status_code == 421
    finally:
        server.stop()
        reg.db.close()
    with pytest.raises(HttpsRequired):
        serve(sqlite_url, "127.0.0.1", 1, production=True)


def test_development_mode_still_speaks_http(sqlite_url: str) -> None:
    from tests.sync.conftest import make_registry

    reg = make_registry(sqlite_url, citizens=5)
    server = TlsServer(create_app(reg.db), None).start()
    try:
        assert requests.get(server.url + "/", timeout=10).status_code == 200
    finally:
        server.stop()
        reg.db.close()


def test_the_command_line(tmp_path: Path, certs: Certs) -> None:
    db = f"sqlite:///{tmp_path / 'r.db'}"
    refused = hamyon("registry", "serve", "--db", db, "--production", check=False, timeout=60)
    assert refused.returncode != 0 and "production mode serves HTTPS only" in refused.stderr
    refused = hamyon(
        "registry", "serve", "--db", db, env={"HAMYON_REGISTRY_MODE": "production"}, check=False, timeout=60
    )
    assert refused.returncode != 0 and "HTTPS only" in refused.stderr
    home = tmp_path / "t"
    bad = hamyon(
        "setup", "--registry", "https://127.0.0.1:1", "--code", "X", "--pin", "nope", home=home, check=False
    )
    assert bad.returncode != 0 and "SHA-256" in bad.stderr
    plain = hamyon(
        "setup",
        "--registry",
        "http://127.0.0.1:1",
        "--code",
        "X",
        "--pin",
        certs.cert_pin,
        home=home,
        check=False,
    )
    assert plain.returncode != 0 and "https://" in plain.stderr


def test_pins_are_read_in_the_usual_spellings(certs: Certs) -> None:
    import base64

    colons = ":".join(certs.cert_pin[i : i + 2] for i in range(0, 64, 2)).upper()
    assert normalise_pin(colons) == certs.cert_pin
    assert normalise_pin(f"sha256:{certs.cert_pin}") == certs.cert_pin
    assert normalise_pin("sha256/" + base64.b64encode(bytes.fromhex(certs.key_pin)).decode()) == certs.key_pin
    for bad in ("", "abc", "zz" * 32, "sha256/!!", "ab" * 33):
        with pytest.raises(ValueError):
            normalise_pin(bad)


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("http://127.0.0.1:8470", True),
        ("http://127.0.0.2", True),
        ("http://localhost:8470", True),
        ("http://[::1]:8470", True),
        ("http://192.0.2.1:8470", False),
        ("http://registry.example.org", False),
        ("http://127.0.0.1.example.org", False),
    ],
)
def test_only_a_loopback_address_counts_as_this_computer(url: str, local: bool) -> None:
    from sync.protocol import on_this_computer

    assert on_this_computer(url) is local


def test_a_plain_http_registry_on_another_computer_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    from sync.errors import PlainHttpRefused

    home = tmp_path / "t"
    with Store.open(home) as store:
        with pytest.raises(PlainHttpRefused, match="not an https:// address"):
            enroll(store, "http://192.0.2.1:8470", "ABCD-EFGH-JKLM", CLOCK)
        assert store.scalar("SELECT count(*) FROM device") == 0
    assert not (home / "device.key").exists() and not list(home.glob("keys/device*"))
    refused = hamyon("setup", "--registry", "http://192.0.2.1:8470", "--code", "ABCD", home=home, check=False)
    assert refused.returncode == 1 and "not an https:// address" in refused.stderr
    # --allow-http (a closed test network) gets past the check, to the network, which is not there.
    tried = hamyon(
        "setup", "--registry", "http://192.0.2.1:9", "--code", "ABCD", "--allow-http", home=home, check=False
    )
    assert tried.returncode == 1 and "cannot be reached" in tried.stderr
