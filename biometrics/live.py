"""The live pipeline: frames of one camera in, decisions about the person in front of it out.

Each frame is analysed (:func:`biometrics.pipeline.analyse`); a good frame's
face is searched in the gallery and decided alone (:func:`matching.decide`);
:class:`matching.Evidence` combines the good frames of one presence. A
decision is announced only when it changes:

- ``match``: an identity is confirmed by the evidence;
- ``no_match``: for ``patience`` seconds (and at least ``window`` good frames)
  the good frames confirmed nobody (with the candidates for a supervisor);
- ``low_quality``: for ``patience`` seconds a face was in view but never usable
  (with the most frequent reason, e.g. "too dark"), and nobody was recognised.

Times are the frames' own (video time, or time since the camera opened), so a
video gives the same decisions on a fast machine and a slow one. A presence
ends when no face is seen for ``absence`` seconds, or when the
subject jumps elsewhere in the picture (another person, a cut in a video):
the evidence starts again and the next decision is announced afresh.

A ``match`` carries the visit's ``template``: the mean of the encodings of the
good frames that confirmed it (what :mod:`biometrics.learning` may keep).
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from biometrics import pipeline
from biometrics.detection import Box
from biometrics.gallery import Gallery, Match
from biometrics.matching import DEFAULT_THRESHOLDS, Evidence, Thresholds, decide, neighbours
from biometrics.pipeline import FrameAnalysis
from biometrics.quality import QualityPolicy
from biometrics.sources import Frame

LiveStatus = Literal["match", "no_match", "low_quality"]


@dataclass(frozen=True)
class LiveDecision:
    status: LiveStatus
    identity: Hashable | None
    frame: int
    seconds: float
    distance: float | None = None  # mean distance of the confirming frames (match)
    reason: str = ""
    candidates: tuple[Match, ...] = field(default=())
    template: np.ndarray | None = field(default=None, compare=False, repr=False)  # match: the visit's


@dataclass(frozen=True)
class LiveSettings:
    window: int = 5  # good frames the evidence looks at
    needed: int = 3  # of which the same identity must win at least this many
    patience: float = 2.0  # seconds without a confirmation before "no_match" or "low_quality"
    absence: float = 1.0  # seconds without a face that end a presence
    jump: float = 1.5  # the subject moving more than this many face sizes is a new presence


class LiveIdentifier:
    """Turns a stream of frames into announced decisions. One instance per camera; one thread."""

    def __init__(
        self,
        gallery: Gallery,
        *,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
        policy: QualityPolicy = pipeline.LIVE_POLICY,
        settings: LiveSettings | None = None,
    ) -> None:
        self.gallery, self.thresholds, self.policy = gallery, thresholds, policy
        self.settings = settings or LiveSettings()
        self.evidence = Evidence(self.settings.window, self.settings.needed, thresholds)
        self._frames: deque[tuple[Hashable | None, np.ndarray]] = deque(maxlen=self.settings.window)
        self._announced: tuple[LiveStatus, Hashable | None] | None = None
        self._unconfirmed: tuple[float, int] | None = None  # since when, and how many good frames
        self._poor: Counter[str] = Counter()
        self._poor_since: float | None = None
        self._seen_at: float | None = None
        self._last_box: Box | None = None

    def feed(self, frame: Frame) -> tuple[FrameAnalysis, LiveDecision | None]:
        """Analyse one frame; returns its analysis and the decision it caused, if any."""
        analysis = pipeline.analyse(frame.image, policy=self.policy)
        return analysis, self.update(frame, analysis)

    def update(self, frame: Frame, analysis: FrameAnalysis) -> LiveDecision | None:
        """The decision caused by an already analysed frame, if any."""
        face, now = analysis.subject, frame.seconds
        if face is None:
            if self._seen_at is not None and now - self._seen_at >= self.settings.absence:
                self.reset()
            return None
        if self._jumped(face.box):
            self.reset()
        self._seen_at, self._last_box = now, face.box
        if analysis.status != "ok" or analysis.encoding is None:
            return self._poor_frame(frame, analysis)
        self._poor.clear()
        self._poor_since = None
        thresholds = self.thresholds.for_quality(bool(analysis.cautions))
        decision = decide(neighbours(self.gallery, analysis.encoding, thresholds), thresholds)
        confirmed = self.evidence.add(decision)
        self._frames.append((decision.identity, analysis.encoding))  # beside the evidence's frames
        if confirmed is not None:
            self._unconfirmed = None
            distance = self.evidence.mean_distance(confirmed)
            return self._announce(
                "match",
                confirmed,
                frame,
                distance=distance,
                reason="recognised",
                template=self.template(confirmed),
            )
        since, count = self._unconfirmed or (now, 0)
        self._unconfirmed = (since, count + 1)
        if now - since >= self.settings.patience and count + 1 >= self.settings.window:
            reason = decision.reason if decision.status == "no_match" else "the evidence is not consistent"
            return self._announce(
                "no_match", None, frame, reason=reason, candidates=self.evidence.candidates()
            )
        return None

    def _poor_frame(self, frame: Frame, analysis: FrameAnalysis) -> LiveDecision | None:
        self._poor.update(p.text for p in analysis.problems[:1])
        if self._poor_since is None:
            self._poor_since = frame.seconds
        settled = self._announced is not None and self._announced[0] == "match"
        if frame.seconds - self._poor_since >= self.settings.patience and not settled:
            reason = self._poor.most_common(1)[0][0]
            return self._announce("low_quality", None, frame, reason=reason)
        return None

    def template(self, identity: Hashable) -> np.ndarray | None:
        """The mean encoding of the recent good frames this identity won, if any."""
        won = [encoding for who, encoding in self._frames if who == identity]
        return np.mean(np.stack(won), axis=0).astype(np.float32) if won else None

    def reset(self) -> None:
        """Forget the current presence: the next decision is announced afresh."""
        self.evidence.reset()
        self._frames.clear()
        self._announced = None
        self._unconfirmed = None
        self._poor.clear()
        self._poor_since = None
        self._seen_at = None
        self._last_box = None

    def _jumped(self, box: Box) -> bool:
        if self._last_box is None:
            return False
        (x0, y0), (x1, y1) = self._last_box.centre, box.centre
        size = max(self._last_box.size, box.size, 1)
        return float(np.hypot(x1 - x0, y1 - y0)) > self.settings.jump * size

    def _announce(
        self,
        status: LiveStatus,
        identity: Hashable | None,
        frame: Frame,
        *,
        distance: float | None = None,
        reason: str = "",
        candidates: tuple[Match, ...] = (),
        template: np.ndarray | None = None,
    ) -> LiveDecision | None:
        if self._announced == (status, identity):
            return None
        self._announced = (status, identity)
        return LiveDecision(
            status, identity, frame.index, frame.seconds, distance, reason, candidates, template
        )
