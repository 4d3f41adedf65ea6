"""A registry that has been running for a year: ``count`` acts written by PostgreSQL itself.

School meals (most of a day's acts nationally) of ``DEVICES`` terminals that are not the bench's,
each act with its identity (``transaction_keys``), its month's row in ``transactions`` (a payload, two
hashes and a signature of the real sizes) and its effect (``meals_served``), received over the twelve
months before now. Written by ``generate_series`` in chunks, a transaction each: ten million acts take
minutes, where pushing them would take hours, and what the bench then measures is how the push and
pull paths fare among them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

from sync.protocol import times
from sync.server.db import RegistryDB
from sync.server.partitions import ensure_months

DEVICES = 2_000
CHUNK = 500_000
YEAR_SECONDS = 365 * 24 * 3600

_WRITE = """
WITH g AS (
    SELECT n, 'archive-' || lpad((n % 2000)::text, 4, '0') AS device_id, n / 2000 + 1 AS seq,
           (:now::timestamptz - make_interval(secs => (n * 2654435761) % 31536000)) AT TIME ZONE 'UTC' AS at
    FROM generate_series(:low::bigint, :high::bigint) AS n
), r AS (
    SELECT n, device_id, seq, md5(n::text)::uuid::text AS uuid, at::date AS day,
           to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"+00:00"') AS stamp
    FROM g
), k AS (
    INSERT INTO transaction_keys (uuid, device_id, seq, kind, hash, outcome, received_at)
    SELECT uuid, device_id, seq, 'meal', md5(uuid) || md5(uuid || 'h'), 'accepted', stamp FROM r
), m AS (
    INSERT INTO meals_served (student_id, session_id, served_on, tx_uuid, device_id)
    SELECT 1000000000 + n, 'ARCHIVE', day::text, uuid, device_id FROM r
)
INSERT INTO transactions (uuid, device_id, seq, kind, operator_id, operator, created_at, payload,
                          prev_hash, hash, signature, received_at, outcome)
SELECT uuid, device_id, seq, 'meal', 2, 'canteen', stamp,
       json_build_object('price', 0, 'school', 'ARCHIVE', 'served_on', day::text, 'session', 'ARCHIVE',
                         'student_id', 1000000000 + n)::text,
       md5(uuid || 'p') || md5(uuid || 'q'), md5(uuid) || md5(uuid || 'h'),
       replace(encode(sha512(uuid::bytea), 'base64'), E'\\n', ''), stamp, 'accepted'
FROM r
"""


def preload(url: str, count: int, say: Callable[[str], None], clock: times.Clock | None = None) -> None:
    """Write ``count`` acts of the past year into the PostgreSQL registry at ``url``, then ANALYZE."""
    now = (clock or times.UtcClock()).now()
    month = now.date().replace(day=1)
    year_ago = date(month.year - 1, month.month, 1)
    db = RegistryDB(url)
    try:
        with db.transaction() as tx:
            ensure_months(tx, year_ago, 12)
        for low in range(1, count + 1, CHUNK):
            high = min(count, low + CHUNK - 1)
            with db.transaction() as tx:
                tx.execute(_WRITE, {"now": times.iso(now), "low": low, "high": high})
            say(f"{high:,} of {count:,} acts stored")
    finally:
        db.close()
    settle(url)


def settle(url: str) -> None:
    """What a registry a year old has had done: vacuumed and analysed, its writes checkpointed (where the
    role may ask for a checkpoint), so the run that follows measures the registry, not the load."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE) transaction_keys, transactions, meals_served")
        with contextlib.suppress(psycopg.errors.InsufficientPrivilege):  # else the background writer will
            conn.execute("CHECKPOINT")
