"""The calibration sections of docs/biometrics.md: decisions and their causes, DET, growth, learning."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence

import numpy as np

from biometrics.evaluation import Evaluation, det, growth
from biometrics.evaluation.calibration import NOT_NEAREST, Tally
from biometrics.evaluation.format import pct, table
from biometrics.evaluation.growth import QUANTILES

DET_PICTURE = "screens/biometrics-det.png"  # pictures live under docs/screens
CAUSES = (
    ("no face", "no face found"),
    ("several_faces", "gate: several faces"),
    ("too_far", "gate: too far (small face)"),
    ("too_dark", "gate: too dark"),
    ("too_bright", "gate: too bright"),
    ("out_of_view", "gate: partly out of view"),
    ("distance", "not recognised: nearest too far (`accept`)"),
    ("margin", "not recognised: runner-up too near (`margin`)"),
    ("ratio", "not recognised: not clearly nearer than its cohort (`ratio`)"),
    (NOT_NEAREST, "the right person was not even the nearest"),
)


def timing(ev: Evaluation) -> tuple[float, float, int, int]:
    """(median, p95 seconds per probe, probes that needed the CNN, probes)."""
    seconds = np.array([p.seconds for p in ev.cal.probes])
    cnn = sum(p.cnn for p in ev.cal.probes)
    return float(np.median(seconds)), float(np.percentile(seconds, 95)), cnn, len(seconds)


def _statuses(ev: Evaluation) -> str:
    """What identify_photo said, genuine and impostor probes apart."""
    gen, imp = ev.cal.genuine, ev.cal.impostors
    right = sum(p.said == p.identity for p in gen)
    wrong = sum(p.said is not None and p.said != p.identity for p in gen)
    low = Counter(p.refused[0] for p in gen + imp if p.status == "low_quality")
    rows = [
        ("genuine probes", len(gen)),
        ("identified as themselves", right),
        ("taken for someone else (wrong identity)", wrong),
        ("not recognised", sum(p.status == "no_match" for p in gen)),
        ("low quality", sum(p.status == "low_quality" for p in gen)),
        ("no face", sum(p.status in ("no_face", "bad_image") for p in gen)),
        ("impostor probes", len(imp)),
        ("impostors accepted (taken for an enrolled person)", sum(p.said is not None for p in imp)),
        ("impostors not recognised", sum(p.status == "no_match" for p in imp)),
        ("impostors refused (low quality / no face)", sum(not p.decided for p in imp)),
    ]
    reasons = ", ".join(f"{code} {n}" for code, n in low.most_common()) or "none"
    return (
        table(("`hamyon bio identify` says", "probes"), rows)
        + f"\n\nLow quality, every probe, by reason: {reasons}."
    )


def _cautioned(ev: Evaluation) -> int:
    return sum(1 for p in ev.cal.genuine if p.decided and p.cautions and p.said != p.identity)


def _rule_cells(t: Tally) -> list[str]:
    return [
        pct(t.identified, t.genuine),
        str(len(t.wrong)),
        pct(len(t.accepted), t.impostors),
        "yes" if t.passes else "no",
    ]


def calibration(ev: Evaluation) -> str:
    cal, t = ev.cal, ev.thresholds
    a, m, best = ev.best
    median, p95, cnn, n = timing(ev)
    rules = [
        ("the engine (`hamyon bio identify`)", ev.engine),
        ("face_recognition's README: nearest within 0.6", ev.readme),
        (f"best single threshold + margin: {a:.2f} + {m:.2f}", best),
    ]
    codes = [code for code, _ in CAUSES]
    codes += sorted({c for _, r in rules for c in r.missed} - set(codes))
    words = dict(CAUSES)
    causes = [
        (words.get(code, f"gate: {code}"), *(str(r.missed.get(code, 0)) for _, r in rules))
        for code in codes
        if any(r.missed.get(code, 0) for _, r in rules)
    ]
    cut = len(cal.enrolled)
    problems = "; ".join(cal.enrollment_problems) or "none"
    agree = (
        "every probe" if not ev.mismatches else f"all but {len(ev.mismatches)} ({', '.join(ev.mismatches)})"
    )
    return "\n\n".join(
        [
            "## Calibration: open-set identification",
            f"`../shared/faces/calibration`: {cut + len(cal.strangers)} people, "
            f"{len(cal.probes) + cut} real photos (web photos of celebrities and 112 px face crops). The "
            "protocol of the acceptance check `bio-calibration`: identities sorted by name; the first "
            f"{cut} enrolled from their first photo (sorted by file name) as `hamyon bio identify` enrolls "
            f"a gallery folder; their other {len(cal.genuine)} photos are genuine probes; the "
            f"{len(cal.impostors)} photos of the last {len(cal.strangers)} people are impostor probes. "
            f"Holds at: genuine identified >= 80%, wrong identity 0, impostors accepted <= 1%. Enrollment "
            f"problems: {problems}.",
            "Each probe went once through `identify_photo` (exactly what `hamyon bio identify` prints); "
            "a face it refused was analysed once more, encoded anyway, so that every table below can ask "
            "what would have happened had it been decided. Every table derives from that one pass: "
            f"the cached decision reproduces `identify_photo`'s for {agree}.",
            _statuses(ev),
            "The same probes by three rules. The README rule and the threshold + margin decide every "
            "face found, with no quality gate; the threshold + margin is the best pair on these very "
            "encodings (accept 0.30..0.70, margin 0..0.15, by 0.01) among those that pass the check's "
            "bar for errors, so it is fitted to the test and flatters itself.",
            table(
                ("rule", "genuine identified", "wrong identity", "impostors accepted", "passes"),
                [(name, *_rule_cells(r)) for name, r in rules],
            ),
            "Every genuine miss by its cause (the first test that refused it, in the engine's order):",
            table(("cause", *(name for name, _ in rules)), causes),
            f"Of the engine's genuine misses, {_cautioned(ev)} were faces under caution (a tolerated "
            "gate failed: turned away, blurred, eyes closed, partly out of view), decided by the stricter "
            "bars; their cause above is the test that refused them.",
            f"Impostors the engine accepted: {', '.join(ev.engine.accepted) or 'none'}. Wrong identities "
            f"by the README rule: {', '.join(ev.readme.wrong[:6]) or 'none'}"
            + (f" and {len(ev.readme.wrong) - 6} more" if len(ev.readme.wrong) > 6 else "")
            + ".",
            _sweep_table("margin", ev.margins, t.margin),
            _sweep_table("cohort", ev.cohorts, t.cohort),
            _one_to_one(ev),
            f"**Time per probe** of `hamyon bio identify` (`identify_photo`, wall time with the models "
            f"loaded, on the {os.cpu_count()}-core machine that ran this script, other work included): "
            f"median {median * 1000:.0f} ms, 95th percentile {p95 * 1000:.0f} ms; "
            f"{pct(cnn, n)} of the probes needed the CNN detector (HOG found no face, not even with a "
            "border around the picture).",
        ]
    )


def _sweep_table(name: str, rows: Sequence[tuple[float, Tally]], current: float) -> str:
    cells = [
        (
            f"{v:g}" + (" (the engine's)" if v == current else ""),
            pct(r.identified, r.genuine),
            len(r.wrong),
            pct(len(r.accepted), r.impostors),
        )
        for v, r in rows
    ]
    return f"The engine with only its `{name}` changed:\n\n" + table(
        (name, "genuine identified", "wrong identity", "impostors accepted"), cells
    )


def _one_to_one(ev: Evaluation) -> str:
    o, t = ev.one_to_one, ev.thresholds
    return (
        f"1:1 verification (`verify` {t.verify}, `rival` {t.rival}), the ID number typed: each decided "
        f"genuine probe claims its own identity: {pct(o.genuine_accepted, o.genuine)} accepted; each "
        f"decided impostor probe claims every enrolled identity in turn: "
        f"{pct(o.claims_accepted, o.claims)} of {o.claims} false claims accepted." + _look_alike(ev)
    )


def _look_alike(ev: Evaluation) -> str:
    a = ev.look_alike
    return (
        "\n\nThe look-alike check before a face is enrolled at a terminal (`look_alikes`: the identity 1:N "
        f"names, or any within `verify` {ev.thresholds.verify}; a supervisor decides a flagged one): each "
        "decided genuine probe as its person enrolling again under another name: "
        f"{pct(a.caught, a.again)} caught; each decided impostor probe as a new person enrolling: "
        f"{pct(a.held, a.new)} held for a supervisor."
    )


def det_section(ev: Evaluation) -> str:
    picks_d = [p for p in ev.distances if p.value in (0.40, 0.45, 0.50, 0.55, 0.60, 0.65)]
    picks_r = [p for p in ev.ratios if p.value in (0.60, 0.65, 0.70, 0.80, 0.90, ev.thresholds.ratio)]
    rows = [("distance threshold", p) for p in picks_d] + [("cohort ratio", p) for p in picks_r]
    cells = [
        (
            name,
            f"{p.value:.2f}",
            f"{p.identified}",
            p.wrong,
            p.accepted,
            f"{100 * p.fnir:.1f}%",
            f"{100 * p.fpir:.1f}%",
        )
        for name, p in rows
    ]
    best = []
    for name, points in (("distance threshold", ev.distances), ("cohort ratio", ev.ratios)):
        for limit in (0.0, 0.01):
            p = det.lowest_fnir(points, limit)
            if p is not None:
                best.append(
                    f"{name}, FPIR <= {100 * limit:g}% and no wrong identity: at {p.value:.2f}, FNIR "
                    f"{100 * p.fnir:.1f}% ({p.identified} identified, {p.accepted} impostors)"
                )
    engine = det.point(ev.thresholds.ratio, ev.engine)
    return "\n\n".join(
        [
            "## Detection-error trade-off",
            f"![FNIR against FPIR on the calibration protocol]({DET_PICTURE})",
            "FNIR (false negative identification rate): genuine probes not identified as themselves, "
            "over every genuine probe (refused, not recognised or named wrongly). FPIR (false positive "
            "identification rate): impostor probes taken for anyone. Both curves decide the faces the "
            "engine's gates let through (a face under caution keeps its stricter bars on the ratio "
            "curve); the distance curve takes the nearest identity when within the threshold; the "
            f"ratio curve is the engine with its cohort ratio swept at `accept` {ev.thresholds.accept} "
            f"and `margin` {ev.thresholds.margin}. The engine: FNIR {100 * engine.fnir:.1f}%, FPIR "
            f"{100 * engine.fpir:.1f}%, {engine.wrong} wrong. A hollow point names someone wrongly: FNIR "
            "counts it as a miss, but it is the worst error, so a point left of the engine's with more "
            "hollow points is not better.",
            table(("curve", "value", "identified", "wrong", "impostors", "FNIR", "FPIR"), cells),
            "Lowest FNIR: " + "; ".join(best) + ".",
        ]
    )


def growth_section(ev: Evaluation) -> str:
    c, model = ev.comparison, ev.model
    q = [f"{x}%" for x in QUANTILES]
    comparison = []
    for name, (real, synthetic) in (
        ("pairs of templates", c.pairs),
        ("each template's nearest other", c.nearest),
        ("probe to another person's template", c.probes),
    ):
        comparison.append((f"{name}, real", *(f"{x:.3f}" for x in real)))
        comparison.append((f"{name}, synthetic", *(f"{x:.3f}" for x in synthetic)))
    rows = [
        (
            f"{r.size:,}",
            pct(r.engine.identified, r.engine.genuine),
            len(r.engine.wrong),
            len(r.engine.accepted),
            r.taken_for_distractor,
            f"{r.readme.identified} / {len(r.readme.wrong)} / {len(r.readme.accepted)}",
            f"{r.threshold.identified} / {len(r.threshold.wrong)} / {len(r.threshold.accepted)}",
        )
        for r in ev.growth
    ]
    wrong = [w for r in ev.growth for w in r.engine.wrong]
    verdict = (
        "The engine named nobody wrongly at any size."
        if not wrong
        else f"**The engine named someone wrongly as the gallery grew: {', '.join(wrong)}.**"
    )
    a, m, _ = ev.best
    return "\n\n".join(
        [
            "## Gallery growth: 36 people among 100,000",
            f"A terminal's gallery holds thousands of people, not 36. There are no 100,000 real faces "
            "here, so the gallery is filled with synthetic distractor templates: drawn from a "
            f"multivariate normal fitted to the mean encodings of the {ev.real_identities} real "
            "identities available (the calibration set and people/), its covariance shrunk towards a "
            f"sphere by {model.alpha:.2f} (53 means cannot fill 128 dimensions) and its spread scaled "
            f"by {model.scale:.2f}, both chosen so that synthetic templates lie as far from each other, "
            "and from their nearest neighbour, as real ones do (one photo per real identity; nearest "
            "neighbours in sets of the real set's size). Quantiles of the distances:",
            table(("distance", *q), comparison),
            f"Up to the median, where false matches come from, real and synthetic agree within "
            f"{_lower_gap(c):.3f} (tests/biometrics/test_evaluation.py holds them within 0.03); above "
            f"it they differ by up to {_upper_gap(c):.3f} (the synthetic "
            "law's upper tail is longer: a Gaussian has no edge). Its limit, plainly: "
            "these distractors are strangers to everyone, drawn independently. Real galleries hold "
            "look-alikes, relatives and twins, and one population's faces crowd together in dlib's "
            "space (see `ratio` above); a Gaussian has no such clusters, so these figures are the "
            "best case for false matches, not a measurement of them.",
            "The protocol's probes against the 36 enrolled people plus distractors (each size holds the "
            "smaller ones); cells of the last two columns: genuine identified / wrong identity / "
            "impostors accepted.",
            table(
                (
                    "templates",
                    "engine: genuine identified",
                    "wrong identity",
                    "impostors accepted",
                    "taken for a distractor",
                    "README rule",
                    f"threshold {a:.2f} + margin {m:.2f}",
                ),
                rows,
            ),
            verdict + f" Genuine identified falls from {ev.growth[0].engine.identified} to "
            f"{ev.growth[-1].engine.identified}: the cohort ratio makes the engine shy as the gallery "
            "grows (the nine nearest other identities come nearer and the bar rises with them). The "
            f"README rule's wrong identities go from {len(ev.growth[0].readme.wrong)} to "
            f"{len(ev.growth[-1].readme.wrong)}; the threshold + margin, fitted to 36 people, keeps "
            f"{ev.growth[-1].threshold.identified} genuine with {len(ev.growth[-1].threshold.wrong)} wrong "
            "at the largest size.",
        ]
    )


def _lower_gap(c: growth.Comparison) -> float:
    upto = QUANTILES.index(50) + 1
    return max(float(np.abs(r[:upto] - s[:upto]).max()) for r, s in (c.pairs, c.nearest, c.probes))


def _upper_gap(c: growth.Comparison) -> float:
    start = QUANTILES.index(50) + 1
    return max(float(np.abs(r[start:] - s[start:]).max()) for r, s in (c.pairs, c.nearest, c.probes))
