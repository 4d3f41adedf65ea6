"""Gallery growth: the calibration protocol with thousands of synthetic distractor identities enrolled.

There are no 10,000 real faces here. Distractor templates are drawn from a
multivariate normal fitted to the identity means of every real encoding
available (the calibration set and people/): their mean, and their covariance
shrunk towards a sphere by ``alpha`` (53 means cannot fill 128 dimensions),
with the spread then rescaled by ``scale``. ``alpha`` is chosen so that a
set of synthetic templates has the real templates' ratio of nearest-neighbour
to pairwise distance; ``scale`` so that the median pairwise distance is the
real one. The real templates are one photo per real identity (as a gallery
holds them). What this cannot show: real look-alikes, relatives and twins,
and the crowding of one population (a Gaussian has no clusters).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import cast

import numpy as np

from biometrics.evaluation.calibration import Calibration, Probe, Tally, readme_rule, threshold_rule
from biometrics.gallery import Gallery
from biometrics.matching import DEFAULT_THRESHOLDS, Thresholds, decide

SIZES = (36, 1_000, 10_000, 100_000)
QUANTILES = (1, 5, 25, 50, 75, 95)
ALPHAS = tuple(float(a) for a in np.round(np.arange(0.0, 0.61, 0.05), 2))
SEED = 14
DRAWS = 40  # synthetic sets of the real set's size, to compare nearest-neighbour distances


@dataclass(frozen=True)
class Model:
    mean: np.ndarray
    covariance: np.ndarray  # already shrunk and rescaled
    alpha: float
    scale: float


def distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a, b = a.astype(np.float64), b.astype(np.float64)
    squared = (a * a).sum(1)[:, None] + (b * b).sum(1)[None, :] - 2 * a @ b.T
    return cast(np.ndarray, np.sqrt(np.maximum(squared, 0.0)))


def pairwise(x: np.ndarray) -> np.ndarray:
    return distances(x, x)[np.triu_indices(len(x), 1)]


def nearest_neighbour(x: np.ndarray) -> np.ndarray:
    d = distances(x, x)
    np.fill_diagonal(d, np.inf)
    return cast(np.ndarray, d.min(axis=1))


def fit(means: np.ndarray, templates: np.ndarray, seed: int = SEED) -> Model:
    """The distractors' normal law: fitted to ``means``, shaped and scaled to match ``templates``."""
    mean = means.mean(axis=0).astype(np.float64)
    sample = np.cov(means.T.astype(np.float64))
    sphere = np.trace(sample) / len(mean) * np.eye(len(mean))
    real_pairs, real_nn = (
        float(np.median(pairwise(templates))),
        float(np.median(nearest_neighbour(templates))),
    )
    best: tuple[float, Model] | None = None
    for alpha in ALPHAS:
        shrunk = (1 - alpha) * sample + alpha * sphere
        draws = _draws(Model(mean, shrunk, alpha, 1.0), len(templates), seed)
        scale = real_pairs / float(np.median(np.concatenate([pairwise(d) for d in draws])))
        nn = scale * float(np.median(np.concatenate([nearest_neighbour(d) for d in draws])))
        gap = abs(nn - real_nn)
        if best is None or gap < best[0]:
            best = (gap, Model(mean, shrunk * scale**2, alpha, scale))
    assert best is not None
    return best[1]


def _draws(model: Model, size: int, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [sample(model, size, rng) for _ in range(DRAWS)]


def sample(model: Model, count: int, rng: np.random.Generator) -> np.ndarray:
    return rng.multivariate_normal(model.mean, model.covariance, size=count, method="eigh").astype(np.float32)


@dataclass(frozen=True)
class Comparison:
    """Quantiles (QUANTILES) of distance distributions, real beside synthetic."""

    pairs: tuple[np.ndarray, np.ndarray]  # between templates of two identities
    nearest: tuple[np.ndarray, np.ndarray]  # each template's nearest other, in sets of the real set's size
    probes: tuple[np.ndarray, np.ndarray]  # from each real probe to the templates of other identities


def compare(
    model: Model,
    templates: np.ndarray,
    probes: np.ndarray,
    probe_ids: np.ndarray,
    template_ids: np.ndarray,
    seed: int = SEED + 1,
) -> Comparison:
    draws = _draws(model, len(templates), seed)
    q = np.array(QUANTILES)
    to_real = distances(probes, templates)[probe_ids[:, None] != template_ids[None, :]]
    to_synthetic = distances(probes, draws[0]).ravel()
    return Comparison(
        pairs=(
            np.percentile(pairwise(templates), q),
            np.percentile(np.concatenate([pairwise(d) for d in draws]), q),
        ),
        nearest=(
            np.percentile(nearest_neighbour(templates), q),
            np.percentile(np.concatenate([nearest_neighbour(d) for d in draws]), q),
        ),
        probes=(np.percentile(to_real, q), np.percentile(to_synthetic, q)),
    )


@dataclass(frozen=True)
class Row:
    size: int  # templates in the gallery
    engine: Tally
    taken_for_distractor: int  # genuine or impostor probes the engine took for a synthetic identity
    readme: Tally
    threshold: Tally  # the best single threshold + margin of the calibration table


def grow(
    cal: Calibration,
    model: Model,
    best: tuple[float, float],
    sizes: Sequence[int] = SIZES,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    seed: int = SEED + 2,
) -> list[Row]:
    """The protocol's probes against the real gallery plus distractors, growing (each size holds the last)."""
    rng = np.random.default_rng(seed)
    real = len(cal.gallery)
    distractors = sample(model, max(sizes) - real, rng)
    rows = []
    for size in sizes:
        gallery = Gallery(capacity=size)
        for identity in cal.enrolled:
            gallery.add(identity, cal.gallery.templates_of(identity))
        extra = size - real
        if extra > 0:
            gallery.add_many([f"synthetic {i}" for i in range(extra)], distractors[:extra])
        rows.append(_row(cal.probes, gallery, size, best, thresholds))
    return rows


def _row(
    probes: Sequence[Probe], gallery: Gallery, size: int, best: tuple[float, float], t: Thresholds
) -> Row:
    engine, readme, threshold = Tally(), Tally(), Tally()
    limit = 1 + t.cohort
    taken = 0
    for p in probes:
        nearest = tuple(gallery.search(p.encoding, limit=limit)) if p.encoding is not None else ()
        moved = replace(p, nearest=nearest)
        if p.decided:
            decision = decide(nearest, t.for_quality(bool(p.cautions)))
            said = None if decision.identity is None else str(decision.identity)
            taken += said is not None and said.startswith("synthetic")
        else:
            said = None
        engine.add(p, said)
        readme.add(p, readme_rule()(moved)[0])
        threshold.add(p, threshold_rule(*best)(moved)[0])
    return Row(size, engine, taken, readme, threshold)
