"""The registry's tables, changed only through migrations recorded in ``registry_migrations``.

One DDL text serves both databases; ``{BIG}`` and ``{BLOB}`` are the only
words that differ. A released migration is never edited.
"""

from __future__ import annotations

from sync.protocol.times import UtcClock, iso
from sync.server import partitions
from sync.server.db import RegistryDB, Tx

_WORDS = {
    "sqlite": {"BIG": "INTEGER", "BLOB": "BLOB"},
    "postgresql": {"BIG": "BIGINT", "BLOB": "BYTEA"},
}

M001_REGISTRY = """
CREATE TABLE counters (name TEXT PRIMARY KEY, value {BIG} NOT NULL)
;
INSERT INTO counters (name, value) VALUES ('changes', 0), ('rx_items', 0), ('students', 0)
;
CREATE TABLE entities (
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    scope TEXT NOT NULL,
    data TEXT NOT NULL,
    owner TEXT,
    removed INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (entity, key)
)
;
CREATE INDEX entities_owner ON entities (owner)
;
CREATE TABLE changes (
    id {BIG} PRIMARY KEY,
    scope TEXT NOT NULL,
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'remove')),
    UNIQUE (scope, entity, key)
)
;
CREATE INDEX changes_scope ON changes (scope, id)
;
CREATE TABLE enrollment_codes (
    code_hash TEXT PRIMARY KEY,
    facility_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    device_id TEXT
)
;
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    facility_id TEXT NOT NULL,
    public_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    head_seq {BIG} NOT NULL DEFAULT 0,
    head_hash TEXT NOT NULL,
    duplicates {BIG} NOT NULL DEFAULT 0,
    last_seen_at TEXT
)
;
CREATE TABLE nonces (
    device_id TEXT NOT NULL,
    nonce TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (device_id, nonce)
)
;
CREATE INDEX nonces_seen ON nonces (seen_at)
;
CREATE TABLE transactions (
    uuid TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    seq {BIG} NOT NULL,
    kind TEXT NOT NULL,
    operator_id {BIG},
    operator TEXT,
    created_at TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    signature TEXT NOT NULL,
    received_at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'conflict', 'rejected')),
    reason TEXT,
    UNIQUE (device_id, seq)
)
;
CREATE TABLE rx_items (
    id {BIG} PRIMARY KEY,
    prescription_id TEXT NOT NULL,
    drug_code TEXT NOT NULL,
    qty_prescribed {BIG} NOT NULL,
    qty_dispensed {BIG} NOT NULL DEFAULT 0,
    UNIQUE (prescription_id, drug_code)
)
;
CREATE TABLE rx_dispenses (
    tx_uuid TEXT NOT NULL,
    item_id {BIG} NOT NULL,
    device_id TEXT NOT NULL,
    quantity {BIG} NOT NULL,
    PRIMARY KEY (tx_uuid, item_id)
)
;
CREATE INDEX rx_dispenses_item ON rx_dispenses (item_id)
;
CREATE TABLE meals_served (
    student_id {BIG} NOT NULL,
    session_id TEXT NOT NULL,
    served_on TEXT NOT NULL,
    tx_uuid TEXT NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (student_id, session_id, served_on)
)
;
CREATE TABLE application_claims (
    pin TEXT NOT NULL,
    benefit_type TEXT NOT NULL,
    claimed_on TEXT NOT NULL,
    tx_uuid TEXT NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (pin, benefit_type)
)
;
CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    tx_uuid TEXT NOT NULL,
    with_tx TEXT NOT NULL,
    devices TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    details TEXT NOT NULL
)
"""

M002_AUDIT = """
CREATE TABLE audit_entries (
    device_id TEXT NOT NULL,
    seq {BIG} NOT NULL,
    at TEXT NOT NULL,
    operator_id {BIG},
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
)
;
ALTER TABLE devices ADD COLUMN audit_seq {BIG} NOT NULL DEFAULT 0
;
ALTER TABLE devices ADD COLUMN audit_hash TEXT NOT NULL
    DEFAULT '0000000000000000000000000000000000000000000000000000000000000000'
"""

M003_AUDIT_PROBLEM = """
ALTER TABLE audit_entries ADD COLUMN problem TEXT
"""

M004_REVERSALS = """
CREATE TABLE reversals (
    tx_uuid TEXT PRIMARY KEY,
    reversed_tx TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    device_id TEXT NOT NULL,
    reversed_at TEXT NOT NULL
)
"""

M005_CHAIN_GAPS = """
CREATE TABLE chain_gaps (
    device_id TEXT NOT NULL,
    seq_from {BIG} NOT NULL,
    seq_to {BIG} NOT NULL,
    prev_hash TEXT NOT NULL,
    declared_at TEXT NOT NULL,
    PRIMARY KEY (device_id, seq_from),
    CHECK (seq_to >= seq_from)
)
"""

M006_AIDS = """
CREATE TABLE aid_entitlements (
    id TEXT PRIMARY KEY,
    citizen_pin TEXT NOT NULL,
    aid_code TEXT NOT NULL,
    aid_name TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('mobility', 'hearing', 'vision', 'prosthesis', 'care')),
    state_cost {BIG} NOT NULL CHECK (state_cost >= 0),
    decision_number TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'cancelled', 'handed_over')),
    updated_at TEXT NOT NULL
)
;
CREATE INDEX aid_entitlements_citizen ON aid_entitlements (citizen_pin)
;
CREATE TABLE aids_handed (
    entitlement_id TEXT PRIMARY KEY,
    tx_uuid TEXT NOT NULL,
    device_id TEXT NOT NULL
)
"""

# The registry's own bundle key (an Ed25519 seed: it signs the way back, its Curve25519 twin opens
# the bundles sealed to it), made on first use; and each bundle taken in, by the sha256 of its bytes.
M007_BUNDLE_KEYS = """
CREATE TABLE bundle_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seed TEXT NOT NULL,
    created_at TEXT NOT NULL
)
;
CREATE TABLE bundle_imports (
    digest TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    acts {BIG} NOT NULL,
    seq_from {BIG},
    cursor TEXT NOT NULL,
    imported_at TEXT NOT NULL
)
;
CREATE INDEX bundle_imports_device ON bundle_imports (device_id, created_at)
"""

M008_PACK_SERIALS = """
CREATE TABLE packs_handed (
    gtin TEXT NOT NULL,
    serial TEXT NOT NULL,
    tx_uuid TEXT NOT NULL,
    device_id TEXT NOT NULL,
    PRIMARY KEY (gtin, serial)
)
;
CREATE INDEX packs_handed_tx ON packs_handed (tx_uuid)
"""

# A migration is one DDL text for both databases, or one per dialect where they must differ.
MIGRATIONS: tuple[tuple[str, str | dict[str, str]], ...] = (
    ("m001_registry", M001_REGISTRY),
    ("m002_audit", M002_AUDIT),
    ("m003_audit_problem", M003_AUDIT_PROBLEM),  # an entry's implausible time, kept with it
    ("m004_reversals", M004_REVERSALS),  # a reversal act and the act it cancels, at most one each
    ("m005_chain_gaps", M005_CHAIN_GAPS),  # acts a device declared lost before they reached the registry
    ("m006_aids", M006_AIDS),  # technical aids: entitlements, and the act that handed each one over
    ("m007_bundle_keys", M007_BUNDLE_KEYS),  # USB bundles: the registry's key, the bundles taken in
    ("m008_pack_serials", M008_PACK_SERIALS),  # medicine packs: the dispense that handed each one out
    # acts by month on PostgreSQL; their uuid and (device, seq) kept unique by a narrow table
    ("m009_partitioned_acts", partitions.MIGRATION),
)


def migrate(db: RegistryDB) -> list[str]:
    """Apply the pending migrations (one transaction each, one worker at a time); their names."""
    with db.transaction() as tx:
        _ensure_table(tx)
    applied: list[str] = []
    for name, ddl in MIGRATIONS:
        with db.transaction() as tx:
            if tx.dialect == "postgresql":
                tx.execute("SELECT pg_advisory_xact_lock(7202604)")
            if tx.scalar("SELECT count(*) FROM registry_migrations WHERE name = :n", {"n": name}):
                continue
            text = ddl if isinstance(ddl, str) else ddl[tx.dialect]
            for statement in text.format(**_WORDS[tx.dialect]).split("\n;\n"):
                if statement.strip():
                    tx.execute(statement)
            tx.execute(
                "INSERT INTO registry_migrations (name, applied_at) VALUES (:n, :at)",
                {"n": name, "at": iso(UtcClock().now())},
            )
            applied.append(name)
    with db.transaction() as tx:
        partitions.ensure_months(tx, UtcClock().now().date())
    return applied


def _ensure_table(tx: Tx) -> None:
    if tx.dialect == "postgresql":
        tx.execute("SELECT pg_advisory_xact_lock(7202604)")
    tx.execute(
        "CREATE TABLE IF NOT EXISTS registry_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
