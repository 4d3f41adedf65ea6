"""The status bar's counts (refreshed every 5 s on the store thread) read indexes, never a whole table of
templates or citizens: with 100,000 templates a count of the table read 60 MB of pages each time."""

from __future__ import annotations

from terminal.core.site import Site
from terminal.core.status import status

LARGE = ("face_templates", "citizens")


def _statements(site: Site) -> list[str]:
    """Every SQL statement ``status`` runs, as SQLite received it."""
    seen: list[str] = []
    conn = site.store.db.conn
    conn.set_trace_callback(seen.append)
    try:
        report = status(site.store, site.clock)
    finally:
        conn.set_trace_callback(None)
    assert report["templates"] == site.store.scalar(
        "SELECT count(*) FROM face_templates NOT INDEXED WHERE revoked_at IS NULL"
    )
    assert report["citizens"] == site.store.scalar(
        "SELECT count(*) FROM citizens NOT INDEXED WHERE removed_at IS NULL"
    )
    return seen


def test_the_counts_of_templates_and_citizens_read_an_index(site: Site) -> None:
    site.store.db.conn.execute(
        "UPDATE face_templates SET revoked_at = '2026-11-20T10:00:00+05:00' WHERE id = "
        "(SELECT min(id) FROM face_templates)"
    )
    counted = [s for s in _statements(site) if s.lstrip().upper().startswith("SELECT COUNT")]
    assert any("face_templates" in s for s in counted) and any("citizens" in s for s in counted)
    for statement in counted:
        for step in (r[3] for r in site.store.db.conn.execute(f"EXPLAIN QUERY PLAN {statement}")):
            for table in LARGE:  # each step of the plan: a scan of a large table only of an index
                assert not step.startswith(f"SCAN {table}") or "COVERING INDEX" in step, (statement, step)
