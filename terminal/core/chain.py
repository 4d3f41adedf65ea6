"""Hash chains for the append-only tables: each row commits to the one before it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from biometrics.phrases import Phrase

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


def first_break(
    rows: Iterable[Mapping[str, Any]], fields: tuple[str, ...], start: tuple[int, str] = (0, GENESIS)
) -> ChainBreak | None:
    """Walk rows in ``seq`` order; report the first one that was edited, removed or reordered.

    ``start`` is the chain's anchor: the (seq, hash) of the last entry a retention purge removed.
    """
    prev_seq, prev_hash = start
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


def anchor(db: Database, chain: str) -> tuple[int, str]:
    """(seq, hash) of the last entry of ``chain`` a retention purge removed; (0, GENESIS) if none."""
    row = db.execute("SELECT seq, hash FROM chain_anchors WHERE chain = ?", (chain,)).fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def head(db: Database, table: str) -> tuple[int, str]:
    """(seq, hash) of the chain's last entry: its last row, else its anchor (all purged), else genesis."""
    last = db.execute(f"SELECT seq, hash FROM {table} ORDER BY seq DESC LIMIT 1").fetchone()
    return (last[0], last[1]) if last else anchor(db, table)
