"""The store's schema, changed only through migrations recorded in the database.

Each migration is a feature that arrived in order; a released migration is
never edited (tests compare the first one with a frozen copy). Statements run
one by one inside the migration's transaction: ``executescript`` would commit.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("hamyon")


def _run(db: Database, statements: str) -> None:
    for statement in statements.split("\n;\n"):
        if statement.strip():
            db.execute(statement)


def _append_only(table: str) -> str:
    return f"""
CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END
;
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END
;
"""


@migrations(name="m001_core_and_dispensing")
def m001_core_and_dispensing(db: Database) -> None:
    _run(
        db,
        """
CREATE TABLE facility (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('polyclinic', 'school', 'mahalla', 'mixed')),
    country TEXT NOT NULL CHECK (country IN ('UZ', 'KZ')),
    region TEXT NOT NULL,
    district TEXT NOT NULL,
    catchment TEXT NOT NULL,
    timezone TEXT NOT NULL,
    currency TEXT NOT NULL
)
;
CREATE TABLE device (
    id TEXT PRIMARY KEY,
    facility_id TEXT NOT NULL REFERENCES facility(id),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    registry_url TEXT,
    registered_at TEXT
)
;
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
;
CREATE TABLE operators (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('nurse', 'canteen', 'inspector', 'supervisor')),
    secret_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
)
;
CREATE TABLE citizens (
    id INTEGER PRIMARY KEY,
    pin TEXT NOT NULL UNIQUE,
    surname TEXT NOT NULL,
    given_name TEXT NOT NULL,
    patronymic TEXT NOT NULL DEFAULT '',
    birth_date TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
    catchment TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    removed_at TEXT
)
;
CREATE TABLE face_templates (
    id INTEGER PRIMARY KEY,
    citizen_id INTEGER NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
    encoding BLOB NOT NULL CHECK (length(encoding) = 512),
    source TEXT NOT NULL CHECK (source IN ('registry', 'terminal')),
    registry_id TEXT UNIQUE,
    consent_at TEXT,
    created_at TEXT NOT NULL,
    last_seen_at TEXT,
    revoked_at TEXT,
    CHECK (source = 'registry' OR consent_at IS NOT NULL)
)
;
CREATE INDEX face_templates_citizen ON face_templates(citizen_id)
;
CREATE TABLE drugs (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    form TEXT NOT NULL,
    unit TEXT NOT NULL,
    state_price INTEGER NOT NULL CHECK (state_price >= 0),
    updated_at TEXT NOT NULL
)
;
CREATE TABLE prescriptions (
    id TEXT PRIMARY KEY,
    citizen_id INTEGER NOT NULL REFERENCES citizens(id),
    number TEXT NOT NULL,
    prescriber TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
    CHECK (valid_from <= valid_until)
)
;
CREATE INDEX prescriptions_citizen ON prescriptions(citizen_id)
;
CREATE TABLE prescription_items (
    id INTEGER PRIMARY KEY,
    prescription_id TEXT NOT NULL REFERENCES prescriptions(id) ON DELETE CASCADE,
    drug_code TEXT NOT NULL REFERENCES drugs(code),
    dosage TEXT NOT NULL DEFAULT '',
    qty_prescribed INTEGER NOT NULL CHECK (qty_prescribed > 0),
    qty_dispensed INTEGER NOT NULL DEFAULT 0
        CHECK (qty_dispensed >= 0 AND qty_dispensed <= qty_prescribed)
)
;
CREATE INDEX prescription_items_prescription ON prescription_items(prescription_id)
;
CREATE TABLE stock (
    drug_code TEXT PRIMARY KEY REFERENCES drugs(code),
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    updated_at TEXT NOT NULL
)
;
CREATE TABLE transactions (
    seq INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    operator_id INTEGER REFERENCES operators(id),
    created_at TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
)
;
CREATE TABLE outbox (
    tx_uuid TEXT PRIMARY KEY REFERENCES transactions(uuid),
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'synced', 'set_aside')),
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    last_error TEXT,
    registry_status TEXT,
    synced_at TEXT
)
;
CREATE INDEX outbox_state ON outbox(state)
;
CREATE TABLE sync_cursors (
    stream TEXT PRIMARY KEY,
    cursor TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
;
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_success_at TEXT,
    last_attempt_at TEXT,
    last_error TEXT
)
;
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    operator_id INTEGER REFERENCES operators(id),
    action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
)
;
CREATE TABLE dispenses (
    id INTEGER PRIMARY KEY,
    tx_uuid TEXT NOT NULL UNIQUE REFERENCES transactions(uuid),
    citizen_id INTEGER NOT NULL REFERENCES citizens(id),
    operator_id INTEGER NOT NULL REFERENCES operators(id),
    id_method TEXT NOT NULL CHECK (id_method IN ('face', 'id_number_face', 'override')),
    match_distance REAL,
    supervisor_id INTEGER REFERENCES operators(id),
    override_reason TEXT,
    dispensed_at TEXT NOT NULL,
    total_cost INTEGER NOT NULL CHECK (total_cost >= 0),
    CHECK (id_method <> 'override'
           OR (supervisor_id IS NOT NULL AND length(trim(override_reason)) > 0))
)
;
CREATE INDEX dispenses_citizen ON dispenses(citizen_id)
;
CREATE TABLE dispense_items (
    id INTEGER PRIMARY KEY,
    dispense_id INTEGER NOT NULL REFERENCES dispenses(id),
    prescription_item_id INTEGER NOT NULL REFERENCES prescription_items(id),
    drug_code TEXT NOT NULL REFERENCES drugs(code),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    cost INTEGER NOT NULL CHECK (cost = quantity * unit_price)
)
;
CREATE INDEX dispense_items_dispense ON dispense_items(dispense_id)
;
CREATE INDEX dispense_items_item ON dispense_items(prescription_item_id)
;
INSERT INTO sync_state (id) VALUES (1)
;
"""
        + _append_only("transactions")
        + _append_only("audit")
        + _append_only("dispenses")
        + _append_only("dispense_items"),
    )


@migrations(name="m002_school_meals")
def m002_school_meals(db: Database) -> None:
    _run(
        db,
        """
CREATE TABLE schools (
    id TEXT PRIMARY KEY,
    facility_id TEXT NOT NULL REFERENCES facility(id),
    name TEXT NOT NULL
)
;
CREATE TABLE classes (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    name TEXT NOT NULL,
    grade INTEGER NOT NULL CHECK (grade BETWEEN 0 AND 11),
    UNIQUE (school_id, name)
)
;
CREATE TABLE students (
    id INTEGER PRIMARY KEY,
    citizen_id INTEGER NOT NULL REFERENCES citizens(id),
    class_id TEXT NOT NULL REFERENCES classes(id),
    meal_eligible INTEGER NOT NULL DEFAULT 0 CHECK (meal_eligible IN (0, 1)),
    eligibility_basis TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (citizen_id, class_id)
)
;
CREATE INDEX students_class ON students(class_id)
;
CREATE TABLE meal_sessions (
    id TEXT PRIMARY KEY,
    school_id TEXT NOT NULL REFERENCES schools(id),
    name TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    price INTEGER NOT NULL CHECK (price >= 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
)
;
CREATE TABLE meals (
    id INTEGER PRIMARY KEY,
    tx_uuid TEXT NOT NULL UNIQUE REFERENCES transactions(uuid),
    student_id INTEGER NOT NULL REFERENCES students(id),
    class_id TEXT NOT NULL REFERENCES classes(id),
    session_id TEXT NOT NULL REFERENCES meal_sessions(id),
    served_on TEXT NOT NULL,
    served_at TEXT NOT NULL,
    operator_id INTEGER NOT NULL REFERENCES operators(id),
    price INTEGER NOT NULL CHECK (price >= 0),
    UNIQUE (student_id, session_id, served_on)
)
;
CREATE INDEX meals_day ON meals(served_on, session_id)
;
"""
        + _append_only("meals"),
    )


def _frozen_once_submitted(table: str) -> str:
    """Rows of a submitted application can be neither added, changed nor removed."""
    guard = "(SELECT status FROM applications WHERE id = {row}.application_id) = 'submitted'"
    return f"""
CREATE TRIGGER {table}_frozen_insert BEFORE INSERT ON {table}
WHEN {guard.format(row="NEW")}
BEGIN SELECT RAISE(ABORT, 'a submitted application is immutable'); END
;
CREATE TRIGGER {table}_frozen_update BEFORE UPDATE ON {table}
WHEN {guard.format(row="OLD")}
BEGIN SELECT RAISE(ABORT, 'a submitted application is immutable'); END
;
CREATE TRIGGER {table}_frozen_delete BEFORE DELETE ON {table}
WHEN {guard.format(row="OLD")}
BEGIN SELECT RAISE(ABORT, 'a submitted application is immutable'); END
;
"""


@migrations(name="m003_applications")
def m003_applications(db: Database) -> None:
    _run(
        db,
        """
CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
    benefit_type TEXT
        CHECK (benefit_type IN ('childcare_under_2', 'children_under_14', 'low_income_aid')),
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    consent_at TEXT,
    operator_id INTEGER NOT NULL REFERENCES operators(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT,
    assessment TEXT,
    flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
    tx_uuid TEXT UNIQUE REFERENCES transactions(uuid),
    CHECK (status = 'draft'
           OR (submitted_at IS NOT NULL AND tx_uuid IS NOT NULL AND consent_at IS NOT NULL))
)
;
CREATE TABLE application_members (
    id INTEGER PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    pin TEXT NOT NULL,
    full_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    relation TEXT NOT NULL CHECK (relation IN
        ('applicant', 'spouse', 'child', 'parent', 'sibling', 'grandchild', 'other')),
    occupation TEXT NOT NULL DEFAULT '',
    restricted_body TEXT CHECK (restricted_body IN
        ('defence', 'interior', 'emergency', 'security', 'national_guard', 'customs')),
    UNIQUE (application_id, pin)
)
;
CREATE INDEX application_members_pin ON application_members(pin)
;
CREATE TABLE application_incomes (
    id INTEGER PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    member_pin TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN
        ('salary', 'pension', 'allowance', 'business', 'agriculture', 'other')),
    monthly_amount INTEGER NOT NULL CHECK (monthly_amount >= 0)
)
;
CREATE TABLE application_assets (
    id INTEGER PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN
        ('dwelling', 'land', 'vehicle', 'livestock', 'deposit', 'other')),
    description TEXT NOT NULL DEFAULT '',
    value INTEGER NOT NULL CHECK (value >= 0)
)
;
CREATE TRIGGER applications_frozen_update BEFORE UPDATE ON applications
WHEN OLD.status = 'submitted'
BEGIN SELECT RAISE(ABORT, 'a submitted application is immutable'); END
;
CREATE TRIGGER applications_frozen_delete BEFORE DELETE ON applications
WHEN OLD.status = 'submitted'
BEGIN SELECT RAISE(ABORT, 'a submitted application is immutable'); END
;
"""
        + _frozen_once_submitted("application_members")
        + _frozen_once_submitted("application_incomes")
        + _frozen_once_submitted("application_assets"),
    )


@migrations(name="m004_sync")
def m004_sync(db: Database) -> None:
    """The sync client: the device key's public half, registry ids for pulled rows, what the
    registry told us (conflicts, deliveries, decisions) and the link's state."""
    _run(
        db,
        """
ALTER TABLE device ADD COLUMN public_key TEXT
;
ALTER TABLE prescription_items ADD COLUMN registry_id INTEGER
;
CREATE UNIQUE INDEX prescription_items_registry ON prescription_items(registry_id)
;
ALTER TABLE sync_state ADD COLUMN online INTEGER CHECK (online IN (0, 1))
;
ALTER TABLE sync_state ADD COLUMN failures INTEGER NOT NULL DEFAULT 0
;
ALTER TABLE sync_state ADD COLUMN last_push_at TEXT
;
ALTER TABLE sync_state ADD COLUMN last_pull_at TEXT
;
CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    tx_uuid TEXT NOT NULL,
    with_tx TEXT NOT NULL DEFAULT '[]',
    detected_at TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}',
    received_at TEXT NOT NULL,
    resolved_at TEXT
)
;
CREATE INDEX sync_conflicts_tx ON sync_conflicts(tx_uuid)
;
CREATE TABLE stock_deliveries (
    id TEXT PRIMARY KEY,
    drug_code TEXT NOT NULL REFERENCES drugs(code),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    delivered_at TEXT NOT NULL,
    received_at TEXT NOT NULL
)
;
CREATE TABLE application_decisions (
    application_id TEXT PRIMARY KEY,
    decision TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL
)
;
CREATE TABLE sync_pending (
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    data TEXT NOT NULL,
    waiting_for TEXT NOT NULL,
    PRIMARY KEY (entity, key)
)
;
""",
    )


@migrations(name="m005_sync_rejected_changes")
def m005_sync_rejected_changes(db: Database) -> None:
    """Pulled changes that cannot be applied, kept for a supervisor instead of being dropped."""
    _run(
        db,
        """
CREATE TABLE sync_rejected_changes (
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    op TEXT NOT NULL,
    data TEXT NOT NULL,
    reason TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (entity, key)
)
;
""",
    )


@migrations(name="m006_operator_lockout_and_overrides")
def m006_operator_lockout_and_overrides(db: Database) -> None:
    """Wrong PINs in a row per login (a lockout survives a restart), and a supervisor's one-time
    override grants: signed with their own PIN for one citizen and one operator, used once."""
    _run(
        db,
        """
CREATE TABLE operator_lockouts (
    login TEXT PRIMARY KEY,
    failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_failure_at TEXT,
    locked_until TEXT,
    locked_hash TEXT
)
;
CREATE TABLE override_grants (
    id TEXT PRIMARY KEY,
    citizen_id INTEGER NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
    operator_id INTEGER NOT NULL REFERENCES operators(id),
    supervisor_id INTEGER NOT NULL REFERENCES operators(id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    granted_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    used_tx TEXT,
    CHECK ((used_at IS NULL) = (used_tx IS NULL))
)
;
CREATE INDEX override_grants_citizen ON override_grants(citizen_id)
;
""",
    )


def _purgeable_after_anchor(table: str, seq_of_row: str) -> str:
    """Rows stay append-only, except those at or below their chain's purge anchor (retention)."""
    return f"""
DROP TRIGGER {table}_no_delete
;
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
WHEN coalesce({seq_of_row}, 9223372036854775807)
     > coalesce((SELECT seq FROM chain_anchors WHERE chain = 'transactions'), 0)
BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END
;
"""


def _submitted_purgeable(table: str, app_id: str) -> str:
    """A submitted application stays frozen, unless its act was purged under retention."""
    tx_seq = (
        f"(SELECT t.seq FROM applications a JOIN transactions t ON t.uuid = a.tx_uuid WHERE a.id = {app_id})"
    )
    name = "applications_frozen_delete" if table == "applications" else f"{table}_frozen_delete"
    status = (
        "OLD.status" if table == "applications" else f"(SELECT status FROM applications WHERE id = {app_id})"
    )
    return f"""
DROP TRIGGER {name}
;
CREATE TRIGGER {name} BEFORE DELETE ON {table}
WHEN {status} = 'submitted' AND coalesce({tx_seq}, 9223372036854775807)
     > coalesce((SELECT seq FROM chain_anchors WHERE chain = 'transactions'), 0)
BEGIN SELECT RAISE(ABORT, 'a submitted application is immutable'); END
;
"""


@migrations(name="m007_retention")
def m007_retention(db: Database) -> None:
    """Retention: chain anchors (the last purged entry of each chain, so verification starts there),
    a citizen's last-seen time (templates of citizens unseen for long are purged), how far the
    registry holds the audit trail. Deleting from the append-only tables is allowed only at or below
    the anchor, which can only move forward."""
    tx_of = "(SELECT seq FROM transactions WHERE uuid = OLD.tx_uuid)"
    item_tx = (
        "(SELECT t.seq FROM dispenses d JOIN transactions t ON t.uuid = d.tx_uuid"
        " WHERE d.id = OLD.dispense_id)"
    )
    _run(
        db,
        """
CREATE TABLE chain_anchors (
    chain TEXT PRIMARY KEY CHECK (chain IN ('transactions', 'audit')),
    seq INTEGER NOT NULL CHECK (seq > 0),
    hash TEXT NOT NULL,
    purged_at TEXT NOT NULL
)
;
CREATE TRIGGER chain_anchors_forward BEFORE UPDATE ON chain_anchors
WHEN NEW.seq < OLD.seq OR NEW.chain <> OLD.chain
BEGIN SELECT RAISE(ABORT, 'a chain anchor only moves forward'); END
;
CREATE TRIGGER chain_anchors_no_delete BEFORE DELETE ON chain_anchors
BEGIN SELECT RAISE(ABORT, 'chain anchors are append-only'); END
;
ALTER TABLE citizens ADD COLUMN last_seen_at TEXT
;
CREATE TRIGGER citizens_seen_dispense AFTER INSERT ON dispenses
BEGIN UPDATE citizens SET last_seen_at = NEW.dispensed_at WHERE id = NEW.citizen_id; END
;
CREATE TRIGGER citizens_seen_meal AFTER INSERT ON meals
BEGIN UPDATE citizens SET last_seen_at = NEW.served_at
      WHERE id = (SELECT citizen_id FROM students WHERE id = NEW.student_id); END
;
CREATE TRIGGER citizens_seen_face AFTER UPDATE OF last_seen_at ON face_templates
WHEN NEW.last_seen_at IS NOT NULL
BEGIN UPDATE citizens SET last_seen_at = NEW.last_seen_at WHERE id = NEW.citizen_id; END
;
CREATE TRIGGER citizens_seen_application AFTER UPDATE OF status ON applications
WHEN NEW.status = 'submitted' AND OLD.status <> 'submitted'
BEGIN UPDATE citizens SET last_seen_at = NEW.submitted_at
      WHERE pin IN (SELECT pin FROM application_members
                    WHERE application_id = NEW.id AND relation = 'applicant'); END
;
DROP TRIGGER audit_no_delete
;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
WHEN OLD.seq > coalesce((SELECT seq FROM chain_anchors WHERE chain = 'audit'), 0)
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END
;
DROP TRIGGER transactions_no_delete
;
CREATE TRIGGER transactions_no_delete BEFORE DELETE ON transactions
WHEN OLD.seq > coalesce((SELECT seq FROM chain_anchors WHERE chain = 'transactions'), 0)
BEGIN SELECT RAISE(ABORT, 'transactions is append-only'); END
;
"""
        + _purgeable_after_anchor("dispenses", tx_of)
        + _purgeable_after_anchor("meals", tx_of)
        + _purgeable_after_anchor("dispense_items", item_tx)
        + _submitted_purgeable("applications", "OLD.id")
        + _submitted_purgeable("application_members", "OLD.application_id")
        + _submitted_purgeable("application_incomes", "OLD.application_id")
        + _submitted_purgeable("application_assets", "OLD.application_id"),
    )


@migrations(name="m008_learned_templates")
def m008_learned_templates(db: Database) -> None:
    """Templates learned from visits (``source = 'learned'``): a visit's capture of a citizen whose face
    is enrolled already (the enrolment's consent covers it), with how the visit was confirmed
    (``learned_from``) and a stable id generated here (``registry_id``, a UUID) under which the registry
    keeps it and sends it back. SQLite changes a CHECK only by rebuilding the table: rows, ids, index
    and the trigger that records when a citizen was seen are carried over."""
    _run(
        db,
        """
CREATE TABLE face_templates_new (
    id INTEGER PRIMARY KEY,
    citizen_id INTEGER NOT NULL REFERENCES citizens(id) ON DELETE CASCADE,
    encoding BLOB NOT NULL CHECK (length(encoding) = 512),
    source TEXT NOT NULL CHECK (source IN ('registry', 'terminal', 'learned')),
    registry_id TEXT UNIQUE,
    consent_at TEXT,
    created_at TEXT NOT NULL,
    last_seen_at TEXT,
    revoked_at TEXT,
    learned_from TEXT CHECK (learned_from IN ('face', 'id_number_face', 'override_face')),
    CHECK (source <> 'terminal' OR consent_at IS NOT NULL),
    CHECK ((source = 'learned') = (learned_from IS NOT NULL)),
    CHECK (source <> 'learned' OR registry_id IS NOT NULL)
)
;
INSERT INTO face_templates_new (id, citizen_id, encoding, source, registry_id, consent_at, created_at,
    last_seen_at, revoked_at)
SELECT id, citizen_id, encoding, source, registry_id, consent_at, created_at, last_seen_at, revoked_at
FROM face_templates
;
DROP TABLE face_templates
;
ALTER TABLE face_templates_new RENAME TO face_templates
;
CREATE INDEX face_templates_citizen ON face_templates(citizen_id)
;
CREATE TRIGGER citizens_seen_face AFTER UPDATE OF last_seen_at ON face_templates
WHEN NEW.last_seen_at IS NOT NULL
BEGIN UPDATE citizens SET last_seen_at = NEW.last_seen_at WHERE id = NEW.citizen_id; END
;
""",
    )


@migrations(name="m009_registry_clock")
def m009_registry_clock(db: Database) -> None:
    """The registry's clock as last read by a sync (its time, ours at that moment, and the boot and
    seconds since boot then), so that time can be carried forward by the monotonic clock: see
    :mod:`terminal.core.trusted_time`."""
    _run(
        db,
        """
ALTER TABLE sync_state ADD COLUMN registry_time TEXT
;
ALTER TABLE sync_state ADD COLUMN registry_read_local TEXT
;
ALTER TABLE sync_state ADD COLUMN registry_read_boot TEXT
;
ALTER TABLE sync_state ADD COLUMN registry_read_uptime REAL
;
""",
    )


@migrations(name="m010_reversals")
def m010_reversals(db: Database) -> None:
    """Reversals: a supervisor cancels a mistaken dispense or meal by a new act (kind ``reversal``)
    that names the first; nothing is deleted. ``live_dispenses`` and ``live_meals`` are the acts that
    still count. A meal's (student, session, day) is free again once its meal is reversed, so the
    table's UNIQUE constraint makes way for a trigger that refuses a second live meal (SQLite drops a
    constraint only by rebuilding the table: rows, index and triggers are carried over)."""
    tx_of = "(SELECT seq FROM transactions WHERE uuid = OLD.tx_uuid)"
    _run(
        db,
        """
CREATE TABLE reversals (
    tx_uuid TEXT PRIMARY KEY REFERENCES transactions(uuid),
    reversed_tx TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('dispense', 'meal')),
    operator_id INTEGER NOT NULL REFERENCES operators(id),
    supervisor_id INTEGER NOT NULL REFERENCES operators(id),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    reversed_at TEXT NOT NULL
)
;
CREATE TABLE meals_new (
    id INTEGER PRIMARY KEY,
    tx_uuid TEXT NOT NULL UNIQUE REFERENCES transactions(uuid),
    student_id INTEGER NOT NULL REFERENCES students(id),
    class_id TEXT NOT NULL REFERENCES classes(id),
    session_id TEXT NOT NULL REFERENCES meal_sessions(id),
    served_on TEXT NOT NULL,
    served_at TEXT NOT NULL,
    operator_id INTEGER NOT NULL REFERENCES operators(id),
    price INTEGER NOT NULL CHECK (price >= 0)
)
;
INSERT INTO meals_new SELECT id, tx_uuid, student_id, class_id, session_id, served_on, served_at,
    operator_id, price FROM meals
;
DROP TABLE meals
;
ALTER TABLE meals_new RENAME TO meals
;
CREATE INDEX meals_day ON meals(served_on, session_id)
;
CREATE INDEX meals_student ON meals(student_id, session_id, served_on)
;
CREATE TRIGGER citizens_seen_meal AFTER INSERT ON meals
BEGIN UPDATE citizens SET last_seen_at = NEW.served_at
      WHERE id = (SELECT citizen_id FROM students WHERE id = NEW.student_id); END
;
CREATE VIEW live_meals AS
SELECT * FROM meals WHERE tx_uuid NOT IN (SELECT reversed_tx FROM reversals)
;
CREATE VIEW live_dispenses AS
SELECT * FROM dispenses WHERE tx_uuid NOT IN (SELECT reversed_tx FROM reversals)
;
CREATE TRIGGER meals_once BEFORE INSERT ON meals
WHEN EXISTS (SELECT 1 FROM live_meals WHERE student_id = NEW.student_id AND session_id = NEW.session_id
             AND served_on = NEW.served_on)
BEGIN SELECT RAISE(ABORT, 'a meal is served once per student, session and day'); END
;
"""
        + _append_only("reversals")
        + _append_only("meals")
        + _purgeable_after_anchor("reversals", tx_of)
        + _purgeable_after_anchor("meals", tx_of),
    )


@migrations(name="m011_lost_acts")
def m011_lost_acts(db: Database) -> None:
    """Acts a damaged store lost (``hamyon store recover``): their sequence numbers, ``seq_from`` to
    ``seq_to`` inclusive, and when the recovery found them missing. The sync client declares such a
    range to the registry when it had not reached it, so that the acts after it chain on
    (docs/sync.md, "Acts lost to a damaged store")."""
    _run(
        db,
        """
CREATE TABLE lost_acts (
    seq_from INTEGER PRIMARY KEY CHECK (seq_from >= 1),
    seq_to INTEGER NOT NULL CHECK (seq_to >= seq_from),
    found_at TEXT NOT NULL
)
;
"""
        + _append_only("lost_acts"),
    )


@migrations(name="m012_application_face")
def m012_application_face(db: Database) -> None:
    """The applicant's face check (``terminal.core.application_face``): what the photo step found when it
    compared the face taken with everyone enrolled (``new``, ``same`` or ``other``), when, and whom it
    would pass for (local citizen ids and distances). JSON, saved with the draft and frozen with it; never
    the template itself (held in memory only) nor an ID number (the act's payload names the look-alikes
    by their ID numbers, read from ``citizens`` at submission)."""
    _run(
        db,
        """
ALTER TABLE applications ADD COLUMN face_check TEXT
    CHECK (face_check IS NULL OR (json_valid(face_check)
           AND json_extract(face_check, '$.result') IN ('new', 'same', 'other')))
;
""",
    )


def _widen_check(db: Database, table: str, old: str, new: str) -> None:
    """Replace a CHECK constraint's text by a looser one in place, as SQLite's documentation describes for
    constraint changes that leave every stored row valid (ALTER TABLE, "making other kinds of table schema
    changes"): the schema's text is edited and its version bumped, inside the migration's transaction."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[
        0
    ]
    if old not in sql:
        raise RuntimeError(f"the {table} table's constraint is not the one this migration changes")
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema = ON")
    db.execute(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql.replace(old, new), table)
    )
    db.execute(f"PRAGMA schema_version = {int(version) + 1}")
    db.execute("PRAGMA writable_schema = OFF")


@migrations(name="m013_technical_aids")
def m013_technical_aids(db: Database) -> None:
    """Technical aids for people with disabilities (:mod:`terminal.core.aids`): the aids the registry
    entitles a citizen to, each with its state cost, and the hand-overs, one per entitlement, with the
    aid's serial number and how the citizen was identified. Hand-overs are append-only like dispenses
    (removable only at or below the purge anchor). Operators may now hold the role ``social_worker``."""
    _widen_check(
        db,
        "operators",
        "role IN ('nurse', 'canteen', 'inspector', 'supervisor')",
        "role IN ('nurse', 'canteen', 'inspector', 'social_worker', 'supervisor')",
    )
    tx_of = "(SELECT seq FROM transactions WHERE uuid = OLD.tx_uuid)"
    _run(
        db,
        """
CREATE TABLE aid_entitlements (
    id TEXT PRIMARY KEY,
    citizen_id INTEGER NOT NULL REFERENCES citizens(id),
    aid_code TEXT NOT NULL,
    aid_name TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('mobility', 'hearing', 'vision', 'prosthesis', 'care')),
    state_cost INTEGER NOT NULL CHECK (state_cost >= 0),
    decision_number TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled', 'handed_over')),
    updated_at TEXT NOT NULL
)
;
CREATE INDEX aid_entitlements_citizen ON aid_entitlements(citizen_id)
;
CREATE TABLE aid_handovers (
    id INTEGER PRIMARY KEY,
    tx_uuid TEXT NOT NULL UNIQUE REFERENCES transactions(uuid),
    entitlement_id TEXT NOT NULL UNIQUE REFERENCES aid_entitlements(id),
    citizen_id INTEGER NOT NULL REFERENCES citizens(id),
    aid_code TEXT NOT NULL,
    aid_name TEXT NOT NULL,
    serial TEXT NOT NULL CHECK (length(trim(serial)) BETWEEN 1 AND 64),
    state_cost INTEGER NOT NULL CHECK (state_cost >= 0),
    id_method TEXT NOT NULL CHECK (id_method IN ('face', 'id_number_face', 'override')),
    match_distance REAL,
    supervisor_id INTEGER REFERENCES operators(id),
    override_reason TEXT,
    operator_id INTEGER NOT NULL REFERENCES operators(id),
    handed_at TEXT NOT NULL,
    CHECK ((id_method = 'override') = (supervisor_id IS NOT NULL))
)
;
CREATE INDEX aid_handovers_day ON aid_handovers(handed_at)
;
CREATE TRIGGER aid_handovers_no_update BEFORE UPDATE ON aid_handovers
BEGIN SELECT RAISE(ABORT, 'aid_handovers is append-only'); END
;
CREATE TRIGGER aid_handovers_no_delete BEFORE DELETE ON aid_handovers
WHEN coalesce(TX_OF, 9223372036854775807)
     > coalesce((SELECT seq FROM chain_anchors WHERE chain = 'transactions'), 0)
BEGIN SELECT RAISE(ABORT, 'aid_handovers is append-only'); END
;
CREATE TRIGGER citizens_seen_aid AFTER INSERT ON aid_handovers
BEGIN UPDATE citizens SET last_seen_at = NEW.handed_at WHERE id = NEW.citizen_id; END
;
""".replace("TX_OF", tx_of),
    )


@migrations(name="m014_aid_reversals")
def m014_aid_reversals(db: Database) -> None:
    """A mistaken hand-over of a technical aid can be reversed like a dispense or a meal
    (:mod:`terminal.core.reversals`): ``reversals`` may name an ``aid_handover``, ``live_aid_handovers``
    are the hand-overs that still count, and an entitlement whose hand-over was reversed can be handed
    over again, so the table's UNIQUE (entitlement_id) makes way for a trigger that refuses a second live
    hand-over (SQLite drops a constraint only by rebuilding the table: rows, index and triggers are
    carried over, as m010 did for meals)."""
    _widen_check(
        db, "reversals", "kind IN ('dispense', 'meal')", "kind IN ('dispense', 'meal', 'aid_handover')"
    )
    tx_of = "(SELECT seq FROM transactions WHERE uuid = OLD.tx_uuid)"
    _run(
        db,
        """
CREATE TABLE aid_handovers_new (
    id INTEGER PRIMARY KEY,
    tx_uuid TEXT NOT NULL UNIQUE REFERENCES transactions(uuid),
    entitlement_id TEXT NOT NULL REFERENCES aid_entitlements(id),
    citizen_id INTEGER NOT NULL REFERENCES citizens(id),
    aid_code TEXT NOT NULL,
    aid_name TEXT NOT NULL,
    serial TEXT NOT NULL CHECK (length(trim(serial)) BETWEEN 1 AND 64),
    state_cost INTEGER NOT NULL CHECK (state_cost >= 0),
    id_method TEXT NOT NULL CHECK (id_method IN ('face', 'id_number_face', 'override')),
    match_distance REAL,
    supervisor_id INTEGER REFERENCES operators(id),
    override_reason TEXT,
    operator_id INTEGER NOT NULL REFERENCES operators(id),
    handed_at TEXT NOT NULL,
    CHECK ((id_method = 'override') = (supervisor_id IS NOT NULL))
)
;
INSERT INTO aid_handovers_new SELECT id, tx_uuid, entitlement_id, citizen_id, aid_code, aid_name, serial,
    state_cost, id_method, match_distance, supervisor_id, override_reason, operator_id, handed_at
    FROM aid_handovers
;
DROP TABLE aid_handovers
;
ALTER TABLE aid_handovers_new RENAME TO aid_handovers
;
CREATE INDEX aid_handovers_day ON aid_handovers(handed_at)
;
CREATE INDEX aid_handovers_entitlement ON aid_handovers(entitlement_id)
;
CREATE TRIGGER citizens_seen_aid AFTER INSERT ON aid_handovers
BEGIN UPDATE citizens SET last_seen_at = NEW.handed_at WHERE id = NEW.citizen_id; END
;
CREATE VIEW live_aid_handovers AS
SELECT * FROM aid_handovers WHERE tx_uuid NOT IN (SELECT reversed_tx FROM reversals)
;
CREATE TRIGGER aid_handovers_once BEFORE INSERT ON aid_handovers
WHEN EXISTS (SELECT 1 FROM live_aid_handovers WHERE entitlement_id = NEW.entitlement_id)
BEGIN SELECT RAISE(ABORT, 'an entitlement is handed over once'); END
;
"""
        + _append_only("aid_handovers")
        + _purgeable_after_anchor("aid_handovers", tx_of),
    )


@migrations(name="m015_pack_serials")
def m015_pack_serials(db: Database) -> None:
    """Medicine packs scanned at hand-out (:mod:`terminal.core.packs`): the GTINs of each medicine, as the
    registry sends them, and the packs each dispense handed out (GTIN, serial, expiry, batch). A pack is
    handed out once: a second live dispense of the same (gtin, serial) is refused by a trigger, not a
    UNIQUE constraint, so that a reversed dispense frees its packs (as m014 did for aid hand-overs).
    Packs are append-only like their dispense (removable only at or below the purge anchor)."""
    tx_of = "(SELECT seq FROM transactions WHERE uuid = OLD.tx_uuid)"
    _run(
        db,
        """
CREATE TABLE drug_gtins (
    gtin TEXT PRIMARY KEY CHECK (length(gtin) = 14 AND gtin NOT GLOB '*[^0-9]*'),
    drug_code TEXT NOT NULL REFERENCES drugs(code)
)
;
CREATE INDEX drug_gtins_drug ON drug_gtins(drug_code)
;
CREATE TABLE dispense_packs (
    id INTEGER PRIMARY KEY,
    dispense_id INTEGER NOT NULL REFERENCES dispenses(id),
    tx_uuid TEXT NOT NULL REFERENCES transactions(uuid),
    prescription_item_id INTEGER NOT NULL REFERENCES prescription_items(id),
    gtin TEXT NOT NULL CHECK (length(gtin) = 14 AND gtin NOT GLOB '*[^0-9]*'),
    serial TEXT NOT NULL CHECK (length(serial) BETWEEN 1 AND 20),
    expires_on TEXT,
    batch TEXT
)
;
CREATE INDEX dispense_packs_serial ON dispense_packs(gtin, serial)
;
CREATE INDEX dispense_packs_dispense ON dispense_packs(dispense_id)
;
CREATE TRIGGER dispense_packs_once BEFORE INSERT ON dispense_packs
WHEN EXISTS (SELECT 1 FROM dispense_packs p JOIN live_dispenses d ON d.tx_uuid = p.tx_uuid
             WHERE p.gtin = NEW.gtin AND p.serial = NEW.serial)
BEGIN SELECT RAISE(ABORT, 'a pack is handed out once'); END
;
"""
        + _append_only("dispense_packs")
        + _purgeable_after_anchor("dispense_packs", tx_of),
    )


@migrations(name="m016_counting_indexes")
def m016_counting_indexes(db: Database) -> None:
    """Indexes for the counts the status bar reads every few seconds (:func:`terminal.core.status.status`):
    with 100,000 templates, counting those in force read every template's page (about 60 MB decrypted,
    200 ms of the store thread's time every 5 s, and its 8 MB page cache kept full of templates)."""
    _run(
        db,
        """
CREATE INDEX face_templates_revoked ON face_templates(revoked_at)
;
CREATE INDEX citizens_removed ON citizens(removed_at)
;
""",
    )
