"""How the terminal trusts the registry over HTTPS: a CA store and an optional pinned certificate.

The registry's certificate is verified against the system's CA store, or only
against a CA bundle configured at ``hamyon setup --ca FILE``. A *pin* (``--pin``)
is the SHA-256 of the registry's certificate or of its public key (the DER
``SubjectPublicKeyInfo``): it is checked on the connection right after the TLS
handshake, before a byte of the request goes out, so a registry that shows
another certificate never sees the request. Both are stored in the terminal's
settings (``registry_tls_pin``, ``registry_tls_ca``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import ssl
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from requests import PreparedRequest
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPSConnection
from urllib3.connectionpool import HTTPSConnectionPool
from urllib3.exceptions import SSLError
from urllib3.util.ssltransport import SSLTransport

if TYPE_CHECKING:  # the typed dicts of requests' stubs, which exist only for type checkers
    from requests.adapters import _HostParams, _PoolKwargs

PIN_SETTING = "registry_tls_pin"
CA_SETTING = "registry_tls_ca"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Trust:
    """What this terminal trusts: ``ca`` (PEM text; None = the system store) and ``pin`` (hex)."""

    ca: str | None = None
    pin: str | None = None


def normalise_pin(text: str) -> str:
    """A SHA-256 fingerprint as 64 lowercase hex digits, from ``AB:CD:..``, ``abcd..``,
    ``sha256:..`` or ``sha256/BASE64`` (HPKP style); ValueError when it is none of these."""
    value = text.strip()
    if value.lower().startswith("sha256/"):
        try:
            raw = base64.b64decode(value[7:], validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("not a SHA-256 fingerprint") from None
        value = raw.hex() if len(raw) == 32 else ""
    value = value.lower().removeprefix("sha256:").removeprefix("sha256=").replace(":", "").replace(" ", "")
    if not _HEX64.match(value):
        raise ValueError("not a SHA-256 fingerprint")
    return value


def fingerprints(der: bytes) -> tuple[str, str]:
    """(SHA-256 of the certificate, SHA-256 of its public key), hex, from the DER certificate."""
    cert = x509.load_der_x509_certificate(der)
    spki = cert.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest(), hashlib.sha256(spki).hexdigest()


def pem_fingerprints(pem: bytes) -> tuple[str, str]:
    """The same from a PEM certificate file's contents (its first certificate)."""
    return fingerprints(x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER))


def check_ca(pem: str) -> None:
    """ValueError unless ``pem`` holds at least one certificate a TLS context accepts."""
    try:
        ssl.create_default_context(cadata=pem)
    except (ssl.SSLError, ValueError, TypeError) as exc:
        raise ValueError("not a PEM certificate bundle") from exc
    if "BEGIN CERTIFICATE" not in pem:
        raise ValueError("not a PEM certificate bundle")


class PinMismatch(SSLError):
    """The registry showed a certificate whose fingerprints are not the pinned one."""

    def __init__(self, seen: str) -> None:
        super().__init__(f"certificate fingerprint {seen} is not the pinned one")
        self.seen = seen


def _pinned_pool(pin: str) -> type[HTTPSConnectionPool]:
    class PinnedConnection(HTTPSConnection):
        def connect(self) -> None:
            super().connect()  # TCP and the TLS handshake (verified): nothing of the request yet
            tls = self.sock  # an SSLSocket, or an SSLTransport through an HTTPS proxy
            der = tls.getpeercert(binary_form=True) if isinstance(tls, ssl.SSLSocket | SSLTransport) else None
            seen = fingerprints(der) if der else ("", "")
            if pin not in seen:
                self.close()
                raise PinMismatch(seen[0])

    class PinnedPool(HTTPSConnectionPool):
        ConnectionCls = PinnedConnection

    return PinnedPool


class TrustAdapter(HTTPAdapter):
    """HTTPS with this terminal's trust: its CA bundle (or the system store), and its pin."""

    def __init__(self, trust: Trust) -> None:
        self.trust = trust
        self.context = ssl.create_default_context(cadata=trust.ca or None)
        super().__init__()

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **kwargs: Any) -> None:
        super().init_poolmanager(connections, maxsize, block, ssl_context=self.context, **kwargs)
        self._pin(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, ssl_context=self.context, **proxy_kwargs)
        self._pin(manager)
        return manager

    def _pin(self, manager: Any) -> None:
        if self.trust.pin:
            classes = dict(manager.pool_classes_by_scheme)
            classes["https"] = _pinned_pool(self.trust.pin)
            manager.pool_classes_by_scheme = classes

    def build_connection_pool_key_attributes(
        self, request: PreparedRequest, verify: bool | str, cert: str | tuple[str, str] | None = None
    ) -> tuple[_HostParams, _PoolKwargs]:
        host, _ = super().build_connection_pool_key_attributes(request, True, None)
        return host, {"cert_reqs": "CERT_REQUIRED"}  # never certifi's bundle, nor REQUESTS_CA_BUNDLE

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        conn.cert_reqs = "CERT_REQUIRED"  # the context above decides whom to trust
