"""The evaluation behind docs/biometrics.md, on real faces of ../shared/faces/calibration.

The calibration protocol runs here on a few people only (5 enrolled, 2
strangers: about forty photos), so that the tests stay quick; the synthetic
distractors are fitted to two photos of every one of the 48 people (encoded as
live frames, which is quicker).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from biometrics import pipeline
from biometrics.evaluation import calibration, det, growth, sweeps
from biometrics.images import load_image
from biometrics.matching import DEFAULT_THRESHOLDS

ENROLLED = ("beyonce", "edward_norton", "matt_damon", "nicolas_cage", "post_malone")
STRANGERS = ("sylvestor_stallone", "taylor_swift")
TOLERANCE = 0.03  # synthetic and real distance quantiles, up to the median


@pytest.fixture(scope="module")
def root(faces: Path) -> Path:
    if not (faces / "calibration").is_dir():
        pytest.skip(f"the calibration photos are not at {faces / 'calibration'}")
    return faces / "calibration"


@pytest.fixture(scope="module")
def cal(root: Path) -> calibration.Calibration:
    return calibration.measure(root, people=ENROLLED + STRANGERS, log=lambda _: None)


def test_the_protocol_is_the_acceptance_checks(root: Path) -> None:
    enrolled, strangers, photos = calibration.protocol(root)
    assert len(enrolled) == 36 and len(strangers) == 12
    assert enrolled == sorted(enrolled) and enrolled[-1] < strangers[0]
    assert all(photos[i] == sorted(photos[i]) for i in enrolled)


def test_the_cached_decisions_are_what_hamyon_bio_identify_says(cal: calibration.Calibration) -> None:
    assert set(cal.enrolled) == set(ENROLLED) and set(cal.strangers) == set(STRANGERS)
    assert calibration.agrees_with_identify_photo(cal) == []
    engine = calibration.tally(cal.probes, calibration.engine())
    assert engine.identified == sum(p.said == p.identity for p in cal.genuine)
    assert len(engine.accepted) == sum(p.said is not None for p in cal.impostors)
    assert all(p.encoding is not None for p in cal.probes if p.status != "no_face")


def test_every_genuine_miss_is_counted_once_with_its_cause(cal: calibration.Calibration) -> None:
    rules = [calibration.engine(), calibration.readme_rule(), calibration.threshold_rule(0.5, 0.05)]
    for rule in rules:
        t = calibration.tally(cal.probes, rule)
        assert t.identified + len(t.wrong) + sum(t.missed.values()) == t.genuine == len(cal.genuine)
        assert t.impostors == len(cal.impostors)
        assert set(t.missed) <= {"no face", "distance", "margin", "ratio", calibration.NOT_NEAREST} | {
            code for p in cal.probes for code in p.refused
        }


def test_the_det_curves_are_monotone_and_match_the_counts(cal: calibration.Calibration) -> None:
    for points in (det.distance_curve(cal.probes), det.ratio_curve(cal.probes)):
        fnir, fpir = [p.fnir for p in points], [p.fpir for p in points]
        assert fnir == sorted(fnir, reverse=True) and fpir == sorted(fpir)
        for p in points:
            assert p.genuine == len(cal.genuine) and p.impostors == len(cal.impostors)
            assert p.fnir == pytest.approx((p.genuine - p.identified) / p.genuine)
            assert p.fpir == pytest.approx(p.accepted / p.impostors)
    at_engine = det.ratio_curve(cal.probes, values=[DEFAULT_THRESHOLDS.ratio])[0]
    engine = calibration.tally(cal.probes, calibration.engine())
    assert (at_engine.identified, at_engine.wrong, at_engine.accepted) == (
        engine.identified,
        len(engine.wrong),
        len(engine.accepted),
    )


def test_a_gallery_without_distractors_decides_as_the_calibration_does(cal: calibration.Calibration) -> None:
    means = np.stack([cal.gallery.templates_of(i)[0] for i in cal.enrolled])
    model = growth.Model(means.mean(axis=0), np.eye(128) * 1e-3, 0.0, 1.0)
    rows = growth.grow(cal, model, (0.5, 0.05), sizes=(len(cal.enrolled), 200))
    engine = calibration.tally(cal.probes, calibration.engine())
    assert (rows[0].engine.identified, len(rows[0].engine.accepted)) == (
        engine.identified,
        len(engine.accepted),
    )
    assert rows[0].taken_for_distractor == 0 and rows[1].size == 200


@pytest.mark.slow
def test_the_synthetic_distractors_lie_as_far_apart_as_real_faces(root: Path) -> None:
    enrolled, strangers, photos = calibration.protocol(root)
    encodings: dict[str, list[np.ndarray]] = {}
    for identity in enrolled + strangers:
        for path in photos[identity]:  # as a live frame: quicker than a photo's thorough, mirrored encoding
            encoding = pipeline.analyse(sweeps.in_frame(load_image(path))[0], encode="always").encoding
            if encoding is not None:
                encodings.setdefault(identity, []).append(encoding)
            if len(encodings.get(identity, [])) == 2:
                break
    names = sorted(encodings)
    means = np.stack([np.mean(encodings[i], axis=0) for i in names])
    templates = np.stack([encodings[i][0] for i in names])
    probes = np.stack([encodings[i][1] for i in names if len(encodings[i]) > 1])
    probe_ids = np.array([i for i in names if len(encodings[i]) > 1])
    model = growth.fit(means, templates)
    found = growth.compare(model, templates, probes, probe_ids, np.array(names))
    upto = growth.QUANTILES.index(50) + 1
    for real, synthetic in (found.pairs, found.nearest, found.probes):
        assert np.abs(real[:upto] - synthetic[:upto]).max() <= TOLERANCE, (real, synthetic)


def test_the_degraded_frames_are_analysed_as_the_pipeline_analyses_them(cal: calibration.Calibration) -> None:
    probe = next(p for p in cal.probes if p.measures is not None and p.path.suffix == ".jpg")
    frame = sweeps.in_frame(load_image(probe.path))[0]
    dark = sweeps.darken(frame, None, 0.3)  # type: ignore[arg-type]
    for image in (frame, dark):
        seen = sweeps.look(image)
        analysis = pipeline.analyse(image, encode="always")
        assert seen is not None and analysis.subject is not None
        face, refused, _, _ = seen
        assert np.array_equal(face.encoding, analysis.encoding)
        assert refused == tuple(p.code for p in analysis.problems)
        assert face.cautions == analysis.cautions


def test_the_gamma_correction_leaves_ordinary_light_alone_and_lifts_a_dark_face(
    cal: calibration.Calibration,
) -> None:
    probe = next(p for p in cal.probes if p.measures is not None and p.path.suffix == ".jpg")
    frame = sweeps.in_frame(load_image(probe.path))[0]
    face = sweeps.look(frame)
    assert face is not None
    box = face[0].box
    level = face[0].measures.brightness
    if sweeps.GAMMA_NORMAL[0] <= level <= sweeps.GAMMA_NORMAL[1]:
        assert sweeps.gamma_corrected(frame, box) is frame
    dark = sweeps.darken(frame, box, 0.25)
    lifted = sweeps.gamma_corrected(dark, box)
    crop = (slice(box.top, box.bottom), slice(box.left, box.right))
    assert abs(lifted[crop].mean() - sweeps.GAMMA_TARGET) < abs(dark[crop].mean() - sweeps.GAMMA_TARGET)


def test_a_gate_that_refuses_a_face_costs_what_deciding_it_would_have_identified(
    cal: calibration.Calibration,
) -> None:
    from biometrics.evaluation import gates
    from biometrics.quality import QualityPolicy

    strict = QualityPolicy(min_size=10_000)  # every face is "too far"
    probes = [replace(p, refused=("too_far",), cautions=()) for p in cal.probes if p.encoding is not None]
    (row,) = gates.costs(probes, strict)
    anyway = calibration.tally(probes, calibration.engine(gates=False))
    assert row.gate == "too_far" and not row.tolerated
    assert row.costs == anyway.identified
    assert row.prevents == len(anyway.wrong) + len(anyway.accepted)


def test_second_visits_through_a_poorer_camera_are_the_same_faces_seen_worse(
    cal: calibration.Calibration,
) -> None:
    from functools import partial

    from biometrics.evaluation import camera_visits, visits

    learned = visits.measure(cal)
    as_taken = camera_visits.Condition("darker", "x 1", partial(sweeps.darken, factor=1.0))
    darker = camera_visits.Condition("darker", "x 0.35", partial(sweeps.darken, factor=0.35))
    seen = camera_visits.measure(cal, learned, conditions=[as_taken, darker], workers=0, log=lambda _: None)

    assert [(s.sweep, s.label) for s in seen] == [("darker", "x 1"), ("darker", "x 0.35")]
    second = [p for people in learned.second.values() for p in people]
    for s in seen:
        rows = {label: (before, after) for label, before, after in s.rows}
        assert list(rows) == ["learned", "did not learn", "everyone", "impostors"]
        everyone, strangers = rows["everyone"], rows["impostors"]
        assert everyone[0].probes == everyone[1].probes <= len(second)
        assert strangers[0].probes <= len(cal.impostors)
        assert len(everyone[0].frames) == len(everyone[1].frames) <= len(cal.enrolled)
    # The same faces, darker: each face found both times is measured darker, and identified no more often.
    probe = next(p for p in second if p.measures is not None and p.path.suffix == ".jpg")
    frame = sweeps.in_frame(load_image(probe.path))[0]
    taken = sweeps.look(frame, correct=False)
    assert taken is not None
    dark = sweeps.look(darker.change(frame, taken[0].box), correct=False)
    assert dark is not None and dark[0].measures.brightness < taken[0].measures.brightness
    plain, dim = (dict((label, before) for label, before, _ in s.rows)["everyone"] for s in seen)
    assert dim.identified <= plain.identified and dim.confirmed <= plain.confirmed
