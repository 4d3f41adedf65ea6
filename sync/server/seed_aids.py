"""Technical aids in a synthetic registry: the entitlements (the catalogue of aids comes with ``People``).

About one citizen in twelve is a person with a disability whom the medical-social commission has
entitled to one or two aids (more among the old), valid for a year from the decision. The aids
draw on a random stream of their own, so a registry seeded before aids existed seeds the same
people, prescriptions and rosters as it did then.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sync.server import publish, records
from sync.server.db import Tx

VALID_DAYS = 365


def share(age: int) -> float:
    """The part of people of this age entitled to aids: about 1 in 12 overall, more among the old."""
    return 0.15 if age >= 60 else 0.06 if age >= 18 else 0.04


def issue(
    tx: Tx,
    rng: random.Random,
    facility_id: str,
    people: Sequence[tuple[str, int]],
    catalogue: Sequence[tuple[str, str, str, int]],
    scope: str,
    today: date,
    at: str,
    price_factor: float = 1.0,
) -> int:
    """Entitlements to aids of ``catalogue`` ((code, name, category, state cost)) for some of ``people``
    ((ID number, age), in the catchment ``scope``); how many."""
    out: list[dict[str, Any]] = []
    if not catalogue:
        return 0
    for pin, age in people:
        if rng.random() >= share(age):
            continue
        decided = today - timedelta(days=rng.randint(0, 90))  # one decision of the commission per person
        number = f"TMEK-{decided.year}/{rng.randint(10_000, 99_999)}"
        for code, name, category, cost in rng.sample(list(catalogue), 1 if rng.random() < 0.7 else 2):
            out.append(
                {
                    "id": f"AID-{facility_id}-{len(out) + 1:06d}",
                    "citizen_pin": pin,
                    "aid_code": code,
                    "aid_name": name,
                    "category": category,
                    "state_cost": round(cost * price_factor),
                    "decision_number": number,
                    "valid_from": decided.isoformat(),
                    "valid_until": (decided + timedelta(days=VALID_DAYS)).isoformat(),
                    "status": "active",
                    "updated_at": at,
                }
            )
    tx.many(records.PUT_AID, out)
    publish.put_new(tx, "aid_entitlement", [(d["id"], d, scope, d["citizen_pin"]) for d in out], at)
    return len(out)
