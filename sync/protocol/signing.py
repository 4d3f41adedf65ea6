"""Ed25519 device keys and the two things they sign: each request and each transaction."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

HEADER_DEVICE = "X-Hamyon-Device"
HEADER_TIME = "X-Hamyon-Time"
HEADER_NONCE = "X-Hamyon-Nonce"
HEADER_SIGNATURE = "X-Hamyon-Signature"
HEADER_PROTOCOL = "X-Hamyon-Protocol"


def request_message(method: str, path: str, device: str, at: str, nonce: str, digest: str) -> bytes:
    """What a request's signature covers: method, path with query, device, time, nonce, body digest."""
    return "\n".join(("HAMYON-REQ-1", method.upper(), path, device, at, nonce, digest)).encode("utf-8")


def tx_message(device: str, tx_hash: str) -> bytes:
    """What a transaction's signature covers: the device and the transaction's chain hash."""
    return f"HAMYON-TX-1\n{device}\n{tx_hash}".encode()


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


class DeviceKey:
    """The device's private key: generated on the terminal, never sent anywhere."""

    def __init__(self, key: Ed25519PrivateKey) -> None:
        self._key = key

    @classmethod
    def generate(cls) -> DeviceKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def load(cls, path: Path) -> DeviceKey:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("not an Ed25519 key")
        return cls(key)

    def save(self, path: Path) -> None:
        """Write the key readable by its owner only (mode 0600), atomically."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = self._key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)

    @property
    def public_key(self) -> str:
        """The public half as base64 of its 32 raw bytes: what the registry stores."""
        raw = self._key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return b64(raw)

    def sign(self, message: bytes) -> str:
        return b64(self._key.sign(message))


def verify(public_key: str, message: bytes, signature: str) -> bool:
    """True when ``signature`` (base64) is the device's signature of ``message``."""
    try:
        key = Ed25519PublicKey.from_public_bytes(unb64(public_key))
        key.verify(unb64(signature), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def valid_public_key(text: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(unb64(text))
    except ValueError:
        return False
    return True
