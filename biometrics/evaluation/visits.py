"""Templates that learn from visits, on the calibration protocol (biometrics.learning's policy).

Each enrolled person's probes, in file order, are their visits. The first
visit is identified against the registry photo only; the first probe the
engine identifies is offered to :func:`biometrics.learning.decide` (a face
confirmation at its decision's distance) and, when the policy learns it, its
template joins the person's. The second visit is every probe after it,
identified against the registry photo (before) and against the gallery with
everyone's learned templates (after). Impostor probes are identified against
both galleries too: learning must not open the door to strangers.

"Sooner" is measured as the window decides: the second visit's good probes,
in order, are the frames of one presence fed to :class:`matching.Evidence`
with the live settings (3 of the last 5 good frames must name the person);
the count is the good frames until it confirms them (None: never).
:mod:`biometrics.evaluation.camera_visits` shows the same second visits
through a poorer camera.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from biometrics import learning
from biometrics.evaluation.calibration import Calibration, Probe
from biometrics.gallery import Gallery
from biometrics.live import LiveSettings
from biometrics.matching import DEFAULT_THRESHOLDS, Decision, Evidence, Thresholds, decide, neighbours

REGISTERED = "2026-01-01T09:00:00.000+05:00"


@dataclass
class Side:
    """Second visits (or impostor probes) against one gallery."""

    probes: int = 0
    identified: int = 0
    wrong: int = 0  # for impostor probes: taken for anyone
    own: list[float] = field(default_factory=list)  # distance to the person's nearest template
    ratio: list[float] = field(default_factory=list)  # the decision's cohort ratio, when the nearest is them
    first: list[int] = field(default_factory=list)  # per person: visits until the first identified one
    frames: list[int | None] = field(default_factory=list)  # per person: good frames until confirmed, or None

    @property
    def confirmed(self) -> int:
        """The people the window's evidence confirmed."""
        return sum(f is not None for f in self.frames)


def paired_frames(before: Side, after: Side) -> tuple[float, float, int]:
    """The mean good frames until confirmed before and after, over the people confirmed both times
    (the same people on both sides), and how many they are."""
    both = zip(before.frames, after.frames, strict=True)
    pairs = [(b, a) for b, a in both if b is not None and a is not None]
    if not pairs:
        return float("nan"), float("nan"), 0
    return float(np.mean([b for b, _ in pairs])), float(np.mean([a for _, a in pairs])), len(pairs)


@dataclass
class Visits:
    offered: int  # people whose first visit was identified
    verdicts: Counter[str]  # the policy's reasons
    learners: list[str]  # the people who learned a template
    # (who, before, after): the people who learned, those who did not, everyone; then the impostors
    rows: list[tuple[str, Side, Side]]
    second: dict[str, list[Probe]]  # each enrolled person's second visit
    learned_gallery: Gallery  # the registry's templates and everyone's learned ones


def groups(v: Visits, enrolled: Sequence[str]) -> list[tuple[str, list[str]]]:
    """The rows' people: those who learned, those who did not, everyone."""
    others = [i for i in enrolled if i not in v.learners]
    return [("learned", v.learners), ("did not learn", others), ("everyone", list(enrolled))]


def measure(cal: Calibration, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Visits:
    learned_gallery = Gallery()
    for identity in cal.enrolled:
        learned_gallery.add(identity, cal.gallery.templates_of(identity))
    verdicts: Counter[str] = Counter()
    second: dict[str, list[Probe]] = {}
    learners: list[str] = []
    offered = 0
    for identity in cal.enrolled:
        visits = [p for p in cal.probes if p.identity == identity]
        found = next((i for i, p in enumerate(visits) if p.said is not None), None)
        second[identity] = visits if found is None else visits[found + 1 :]
        if found is None:
            continue
        offered += 1
        visit = visits[found]
        own = [
            learning.Known(k, "registry", REGISTERED, t)
            for k, t in zip(cal.gallery.keys_of(identity), cal.gallery.templates_of(identity), strict=True)
        ]
        confirmation = learning.Confirmation("face", own_distance(cal.gallery, visit))
        verdict = learning.decide(confirmation, visit.encoding, identity, own, cal.gallery, thresholds)
        verdicts[verdict.reason] += 1
        if verdict.learns and visit.said == identity:
            learned_gallery.add(identity, visit.encoding, learned=True)
            learners.append(identity)
    v = Visits(offered, verdicts, learners, [], second, learned_gallery)
    v.rows = compare(v, cal, list, thresholds)
    return v


def compare(
    v: Visits,
    cal: Calibration,
    shown: Callable[[Sequence[Probe]], list[Probe]],
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> list[tuple[str, Side, Side]]:
    """Each group's second visits, then the impostor probes, as ``shown`` makes them (the photos, or
    the photos through a camera), before and after learning: ``Visits.rows``."""
    rows = []
    chosen_by = [
        (label, {i: shown(v.second[i]) for i in people}) for label, people in groups(v, cal.enrolled)
    ]
    for label, chosen in [*chosen_by, ("impostors", {"": shown(cal.impostors)})]:
        rows.append(
            (
                label,
                measure_side(chosen, cal.gallery, thresholds),
                measure_side(chosen, v.learned_gallery, thresholds),
            )
        )
    return rows


def own_distance(gallery: Gallery, p: Probe) -> float:
    match = gallery.distance_to(p.identity, p.encoding)
    return float("inf") if match is None else match.distance


def _decision(gallery: Gallery, p: Probe, t: Thresholds) -> tuple[Decision, bool] | None:
    """The engine's decision on a decided probe, and whether the nearest identity is the probe's."""
    if not p.decided:
        return None
    tq = t.for_quality(bool(p.cautions))
    nearest = neighbours(gallery, p.encoding, tq)
    return decide(nearest, tq), nearest[0].identity == p.identity


def measure_side(visits_of: dict[str, list[Probe]], gallery: Gallery, t: Thresholds) -> Side:
    side = Side()
    live = LiveSettings()
    for visits in visits_of.values():
        firsts: list[int] = []
        evidence, good, confirmed_at = Evidence(live.window, live.needed, t), 0, None
        for i, p in enumerate(visits):
            decided = _decision(gallery, p, t)
            said = None
            if decided is not None:
                decision, nearest_is_own = decided
                said = None if decision.identity is None else str(decision.identity)
                if decision.relative is not None and nearest_is_own:
                    side.ratio.append(decision.relative)
                good += 1
                if evidence.add(decision) == p.identity and confirmed_at is None:
                    confirmed_at = good
            side.probes += 1
            side.identified += p.enrolled and said == p.identity
            side.wrong += said is not None and said != p.identity
            if said == p.identity:
                firsts.append(i + 1)
            if p.enrolled and p.encoding is not None:
                side.own.append(own_distance(gallery, p))
        if visits and visits[0].enrolled:
            side.first.append(firsts[0] if firsts else len(visits) + 1)
            side.frames.append(confirmed_at)
    return side


def mean(values: Sequence[float]) -> float:
    return float(np.mean(values)) if len(values) else float("nan")
