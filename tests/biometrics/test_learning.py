"""The policy of templates that learn from visits, on real encodings of the shared photos.

Obama's four different photographs are 0.33 to 0.41 apart; ``obama_480p`` is
``obama_1`` resized (0.06 away): a visit that adds nothing.
"""

from __future__ import annotations

import numpy as np
import pytest

from biometrics import Gallery, matching
from biometrics.learning import CAP, REDUNDANT, Confirmation, Known, decide
from biometrics.matching import DEFAULT_THRESHOLDS, Thresholds

OBAMA, OTHERS = 1, ("biden_1.jpg", "kit_harington_1.jpg", "rose_leslie_1.jpg", "alex_lacamoire_1.png")
CLEAR = Confirmation("face", 0.30)


@pytest.fixture
def world(encodings):
    """Obama enrolled by the registry with his first photo, among four other people."""
    gallery = Gallery()
    own = [Known(1, "registry", "2026-01-01T09:00:00.000+05:00", encodings["obama_1.jpg"])]
    gallery.add(OBAMA, encodings["obama_1.jpg"], keys=[1])
    for n, name in enumerate(OTHERS, start=2):
        gallery.add(name, encodings[name], keys=[n * 10])
    return gallery, own


def test_a_clear_match_teaches_the_person_the_visit_s_template(world, encodings) -> None:
    gallery, own = world
    verdict = decide(CLEAR, encodings["obama_2.jpg"], OBAMA, own, gallery)
    assert verdict.action == "add" and verdict.learns and verdict.replaces is None
    assert verdict.distance == pytest.approx(0.367, abs=0.01)


def test_a_weak_face_match_teaches_nothing_and_the_threshold_is_read_at_each_call(
    world, encodings, monkeypatch
) -> None:
    gallery, own = world
    visit = encodings["obama_2.jpg"]
    weak = Confirmation("face", DEFAULT_THRESHOLDS.learn + 0.01)
    verdict = decide(weak, visit, OBAMA, own, gallery)
    assert (verdict.action, verdict.reason) == ("refuse", "weak_match") and "weak match" in verdict.words
    # Recalibrated (docs/biometrics.md): the policy follows without a copy of the number.
    monkeypatch.setattr(matching, "DEFAULT_THRESHOLDS", Thresholds(learn=0.25))
    assert decide(CLEAR, visit, OBAMA, own, gallery).reason == "weak_match"
    assert decide(CLEAR, visit, OBAMA, own, gallery, Thresholds(learn=0.35)).learns


def test_a_one_to_one_check_is_held_to_the_verify_threshold(world, encodings) -> None:
    gallery, own = world
    visit = encodings["obama_2.jpg"]
    within = Confirmation("id_number_face", DEFAULT_THRESHOLDS.verify - 0.01)
    assert within.distance > DEFAULT_THRESHOLDS.learn  # looser than a face match's, as verify is
    assert decide(within, visit, OBAMA, own, gallery).action == "add"
    beyond = Confirmation("id_number_face", DEFAULT_THRESHOLDS.verify + 0.01)
    assert decide(beyond, visit, OBAMA, own, gallery).reason == "weak_match"


def test_an_override_teaches_only_with_a_face_check(world, encodings) -> None:
    gallery, own = world
    visit = encodings["obama_2.jpg"]
    unverified = decide(Confirmation("override", None), visit, OBAMA, own, gallery)
    assert (unverified.action, unverified.reason) == ("refuse", "unverified")
    checked = Confirmation("override", 0.37)
    assert checked.learned_from == "override_face"
    assert decide(checked, visit, OBAMA, own, gallery).action == "add"


def test_a_template_within_reach_of_one_the_person_has_adds_nothing(world, encodings) -> None:
    gallery, own = world
    verdict = decide(CLEAR, encodings["obama_480p.jpg"], OBAMA, own, gallery)
    assert (verdict.action, verdict.reason) == ("refuse", "adds_nothing")
    assert verdict.distance is not None and verdict.distance < REDUNDANT


def test_a_face_too_unlike_the_person_is_refused_whatever_the_confirmation_says(world, encodings) -> None:
    gallery, own = world
    verdict = decide(CLEAR, encodings["rose_leslie_2.jpg"], OBAMA, own, gallery)
    assert (verdict.action, verdict.reason) == ("refuse", "unlike_person")
    assert verdict.distance is not None and verdict.distance > DEFAULT_THRESHOLDS.verify


def test_a_template_that_could_pull_the_person_towards_someone_else_is_refused(world, encodings) -> None:
    gallery, own = world
    visit = encodings["obama_3.jpg"]
    assert decide(CLEAR, visit, OBAMA, own, gallery).learns
    gallery.add("lookalike", encodings["obama_small.jpg"], keys=[99])  # another citizen, very like him
    verdict = decide(CLEAR, visit, OBAMA, own, gallery)
    assert (verdict.action, verdict.reason) == ("refuse", "near_another")
    assert "nearer to another enrolled person" in verdict.words
    assert gallery.distance_to("lookalike", visit).distance < verdict.distance  # nearer than his own face
    # Farther than his own, but within the margin of it: refused too; beyond the margin: learned.
    t = Thresholds(margin=0.05)
    away = np.random.default_rng(0).normal(size=128).astype(np.float32)
    away /= np.linalg.norm(away)
    for gap, reason in ((0.5, "near_another"), (1.5, "learned")):
        placed = Gallery()
        placed.add(OBAMA, encodings["obama_1.jpg"], keys=[1])
        placed.add("lookalike", visit + away * (verdict.distance + gap * t.margin), keys=[99])
        assert decide(CLEAR, visit, OBAMA, own, placed, t).reason == reason


def test_learning_never_enrolls_a_person_without_a_template(world, encodings) -> None:
    gallery, _own = world
    assert decide(CLEAR, encodings["obama_2.jpg"], OBAMA, [], gallery).reason == "no_template"


def test_the_cap_keeps_the_registry_template_and_replaces_the_learned_one_that_adds_least(
    world, encodings
) -> None:
    gallery, own = world
    learned = [
        Known(2, "learned", "2026-02-01T09:00:00.000+05:00", encodings["obama_2.jpg"]),
        Known(3, "learned", "2026-03-01T09:00:00.000+05:00", encodings["obama_3.jpg"]),
        Known(4, "learned", "2026-04-01T09:00:00.000+05:00", encodings["obama_4.jpg"]),
    ]
    assert len(learned) == CAP
    for k in learned:
        gallery.add(OBAMA, k.template, keys=[k.key])
    visit = encodings["obama_240p.jpg"]  # 0.15 from his first photo: not redundant
    verdict = decide(CLEAR, visit, OBAMA, own + learned, gallery)
    assert verdict.action == "replace" and verdict.reason == "replaced"
    assert verdict.replaces == 3  # obama_3 is the nearest to the rest (0.33 from his first photo)
    assert verdict.replaces != own[0].key  # the registry's template is never the one to go
    two = decide(CLEAR, visit, OBAMA, own + learned[:2], gallery)
    assert two.action == "add"  # below the cap
    # A tie goes against the older learned template.
    twins = [Known(k, "learned", f"2026-0{k}-01", np.asarray(encodings["obama_2.jpg"])) for k in (5, 6)]
    assert decide(CLEAR, visit, OBAMA, [*own, twins[1], twins[0], learned[2]], gallery).replaces == 5
