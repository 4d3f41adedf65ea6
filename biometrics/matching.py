"""Open-set decisions: who is this, or plainly "not recognised", favouring rejection.

One face (1:N): the nearest identity must be within ``accept`` AND lead the
runner-up identity by at least ``margin``; otherwise the answer is "not
recognised" with the identities within ``candidates`` for a supervisor to look
at. One claimed identity (1:1, after the ID number is typed): its nearest
template must be within ``verify`` and no other identity may match clearly
better. Several frames (:class:`Evidence`): an identity is confirmed only
when it won at least ``needed`` of the last ``window`` good frames, no other
identity won any of them, and the mean of its winning distances is within
``accept``. The values are calibrated in docs/biometrics.md.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from biometrics.gallery import Gallery, Match


@dataclass(frozen=True)
class Thresholds:
    accept: float = 0.50
    margin: float = 0.10
    candidates: float = 0.60
    verify: float = 0.50


DEFAULT_THRESHOLDS = Thresholds()
SEARCH_LIMIT = 5


@dataclass(frozen=True)
class Decision:
    status: Literal["match", "no_match"]
    identity: Hashable | None
    distance: float | None  # to the nearest identity, whether accepted or not
    lead: float | None  # the runner-up's distance minus the nearest one's
    reason: str
    candidates: tuple[Match, ...] = field(default=())  # for a supervisor when not recognised


def decide(nearest: Sequence[Match], thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Decision:
    """The decision for one face from its nearest identities (as :meth:`Gallery.search` returns)."""
    if not nearest:
        return Decision("no_match", None, None, None, "nobody is enrolled")
    best = nearest[0]
    lead = nearest[1].distance - best.distance if len(nearest) > 1 else None
    shortlist = tuple(m for m in nearest if m.distance <= thresholds.candidates)
    if best.distance > thresholds.accept:
        reason = f"not recognised: the nearest enrolled face is {best.distance:.2f} away"
        return Decision("no_match", None, best.distance, lead, reason, shortlist)
    if lead is not None and lead < thresholds.margin:
        reason = f"not recognised: two enrolled people are almost equally near ({lead:.2f} apart)"
        return Decision("no_match", None, best.distance, lead, reason, shortlist)
    return Decision("match", best.identity, best.distance, lead, "recognised", shortlist)


def identify(gallery: Gallery, encoding: object, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Decision:
    """1:N: who, among everyone in the gallery, this face is."""
    return decide(gallery.search(encoding, limit=SEARCH_LIMIT), thresholds)


@dataclass(frozen=True)
class Verification:
    accepted: bool
    distance: float | None
    reason: str


def verify(
    gallery: Gallery, identity: Hashable, encoding: object, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> Verification:
    """1:1: is this face the claimed identity's? None enrolled: not accepted, with the reason."""
    claimed = gallery.distance_to(identity, encoding)
    if claimed is None:
        return Verification(False, None, "no face template is enrolled for this person")
    if claimed.distance > thresholds.verify:
        return Verification(False, claimed.distance, f"the face does not match ({claimed.distance:.2f} away)")
    rival = next((m for m in gallery.search(encoding, limit=2) if m.identity != identity), None)
    if rival is not None and rival.distance + thresholds.margin <= claimed.distance:
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
