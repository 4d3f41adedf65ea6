"""The device key that signs this terminal's receipts: the enrollment's key, or one made for a terminal
that was never set up at a registry (a demo or training site), so that its receipts are signed too.

The key file is the sync client's (``HOME/keys/device.key``, :mod:`terminal.sync_client.enroll`); its
public half is recorded with the device. A terminal set up at a registry never gets a new key here:
without its key it must be set up again. A terminal that has acts cannot be enrolled afterwards (the
enrollment wants an empty home), so a key made here is never replaced under receipts already signed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sync.errors import KeyMissing
from sync.protocol.signing import DeviceKey
from terminal.core.store import Store

KEY_FILE = Path("keys") / "device.key"  # the same file as terminal.sync_client.enroll.KEY_FILE


@dataclass(frozen=True)
class DeviceSigner:
    device: str
    key: DeviceKey


def key_path(store: Store) -> Path:
    return store.path.parent / KEY_FILE


def recorded(store: Store) -> dict[str, str | None] | None:
    """This terminal's device row: its id, public key (None before one exists) and registry."""
    return store.one(
        "SELECT id, public_key, registered_at FROM device ORDER BY registered_at IS NULL LIMIT 1"
    )


def signer(store: Store) -> DeviceSigner:
    """The device id and key that sign receipts; a key is made (and its public half recorded) for a
    terminal never set up at a registry. KeyMissing when an enrolled terminal's key is gone or not its own."""
    row = recorded(store)
    if row is None:
        raise KeyMissing(path=str(key_path(store)))
    device, public_key = str(row["id"]), row["public_key"]
    path = key_path(store)
    if path.exists() or row["registered_at"] is not None or public_key is not None:
        try:
            key = DeviceKey.load(path)
        except (OSError, ValueError) as exc:
            raise KeyMissing(path=str(path)) from exc
        if public_key is not None and key.public_key != public_key:
            raise KeyMissing(path=str(path))
        if public_key is None:
            _record(store, device, key)
        return DeviceSigner(device, key)
    key = DeviceKey.generate()
    key.save(path)  # before the store names its public half: never a recorded key without its file
    _record(store, device, key)
    return DeviceSigner(device, key)


def _record(store: Store, device: str, key: DeviceKey) -> None:
    with store.write() as db:
        db.execute("UPDATE device SET public_key = ? WHERE id = ?", (key.public_key, device))
