"""The detection-error trade-off of open-set identification on the calibration protocol, and its picture.

FNIR (false negative identification rate): the share of genuine probes not
identified as themselves (refused, not recognised or taken for someone else).
FPIR (false positive identification rate): the share of impostor probes taken
for anyone. Both over every probe of the protocol, so a face the gates refuse
counts as a miss on every curve alike. Two curves on the faces the engine
decides: a plain distance threshold (the nearest identity if within it), and
the engine with its cohort ratio swept at its own ``accept`` and ``margin``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from biometrics.evaluation.calibration import Probe, Rule, Tally, engine, tally, threshold_rule
from biometrics.matching import DEFAULT_THRESHOLDS, Thresholds

DISTANCES = tuple(float(x) for x in np.round(np.arange(0.30, 0.801, 0.01), 2))
RATIOS = tuple(float(x) for x in np.round(np.arange(0.50, 1.001, 0.01), 2))


@dataclass(frozen=True)
class Point:
    value: float  # the swept threshold
    genuine: int
    identified: int
    wrong: int
    impostors: int
    accepted: int

    @property
    def fnir(self) -> float:
        return (self.genuine - self.identified) / self.genuine if self.genuine else 0.0

    @property
    def fpir(self) -> float:
        return self.accepted / self.impostors if self.impostors else 0.0


def point(value: float, t: Tally) -> Point:
    return Point(value, t.genuine, t.identified, len(t.wrong), t.impostors, len(t.accepted))


def curve(probes: Sequence[Probe], rules: Sequence[tuple[float, Rule]]) -> list[Point]:
    return [point(value, tally(probes, rule)) for value, rule in rules]


def distance_curve(probes: Sequence[Probe], values: Sequence[float] = DISTANCES) -> list[Point]:
    """The nearest identity if within the threshold, on the faces the engine's gates let through."""
    return curve(probes, [(v, threshold_rule(v, decided_only=True)) for v in values])


def ratio_curve(
    probes: Sequence[Probe], thresholds: Thresholds = DEFAULT_THRESHOLDS, values: Sequence[float] = RATIOS
) -> list[Point]:
    """The engine with only its cohort ratio changed (a face under caution keeps the stricter of the two)."""
    return curve(probes, [(v, engine(replace(thresholds, ratio=v))) for v in values])


def lowest_fnir(points: Sequence[Point], fpir: float) -> Point | None:
    """The point of least FNIR whose FPIR is at most ``fpir`` and that names nobody wrongly."""
    fit = [p for p in points if p.fpir <= fpir + 1e-12 and p.wrong == 0]
    return min(fit, key=lambda p: (p.fnir, p.fpir)) if fit else None


# --- the picture ------------------------------------------------------------------------------

SIZE = (900, 620)
PLOT = (90, 30, 870, 550)  # left, top, right, bottom
X_RANGE = (1e-3, 1.0)  # FPIR, log scale; 0 is drawn at the left edge
COLOURS = ((31, 119, 180), (214, 39, 40), (44, 160, 44), (120, 120, 120))


def draw(
    path: Path,
    curves: Sequence[tuple[str, Sequence[Point]]],
    marks: Sequence[tuple[str, Point]],
    title: str,
) -> None:
    """A DET plot as a PNG: FPIR on a log axis (0 at the left edge), FNIR on a linear one."""
    top = max(0.1, math.ceil(max(p.fnir for _, ps in curves for p in ps if p.fpir > 0) * 10 + 0.5) / 10)
    image = Image.new("RGB", SIZE, "white")
    pen = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=15)
    small = ImageFont.load_default(size=13)
    left, upper, right, lower = PLOT

    low, high = (math.log10(x) for x in X_RANGE)

    def xy(fpir: float, fnir: float) -> tuple[float, float]:
        share = (math.log10(max(fpir, X_RANGE[0])) - low) / (high - low)
        return left + share * (right - left), lower - min(fnir, top) / top * (lower - upper)

    for tick, label in ((1e-3, "0"), (0.005, "0.5%"), (0.01, "1%"), (0.05, "5%"), (0.1, "10%"), (0.5, "50%")):
        x, _ = xy(tick, 0.0)
        pen.line([(x, upper), (x, lower)], fill=(225, 225, 225))
        pen.text((x, lower + 6), label, fill="black", font=small, anchor="mt")
    for k in range(11):
        y = lower - k / 10 * (lower - upper)
        pen.line([(left, y), (right, y)], fill=(225, 225, 225))
        pen.text((left - 8, y), f"{k * top * 10:.0f}%", fill="black", font=small, anchor="rm")
    pen.rectangle([left, upper, right, lower], outline="black")
    pen.text(
        ((left + right) / 2, lower + 28),
        "FPIR: impostor probes taken for someone",
        fill="black",
        font=font,
        anchor="mt",
    )
    pen.text((14, (upper + lower) / 2), "FNIR", fill="black", font=font, anchor="lm")
    pen.text(((left + right) / 2, 8), title, fill="black", font=font, anchor="mt")
    for (_, points), colour in zip(curves, COLOURS, strict=False):
        line = [xy(p.fpir, p.fnir) for p in sorted(points, key=lambda p: (p.fpir, -p.fnir))]
        pen.line(line, fill=colour, width=3)
        for p in points:  # a point that names someone wrongly is hollow
            x, y = xy(p.fpir, p.fnir)
            pen.ellipse([x - 3, y - 3, x + 3, y + 3], fill="white" if p.wrong else colour, outline=colour)
    legend_y = upper + 14
    pen.text(
        (right - 330, legend_y + 20 * len(curves)),
        "hollow: names someone wrongly",
        fill="black",
        font=small,
        anchor="lm",
    )
    for (label, _), colour in zip(curves, COLOURS, strict=False):
        pen.line([(right - 330, legend_y), (right - 300, legend_y)], fill=colour, width=3)
        pen.text((right - 292, legend_y), label, fill="black", font=small, anchor="lm")
        legend_y += 20
    for label, p in marks:
        x, y = xy(p.fpir, p.fnir)
        pen.regular_polygon((x, y, 9), 4, rotation=45, fill=(0, 0, 0))
        pen.text((x + 12, y - 12), label, fill="black", font=small, anchor="ls")
    image.save(path, optimize=True)
