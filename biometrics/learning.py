"""Templates that learn from visits: may this visit's face be added to the person's templates?

A pure policy: no store, no clock, no Qt. The caller (the terminal's store)
passes how the visit was confirmed, the visit's template (the mean of the good
frames that confirmed it), the person's templates in force and the gallery; it
gets a :class:`Verdict`: ``add``, ``replace`` (one learned template makes way:
the person holds at most :data:`CAP` learned ones) or ``refuse`` with the
reason in plain words. The rules, in order:

1. *unverified*: a supervisor's override without a 1:1 face check teaches nothing;
2. *weak match*: a face match whose mean distance is above ``learn``, or a 1:1
   check (typed ID number, override with a face check) above ``verify``;
3. *no template*: learning never enrolls anyone, it only adds to an enrolment;
4. *too unlike the person*: farther than ``verify`` from every template of theirs;
5. *adds nothing*: within :data:`REDUNDANT` of one of their templates;
6. *nearer to another*: the nearest other enrolled identity is within the
   person's own distance plus ``margin``; such a template could pull the
   person towards someone else.

Thresholds are :data:`biometrics.matching.DEFAULT_THRESHOLDS` read at each
call (they are recalibrated in docs/biometrics.md), unless given. The
templates enrolled by the registry or with consent at a terminal are never
replaced; when the cap is reached, the learned template that adds least (the
one nearest to the person's other templates, the visit's included) makes way,
the older first on a tie.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Literal, cast

import numpy as np

from biometrics import matching
from biometrics.gallery import Gallery
from biometrics.templates import as_template

CAP = 3  # learned templates per person, besides the enrolled ones
REDUNDANT = 0.12  # a template this near one the person has adds nothing

Method = Literal["face", "id_number_face", "override"]
LearnedFrom = Literal["face", "id_number_face", "override_face"]
Source = Literal["registry", "terminal", "learned"]
Action = Literal["add", "replace", "refuse"]
Reason = Literal[
    "learned",
    "replaced",
    "unverified",
    "weak_match",
    "no_template",
    "unlike_person",
    "adds_nothing",
    "near_another",
]


@dataclass(frozen=True)
class Confirmation:
    """How the visit's identity was confirmed, and the face distance that confirmed it: the mean over
    the confirming frames (``face``), the 1:1 distance to the typed ID number's templates
    (``id_number_face``), or an override's 1:1 face check (``override``; None: it had none)."""

    method: Method
    distance: float | None

    @property
    def learned_from(self) -> LearnedFrom:
        return "override_face" if self.method == "override" else self.method


@dataclass(frozen=True)
class Known:
    """One of the person's templates in force: its gallery key, where it came from, when it was made."""

    key: int
    source: Source
    created_at: str  # ISO 8601: compared as text, so one format for all
    template: np.ndarray


@dataclass(frozen=True)
class Verdict:
    action: Action
    reason: Reason
    words: str  # the reason in plain words (for logs and tests; never shown with a template)
    distance: float | None = None  # from the visit's template to the nearest of the person's
    replaces: int | None = None  # the key of the learned template that makes way

    @property
    def learns(self) -> bool:
        return self.action != "refuse"


def decide(
    confirmation: Confirmation,
    template: object,
    identity: Hashable,
    own: Sequence[Known],
    gallery: Gallery,
    thresholds: matching.Thresholds | None = None,
) -> Verdict:
    """Should ``template``, from a visit of ``identity`` confirmed as said, join ``own``?"""
    t = thresholds or matching.DEFAULT_THRESHOLDS
    probe = as_template(template)
    refusal = _weak(confirmation, t)
    if refusal is not None:
        return refusal
    if not own:
        return _refuse("no_template", "the person has no enrolled template to learn beside")
    near = _distances(probe, own)
    mine = float(near.min())
    if mine > t.verify:
        return _refuse("unlike_person", f"too unlike the person ({mine:.2f} from their nearest)", mine)
    if mine < REDUNDANT:
        return _refuse("adds_nothing", f"adds nothing ({mine:.2f} from one of their templates)", mine)
    rival = next((m for m in gallery.search(probe, limit=2) if m.identity != identity), None)
    if rival is not None and rival.distance <= mine + t.margin:
        words = f"nearer to another enrolled person ({rival.distance:.2f} against {mine:.2f})"
        return _refuse("near_another", words, mine)
    learned = [k for k in own if k.source == "learned"]
    if len(learned) < CAP:
        return Verdict("add", "learned", "learned", mine)
    out = _most_redundant(probe, own, learned)
    return Verdict(
        "replace", "replaced", "learned, replacing the learned template that added least", mine, out
    )


def _weak(confirmation: Confirmation, t: matching.Thresholds) -> Verdict | None:
    d = confirmation.distance
    if confirmation.method == "override" and d is None:
        return _refuse("unverified", "an override without a face check")
    if d is None:
        return _refuse("weak_match", "the confirmation carries no face distance")
    limit = t.learn if confirmation.method == "face" else t.verify
    if d > limit:
        return _refuse("weak_match", f"a weak match ({d:.2f} is above {limit:.2f})")
    return None


def _refuse(reason: Reason, words: str, distance: float | None = None) -> Verdict:
    return Verdict("refuse", reason, words, distance)


def _distances(probe: np.ndarray, own: Sequence[Known]) -> np.ndarray:
    block = np.stack([as_template(k.template) for k in own])
    return cast(np.ndarray, np.linalg.norm(block - probe, axis=1))


def _most_redundant(probe: np.ndarray, own: Sequence[Known], learned: Sequence[Known]) -> int:
    """The key of the learned template nearest to the rest (the visit's included); older first on a tie."""
    everyone = [as_template(k.template) for k in own] + [probe]
    block = np.stack(everyone)
    keys = [k.key for k in own]

    def redundancy(k: Known) -> tuple[float, str]:
        others = np.delete(block, keys.index(k.key), axis=0)
        return round(float(np.linalg.norm(others - as_template(k.template), axis=1).min()), 3), k.created_at

    return min(learned, key=redundancy).key
