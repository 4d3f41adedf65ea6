"""Technical aids on the demo site: the catalogue of aids and the entitlements a demo registry issues.

Prices are the state's, in UZS minor units (tiyin); a Kazakh site divides them like the medicines'.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import timedelta

from sqlite_utils import Database

from terminal.core.clock import Clock, stamp, today

# code, name (as the registry's catalogue writes it), category, state cost in UZS minor units
AIDS = (
    ("wheelchair_manual", "Manual wheelchair", "mobility", 285_000_000),
    ("walking_frame", "Walking frame", "mobility", 42_000_000),
    ("crutches_elbow", "Elbow crutches (pair)", "mobility", 18_500_000),
    ("cane_support", "Support cane", "mobility", 6_500_000),
    ("hearing_aid_bte", "Behind-the-ear hearing aid", "hearing", 310_000_000),
    ("white_cane", "White cane", "vision", 9_800_000),
    ("prosthesis_lower_limb", "Lower-limb prosthesis", "prosthesis", 1_450_000_000),
    ("orthopaedic_shoes", "Orthopaedic shoes (pair)", "prosthesis", 64_000_000),
    ("antidecubitus_mattress", "Anti-decubitus mattress", "care", 120_000_000),
)


def issue_entitlements(
    db: Database,
    rng: random.Random,
    clock: Clock,
    citizen_ids: Sequence[int],
    *,
    price: float = 1.0,
    share: float = 1.0,
) -> int:
    """Play the registry's disability commission: give ``share`` of these citizens one or two aids,
    valid from today for a year. Returns how many entitlements it issued."""
    on, at = today(clock), stamp(clock)
    issued = 0
    for citizen_id in citizen_ids:
        if rng.random() >= share:
            continue
        for code, name, category, cost in rng.sample(AIDS, rng.choice((1, 1, 2))):
            issued += 1
            db.execute(
                "INSERT INTO aid_entitlements (id, citizen_id, aid_code, aid_name, category, state_cost,"
                " decision_number, valid_from, valid_until, status, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?)",
                (
                    str(uuid.UUID(int=rng.getrandbits(128))),
                    citizen_id,
                    code,
                    name,
                    category,
                    round(cost * price),
                    f"TK-{on.year}-{rng.randint(10_000, 99_999)}",
                    (on - timedelta(days=rng.randint(0, 60))).isoformat(),
                    (on + timedelta(days=rng.randint(180, 365))).isoformat(),
                    at,
                ),
            )
    return issued
