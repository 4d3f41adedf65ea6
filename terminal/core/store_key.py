"""Where the store's encryption key lives: never in the store, never beside it in clear for others.

The key is 32 random bytes, used raw by SQLCipher (no passphrase stretching on
every open). It is kept in the operating system's keyring when a real, secure
backend is there (GNOME Keyring / KWallet through Secret Service, the macOS
Keychain, the Windows Credential Locker), else in a key file readable only by
the account the terminal runs as: mode 0600 in a 0700 folder,
``<home>/keys/store.key`` or the path in ``HAMYON_KEY_FILE``. ``HAMYON_KEYRING=off``
forces the key file (the tests set it, so they never touch a developer's keyring).

A key rotation first keeps the new key as *pending* beside the current one;
only after the store is proven to open with it does it become current. Until
then both are known, so a crash at any moment leaves a key that opens the store.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KEY_BYTES = 32
KEY_FILE = Path("keys") / "store.key"
SERVICE = "hamyon-terminal"
_OFF = {"off", "0", "no", "false", "file"}
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
log = logging.getLogger("hamyon.store")


class KeyFileError(OSError):
    """A key file that is there but cannot be read as a key."""


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def sql_literal(key: bytes) -> str:
    """The key as SQLCipher's raw-key literal, for ``PRAGMA key = "x'…'"`` and ``ATTACH … KEY`` (with 16
    more bytes, the salt SQLCipher uses instead of the file's own: recovery of a damaged salt)."""
    if len(key) not in (KEY_BYTES, KEY_BYTES + 16):
        raise ValueError("a store key is 32 bytes")
    return f"\"x'{key.hex()}'\""


@contextlib.contextmanager
def key_files_only() -> Iterator[None]:
    """Keys of throwaway stores (a benchmark's) go to key files, not into the OS keyring."""
    before = os.environ.get("HAMYON_KEYRING")
    os.environ["HAMYON_KEYRING"] = "off"
    try:
        yield
    finally:
        if before is None:
            del os.environ["HAMYON_KEYRING"]
        else:
            os.environ["HAMYON_KEYRING"] = before


def secure_keyring() -> Any | None:
    """The OS keyring backend to keep keys in, or None (off, absent, or only insecure backends)."""
    if os.environ.get("HAMYON_KEYRING", "").strip().lower() in _OFF:
        return None
    try:
        import keyring
        from keyring.backends import chainer

        backend = keyring.get_keyring()
    except Exception:  # no usable keyring at all
        return None
    members = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    secure = [b for b in members if _is_secure(b)]
    return max(secure, key=lambda b: b.priority) if secure else None


def _is_secure(backend: Any) -> bool:
    module = type(backend).__module__
    try:
        priority = float(backend.priority)
    except Exception:
        return False
    return priority > 0 and not module.startswith(_INSECURE_MODULES)


@dataclass(frozen=True)
class StoreKeys:
    """The key (and a pending one, during a rotation) of the store in one home."""

    file: Path
    account: str
    keyring: Any | None
    own_folder: bool = True  # the key file's folder is the home's own (kept at 0700)

    @classmethod
    def for_home(cls, home: Path) -> StoreKeys:
        home = Path(home)
        env = os.environ.get("HAMYON_KEY_FILE")
        file = Path(env) if env else home / KEY_FILE
        account = f"store:{home.resolve()}"
        return cls(file=file, account=account, keyring=secure_keyring(), own_folder=not env)

    @property
    def where(self) -> str:
        """Where a newly saved key goes: ``"keyring"`` or ``"file"``."""
        return "keyring" if self.keyring is not None else "file"

    # --- reading ---------------------------------------------------------------------------------

    def current(self) -> list[bytes]:
        """The keys that may be the current one: the keyring's, then the key file's."""
        return self._read(self.account, self.file)

    def pending(self) -> list[bytes]:
        """The keys of a rotation that may not have finished."""
        return self._read(self.account + "#next", self._pending_file)

    def _read(self, account: str, file: Path) -> list[bytes]:
        found = []
        if self.keyring is not None:
            with contextlib.suppress(Exception):  # a locked or absent keyring: try the file
                text = self.keyring.get_password(SERVICE, account)
                if text:
                    found.append(_decode(text))
        if file.exists():
            try:
                found.append(_decode(file.read_text(encoding="ascii")))
            except (OSError, ValueError) as exc:
                raise KeyFileError(f"the key file {file} cannot be read: {exc}") from exc
        return list(dict.fromkeys(found))

    # --- writing ---------------------------------------------------------------------------------

    def save(self, key: bytes) -> str:
        """Keep ``key`` as the current key, durably; returns where: ``"keyring"`` or ``"file"``."""
        return self._write(self.account, self.file, key)

    def save_pending(self, key: bytes) -> str:
        return self._write(self.account + "#next", self._pending_file, key)

    def promote(self, key: bytes) -> str:
        """``key`` (proven to open the store) becomes current; the pending copy and a stale one go."""
        where = self.save(key)
        if where == "keyring":
            _remove_file(self.file)  # a key file from before the keyring was there holds the old key
        self.forget_pending()
        return where

    def forget_pending(self) -> None:
        if self.keyring is not None:
            with contextlib.suppress(Exception):
                self.keyring.delete_password(SERVICE, self.account + "#next")
        _remove_file(self._pending_file)

    def _write(self, account: str, file: Path, key: bytes) -> str:
        text = key.hex()
        if self.keyring is not None:
            try:
                self.keyring.set_password(SERVICE, account, text)
                if _decode(self.keyring.get_password(SERVICE, account) or "") == key:
                    return "keyring"
            except Exception as exc:  # locked, or gone since it was found: the file will do
                log.warning("the keyring refused the store key (%s); using the key file", type(exc).__name__)
        _write_private(file, text + "\n", self.own_folder)
        return "file"

    @property
    def _pending_file(self) -> Path:
        return self.file.with_name(self.file.name + ".next")


def _decode(text: str) -> bytes:
    key = bytes.fromhex(text.strip())
    if len(key) != KEY_BYTES:
        raise ValueError(f"a store key is {KEY_BYTES} bytes, this one {len(key)}")
    return key


def _write_private(path: Path, text: str, own_folder: bool) -> None:
    """Write ``text`` readable by this account only (0600 in a 0700 folder), atomically and durably."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
    elif own_folder and sys.platform != "win32":
        os.chmod(folder, 0o700)  # the home's keys folder (the device key too): no one else's business
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        _remove_file(tmp)
        raise
    fsync_folder(folder)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` survive a power cut (a no-op where unsupported)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_file(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
