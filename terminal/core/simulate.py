"""Realistic local activity through the same services the window uses.

``hamyon simulate`` drives it for tests, benchmarks and sync tests: nurses
dispensing against prescriptions (with the registry's fresh prescriptions and
deliveries topping the site up when nothing is left to hand out), canteen staff
serving classes session by session and day by day, inspectors registering
families' applications.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from sync.protocol import on_this_computer
from terminal.core.aid_simulation import hand_over_aids
from terminal.core.applications import ApplicationForm, Asset, Income, Member
from terminal.core.clock import Clock, FixedClock, stamp, today
from terminal.core.demo_names import NAMES
from terminal.core.demo_site import issue_prescriptions, restock
from terminal.core.dispensing import DispenseLine
from terminal.core.errors import HamyonError
from terminal.core.idnumbers import make_id_number
from terminal.core.packs import simulated_packs
from terminal.core.simulation import (
    NothingToSimulate,
    OnAct,
    SimulationResult,
    enrolled,
    identification,
    operator_for,
)
from terminal.core.site import Site


class SimulationRefused(HamyonError):
    code = "simulation_refused"
    template = (
        "'hamyon simulate' makes up activity: it runs only on a demo site or on a terminal connected"
        " to a registry on this computer, not at {registry}."
    )


def simulate(
    site: Site, kind: str, count: int, rng: random.Random, on_act: OnAct | None = None
) -> SimulationResult:
    """Realistic activity through the services; refused on a terminal of a real registry, where the
    made-up acts would reach the registry as if a nurse had done them."""
    url = site.store.scalar("SELECT registry_url FROM device WHERE registry_url IS NOT NULL LIMIT 1")
    if url and not on_this_computer(url):
        raise SimulationRefused(registry=urlsplit(url).hostname or url)
    runner = {
        "dispenses": _dispenses,
        "meals": _meals,
        "applications": _applications,
        "aids": hand_over_aids,
    }[kind]
    return runner(site, count, rng, on_act or (lambda kind, tx: None))


# --- dispensing ------------------------------------------------------------------------

_DISPENSABLE_CITIZENS = """
SELECT DISTINCT p.citizen_id FROM prescription_items i
JOIN prescriptions p ON p.id = i.prescription_id
JOIN stock s ON s.drug_code = i.drug_code
JOIN citizens c ON c.id = p.citizen_id
WHERE p.status = 'active' AND p.valid_from <= :on AND p.valid_until >= :on
  AND i.qty_dispensed < i.qty_prescribed AND s.quantity > 0 AND c.removed_at IS NULL
"""


def _dispenses(site: Site, count: int, rng: random.Random, on_act: OnAct) -> SimulationResult:
    result = SimulationResult()
    nurse = operator_for(site, "dispense medicines")
    candidates: list[int] = []
    while result.recorded < count:
        if not candidates:
            candidates = _dispensable_citizens(site, rng)
            if not candidates and enrolled(site):
                result.exhausted = True  # only the registry may issue prescriptions: wait for a sync
                break
            if not candidates:
                _top_up(site, rng)
                result.topped_up += 1
                candidates = _dispensable_citizens(site, rng)
                if not candidates:
                    raise NothingToSimulate(what="dispense medicines")
        citizen_id = candidates.pop()
        scanning = bool(site.setting("scan_packs"))
        lines = [
            DispenseLine(
                item.item_id,
                min(item.remaining, item.in_stock, rng.choice((10, 20, 30, 30))),
                simulated_packs(item.gtins, today(site.clock), rng) if scanning else (),
            )
            for p in site.dispensing.prescriptions(nurse, citizen_id)
            if p.problem is None
            for item in p.items
            if item.remaining and item.in_stock
        ]
        if not lines:
            continue
        try:
            receipt = site.dispensing.dispense(nurse, identification(rng, citizen_id), lines)
        except HamyonError as exc:
            result.refuse(exc)
            continue
        result.recorded += 1
        on_act("dispense", receipt.tx_uuid)
    return result


def _dispensable_citizens(site: Site, rng: random.Random) -> list[int]:
    ids = [
        r["citizen_id"] for r in site.store.all(_DISPENSABLE_CITIZENS, {"on": today(site.clock).isoformat()})
    ]
    rng.shuffle(ids)
    return ids


def _top_up(site: Site, rng: random.Random) -> None:
    """On a stand-alone demo site, play the registry: new prescriptions and a pharmacy delivery."""
    cutoff = today(site.clock).replace(year=today(site.clock).year - 60).isoformat()
    with site.store.write() as db:
        elderly = [
            r[0]
            for r in db.execute(
                "SELECT id FROM citizens WHERE birth_date <= ? AND removed_at IS NULL"
                " ORDER BY random() LIMIT 100",
                (cutoff,),
            )
        ]
        issue_prescriptions(db, rng, site.clock, elderly)
        restock(db, stamp(site.clock), below=10**9)


# --- school meals -------------------------------------------------------------------------


def _meals(site: Site, count: int, rng: random.Random, on_act: OnAct) -> SimulationResult:
    """Serve every eligible student session by session, school day after school day."""
    result = SimulationResult()
    clock = _meal_clock(site)
    day_site = Site(site.store, clock)
    staff = operator_for(site, "serve school meals")
    schools = day_site.meals.schools()
    if not schools:
        raise NothingToSimulate(what="serve school meals")
    while result.recorded < count:
        for school in schools:
            for session in day_site.meals.sessions(school["id"]):
                hh, mm = map(int, session["starts_at"].split(":"))
                clock.at = clock.at.replace(hour=hh, minute=mm, second=0)
                for klass in day_site.meals.classes(school["id"]):
                    roster = day_site.meals.roster(staff, klass["id"], session["id"])
                    for entry in roster:
                        if result.recorded >= count:
                            return result
                        if entry.served_at or (not entry.eligible and rng.random() < 0.9):
                            continue
                        if rng.random() < 0.06:  # absent today
                            continue
                        clock.advance(seconds=rng.randint(3, 12))
                        try:
                            served = day_site.meals.serve(staff, entry.student_id, session["id"])
                        except HamyonError as exc:
                            result.refuse(exc)
                            continue
                        result.recorded += 1
                        on_act("meal", served.tx_uuid)
        clock.at = _next_school_day(clock.at)
    return result


def _meal_clock(site: Site) -> FixedClock:
    """Today: the registry refuses acts dated more than a day ahead of it, so a simulated day never
    claims a future one (a second run finds today's slots taken and moves to the next school day)."""
    return FixedClock(site.clock.now())


def _next_school_day(at: datetime) -> datetime:
    at = (at + timedelta(days=1)).replace(hour=8, minute=0)
    return at + timedelta(days=1) if at.weekday() == 6 else at


# --- applications -------------------------------------------------------------------------


def _applications(site: Site, count: int, rng: random.Random, on_act: OnAct) -> SimulationResult:
    result = SimulationResult()
    inspector = operator_for(site, "register applications")
    while result.recorded < count:
        form = _family(site, rng, site.clock)
        try:
            draft = site.applications.save_draft(inspector, form)
            view = site.applications.submit(inspector, draft)
        except HamyonError as exc:
            result.refuse(exc)
            continue
        result.recorded += 1
        tx = site.store.scalar("SELECT tx_uuid FROM applications WHERE id = ?", (view.id,))
        on_act("application", tx)
    return result


def _family(site: Site, rng: random.Random, clock: Clock) -> ApplicationForm:
    """A plausible family: two parents, zero to four children, a salary or two, a home."""
    country, on = site.country, today(clock)
    names = NAMES[country]
    surname = rng.choice(names["surnames"])
    ages_in_days: list[int] = []

    def person(age_days: int, sex: str, relation: str) -> Member:
        ages_in_days.append(age_days)
        given = rng.choice(names["male" if sex == "M" else "female"])
        full = f"{surname if sex == 'M' else surname + 'a'} {given}"
        pin = make_id_number(country, on - timedelta(days=age_days), sex, rng.randrange(10**6))
        return Member(pin, full, relation)

    members = [
        person(rng.randint(24, 45) * 365, "F", "applicant"),
        person(rng.randint(25, 50) * 365, "M", "spouse"),
    ]
    for _ in range(rng.choice((0, 1, 2, 2, 3, 4))):
        members.append(person(rng.randint(20, 16 * 365), rng.choice("MF"), "child"))
    if rng.random() < 0.02:
        members[1].restricted_body = rng.choice(("interior", "customs", "defence"))
    incomes = [Income(members[1].pin, "salary", rng.randrange(100_000_000, 500_000_000, 100_000))]
    if rng.random() < 0.4:
        source = rng.choice(("salary", "allowance"))
        incomes.append(Income(members[0].pin, source, rng.randrange(0, 200_000_000, 100_000)))
    home_value = rng.randrange(10_000_000_000, 60_000_000_000, 100_000_000)
    youngest = min(ages_in_days)
    benefit = (
        "childcare_under_2"
        if youngest < 730
        else "children_under_14"
        if youngest < 14 * 365
        else "low_income_aid"
    )
    phone = f"+998 9{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return ApplicationForm(
        benefit_type=benefit,
        members=members,
        incomes=incomes,
        assets=[Asset("dwelling", home_value, "family home")],
        address=f"{rng.choice(names['streets'])}, {rng.randint(1, 120)}",
        phone=phone,
        consent=True,
    )


Runner = Callable[[Site, int, random.Random, OnAct], SimulationResult]
# `hamyon simulate KIND`: one runner per workflow.
RUNNERS: dict[str, Runner] = {
    "dispenses": _dispenses,
    "meals": _meals,
    "applications": _applications,
    "aids": hand_over_aids,
}
KINDS = tuple(RUNNERS)
