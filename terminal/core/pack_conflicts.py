"""Medicine packs the registry found handed out twice (``pack_handed_twice``): the same serial at two
terminals, or twice here, while offline. Kept as the registry reported them (``sync_conflicts``), for the
supervisor's page of what did not go through; no patient's name or ID number, the packs' codes only."""

from __future__ import annotations

import json
from dataclasses import dataclass

from terminal.core.roles import Operator, require
from terminal.core.store import Store
from terminal.core.supervision import RECENT

KIND = "pack_handed_twice"


@dataclass(frozen=True)
class PackConflict:
    detected_at: str
    tx_uuid: str  # the later act, the one in conflict
    number: str  # its short number, as the help desk reads it
    here: bool  # the later act is this terminal's own
    serials: tuple[str, ...]  # "GTIN/serial" of each pack handed out before
    with_tx: tuple[str, ...]  # the acts that handed them out first


def pack_conflicts(store: Store, operator: Operator, limit: int = RECENT) -> list[PackConflict]:
    """Unresolved conflicts over packs handed out twice, newest first."""
    require(operator, "read the audit trail")
    rows = store.all(
        "SELECT c.detected_at, c.tx_uuid, c.with_tx, c.details,"
        " EXISTS (SELECT 1 FROM transactions t WHERE t.uuid = c.tx_uuid) AS here"
        " FROM sync_conflicts c WHERE c.kind = ? AND c.resolved_at IS NULL"
        " ORDER BY c.detected_at DESC, c.id LIMIT ?",
        (KIND, limit),
    )
    return [
        PackConflict(
            r["detected_at"],
            r["tx_uuid"],
            r["tx_uuid"][:8],
            bool(r["here"]),
            tuple(f"{p['gtin']}/{p['serial']}" for p in json.loads(r["details"]).get("packs", [])),
            tuple(json.loads(r["with_tx"])),
        )
        for r in rows
    ]
