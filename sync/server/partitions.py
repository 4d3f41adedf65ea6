"""The acts table by month on PostgreSQL, and the narrow table that keeps each act's identity unique.

A partitioned table cannot hold a unique index that leaves out its partition key, so ``transactions``
(by month of ``received_at``) no longer says by itself that an act's uuid, or a device's sequence
number, is taken once. ``transaction_keys`` does: one narrow row an act, with what the push path reads
(is this uuid known, from which device and with which hash) and what a reversal reads (its device,
kind and outcome). The wide rows (payload, signature) stay in their month, where an old month can be
detached, archived or moved to cheaper storage without touching the month being written.

A month's partition is made ahead of time (when the registry migrates, that is each time a worker
starts: this month and the next ``MONTHS_AHEAD``) and, should a worker run longer than that, by the
first push of a new month. The default partition takes an act whose month has no partition yet; when
that month's partition is made, its acts move into it in the same transaction.
"""

from __future__ import annotations

from datetime import date

from sync.server.db import Tx

MONTHS_AHEAD = 2

KEYS = """
CREATE TABLE transaction_keys (
    uuid TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    seq {BIG} NOT NULL,
    kind TEXT NOT NULL,
    hash TEXT NOT NULL,
    outcome TEXT NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (device_id, seq)
)
;
INSERT INTO transaction_keys (uuid, device_id, seq, kind, hash, outcome, received_at)
    SELECT uuid, device_id, seq, kind, hash, outcome, received_at FROM transactions
"""

# The month's bounds are text: received_at is the registry's own UTC time in ISO 8601, compared byte by
# byte (COLLATE "C"), so '2026-12-06T05:34:33.950+00:00' lies in ['2026-12', '2027-01').
PARTITIONED = """
ALTER TABLE transactions RENAME TO transactions_unpartitioned
;
CREATE TABLE transactions (
    uuid TEXT NOT NULL,
    device_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    kind TEXT NOT NULL,
    operator_id BIGINT,
    operator TEXT,
    created_at TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    signature TEXT NOT NULL,
    received_at TEXT COLLATE "C" NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'conflict', 'rejected')),
    reason TEXT,
    PRIMARY KEY (uuid, received_at)
) PARTITION BY RANGE (received_at)
;
CREATE TABLE transactions_default PARTITION OF transactions DEFAULT
;
DO $$
DECLARE m date;
BEGIN
    FOR m IN SELECT DISTINCT date_trunc('month', left(received_at, 10)::date)::date
             FROM transactions_unpartitioned LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF transactions FOR VALUES FROM (%L) TO (%L)',
                       'transactions_' || to_char(m, 'YYYY_MM'), to_char(m, 'YYYY-MM'),
                       to_char(m + interval '1 month', 'YYYY-MM'));
    END LOOP;
END $$
;
INSERT INTO transactions SELECT * FROM transactions_unpartitioned
;
DROP TABLE transactions_unpartitioned
"""

MIGRATION = {"sqlite": KEYS, "postgresql": KEYS + "\n;\n" + PARTITIONED}

_ensured: set[str] = set()  # months this process has seen made, so a push checks once a month


def month_of(at: str) -> date:
    """The first day of the month of an ISO 8601 time the registry wrote."""
    return date(int(at[0:4]), int(at[5:7]), 1)


def ensure_month(tx: Tx, at: str) -> None:
    """The partition of ``at``'s month exists (PostgreSQL; nothing to do on SQLite)."""
    month = month_of(at)
    if tx.dialect != "postgresql" or month.isoformat() in _ensured:
        return
    ensure_months(tx, month, 0)


def ensure_months(tx: Tx, first: date, ahead: int = MONTHS_AHEAD) -> list[str]:
    """Make the partitions of ``first``'s month and the ``ahead`` after it that are missing, moving
    into each what the default partition holds of its month; the names made."""
    if tx.dialect != "postgresql" or not _exists(tx, "transactions_default"):
        return []  # SQLite, or a registry not yet migrated this far
    tx.execute("SELECT pg_advisory_xact_lock(7202605)")  # one worker at a time makes a month
    made = []
    month = date(first.year, first.month, 1)
    for _ in range(ahead + 1):
        following = _next(month)
        name = f"transactions_{month:%Y_%m}"
        if not _exists(tx, name):
            _make(tx, name, f"{month:%Y-%m}", f"{following:%Y-%m}")
            made.append(name)
        _ensured.add(month.isoformat())
        month = following
    return made


def _make(tx: Tx, name: str, low: str, high: str) -> None:
    # Bounds we formatted from dates ourselves; DDL takes no parameters.
    within = f"received_at >= '{low}' AND received_at < '{high}'"
    tx.execute(f"CREATE TEMP TABLE moving AS SELECT * FROM transactions_default WHERE {within}")
    tx.execute(f"DELETE FROM transactions_default WHERE {within}")
    tx.execute(f"CREATE TABLE {name} PARTITION OF transactions FOR VALUES FROM ('{low}') TO ('{high}')")
    tx.execute("INSERT INTO transactions SELECT * FROM moving")
    tx.execute("DROP TABLE moving")


def _exists(tx: Tx, table: str) -> bool:
    return tx.scalar("SELECT to_regclass(:n) IS NOT NULL", {"n": table}) is True


def _next(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)
