"""Wrong terminal clocks (issue 16, item 2, the registry's part): an act dated more than a day
after the registry receives it, or more than a day before its device was enrolled, is stored as
refused with its reason, shown on the terminal's Sync problems page, and claims nothing (no meal
slot of a future day, no prescription quantity). A day either way is a clock's slack."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from terminal.core import supervision
from terminal.core.clock import FixedClock
from terminal.core.simulate import simulate
from terminal.core.site import Site
from terminal.sync_client.cycle import sync_once
from tests.security.live import DATABASES, serve
from tests.sync.conftest import CLOCK, Registry, new_terminal


@pytest.fixture(scope="module", params=DATABASES)
def live(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    yield from serve(request, tmp_path_factory)


def _at(site: Site, offset: timedelta) -> Site:
    """The same terminal, its clock ``offset`` from the real time."""
    return Site(site.store, FixedClock(datetime.now(UTC) + offset))


def _serve(site: Site, nth: int) -> tuple[str, str]:
    """Serve the ``nth`` eligible student the first session on the site's day; (act, day)."""
    student = site.store.scalar(
        "SELECT id FROM students WHERE meal_eligible = 1 AND active = 1 ORDER BY id LIMIT 1 OFFSET ?", (nth,)
    )
    session = site.store.scalar("SELECT id FROM meal_sessions ORDER BY starts_at LIMIT 1")
    served = site.meals.serve(site.operator("canteen"), student, session)
    return served.tx_uuid, site.clock.now().date().isoformat()


def _set_aside(site: Site) -> dict[str, str]:
    return {
        r["tx_uuid"]: r["last_error"]
        for r in site.store.all("SELECT tx_uuid, last_error FROM outbox WHERE state = 'set_aside'")
    }


def _slots(reg: Registry, day: str) -> int:
    return reg.one("SELECT count(*) AS n FROM meals_served WHERE served_on = :on", {"on": day})["n"]


def test_a_meal_dated_days_ahead_is_refused_with_its_reason_and_claims_no_future_slot(
    live: Registry, tmp_path
) -> None:
    site = new_terminal(live, tmp_path / "ahead")
    future, day = _serve(_at(site, timedelta(days=3)), 0)
    soon, _ = _serve(_at(site, timedelta(hours=20)), 1)  # within a day: a clock's slack
    report = sync_once(site.store, CLOCK)
    assert report.push.answers == {"rejected": 1, "accepted": 1}
    assert _set_aside(site) == {future: "time_in_future"}
    [shown] = supervision.set_aside_acts(site.store, site.operator("supervisor"))
    assert shown.number == future[:8] and shown.reason.code == "time_in_future"
    assert _slots(live, day) == 0
    assert live.one("SELECT count(*) AS n FROM meals_served WHERE tx_uuid = :u", {"u": soon})["n"] == 1
    stored = live.one("SELECT outcome, reason FROM transactions WHERE uuid = :u", {"u": future})
    assert stored == {"outcome": "rejected", "reason": "time_in_future"}  # kept: the chain goes on
    assert sync_once(site.store, CLOCK).push.sent == 0  # set aside, never sent again
    site.close()


def test_acts_dated_days_before_the_enrollment_are_refused_and_count_nothing(
    live: Registry, tmp_path
) -> None:
    site = new_terminal(live, tmp_path / "behind")
    quantities = live.all("SELECT id, qty_dispensed FROM rx_items ORDER BY id")
    simulate(_at(site, timedelta(days=-3)), "dispenses", 2, random.Random(16))
    old, _day = _serve(_at(site, timedelta(days=-3)), 2)
    report = sync_once(site.store, CLOCK)
    assert report.push.answers == {"rejected": 3}
    assert set(_set_aside(site).values()) == {"before_enrollment"} and old in _set_aside(site)
    assert live.all("SELECT id, qty_dispensed FROM rx_items ORDER BY id") == quantities
    assert live.one("SELECT count(*) AS n FROM meals_served WHERE tx_uuid = :u", {"u": old})["n"] == 0
    simulate(site, "dispenses", 1, random.Random(17))  # the clock set right: the queue flows on
    assert sync_once(site.store, CLOCK).push.answers == {"accepted": 1}
    site.close()
