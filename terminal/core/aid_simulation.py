"""Simulated hand-overs of technical aids: a social worker hands each entitled citizen one aid."""

from __future__ import annotations

import random

from terminal.core.clock import today
from terminal.core.demo_aids import issue_entitlements
from terminal.core.demo_names import KZ_PRICE_DIVISOR
from terminal.core.errors import HamyonError
from terminal.core.simulation import (
    NothingToSimulate,
    OnAct,
    SimulationResult,
    enrolled,
    identification,
    operator_for,
)
from terminal.core.site import Site
from terminal.core.workflows import AIDS

_AVAILABLE = """
SELECT e.id, e.citizen_id FROM aid_entitlements e JOIN citizens c ON c.id = e.citizen_id
WHERE e.status = 'active' AND e.valid_from <= :on AND e.valid_until >= :on AND c.removed_at IS NULL
"""


def hand_over_aids(site: Site, count: int, rng: random.Random, on_act: OnAct) -> SimulationResult:
    result = SimulationResult()
    worker = operator_for(site, AIDS.permission)
    waiting: list[tuple[str, int]] = []
    while result.recorded < count:
        if not waiting:
            waiting = _available(site, rng)
            if not waiting and enrolled(site):
                result.exhausted = True  # only the registry may entitle people: wait for a sync
                break
            if not waiting:
                _top_up(site, rng)
                result.topped_up += 1
                waiting = _available(site, rng)
                if not waiting:
                    raise NothingToSimulate(what=AIDS.permission)
        entitlement, citizen_id = waiting.pop()
        serial = f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(0, 99):02d}-{rng.randrange(10**7):07d}"
        try:
            receipt = site.aids.hand_over(worker, identification(rng, citizen_id), entitlement, serial)
        except HamyonError as exc:
            result.refuse(exc)
            continue
        result.recorded += 1
        on_act(AIDS.act_kind, receipt.tx_uuid)
    return result


def _available(site: Site, rng: random.Random) -> list[tuple[str, int]]:
    rows = [
        (r["id"], r["citizen_id"]) for r in site.store.all(_AVAILABLE, {"on": today(site.clock).isoformat()})
    ]
    rng.shuffle(rows)
    return rows


def _top_up(site: Site, rng: random.Random) -> None:
    """On a stand-alone demo site, play the registry: entitle some of the citizens without an aid."""
    price = 1.0 if site.facility.currency == "UZS" else 1 / KZ_PRICE_DIVISOR
    with site.store.write() as db:
        people = [
            r[0]
            for r in db.execute(
                "SELECT id FROM citizens WHERE removed_at IS NULL AND id NOT IN"
                " (SELECT citizen_id FROM aid_entitlements WHERE status = 'active')"
                " ORDER BY random() LIMIT 100"
            )
        ]
        issue_entitlements(db, rng, site.clock, people, price=price)
