"""``hamyon registry stats``: what the registry holds, as one JSON object."""

from __future__ import annotations

from typing import Any

from sync.server.db import RegistryDB, Tx


def stats(db: RegistryDB) -> dict[str, Any]:
    def read(tx: Tx) -> dict[str, Any]:
        by_device = {
            r["device_id"]: r["n"]
            for r in tx.all(
                "SELECT device_id, count(*) AS n FROM transactions GROUP BY device_id ORDER BY device_id"
            )
        }
        by_kind = {
            r["kind"]: r["n"] for r in tx.all("SELECT kind, count(*) AS n FROM transactions GROUP BY kind")
        }
        by_outcome = {
            r["outcome"]: r["n"]
            for r in tx.all("SELECT outcome, count(*) AS n FROM transactions GROUP BY outcome")
        }
        conflicts = {
            r["kind"]: r["n"] for r in tx.all("SELECT kind, count(*) AS n FROM conflicts GROUP BY kind")
        }
        entities = {
            r["entity"]: r["n"]
            for r in tx.all("SELECT entity, count(*) AS n FROM entities WHERE removed = 0 GROUP BY entity")
        }
        audit = {
            r["device_id"]: r["n"]
            for r in tx.all(
                "SELECT device_id, count(*) AS n FROM audit_entries GROUP BY device_id ORDER BY device_id"
            )
        }
        return {
            "audit": {"total": sum(audit.values()), "by_device": audit},
            "transactions": {
                "total": sum(by_device.values()),
                "by_device": by_device,
                "by_kind": by_kind,
                "by_outcome": by_outcome,
            },
            "conflicts": conflicts,
            "duplicates_received": int(tx.scalar("SELECT coalesce(sum(duplicates), 0) FROM devices") or 0),
            "devices": int(tx.scalar("SELECT count(*) FROM devices") or 0),
            "entities": entities,
            "changes": int(tx.scalar("SELECT count(*) FROM changes") or 0),
        }

    return db.run(read, write=False)
