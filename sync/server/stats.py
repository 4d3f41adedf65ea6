"""``hamyon registry stats``: what the registry holds, as one JSON object.

``transactions.counted`` is what the acts amount to: by kind, those taken into account (accepted or
in conflict) and not cancelled by a reversal; ``by_kind`` counts every act stored, reversals too."""

from __future__ import annotations

from typing import Any

from sync.server.db import RegistryDB, Tx


def stats(db: RegistryDB) -> dict[str, Any]:
    def read(tx: Tx) -> dict[str, Any]:
        by_device = {
            r["device_id"]: r["n"]
            for r in tx.all(
                "SELECT device_id, count(*) AS n FROM transaction_keys GROUP BY device_id ORDER BY device_id"
            )
        }
        by_kind = {
            r["kind"]: r["n"]
            for r in tx.all("SELECT kind, count(*) AS n FROM transaction_keys GROUP BY kind")
        }
        by_outcome = {
            r["outcome"]: r["n"]
            for r in tx.all("SELECT outcome, count(*) AS n FROM transaction_keys GROUP BY outcome")
        }
        reversed_ = {
            r["kind"]: r["n"] for r in tx.all("SELECT kind, count(*) AS n FROM reversals GROUP BY kind")
        }
        counted = {
            r["kind"]: r["n"]
            for r in tx.all(
                "SELECT kind, count(*) AS n FROM transaction_keys WHERE outcome IN ('accepted', 'conflict')"
                " AND kind <> 'reversal' AND uuid NOT IN (SELECT reversed_tx FROM reversals) GROUP BY kind"
            )
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
        gaps = tx.one("SELECT count(*) AS n, coalesce(sum(seq_to - seq_from + 1), 0) AS acts FROM chain_gaps")
        assert gaps is not None
        return {
            "audit": {"total": sum(audit.values()), "by_device": audit},
            "transactions": {
                "total": sum(by_device.values()),
                "by_device": by_device,
                "by_kind": by_kind,
                "by_outcome": by_outcome,
                "reversed": reversed_,  # acts cancelled by a later reversal act
                "counted": counted,  # acts that count: taken into account and not reversed
            },
            "conflicts": conflicts,
            # acts devices declared lost before they reached the registry (a damaged store)
            "gaps": {"declared": int(gaps["n"]), "acts": int(gaps["acts"])},
            "duplicates_received": int(tx.scalar("SELECT coalesce(sum(duplicates), 0) FROM devices") or 0),
            "devices": int(tx.scalar("SELECT count(*) FROM devices") or 0),
            "entities": entities,
            "changes": int(tx.scalar("SELECT count(*) FROM changes") or 0),
        }

    return db.run(read, write=False)
