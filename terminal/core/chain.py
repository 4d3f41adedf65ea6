"""Hash chains for the append-only tables: each row commits to the one before it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from terminal.core.phrases import Phrase

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """The one byte-exact JSON form that hashes and signatures are computed over."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def link_hash(fields: Mapping[str, Any], prev_hash: str) -> str:
    body = canonical_json({**fields, "prev": prev_hash})
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: Phrase  # code: missing, out_of_order or changed


def first_break(rows: Iterable[Mapping[str, Any]], fields: tuple[str, ...]) -> ChainBreak | None:
    """Walk rows in ``seq`` order; report the first one that was edited, removed or reordered."""
    prev_hash, prev_seq = GENESIS, 0
    for row in rows:
        seq = row["seq"]
        if seq != prev_seq + 1:
            return ChainBreak(
                prev_seq + 1, Phrase("entry {seq} is missing", {"seq": prev_seq + 1}, "missing")
            )
        if row["prev_hash"] != prev_hash:
            reason = Phrase(
                "it does not follow the entry before it (removed or reordered)", code="out_of_order"
            )
            return ChainBreak(seq, reason)
        if link_hash({f: row[f] for f in fields}, prev_hash) != row["hash"]:
            return ChainBreak(seq, Phrase("its content was changed after it was written", code="changed"))
        prev_hash, prev_seq = row["hash"], seq
    return None
