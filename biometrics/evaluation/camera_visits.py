"""Second visits through a poorer camera: does a learned template confirm a person sooner there?

On the calibration photos a second visit is confirmed after 3 good frames whether or not the
person learned a template (most of their photos match the registry's at once): 3 is the floor
of the window's rule. A camera is seldom that kind. Here each second-visit probe, and each
impostor probe, is shown as a webcam would show it (:func:`sweeps.in_frame`) and then changed
as the middle level of each sweep of :mod:`biometrics.evaluation.sweeps` changes it (darker,
overexposed, grey with side light, blurred, smaller: chosen by their place in the sweep, not by
their result), analysed as a live frame is (``LIVE_POLICY``, no correction), and the people are
counted as :func:`visits.measure_side` counts them, before and after learning.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from biometrics.evaluation import sweeps, visits
from biometrics.evaluation.calibration import Calibration, Probe
from biometrics.evaluation.visits import Side, Visits
from biometrics.images import load_image
from biometrics.matching import DEFAULT_THRESHOLDS, Thresholds


@dataclass(frozen=True)
class Condition:
    sweep: str
    label: str
    change: sweeps.Change


def middle_levels() -> list[Condition]:
    """The middle level of every sweep."""
    found = []
    for sweep, (_, changes) in sweeps.SWEEPS.items():
        label, change = changes[len(changes) // 2]
        found.append(Condition(sweep, label, change))
    return found


@dataclass
class Seen:
    """The second visits and the impostors under one condition: (who, before, after), as Visits.rows."""

    sweep: str
    label: str
    rows: list[tuple[str, Side, Side]]


def measure(
    cal: Calibration,
    v: Visits,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    conditions: Sequence[Condition] | None = None,
    workers: int = 2,
    log: Callable[[str], None] = print,
) -> list[Seen]:
    """Every condition's rows; ``workers`` processes analyse the frames (0: this process)."""
    conditions = list(middle_levels() if conditions is None else conditions)
    probes = [p for people in v.second.values() for p in people] + cal.impostors
    jobs = [(p, conditions) for p in probes]
    if workers:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            seen = list(pool.map(_degrade, jobs, chunksize=4))
    else:
        seen = [_degrade(job) for job in jobs]
    as_seen = {id(p): frames for p, frames in zip(probes, seen, strict=True)}
    found = []
    for n, c in enumerate(conditions):

        def under(people: Sequence[Probe], n: int = n) -> list[Probe]:
            return [q for p in people if (q := as_seen[id(p)][n]) is not None]

        rows = visits.compare(v, cal, under, thresholds)
        found.append(Seen(c.sweep, c.label, rows))
    log(f"second visits through a poorer camera: {len(probes)} probes, {len(conditions)} conditions")
    return found


def _degrade(job: tuple[Probe, Sequence[Condition]]) -> list[Probe | None]:
    """The probe under each condition, as the live pipeline sees it (None: no face in its frame)."""
    p, conditions = job
    image = sweeps.in_frame(load_image(p.path))[0]
    taken = sweeps.look(image, correct=False)
    if taken is None:
        return [None] * len(conditions)
    box = taken[0].box
    return [sweeps.as_seen(p, sweeps.look(c.change(image, box), correct=False)) for c in conditions]
