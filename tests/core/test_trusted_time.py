"""Time the terminal can trust: the registry's clock carried forward by the seconds since boot; a wrong
wall clock is measured and warned about, and retention refuses to count days by it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from terminal.core import retention, trusted_time
from terminal.core.clock import FixedClock
from terminal.core.errors import ClockNotTrusted
from terminal.core.site import Site
from terminal.core.trusted_time import Reading, TrustedClock, Uptime
from tests.conftest import fixed_clock
from tests.damage import with_acts


class Boot:
    """This computer's boot and seconds since it, moved by the test."""

    def __init__(self) -> None:
        self.now = Uptime("boot-1", 1000.0)

    def __call__(self) -> Uptime:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now = Uptime(self.now.boot, self.now.seconds + seconds)

    def restart(self) -> None:
        self.now = Uptime("boot-2", 30.0)


def _read_registry(site: Site, boot: Boot, registry_ahead: timedelta = timedelta(0)) -> None:
    """A sync read the registry's clock just now (the registry ``registry_ahead`` of our clock)."""
    local = site.clock.now()
    with site.store.write() as db:
        trusted_time.record(db, Reading(local + registry_ahead, local, boot()))


def test_the_registry_time_is_carried_forward_whatever_the_wall_clock_says(site) -> None:
    boot = Boot()
    _read_registry(site, boot, registry_ahead=timedelta(seconds=90))
    boot.wait(3600)
    wall = FixedClock(site.clock.now() + timedelta(days=1200))  # set wrong meanwhile
    checked = trusted_time.check(site.store, wall, boot)
    assert checked.registry == site.clock.now() + timedelta(seconds=90 + 3600)
    assert checked.offset_seconds == pytest.approx(1200 * 86400 - 90 - 3600)
    assert checked.warning and checked.as_dict()["clock_warning"] is True
    calm = trusted_time.check(site.store, FixedClock(site.clock.now() + timedelta(seconds=3600)), boot)
    assert calm.offset_seconds == pytest.approx(-90) and not calm.warning  # within a few minutes


def test_a_purge_on_a_clock_far_from_the_registrys_removes_nothing(site) -> None:
    with_acts(site, meals=40, dispenses=5)
    with site.store.write() as db:
        db.execute("UPDATE outbox SET state = 'synced'")  # as if the registry had them all
    boot = Boot()
    _read_registry(site, boot)
    before = site.store.scalar("SELECT count(*) FROM transactions")
    wall = FixedClock(site.clock.now() + timedelta(days=1200))
    wrong = Site(site.store, TrustedClock(site.store, wall, boot))
    with pytest.raises(ClockNotTrusted, match="1200 days ahead of the registry's"):
        retention.purge(wrong)
    assert site.store.scalar("SELECT count(*) FROM transactions") == before
    # a clock a few minutes off purges by the registry's time: nothing here is old enough
    slightly = TrustedClock(site.store, FixedClock(site.clock.now() + timedelta(minutes=7)), boot)
    assert retention.purge(Site(site.store, slightly)).purged == 0
    assert slightly.now() == site.clock.now()


def test_after_a_restart_the_last_offset_is_used_within_limits(site) -> None:
    with_acts(site, meals=5, dispenses=1)
    boot = Boot()
    _read_registry(site, boot, registry_ahead=timedelta(minutes=-10))  # our clock was 10 min ahead
    boot.restart()
    later = FixedClock(site.clock.now() + timedelta(days=3))
    checked = trusted_time.check(site.store, later, boot)
    assert checked.registry is None and checked.offset_seconds == pytest.approx(600)
    assert TrustedClock(site.store, later, boot).now() == later.now() - timedelta(minutes=10)
    with pytest.raises(ClockNotTrusted, match="days past the last time known here"):
        TrustedClock(site.store, FixedClock(site.clock.now() + timedelta(days=1200)), boot).now()
    with pytest.raises(ClockNotTrusted, match="behind the last time known here"):
        TrustedClock(site.store, FixedClock(site.clock.now() - timedelta(days=400)), boot).now()


def test_a_terminal_that_never_synced_believes_its_clock_only_near_what_it_recorded(site) -> None:
    with_acts(site, meals=5, dispenses=1)
    assert trusted_time.check(site.store, site.clock).offset_seconds is None
    assert TrustedClock(site.store, site.clock).now() == site.clock.now()
    with pytest.raises(ClockNotTrusted):
        TrustedClock(site.store, FixedClock(site.clock.now() + timedelta(days=1200))).now()


def test_the_registry_reading_lives_in_the_store(site) -> None:
    boot = Boot()
    _read_registry(site, boot, registry_ahead=timedelta(seconds=5))
    reading = trusted_time.last_reading(site.store)
    assert reading is not None and reading.at == boot() and reading.offset == timedelta(seconds=-5)
    assert fixed_clock().now() == reading.local
