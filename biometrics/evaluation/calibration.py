"""The acceptance check's protocol on ../shared/faces/calibration, measured once per photo and cached.

The protocol of ``acceptance/checks/bio-calibration``: the identities sorted by
name, the first three quarters (36 of 48) enrolled from their first photo
(sorted by file name) with :func:`gallery_from_folder`, every other photo of
theirs a genuine probe, every photo of the rest an impostor probe. Each probe
goes once through :func:`identify_photo` (what ``hamyon bio identify`` prints),
timed; a face it refuses is analysed once more with ``encode="always"``, so
that every table can ask what would have happened had it been decided anyway.
Every table of docs/biometrics.md about the calibration set is derived from
this cache by :func:`biometrics.matching.decide` on the cached nearest
identities: no photo is encoded twice for it.
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

import numpy as np

from biometrics import detection, pipeline
from biometrics.enrollment import gallery_from_folder
from biometrics.gallery import Gallery, Match
from biometrics.images import IMAGE_SUFFIXES, load_image
from biometrics.matching import DEFAULT_THRESHOLDS, Decision, Thresholds, decide
from biometrics.photo_id import identify_photo
from biometrics.quality import SEVERAL_FACES, Measures

ENROLLED_SHARE = 3 / 4  # the check's cut: n * 3 / 4 identities enrolled


@dataclass(frozen=True)
class Probe:
    """One probe photo as the engine saw it, and its gallery's identities nearest first."""

    identity: str
    path: Path
    enrolled: bool  # a genuine probe (its person is in the protocol's enrolled part)
    status: str  # identify_photo's status
    said: str | None  # identify_photo's identity
    seconds: float  # identify_photo's wall time
    cnn: bool  # the CNN detector ran (HOG found no face)
    measures: Measures | None
    refused: tuple[str, ...]  # the codes of the problems that refused the face (several faces included)
    cautions: tuple[str, ...]  # the codes of the gates failed but tolerated (stricter bars)
    encoding: np.ndarray | None  # the subject's encoding, also when refused (None: no face)
    nearest: tuple[Match, ...] = ()  # every enrolled identity, nearest first

    @property
    def name(self) -> str:
        return f"{self.identity}/{self.path.name}"

    @property
    def failed(self) -> tuple[str, ...]:
        return self.refused + self.cautions

    @property
    def decided(self) -> bool:
        """The engine decided this face (found, and no gate refused it)."""
        return self.status in ("match", "no_match")


@dataclass
class Calibration:
    root: Path
    enrolled: list[str]  # the protocol's enrolled identities (sorted)
    strangers: list[str]  # the impostor identities
    gallery: Gallery
    enrollment_problems: list[str]
    probes: list[Probe]
    seconds: float

    @property
    def genuine(self) -> list[Probe]:
        return [p for p in self.probes if p.enrolled]

    @property
    def impostors(self) -> list[Probe]:
        return [p for p in self.probes if not p.enrolled]


def protocol(root: Path) -> tuple[list[str], list[str], dict[str, list[Path]]]:
    """(enrolled identities, impostor identities, each identity's photos sorted by file name)."""
    ids = sorted(p.name for p in root.iterdir() if p.is_dir())
    photos = {i: sorted(f for f in (root / i).iterdir() if f.suffix.lower() in IMAGE_SUFFIXES) for i in ids}
    cut = len(ids) * 3 // 4
    return ids[:cut], ids[cut:], photos


def measure(
    root: Path, people: Sequence[str] | None = None, log: Callable[[str], None] = print
) -> Calibration:
    """Enroll and identify every probe once (``people``: only these identities, for quick tests)."""
    started = time.perf_counter()
    enrolled, strangers, photos = protocol(root)
    if people is not None:
        enrolled = [i for i in enrolled if i in people]
        strangers = [i for i in strangers if i in people]
    with tempfile.TemporaryDirectory() as scratch:
        for identity in enrolled:
            (Path(scratch) / identity).mkdir()
            (Path(scratch) / identity / photos[identity][0].name).symlink_to(photos[identity][0])
        loaded = gallery_from_folder(scratch)
    probes = []
    with mock.patch.object(detection, "_cnn", wraps=detection._cnn) as cnn:  # counts, changes nothing
        for identity in enrolled + strangers:
            is_enrolled = identity in enrolled
            for path in photos[identity][1:] if is_enrolled else photos[identity]:
                probes.append(_probe(loaded.gallery, identity, path, is_enrolled, cnn))
                if len(probes) % 100 == 0:
                    log(f"calibration: {len(probes)} probes identified")
    return Calibration(
        root, enrolled, strangers, loaded.gallery, loaded.problems, probes, time.perf_counter() - started
    )


def _probe(gallery: Gallery, identity: str, path: Path, enrolled: bool, cnn: mock.MagicMock) -> Probe:
    calls = cnn.call_count
    started = time.perf_counter()
    result = identify_photo(gallery, path)
    seconds = time.perf_counter() - started
    used_cnn = cnn.call_count > calls
    analysis = result.analysis
    if analysis is not None and analysis.subject is not None and analysis.encoding is None:
        # refused: the same analysis once more, encoded anyway (what would the rules have said?)
        analysis = pipeline.analyse(
            load_image(path),
            policy=pipeline.PHOTO_POLICY,
            max_side=detection.PHOTO_MAX_SIDE,
            encode="always",
            photo=True,
        )
    face = analysis.subject if analysis is not None else None
    encoding = face.encoding if face is not None else None
    nearest = tuple(gallery.search(encoding, limit=gallery.identity_count)) if encoding is not None else ()
    return Probe(
        identity=identity,
        path=path,
        enrolled=enrolled,
        status=result.status,
        said=None if result.identity is None else str(result.identity),
        seconds=seconds,
        cnn=used_cnn,
        measures=face.measures if face is not None else None,
        refused=tuple(p.code for p in analysis.problems) if analysis is not None else (),
        cautions=tuple(p.code for p in analysis.cautions) if analysis is not None else (),
        encoding=encoding,
        nearest=nearest,
    )


# --- rules and their outcomes, with the cause of every genuine miss -------------------------

# A rule says who a probe is (None: nobody) and, when nobody, why: "no face", a gate's code,
# "distance", "margin", "ratio" (the cohort ratio) or "not nearest" (the right person was not the nearest).
Said = tuple[str | None, str]
Rule = Callable[[Probe], Said]
NOT_NEAREST = "not nearest"


def engine(thresholds: Thresholds = DEFAULT_THRESHOLDS, *, gates: bool = True) -> Rule:
    """The engine's decision (as identify_photo makes it) from the cache; ``gates=False``: every face found
    is decided by the normal bars, as if no gate existed."""

    def rule(p: Probe) -> Said:
        if p.encoding is None:
            return None, "no face"
        if gates and p.refused:
            return None, _first_gate(p.refused)
        t = thresholds.for_quality(gates and bool(p.cautions))
        decision = decide(p.nearest[: 1 + t.cohort], t)
        return _said(p, decision, t)

    return rule


def _first_gate(codes: tuple[str, ...]) -> str:
    return SEVERAL_FACES.code if SEVERAL_FACES.code in codes else codes[0]


def _said(p: Probe, decision: Decision, t: Thresholds) -> Said:
    if decision.identity is not None:
        return str(decision.identity), "recognised"
    if p.nearest and p.nearest[0].identity != p.identity:
        return None, NOT_NEAREST
    return None, why_not(decision, t)


def why_not(decision: Decision, t: Thresholds) -> str:
    """Which of decide's tests refused the nearest identity, in its order."""
    bar = t.accept if decision.relative is not None else min(t.accept, t.alone)
    if decision.distance is None:
        return "nobody enrolled"
    if decision.distance > bar:
        return "distance"
    if decision.lead is not None and decision.lead < t.margin:
        return "margin"
    return "ratio"


def threshold_rule(accept: float, margin: float = 0.0, decided_only: bool = False) -> Rule:
    """The nearest identity if within ``accept`` and ahead of the runner-up by ``margin`` (no gates;
    ``decided_only``: only the faces the engine's gates let through are decided)."""

    def rule(p: Probe) -> Said:
        if p.encoding is None:
            return None, "no face"
        if decided_only and p.refused:
            return None, _first_gate(p.refused)
        best = p.nearest[0]
        lead = p.nearest[1].distance - best.distance if len(p.nearest) > 1 else np.inf
        if best.distance <= accept and lead >= margin:
            return str(best.identity), "recognised"
        if best.identity != p.identity:
            return None, NOT_NEAREST
        return None, "distance" if best.distance > accept else "margin"

    return rule


def readme_rule(tolerance: float = 0.6) -> Rule:
    """face_recognition's README: the nearest known face, if within the tolerance (every face found)."""
    return threshold_rule(tolerance)


@dataclass
class Tally:
    """Decision counts of one rule on the protocol."""

    genuine: int = 0
    identified: int = 0
    wrong: list[str] = field(default_factory=list)  # "probe taken for identity"
    missed: Counter[str] = field(default_factory=Counter)  # genuine not identified, by cause
    impostors: int = 0
    accepted: list[str] = field(default_factory=list)

    @property
    def fnir(self) -> float:
        """False negative identification rate: genuine probes not identified as themselves."""
        return (self.genuine - self.identified) / self.genuine if self.genuine else 0.0

    @property
    def fpir(self) -> float:
        """False positive identification rate: impostor probes taken for anyone."""
        return len(self.accepted) / self.impostors if self.impostors else 0.0

    @property
    def passes(self) -> bool:
        """The acceptance check's bar: genuine >= 80%, wrong identity 0, impostors accepted <= 1%."""
        return (
            self.identified >= 0.8 * self.genuine
            and not self.wrong
            and len(self.accepted) <= 0.01 * self.impostors
        )

    def add(self, p: Probe, said: str | None, cause: str = "not identified") -> None:
        if p.enrolled:
            self.genuine += 1
            if said == p.identity:
                self.identified += 1
            elif said is not None:
                self.wrong.append(f"{p.name} taken for {said}")
            else:
                self.missed[cause] += 1
        else:
            self.impostors += 1
            if said is not None:
                self.accepted.append(f"{p.name} taken for {said}")


def tally(probes: Sequence[Probe], rule: Rule) -> Tally:
    out = Tally()
    for p in probes:
        out.add(p, *rule(p))
    return out


def agrees_with_identify_photo(cal: Calibration, thresholds: Thresholds = DEFAULT_THRESHOLDS) -> list[str]:
    """Probes whose decision from the cache differs from identify_photo's (none, or the cache lies)."""
    rule = engine(thresholds)
    return [p.name for p in cal.probes if rule(p)[0] != p.said]


def best_threshold(
    probes: Sequence[Probe],
    accepts: Sequence[float] = tuple(np.round(np.arange(0.30, 0.701, 0.01), 2)),
    margins: Sequence[float] = tuple(np.round(np.arange(0.0, 0.151, 0.01), 2)),
) -> tuple[float, float, Tally]:
    """The single distance threshold and margin (every face found, no gates) that identifies the most
    genuine probes while passing the check's bar for errors (no wrong identity, impostors <= 1%)."""
    best: tuple[float, float, Tally] | None = None
    for a in accepts:
        for m in margins:
            t = tally(probes, threshold_rule(float(a), float(m)))
            if t.wrong or len(t.accepted) > 0.01 * t.impostors:
                continue
            if best is None or t.identified > best[2].identified:
                best = (float(a), float(m), t)
    if best is None:
        return float(accepts[0]), float(margins[-1]), tally(probes, threshold_rule(accepts[0], margins[-1]))
    return best


def identity_means(
    cal: Calibration, extra: dict[str, list[np.ndarray]] | None = None
) -> dict[str, np.ndarray]:
    """The mean encoding of every real identity (gallery photo and probes), plus ``extra`` identities."""
    found: dict[str, list[np.ndarray]] = {i: list(cal.gallery.templates_of(i)) for i in cal.enrolled}
    for p in cal.probes:
        if p.encoding is not None:
            found.setdefault(p.identity, []).append(p.encoding)
    for identity, encodings in (extra or {}).items():
        found.setdefault(identity, []).extend(encodings)
    return {i: np.mean(np.stack(e), axis=0) for i, e in found.items() if e}
