"""The registry's key for USB bundles, as this terminal learned it over the signed online channel:
with the enrollment answer, or (terminals enrolled before bundles existed) on a sync."""

from __future__ import annotations

import base64
import json

from sqlite_utils import Database

from sync.errors import SyncError
from sync.protocol.models import BundleKey
from terminal.core.store import Store
from terminal.sync_client.link import RegistryLink

KEY_SETTING = "registry_bundle_key"


def remember_key(db: Database, key: BundleKey) -> None:
    """Keep the registry's bundle key (call inside ``Store.write``)."""
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (KEY_SETTING, json.dumps(key.public_key)),
    )


def registry_key(store: Store) -> bytes | None:
    """The registry's Ed25519 public key for bundles, raw; None when never learned."""
    raw = store.scalar("SELECT value FROM settings WHERE key = ?", (KEY_SETTING,))
    return base64.b64decode(json.loads(raw)) if raw else None


def learn_key(store: Store, link: RegistryLink) -> None:
    """Ask the registry for its bundle key once; a registry that does not know bundles leaves the
    terminal as it was."""
    if registry_key(store) is not None:
        return
    try:
        key = link.bundle_key()
    except SyncError:
        return
    with store.write() as db:
        remember_key(db, key)
