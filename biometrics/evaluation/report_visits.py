"""docs/biometrics.md: templates that learn from visits, on the photos and through a poorer camera."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from biometrics.evaluation import Evaluation, camera_visits, visits
from biometrics.evaluation.format import f2, pct, table
from biometrics.evaluation.visits import Side


def visits_section(ev: Evaluation) -> str:
    v = ev.visits
    verdicts = ", ".join(f"{reason} {n}" for reason, n in v.verdicts.most_common()) or "none"
    rows = []
    for label, before, after in v.rows:
        if label == "impostors":
            rows.append(
                (label, before.probes, f"{before.wrong} accepted", f"{after.wrong} accepted", *["-"] * 5)
            )
            continue
        rows.append(
            (
                label,
                before.probes,
                f"{pct(before.identified, before.probes)}, {before.wrong} wrong",
                f"{pct(after.identified, after.probes)}, {after.wrong} wrong",
                f"{f2(visits.mean(before.own))} -> {f2(visits.mean(after.own))}",
                f"{f2(visits.mean(before.ratio))} -> {f2(visits.mean(after.ratio))}",
                f"{_mean_of(before.first)} -> {_mean_of(after.first)}",
                _confirmed(before, after),
                _frames(before, after),
            )
        )
    return "\n\n".join(
        [
            "## Templates that learn from visits",
            "`biometrics.learning` decides whether a visit's face joins the person's templates. On the "
            "calibration protocol, each enrolled person's probes in file order are their visits. First "
            "visit: identified against the registry photo alone; the first probe the engine identifies "
            "is offered to the policy (a face confirmation at its distance to the person's template). "
            "Second visit: every later probe, identified against the registry photos (before) and "
            "against the gallery with everyone's learned templates (after).",
            f"Offered: {v.offered} of {len(ev.cal.enrolled)} people (a first identification); the "
            f"policy's verdicts: {verdicts}. Learned: {len(v.learners)}.",
            table(
                (
                    "second visits of",
                    "probes",
                    "identified before",
                    "after learning",
                    "distance to own template",
                    "cohort ratio",
                    "visits until identified",
                    "people confirmed",
                    "good frames until confirmed",
                ),
                rows,
            ),
            "The distance and the cohort ratio are means (the ratio over decided probes whose nearest "
            "identity is their own); visits until identified: per person, the first identified visit "
            "of the second series (1: at once). People confirmed and good frames until confirmed: the "
            "window's rule, per person: the second series' good probes in order as the frames of one "
            "presence, until 3 of the last 5 name the person (3: at once); the frames are the mean over "
            "the people confirmed both before and after, so that both sides count the same people.",
            _learning_verdict(v),
            _camera_section(ev.poor_camera),
        ]
    )


def _mean_of(values: Sequence[int]) -> str:
    return f"{np.mean(values):.2f}" if len(values) else "-"


def _confirmed(before: Side, after: Side) -> str:
    return f"{before.confirmed} -> {after.confirmed} of {len(before.frames)}"


def _frames(before: Side, after: Side) -> str:
    b, a, people = visits.paired_frames(before, after)
    return f"{b:.2f} -> {a:.2f} ({people})" if people else "-"


def _learning_verdict(v: visits.Visits) -> str:
    rows = {label: (before, after) for label, before, after in v.rows}
    learned, others, strangers = rows["learned"], rows["did not learn"], rows["impostors"]
    gain = learned[1].identified - learned[0].identified
    loss = others[0].identified - others[1].identified
    b, a, _ = visits.paired_frames(*learned)
    words = [
        f"The people who learned identify {gain:+d} of their second-visit probes, at a mean distance "
        f"{f2(visits.mean(learned[0].own))} -> {f2(visits.mean(learned[1].own))}; the window's "
        f"evidence confirms them after {b:.2f} -> {a:.2f} good frames: on these photos most of them "
        "are already at the rule's floor of 3."
    ]
    if loss > 0:
        words.append(
            f"The people who did not learn lose {loss}: another person's learned template came within "
            "the margin of their face. A learned template counts in full as a runner-up (a warning), "
            "while the cohort is measured by enrolled templates only, so others' visits do not crowd it "
            "(before this rule, 2026-12-06: did not learn 178 -> 173, everyone 341 -> 338)."
        )
    else:
        words.append(f"The people who did not learn change by {-loss:+d}.")
    extra = strangers[1].wrong - strangers[0].wrong
    words.append(
        f"Impostors accepted: {strangers[0].wrong} before, {strangers[1].wrong} after"
        + ("." if extra <= 0 else f": **learning let {extra} more impostors in**.")
    )
    return " ".join(words)


def _camera_section(seen: list[camera_visits.Seen]) -> str:
    if not seen:
        return ""
    rows = []
    for s in seen:
        for label, before, after in s.rows:
            if label == "everyone":
                continue
            if label == "impostors":
                accepted = f"{before.wrong} -> {after.wrong} accepted"
                rows.append((f"{s.sweep}, {s.label}", label, before.probes, accepted, "-", "-", "-"))
                continue
            rows.append(
                (
                    f"{s.sweep}, {s.label}",
                    label,
                    before.probes,
                    f"{before.identified} -> {after.identified}, {before.wrong} -> {after.wrong} wrong",
                    f"{_mean_of(before.first)} -> {_mean_of(after.first)}",
                    _confirmed(before, after),
                    _frames(before, after),
                )
            )
    return "\n\n".join(
        [
            "### The same second visits through a poorer camera",
            "On the calibration photos most people who learned are confirmed at the rule's floor of 3 "
            "good frames, before learning as after. A camera is seldom that kind. Here each second-visit "
            "probe and each impostor probe is fitted into a 640x480 frame and changed as the middle level "
            'of each sweep of "Degraded pictures" changes it (chosen by its place in the sweep, not by its '
            "result), analysed as a live frame is (no correction), and counted as above against the same "
            "two galleries (`biometrics/evaluation/camera_visits.py`).",
            table(
                (
                    "camera",
                    "second visits of",
                    "probes",
                    "identified before -> after",
                    "visits until identified",
                    "people confirmed",
                    "good frames until confirmed",
                ),
                rows,
            ),
            _camera_verdict(seen),
        ]
    )


@dataclass(frozen=True)
class Totals:
    """One group's second visits over every camera together, before and after learning."""

    confirmed: tuple[int, int]
    frames: tuple[float, float] | None  # mean good frames, over the people confirmed both times
    wrong: tuple[int, int]  # single frames that named someone else (impostors: accepted)


def camera_totals(seen: list[camera_visits.Seen], label: str) -> Totals:
    sides = [(b, a) for s in seen for who, b, a in s.rows if who == label]
    paired = [f for f in (visits.paired_frames(b, a) for b, a in sides) if f[2]]
    people = sum(n for *_, n in paired)
    frames = None
    if people:
        frames = (sum(b * n for b, _, n in paired) / people, sum(a * n for _, a, n in paired) / people)
    return Totals(
        (sum(b.confirmed for b, _ in sides), sum(a.confirmed for _, a in sides)),
        frames,
        (sum(b.wrong for b, _ in sides), sum(a.wrong for _, a in sides)),
    )


def _camera_verdict(seen: list[camera_visits.Seen]) -> str:
    def frames(t: Totals) -> str:
        return "-" if t.frames is None else f"{t.frames[0]:.2f} -> {t.frames[1]:.2f}"

    def sooner(label: str) -> int:
        paired = [visits.paired_frames(b, a) for s in seen for who, b, a in s.rows if who == label]
        return sum(1 for b, a, n in paired if n and a < b)

    learned, others = camera_totals(seen, "learned"), camera_totals(seen, "did not learn")
    strangers = camera_totals(seen, "impostors")
    return (
        f"Confirmed sooner after learning: the people who learned in {sooner('learned')} of the "
        f"{len(seen)} cameras, the people who did not learn in {sooner('did not learn')}. "
        f"Over the {len(seen)} cameras together: the people who learned were confirmed "
        f"{learned.confirmed[0]} -> {learned.confirmed[1]} times, after {frames(learned)} good frames "
        "(the mean over the people confirmed both times), with "
        f"{learned.wrong[0]} -> {learned.wrong[1]} single frames naming someone else. The people who did "
        "not learn are the control (their galleries differ only by the others' learned templates): "
        f"{others.confirmed[0]} -> {others.confirmed[1]} confirmed, after {frames(others)} good frames. "
        f"Impostors accepted in single frames: {strangers.wrong[0]} -> {strangers.wrong[1]}."
    )
