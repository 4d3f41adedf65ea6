"""The learning evaluation's "sooner": good frames until the window's evidence confirms a second visit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from biometrics.evaluation.calibration import Probe
from biometrics.evaluation.visits import measure_side, paired_frames
from biometrics.gallery import Gallery
from biometrics.matching import DEFAULT_THRESHOLDS
from tests.biometrics.conftest import at


def probe(encoding: np.ndarray, status: str = "no_match") -> Probe:
    return Probe("a", Path("a.jpg"), True, status, None, 0.1, False, None, (), (), encoding, ())


def gallery(learned: bool) -> Gallery:
    g = Gallery()
    g.add("a", at(0.55, 0))  # the registry's photo
    for i in range(1, 11):
        g.add(f"p{i}", at(0.7, i))  # a crowded neighbourhood
    if learned:
        g.add("a", at(0.1, 40), learned=True)  # the first visit's face
    return g


def test_a_learned_template_confirms_the_second_visit_in_fewer_good_frames() -> None:
    # The second visit: two frames as the first visit looked (0.56 from the photo, 0.71 from the crowd: the
    # ratio refuses them without the learned template), then three nearer the registry's photo.
    near_visit = [probe(at(0.1, 40)), probe(at(0.1, 40))]
    near_photo = [probe(at(0.3, 0)) for _ in range(3)]
    unreadable = probe(at(0.35, 0), status="low_quality")  # not a good frame: not counted
    visits = {"a": [*near_visit, unreadable, *near_photo]}

    before = measure_side(visits, gallery(learned=False), DEFAULT_THRESHOLDS)
    after = measure_side(visits, gallery(learned=True), DEFAULT_THRESHOLDS)
    assert before.frames == [5] and after.frames == [3]
    assert before.identified == 3 and after.identified == 5 and before.wrong == after.wrong == 0


def test_a_visit_never_confirmed_is_left_out_of_the_frames_compared() -> None:
    far = [probe(at(0.9, 50)) for _ in range(4)]  # nobody's face: never confirmed, learned or not
    near_visit = [probe(at(0.1, 41)) for _ in range(3)]  # confirmed at once, but only once learned
    near_photo = [probe(at(0.3, 0)) for _ in range(3)]  # confirmed at once either way
    visits = {"a": far, "b": near_visit, "c": near_photo}
    for who in ("b", "c"):
        visits[who] = [replace(p, identity=who) for p in visits[who]]
    g_before, g_after = gallery(learned=False), gallery(learned=True)
    for g, learned in ((g_before, False), (g_after, True)):
        g.add("b", at(0.55, 1))  # the registry photo of "b", and its visit once learned
        if learned:
            g.add("b", at(0.1, 41), learned=True)
        g.add("c", at(0.3, 0))
    before = measure_side(visits, g_before, DEFAULT_THRESHOLDS)
    after = measure_side(visits, g_after, DEFAULT_THRESHOLDS)
    assert before.frames == [None, None, 3] and after.frames == [None, 3, 3]
    assert (before.confirmed, after.confirmed) == (1, 2)
    assert paired_frames(before, after) == (3.0, 3.0, 1)  # only "c" was confirmed both times
