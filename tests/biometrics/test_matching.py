"""Open-set decisions on the shared photos: nobody is taken for someone else."""

from __future__ import annotations

import numpy as np
import pytest

from biometrics import Gallery, Match, Thresholds, identify, verify
from biometrics.matching import DEFAULT_THRESHOLDS, Evidence, decide, look_alikes, neighbours
from tests.biometrics.conftest import at, identity_of

ONE_PHOTOGRAPH = {"obama_1.jpg", "obama_240p.jpg", "obama_480p.jpg", "obama_720p.jpg", "obama_1080p.jpg",
                  "obama_small.jpg"}  # fmt: skip


def gallery_without(encodings: dict[str, np.ndarray], left_out: set[str]) -> Gallery:
    gallery = Gallery()
    for name, encoding in sorted(encodings.items()):
        if name not in left_out:
            gallery.add(identity_of(name), encoding)
    return gallery


def left_out_with(name: str) -> set[str]:
    return ONE_PHOTOGRAPH if name in ONE_PHOTOGRAPH else {name}


def test_every_photo_is_recognised_or_refused_never_taken_for_someone_else(
    encodings: dict[str, np.ndarray],
) -> None:
    recognised = refused = 0
    for name, encoding in encodings.items():
        decision = identify(gallery_without(encodings, left_out_with(name)), encoding)
        if decision.status == "match":
            assert decision.identity == identity_of(name), name
            recognised += 1
        else:
            refused += 1
            assert decision.identity is None and decision.distance is not None
    assert recognised >= 15 and refused <= 4  # Lin (one photo) and Alex (0.52 apart) are refused


def test_people_not_enrolled_are_not_recognised(encodings: dict[str, np.ndarray]) -> None:
    for person in {identity_of(n) for n in encodings}:
        theirs = {n for n in encodings if identity_of(n) == person}
        gallery = gallery_without(encodings, theirs)
        for name in theirs:
            decision = identify(gallery, encodings[name])
            assert decision.status == "no_match", f"{name} taken for {decision.identity}"
            assert decision.reason.startswith("not recognised")


def test_the_scene_faces_are_each_recognised(encodings: dict[str, np.ndarray], faces) -> None:
    from biometrics import load_image, pipeline

    scene = load_image(faces / "scenes" / "kit_harington_and_rose_leslie.jpg")
    found = sorted(pipeline.analyse_faces(scene), key=lambda f: f.box.left)
    gallery = gallery_without(encodings, set())
    assert [identify(gallery, f.encoding).identity for f in found] == ["rose_leslie", "kit_harington"]


def test_a_near_tie_is_not_recognised_and_lists_the_candidates() -> None:
    nearest = [Match("a", 0.40, 1), Match("b", 0.44, 2), Match("c", 0.59, 3), Match("d", 0.70, 4)]
    decision = decide(nearest)
    assert decision.status == "no_match" and decision.identity is None
    assert decision.lead == pytest.approx(0.04) and "almost equally near" in decision.reason
    assert [m.identity for m in decision.candidates] == ["a", "b", "c"]
    assert decide([]).reason == "nobody is enrolled"


def cohort(*distances: float) -> list[Match]:
    return [Match(f"p{i}", d, i) for i, d in enumerate(distances)]


def test_the_same_distance_is_a_match_in_a_sparse_crowd_and_not_in_a_dense_one() -> None:
    sparse = decide(cohort(0.50, 0.78, 0.80, 0.82, 0.85))
    assert sparse.status == "match" and sparse.relative == pytest.approx(0.50 / 0.8125)
    dense = decide(cohort(0.50, 0.58, 0.60, 0.61, 0.62))  # faces of one population lie closer together
    assert dense.status == "no_match" and "not clearly nearer" in dense.reason
    assert decide(cohort(0.36, 0.58, 0.60, 0.61, 0.62)).status == "match"  # clearly nearer: still a match


def test_a_gallery_too_small_for_a_cohort_takes_the_strict_bar() -> None:
    t = DEFAULT_THRESHOLDS
    assert decide(cohort(t.alone - 0.01, 0.9)).status == "match"
    lone = decide(cohort(t.alone + 0.02, 0.9))
    assert lone.status == "no_match" and lone.relative is None and f"{t.alone + 0.02:.2f} away" in lone.reason
    assert decide(cohort(0.52), Thresholds(accept=0.55, alone=0.55)).status == "match"


def test_a_poor_face_is_judged_by_stricter_bars() -> None:
    t = DEFAULT_THRESHOLDS
    nearest = cohort(0.57, 0.80, 0.82, 0.84, 0.86)
    assert decide(nearest, t).status == "match"
    assert decide(nearest, t.for_quality(True)).status == "no_match"
    assert t.for_quality(False) is t
    strict = t.for_quality(True)
    assert strict.accept == t.poor_accept and strict.ratio == t.poor_ratio


def test_one_to_one_verification(encodings: dict[str, np.ndarray]) -> None:
    gallery = gallery_without(encodings, {"biden_2.jpg", "kit_harington_3.jpg"})
    assert verify(gallery, "biden", encodings["biden_2.jpg"]).accepted
    claimed_wrongly = verify(gallery, "biden", encodings["kit_harington_3.jpg"])
    assert not claimed_wrongly.accepted and "does not match" in claimed_wrongly.reason
    nobody = verify(gallery, "someone without a template", encodings["biden_2.jpg"])
    assert not nobody.accepted and nobody.distance is None


def test_verification_refuses_a_face_that_matches_another_person_better() -> None:
    rng = np.random.default_rng(5)
    face = rng.standard_normal(128).astype(np.float32)
    gallery = Gallery()
    gallery.add("claimed", face + 0.035)  # 0.40 away
    gallery.add("real owner", face + 0.001)
    result = verify(gallery, "claimed", face)
    assert not result.accepted and "another enrolled person" in result.reason


def test_look_alikes_are_those_a_face_would_already_pass_for(encodings: dict[str, np.ndarray]) -> None:
    gallery = gallery_without(encodings, {"biden_2.jpg", "kit_harington_3.jpg"})
    again = look_alikes(gallery, encodings["biden_2.jpg"])  # the same person enrolling again
    assert [m.identity for m in again] == ["biden"] and again[0].distance <= DEFAULT_THRESHOLDS.verify
    assert look_alikes(Gallery(), encodings["biden_2.jpg"]) == []
    rng = np.random.default_rng(9)
    face = rng.standard_normal(128).astype(np.float32) * 0.1
    crowded = Gallery()
    crowded.add("twin", face + 0.03)  # 0.34 away: within the 1:1 bar, although 1:N cannot tell them apart
    crowded.add("other twin", face + 0.031)  # 0.35: too near the first for 1:N to choose
    crowded.add("stranger", face + 0.2)
    assert identify(crowded, face).status == "no_match"
    assert [m.identity for m in look_alikes(crowded, face)] == ["twin", "other twin"]


def decision(identity: str | None, distance: float) -> object:
    far = [Match(f"far{i}", 0.9, 10 + i) for i in range(4)]
    return decide([Match(identity, distance, 1), *far]) if identity else decide([Match("x", 0.7, 1), *far])


def test_evidence_needs_three_of_five_consistent_frames() -> None:
    evidence = Evidence()
    assert evidence.add(decision("a", 0.45)) is None
    assert evidence.add(decision(None, 0)) is None
    assert evidence.add(decision("a", 0.48)) is None
    assert evidence.add(decision("a", 0.40)) == "a"
    evidence.reset()
    for d in ("a", "a", "b", "a"):
        confirmed = evidence.add(decision(d, 0.40))
    assert confirmed is None  # another identity won a frame of the window: no confirmation


def test_evidence_rests_on_the_mean_distance() -> None:
    loose = Thresholds(accept=0.56, alone=0.56)  # frames decided loosely, evidence judged at 0.50
    for distances, expected in (((0.55, 0.55, 0.30), "a"), ((0.55, 0.55, 0.52), None)):
        evidence = Evidence(thresholds=Thresholds(accept=0.50, alone=0.50))
        results = [evidence.add(decide([Match("a", d, 1)], loose)) for d in distances]
        assert results == [None, None, expected]
        assert evidence.mean_distance("a") == pytest.approx(sum(distances) / 3)


# --- templates learned from visits: surer for their own person, never farther, never crowding -------


PROBE = np.zeros(128, dtype=np.float32)


def test_other_people_s_learned_templates_do_not_crowd_a_face_s_cohort() -> None:
    def gallery(learned: bool) -> Gallery:
        g = Gallery()
        g.add("a", at(0.45, 0))
        for i in range(1, 10):
            g.add(f"p{i}", at(0.62, i))  # the registry's photos: a sparse neighbourhood
            g.add(f"p{i}", at(0.56, 20 + i), learned=learned)  # each neighbour's visit, nearer
        return g

    taught = identify(gallery(learned=True), PROBE)
    assert taught.status == "match" and taught.identity == "a"
    assert taught.relative == pytest.approx(0.45 / 0.62, abs=1e-4)  # judged against the enrolled photos
    crowded = identify(gallery(learned=False), PROBE)  # the same templates, enrolled: a dense crowd
    assert crowded.status == "no_match" and "not clearly nearer" in crowded.reason


def test_another_person_s_learned_template_does_not_draw_them_into_the_cohort() -> None:
    # "a" is 0.5 from the face; its nine nearest other faces, by their registry photos, lie 0.64 to 0.68
    # away (ratio 0.5 / 0.66 = 0.76: just at the bar). "x"'s registry photo is far (0.95), but x taught a
    # visit 0.63 from this face: counted by its enrolled photo in the cohort, x would lift the cohort's mean.
    def gallery(x_learned: bool) -> Gallery:
        g = Gallery()
        g.add("a", at(0.5, 0))
        for i in range(1, 10):
            g.add(f"p{i}", at(0.635 + 0.005 * i, i))
        g.add("x", at(0.95, 30))
        if x_learned:
            g.add("x", at(0.63, 31), learned=True)
        return g

    plain, taught = identify(gallery(False), PROBE), identify(gallery(True), PROBE)
    assert plain.relative == pytest.approx(taught.relative, abs=1e-6)  # the same nine neighbours
    assert plain.status == taught.status
    nearest = neighbours(gallery(True), PROBE)
    assert [m.identity for m in nearest][:2] == ["a", "x"] and len(nearest) > 1 + DEFAULT_THRESHOLDS.cohort
    without = decide(gallery(True).search(PROBE, limit=1 + DEFAULT_THRESHOLDS.cohort))  # x, not p9
    assert without.relative is not None and without.relative < plain.relative


def test_a_learned_template_makes_a_match_surer_but_never_reaches_farther() -> None:
    def gallery(learned: bool) -> Gallery:
        g = Gallery()
        g.add("a", at(0.62, 0))  # the registry's photo: just past the bar
        g.add("a", at(0.55, 1), learned=learned)
        for i in range(2, 11):
            g.add(f"p{i}", at(0.85, i))
        return g

    refused = identify(gallery(learned=True), PROBE)
    assert refused.status == "no_match" and "0.62 away" in refused.reason
    assert identify(gallery(learned=False), PROBE).status == "match"  # enrolled, the same template is in

    g = Gallery()
    g.add("a", at(0.58, 0))
    g.add("a", at(0.40, 1), learned=True)
    for i in range(2, 11):
        g.add(f"p{i}", at(0.70, i))
    surer = identify(g, PROBE)  # 0.58 / 0.70 = 0.83 would be refused by the ratio; the visit's 0.40 passes
    assert surer.status == "match" and surer.distance == pytest.approx(0.40, abs=1e-4)


def test_one_to_one_a_learned_template_is_surer_but_never_reaches_farther() -> None:
    def gallery(learned: bool) -> Gallery:
        g = Gallery()
        g.add("a", at(0.55, 0))  # the registry's photo: past the 1:1 bar (0.50)
        g.add("a", at(0.30, 1), learned=learned)
        g.add("b", at(0.90, 2))
        return g

    refused = verify(gallery(learned=True), "a", PROBE)
    assert not refused.accepted and "0.55 away" in refused.reason
    assert verify(gallery(learned=False), "a", PROBE).accepted  # enrolled, the same template is in

    g = Gallery()
    g.add("a", at(0.45, 0))
    g.add("a", at(0.30, 1), learned=True)
    g.add("b", at(0.90, 2))
    surer = verify(g, "a", PROBE)
    assert surer.accepted and surer.distance == pytest.approx(0.30, abs=1e-4)


def test_a_learned_template_near_somebody_else_s_face_still_counts_as_a_rival() -> None:
    g = Gallery()
    g.add("a", at(0.45, 0))
    g.add("b", at(0.70, 1))
    g.add("b", at(0.48, 2), learned=True)  # b's visit looks like a's face: a warning, not noise
    for i in range(3, 12):
        g.add(f"p{i}", at(0.85, i))
    decision = identify(g, PROBE)
    assert decision.status == "no_match" and "almost equally near" in decision.reason
