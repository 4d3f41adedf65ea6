"""The registry's news for applications: its decision on an application this terminal registered."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from terminal.core.news_rules import Handlers, ignore


def _decision(db: Database, d: dict[str, Any], at: str) -> None:
    db.execute(
        "INSERT INTO application_decisions (application_id, decision, decided_at, note, received_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (application_id) DO UPDATE SET decision = excluded.decision,"
        " decided_at = excluded.decided_at, note = excluded.note, received_at = excluded.received_at",
        (d["application_id"], d["decision"], d["decided_at"], d.get("note", ""), at),
    )


NEWS: Handlers = {"decision": (_decision, ignore)}
