"""The byte-exact forms that hashes and signatures are computed over.

These are part of the wire contract: the terminal's transaction log
(``terminal.core.chain``) hashes the same way, and a test keeps the two equal.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

GENESIS = "0" * 64
TX_FIELDS = ("seq", "uuid", "kind", "operator_id", "created_at", "payload")
AUDIT_FIELDS = ("seq", "at", "operator_id", "action", "subject", "details")


def canonical_json(value: Any) -> str:
    """Keys sorted, no spaces, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def link_hash(fields: Mapping[str, Any], prev_hash: str) -> str:
    """sha256 hex of the canonical JSON of the fields plus ``"prev": prev_hash``."""
    body = canonical_json({**fields, "prev": prev_hash})
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def tx_hash(tx: Mapping[str, Any]) -> str:
    """The chain hash a transaction must carry (``payload`` is its canonical JSON text)."""
    return link_hash({f: tx[f] for f in TX_FIELDS}, tx["prev_hash"])


def audit_hash(entry: Mapping[str, Any]) -> str:
    """The chain hash an audit entry must carry (``details`` is its canonical JSON text)."""
    return link_hash({f: entry[f] for f in AUDIT_FIELDS}, entry["prev_hash"])


def body_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()
