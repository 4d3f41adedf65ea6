"""Open-set decisions: who is this, or plainly "not recognised", favouring rejection.

One face (1:N): the nearest identity must be within ``accept``, lead the
runner-up by at least ``margin``, AND be near compared with the rest of the
gallery around the face: its distance at most ``ratio`` times the mean
distance of the next ``cohort`` identities (the cohort). In a crowded part of
face space (faces of one population lie closer together in dlib's space than
faces of many) the cohort is near too, so the bar rises with it; in a sparse
part a genuine face stands out from its cohort. When the gallery holds fewer
than ``min_cohort`` other identities there is no cohort to judge by, and the
strict ``alone`` distance applies instead. Not recognised: the identities
within ``candidates`` go to a supervisor.

Templates learned from visits (see :mod:`biometrics.gallery`) make a person
surer of their own match, and no more: the ``accept`` (or ``alone``) bar is
measured to the nearest identity's enrolled template, and the cohort is the
``cohort`` other identities nearest by their enrolled templates, each measured
by them (one neighbourhood for everyone, as it was calibrated, however many
visits other people have taught: :func:`neighbours` fetches enough identities
for that). The nearest
distance in the ratio and the runner-up in the margin count every template:
a learned template close to somebody else's face is a warning, not noise.

One claimed identity (1:1, after the ID number is typed): its nearest template
must be within ``verify`` and no other identity may match better by
``rival``. Several frames (:class:`Evidence`): an identity is confirmed only
when it won at least ``needed`` of the last ``window`` good frames, no other
identity won any of them, and the mean of its winning distances is within
``accept``. The values are chosen in docs/biometrics.md from the evaluation
on real photos (``python -m biometrics.evaluation``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from biometrics.gallery import Gallery, Match


@dataclass(frozen=True)
class Thresholds:
    accept: float = 0.60  # the nearest identity must be at most this far
    ratio: float = 0.76  # ... and at most this share of its cohort's mean distance
    cohort: int = 9  # the identities after the nearest that make its cohort
    min_cohort: int = 3  # fewer other identities enrolled: no cohort, ``alone`` applies
    alone: float = 0.50  # the bar without a cohort (a gallery of one to three people)
    margin: float = 0.05  # the runner-up must trail by this: never pick one of two equals
    candidates: float = 0.65
    verify: float = 0.50
    rival: float = 0.10  # 1:1: another identity nearer by this much refuses the claim
    learn: float = 0.40  # a match at most this far is clear enough to learn the visit's template from
    poor_accept: float = 0.55  # a face that failed a tolerated gate (turned, blurred): stricter bars
    poor_ratio: float = 0.70

    def for_quality(self, poor: bool) -> Thresholds:
        """These bars, or the stricter ones for a face that failed a tolerated quality gate."""
        if not poor:
            return self
        return replace(
            self, accept=min(self.accept, self.poor_accept), ratio=min(self.ratio, self.poor_ratio)
        )


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Decision:
    status: Literal["match", "no_match"]
    identity: Hashable | None
    distance: float | None  # to the nearest identity, whether accepted or not
    lead: float | None  # the runner-up's distance minus the nearest one's
    reason: str
    candidates: tuple[Match, ...] = field(default=())  # for a supervisor when not recognised
    relative: float | None = None  # the nearest distance over the cohort's mean (None: no cohort)


def decide(nearest: Sequence[Match], thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Decision:
    """The decision for one face from its nearest identities (as :meth:`Gallery.search` returns)."""
    if not nearest:
        return Decision("no_match", None, None, None, "nobody is enrolled")
    t = thresholds
    best = nearest[0]
    lead = nearest[1].distance - best.distance if len(nearest) > 1 else None
    shortlist = tuple(m for m in nearest if m.distance <= t.candidates)
    relative = cohort_ratio(nearest, t)
    bar = t.accept if relative is not None else min(t.accept, t.alone)
    if best.enrolled > bar:  # a learned template never reaches farther than the enrolled ones
        reason = f"not recognised: the nearest enrolled face is {best.enrolled:.2f} away"
        return Decision("no_match", None, best.distance, lead, reason, shortlist, relative)
    if lead is not None and lead < t.margin:
        reason = f"not recognised: two enrolled people are almost equally near ({lead:.2f} apart)"
        return Decision("no_match", None, best.distance, lead, reason, shortlist, relative)
    if relative is not None and relative > t.ratio:
        reason = "not recognised: the face is not clearly nearer to one enrolled person than to others"
        return Decision("no_match", None, best.distance, lead, reason, shortlist, relative)
    return Decision("match", best.identity, best.distance, lead, "recognised", shortlist, relative)


def cohort_ratio(nearest: Sequence[Match], thresholds: Thresholds = DEFAULT_THRESHOLDS) -> float | None:
    """The nearest distance over the mean distance of its cohort: the ``cohort`` other identities of
    ``nearest`` nearest by their enrolled templates, each by them; None when too few."""
    cohort = sorted(m.enrolled for m in nearest[1:])[: thresholds.cohort]
    if len(cohort) < thresholds.min_cohort:
        return None
    return nearest[0].distance / max(sum(cohort) / len(cohort), 1e-6)


def neighbours(
    gallery: Gallery, encoding: object, thresholds: Thresholds = DEFAULT_THRESHOLDS, at_least: int = 1
) -> list[Match]:
    """The nearest identities (by any template), as many as :func:`decide` needs: the runner-up, and every
    identity that may be in the cohort. An identity's enrolled distance is never below its nearest one,
    so one left out lies beyond the last found by both; while a found identity's learned template
    has drawn it in ahead of a nearer enrolled face, more are fetched."""
    limit = max(at_least, 1 + thresholds.cohort)
    while True:
        found = gallery.search(encoding, limit=limit)
        others = sorted(m.enrolled for m in found[1:])
        if len(found) < limit or len(others) < thresholds.cohort:
            return found  # everyone
        if others[thresholds.cohort - 1] <= found[-1].distance:
            return found
        limit *= 2


def identify(gallery: Gallery, encoding: object, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Decision:
    """1:N: who, among everyone in the gallery, this face is."""
    return decide(neighbours(gallery, encoding, thresholds), thresholds)


def look_alikes(
    gallery: Gallery, encoding: object, thresholds: Thresholds = DEFAULT_THRESHOLDS, limit: int = 5
) -> list[Match]:
    """The enrolled identities a face would already pass for, nearest first: the one 1:N names, and any
    whose templates lie within the 1:1 bar (``verify``: their ID number typed with this face would be
    accepted). Asked before a new face is enrolled: one face, one person."""
    nearest = neighbours(gallery, encoding, thresholds, at_least=limit)
    decision = decide(nearest, thresholds)
    return [
        m
        for m in nearest
        if m.distance <= thresholds.verify or (decision.status == "match" and m.identity == decision.identity)
    ][:limit]


@dataclass(frozen=True)
class Verification:
    accepted: bool
    distance: float | None
    reason: str


def verify(
    gallery: Gallery, identity: Hashable, encoding: object, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> Verification:
    """1:1: is this face the claimed identity's? None enrolled: not accepted, with the reason.

    As in 1:N, a learned template makes the claim surer but never reaches farther: ``verify`` is
    measured to the claimed identity's enrolled templates, the rival against every template."""
    claimed = gallery.distance_to(identity, encoding)
    if claimed is None:
        return Verification(False, None, "no face template is enrolled for this person")
    if claimed.enrolled > thresholds.verify:
        return Verification(False, claimed.enrolled, f"the face does not match ({claimed.enrolled:.2f} away)")
    rival = next((m for m in gallery.search(encoding, limit=2) if m.identity != identity), None)
    if rival is not None and rival.distance + thresholds.rival <= claimed.distance:
        return Verification(False, claimed.distance, "the face matches another enrolled person better")
    return Verification(True, claimed.distance, "the face matches")


class Evidence:
    """Combines the decisions of successive good frames of one person into a confirmation."""

    def __init__(self, window: int = 5, needed: int = 3, thresholds: Thresholds = DEFAULT_THRESHOLDS):
        if not 1 <= needed <= window:
            raise ValueError("needed must be between 1 and window")
        self.window, self.needed, self.thresholds = window, needed, thresholds
        self._recent: deque[Decision] = deque(maxlen=window)

    def add(self, decision: Decision) -> Hashable | None:
        """Record one good frame's decision; returns the identity now confirmed, if any."""
        self._recent.append(decision)
        return self.confirmed()

    def confirmed(self) -> Hashable | None:
        wins = [d for d in self._recent if d.status == "match"]
        identities = {d.identity for d in wins}
        if len(identities) != 1 or len(wins) < self.needed:
            return None
        identity = wins[0].identity
        mean = self.mean_distance(identity)
        return identity if mean is not None and mean <= self.thresholds.accept else None

    def mean_distance(self, identity: Hashable) -> float | None:
        """The mean distance of the recent frames this identity won."""
        won = [d.distance for d in self._recent if d.identity == identity and d.distance is not None]
        return sum(won) / len(won) if won else None

    def candidates(self) -> tuple[Match, ...]:
        """The identities near the recent frames (each by its nearest distance), nearest first."""
        best: dict[Hashable, Match] = {}
        for d in self._recent:
            for m in d.candidates or ():
                if m.identity not in best or m.distance < best[m.identity].distance:
                    best[m.identity] = m
        return tuple(sorted(best.values(), key=lambda m: m.distance))

    def reset(self) -> None:
        self._recent.clear()
