"""Rotating the store's key (``hamyon store rekey``): every page re-encrypted, nothing lost, audited.

The order makes a crash at any point harmless: the new key is saved as
*pending* beside the current one; the store is re-keyed in one transaction; the
rotation is written to the audit trail; a fresh connection proves the new key
opens the whole store; only then does the new key become current and the old
one go. Opening a store whose current key no longer fits tries the pending key
and finishes the rotation (:func:`terminal.core.store_cipher.open_keyed`).
"""

from __future__ import annotations

from dataclasses import dataclass

from biometrics.phrases import Phrase
from terminal.core import audit
from terminal.core.clock import Clock, stamp
from terminal.core.errors import StoreCorrupt
from terminal.core.store import Store, translated_errors
from terminal.core.store_cipher import opens_with, rekey
from terminal.core.store_key import new_key


@dataclass(frozen=True)
class Rotation:
    kept_in: str  # "keyring" or "file"
    key_file: str | None  # the key file, when the key is kept in one
    audit_seq: int


def rotate_key(store: Store, clock: Clock) -> Rotation:
    """Re-encrypt ``store`` under a new random key and make it the current key."""
    keys = store.keys
    key = new_key()
    keys.save_pending(key)  # from here on, the old and the new key are both kept
    with translated_errors(store.path):
        rekey(store.db.conn, key)
    with store.write() as db:
        seq = audit.append(
            db, at=stamp(clock), operator_id=None, action="store_rekey", details={"kept_in": keys.where}
        )
    if not opens_with(store.path, key):
        reason = Phrase("it did not open with its new key; the old and the new key are both kept")
        raise StoreCorrupt(path=str(store.path), reason=reason)
    kept_in = keys.promote(key)
    return Rotation(kept_in, str(keys.file) if kept_in == "file" else None, seq)
