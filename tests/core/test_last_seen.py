"""A citizen is "seen" by every kind of visit: the store's triggers set ``citizens.last_seen_at``.

Retention counts from that time, so each visit is made through the real path a visit takes: a
dispense and a meal through their services, an application submitted, a Face-ID match handed to
``faces.learn_from_visit``. Nothing else writes the column.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from biometrics.learning import Confirmation
from biometrics.matching import identify
from terminal.core import faces
from terminal.core.clock import stamp
from terminal.core.dispensing import DispenseLine
from terminal.core.identification import Identification
from terminal.core.site import Site
from tests.conftest import dispensable_item
from tests.core.test_applications import family

Visit = Callable[[], int]  # makes the visit now; returns the citizen it saw


def _dispense(site: Site) -> Visit:
    citizen_id, _, item = dispensable_item(site)

    def visit() -> int:
        ident = Identification(citizen_id, "face", distance=0.3)
        site.dispensing.dispense(site.operator("nurse"), ident, [DispenseLine(item.item_id, 1)])
        return citizen_id

    return visit


def _meal(site: Site) -> Visit:
    student = site.store.one(
        "SELECT s.id, s.citizen_id FROM students s WHERE s.meal_eligible = 1 ORDER BY s.id LIMIT 1"
    )
    session = site.store.scalar("SELECT id FROM meal_sessions ORDER BY id LIMIT 1")

    def visit() -> int:
        site.meals.serve(site.operator("canteen"), student["id"], session)
        return int(student["citizen_id"])

    return visit


def _application(site: Site) -> Visit:
    """A family whose applicant (the mother) is a citizen registered here."""
    citizen = site.store.one(
        "SELECT id, pin, surname || ' ' || given_name AS name FROM citizens WHERE sex = 'F'"
        " AND birth_date BETWEEN '1980-01-01' AND '2000-12-31' ORDER BY id LIMIT 1"
    )
    form = family()
    form.members[0].pin, form.members[0].full_name = citizen["pin"], citizen["name"]
    inspector = site.operator("inspector")
    draft = site.applications.save_draft(inspector, form)

    def visit() -> int:
        assert site.applications.submit(inspector, draft).status == "submitted"
        return int(citizen["id"])

    return visit


def _face(site: Site, citizen_id: int | None = None) -> Visit:
    """A citizen enrolled earlier whose face is matched now and handed to learn_from_visit."""
    who = citizen_id or int(site.store.scalar("SELECT id FROM citizens ORDER BY id LIMIT 1"))
    captured = np.random.default_rng(5).normal(size=(2, 128)).astype("float32")
    gallery = faces.load_gallery(site.store)
    faces.enroll(site, site.operator("nurse"), who, captured, consent=True, gallery=gallery)

    def visit() -> int:
        probe = captured[0] + np.float32(0.01)
        decision = identify(gallery, probe)
        assert decision.status == "match" and decision.identity == who
        faces.learn_from_visit(
            site,
            site.operator("nurse"),
            who,
            probe,
            Confirmation("face", decision.distance),
            gallery=gallery,
        )
        return who

    return visit


VISITS: dict[str, Callable[[Site], Visit]] = {
    "dispense": _dispense,
    "meal": _meal,
    "application": _application,
    "face": _face,
}


@pytest.mark.parametrize("kind", VISITS)
def test_each_kind_of_visit_sets_the_citizens_last_seen_time_to_the_site_clock(site, kind: str) -> None:
    visit = VISITS[kind](site)
    site.clock.advance(days=3, minutes=17)
    at = stamp(site.clock)
    assert site.store.scalar("SELECT count(*) FROM citizens WHERE last_seen_at = ?", (at,)) == 0
    citizen_id = visit()
    seen = site.store.all("SELECT id FROM citizens WHERE last_seen_at = ?", (at,))
    assert [r["id"] for r in seen] == [citizen_id]  # that citizen, and no one else


def test_a_later_visit_of_another_kind_moves_the_time_forward(site) -> None:
    citizen_id = _dispense(site)()
    first = stamp(site.clock)
    assert site.store.scalar("SELECT last_seen_at FROM citizens WHERE id = ?", (citizen_id,)) == first
    face_visit = _face(site, citizen_id)
    site.clock.advance(days=30)
    assert face_visit() == citizen_id
    later = site.store.scalar("SELECT last_seen_at FROM citizens WHERE id = ?", (citizen_id,))
    assert later == stamp(site.clock) and later > first
