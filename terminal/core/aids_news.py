"""The registry's news for technical aids: the aids a citizen is entitled to.

An entitlement this terminal handed over stays handed over, whatever an older word of the registry
says: the act is on its way, and the registry will know it too. Likewise one whose hand-over this
terminal reversed is free again until the registry has had the reversal.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from terminal.core.news_rules import Handlers, citizen_id


def _entitlement(db: Database, d: dict[str, Any], at: str) -> None:
    owner = citizen_id(db, d["citizen_pin"])
    db.execute(
        "INSERT INTO aid_entitlements (id, citizen_id, aid_code, aid_name, category, state_cost,"
        " decision_number, valid_from, valid_until, status, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " citizen_id = excluded.citizen_id, aid_code = excluded.aid_code, aid_name = excluded.aid_name,"
        " category = excluded.category, state_cost = excluded.state_cost,"
        " decision_number = excluded.decision_number, valid_from = excluded.valid_from,"
        " valid_until = excluded.valid_until, updated_at = excluded.updated_at,"
        " status = CASE WHEN EXISTS (SELECT 1 FROM live_aid_handovers h WHERE h.entitlement_id = excluded.id)"
        " THEN 'handed_over' WHEN excluded.status = 'handed_over' AND EXISTS (SELECT 1 FROM aid_handovers h"
        "  JOIN reversals r ON r.reversed_tx = h.tx_uuid JOIN outbox o ON o.tx_uuid = r.tx_uuid"
        "  WHERE h.entitlement_id = excluded.id AND o.state != 'synced')"
        " THEN 'active' ELSE excluded.status END",
        (
            d["id"],
            owner,
            d["aid_code"],
            d["aid_name"],
            d["category"],
            int(d["state_cost"]),
            d["decision_number"],
            d["valid_from"],
            d["valid_until"],
            d.get("status", "active"),
            d["updated_at"],
        ),
    )


def _entitlement_removed(db: Database, key: str, at: str) -> None:
    db.execute(
        "UPDATE aid_entitlements SET status = 'cancelled', updated_at = ? WHERE id = ? AND status = 'active'",
        (at, key),
    )


NEWS: Handlers = {"aid_entitlement": (_entitlement, _entitlement_removed)}
