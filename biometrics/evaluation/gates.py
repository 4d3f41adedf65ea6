"""Does each quality gate earn its place? The errors it prevents against the genuine people it costs.

For each gate, the faces that fail it are decided twice: as if the gate did
not exist (the normal bars), and as the engine treats them (refused, or, for a
gate the policy tolerates, decided by the stricter ``for_quality(True)``
bars). The wrong identities and impostor acceptances of the first that the
second avoids are the errors it prevents; the genuine probes identified by the
first and not by the second are what it costs. Each gate alone: a face that
fails two gates counts for both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from biometrics.evaluation.calibration import Probe, Rule, Said, Tally, engine, tally
from biometrics.matching import DEFAULT_THRESHOLDS, Thresholds, decide
from biometrics.quality import QualityPolicy

GATES = (
    "too_far",
    "too_dark",
    "too_bright",
    "blurred",
    "turned_away",
    "eyes_closed",
    "out_of_view",
    "several_faces",
)


@dataclass(frozen=True)
class GateCost:
    gate: str
    tolerated: bool
    anyway: Tally  # the faces failing the gate, decided by the normal bars
    treated: Tally  # the same faces as the engine treats them

    @property
    def faces(self) -> int:
        return self.anyway.genuine + self.anyway.impostors

    @property
    def prevents(self) -> int:
        before = len(self.anyway.wrong) + len(self.anyway.accepted)
        return before - len(self.treated.wrong) - len(self.treated.accepted)

    @property
    def costs(self) -> int:
        return self.anyway.identified - self.treated.identified


def stricter(thresholds: Thresholds = DEFAULT_THRESHOLDS) -> Rule:
    """Every face found decided by the stricter bars of a face under caution."""
    t = thresholds.for_quality(True)

    def rule(p: Probe) -> Said:
        if p.encoding is None:
            return None, "no face"
        d = decide(p.nearest[: 1 + t.cohort], t)
        return (None if d.identity is None else str(d.identity)), "stricter bars"

    return rule


def refused(p: Probe) -> Said:
    return None, "refused"


def costs(
    probes: Sequence[Probe], policy: QualityPolicy, thresholds: Thresholds = DEFAULT_THRESHOLDS
) -> list[GateCost]:
    """One row per gate that at least one face failed."""
    rows = []
    for gate in GATES:
        failing = [p for p in probes if p.encoding is not None and gate in p.failed]
        if not failing:
            continue
        tolerated = gate in policy.tolerated
        anyway = tally(failing, engine(thresholds, gates=False))
        treated = tally(failing, stricter(thresholds) if tolerated else refused)
        rows.append(GateCost(gate, tolerated, anyway, treated))
    return rows
