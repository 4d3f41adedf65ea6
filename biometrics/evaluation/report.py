"""docs/biometrics.md from an :class:`Evaluation`: the design, the thresholds and the evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields

import numpy as np

from biometrics.detection import LIVE_MAX_SIDE, PHOTO_MAX_SIDE
from biometrics.enrollment import ENROLL_POLICY, EnrollmentSettings
from biometrics.evaluation import ACCEPTS, MARGINS, STATIC_FRAMES, Evaluation, data
from biometrics.evaluation.photos import Level, Outcomes
from biometrics.images import MAX_FILE_BYTES, MAX_PIXELS, MAX_SIDE
from biometrics.live import LiveSettings
from biometrics.liveness import LivenessSettings
from biometrics.pipeline import COMPETING_SIZE
from biometrics.stream import Backoff


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else "0/0"


def f2(x: float | None) -> str:
    return "-" if x is None or np.isnan(x) else f"{x:.2f}"


def render(ev: Evaluation) -> str:
    return (
        "\n\n".join(
            [
                HEADER.strip(),
                _summary(ev),
                _thresholds(ev),
                _design(),
                _pairs(ev),
                _open_set(ev),
                _scenes(ev),
                _degraded(ev),
                _video(ev),
                _liveness(ev),
                LIMITS.strip(),
            ]
        )
        + "\n"
    )


HEADER = """
# Biometrics: the Face-ID engine and its accuracy

This file is written by `python -m biometrics.evaluation` (about a minute,
from the project root, with `../shared/faces` beside it); edit the script, not
the file. Speed figures are in `docs/benchmarks.md` (`hamyon bench bio`).
"""


def _summary(ev: Evaluation) -> str:
    t = ev.thresholds
    gen, unk = ev.grid[(t.accept, t.margin)]
    v = ev.video
    lin_visible = len(data.LIN_ON_STAGE)
    wrong_frames = sum(n for k, n in v.lin_said.items() if k not in (data.LIN, "no_match"))
    wrong_frames += sum(n for k, n in v.other_said.items() if k != "no_match")
    said = sorted({d.identity for d in v.announced if d.status == "match"})
    genuine_ok = sum(d <= t.accept for d in ev.genuine)
    impostor_ok = sum(d <= t.accept for d in ev.impostor)
    return "\n".join(
        [
            "## In short",
            "",
            f"- Genuine-match rate, pairs of different photos of one person: "
            f"{pct(genuine_ok, len(ev.genuine))} within {t.accept}.",
            f"- False-match rate, pairs of photos of two people: {pct(impostor_ok, len(ev.impostor))} "
            f"within {t.accept} (the nearest impostor pair is {min(ev.impostor):.3f} apart).",
            f"- Open-set identification, one photo against all the others: {pct(gen.correct, gen.total)} "
            f"recognised, {gen.wrong} wrong; people not enrolled: {unk.wrong} of {unk.total} "
            "taken for someone else.",
            f"- Video: announced {said or 'nobody'}; Lin-Manuel Miranda from his one photo at frame "
            f"{_first_match(ev)}; {wrong_frames} frames in which any single-frame decision named a wrong "
            f"person. Failure to acquire while he is visible: {pct(lin_visible - v.lin_good, lin_visible)} "
            "of his frames gave no usable face.",
            "- Failure to acquire on the photos: "
            f"{pct(sum(p.face is None or bool(p.face.problems) for p in ev.people), len(ev.people))}.",
            "- A photo held to the camera (swayed, tilted up to 30 degrees) failed every liveness request; "
            "a real head turn in the video passed.",
        ]
    )


def _first_match(ev: Evaluation) -> str:
    found = [d.frame for d in ev.video.announced if d.status == "match" and d.identity == data.LIN]
    return str(found[0]) if found else "never"


def _thresholds(ev: Evaluation) -> str:
    t, q, live, lv = ev.thresholds, ev.policy, LiveSettings(), LivenessSettings()
    gen, unk = ev.grid[(t.accept, t.margin)]
    size = {x.label: x for x in ev.sweeps["size"]}
    drift = f"{np.nanmedian(size['120 px'].genuine_distance):.2f} at 120 px, "
    drift += f"{np.nanmedian(size['32 px'].genuine_distance):.2f} at 32 px"
    rows = [
        (
            "`accept`",
            f"{t.accept:.2f}",
            "nearest identity at most this far (1:N)",
            f"{pct(gen.correct, gen.total)} of enrolled photos recognised, {unk.wrong} false matches; "
            f"impostors start at {min(ev.impostor):.2f}, genuine pairs end at {max(ev.genuine):.2f}",
        ),
        (
            "`margin`",
            f"{t.margin:.2f}",
            "lead over the runner-up identity",
            "no cost on this set (see the grid); it stops the look-alike case of a large gallery",
        ),
        ("`verify`", f"{t.verify:.2f}", "claimed identity at most this far (1:1)", "as `accept`"),
        ("`candidates`", f"{t.candidates:.2f}", "identities shown to a supervisor when not recognised", "-"),
        (
            "evidence",
            f"{live.needed} of {live.window}",
            "good frames the same identity must win",
            "mean of its distances within `accept`; no other identity in the window",
        ),
        (
            "`min_size`",
            q.min_size,
            "face size, frame pixels (never upsampled)",
            f"genuine distances drift as faces shrink ({drift}); the clip's far faces are smaller",
        ),
        ("`min_brightness`", q.min_brightness, "mean grey level of the face", "see the brightness sweep"),
        (
            "`max_brightness`",
            q.max_brightness,
            f"and `max_overexposed` {q.max_overexposed}",
            "washed-out faces",
        ),
        ("`min_sharpness`", q.min_sharpness, "Laplacian variance at 112 px", "see the sharpness sweep"),
        (
            "`max_yaw`",
            q.max_yaw,
            "nose offset along the eye line / eye distance",
            f"the video's good frames reach 0.44; pitch {q.min_pitch}..{q.max_pitch}, roll {q.max_roll} deg",
        ),
        ("`min_eyes_open`", q.min_eyes_open, "eye aspect ratio", "smiling eyes measure 0.15 and more"),
        (
            "several faces",
            COMPETING_SIZE,
            "another face this share of the subject's size competes",
            "the scenes are refused whole",
        ),
        (
            "liveness turn",
            lv.turn,
            "nose parallax, eye distances",
            f"a tilted photo moves it at most {ev.tilt_stats.largest_parallax:.2f}",
        ),
        (
            "liveness blink",
            f"{lv.closed_ratio} / {lv.open_ratio}",
            "eyes closed / open again, share of the open level",
            f"a tilted photo keeps at least {ev.tilt_stats.lowest_eye_ratio:.2f}",
        ),
    ]
    return "## Thresholds and why\n\n" + table(("name", "value", "what", "evidence"), rows)


def _design() -> str:
    live, backoff, enroll = LiveSettings(), Backoff(), EnrollmentSettings()
    return f"""## How it decides

1. **Source**: a webcam by index, a video file or a folder of images
   (`biometrics.sources`), read on its own thread (`biometrics.stream`); a
   missing, busy or unplugged camera gives a `CameraError` in plain words, and
   the stream reopens it after waits that grow from {backoff.first} s to
   {backoff.longest} s. A picture file (`biometrics.images`) over
   {MAX_FILE_BYTES // 2**20} MB, or whose header claims over {MAX_PIXELS:,} pixels, is refused
   before it is decoded; one longer than {MAX_SIDE} px is reduced by a whole
   factor (a JPEG as it is decoded, other formats strip by strip, 16 bits to 8
   in integers, alpha after the reduction): reading a picture takes about the
   {4 * MAX_PIXELS // 10**6} MB of the largest accepted one decoded whole, plus its reduced copy.
2. **Detection** (`biometrics.detection`): dlib's HOG detector (the one
   `face_recognition` uses) on a copy at most {LIVE_MAX_SIDE} px wide
   ({PHOTO_MAX_SIDE} px for photos), without upsampling and, only when nothing
   is found, upsampled once. Boxes go back to the full frame; landmarks (68
   points) and the 128-d encoding are computed there.
3. **Subject** (`biometrics.pipeline`): the largest, most central face;
   another face at least {COMPETING_SIZE} of its size "competes" and the frame
   is refused ("several faces").
4. **Quality** (`biometrics.quality`): too far, too dark, too bright, blurred,
   turned away, eyes closed, partly out of view, several faces: each gate has
   a code (for translation) and the words a patient understands.
5. **Encoding** only for a good face (about 75 ms), then **1:N search**
   (`biometrics.gallery`): one float32 matrix whose rows carry their squared
   norms, one BLAS product per query, `argpartition` for the nearest rows, an
   exact distance for those. Several templates per person; adding and
   removing a template touches one row.
6. **Decision** (`biometrics.matching`): match only when the nearest identity
   is within `accept` and leads the runner-up by `margin`; otherwise "not
   recognised", with the identities within `candidates` for a supervisor.
   1:1 verification (after the ID number is typed) needs the claimed identity
   within `verify` and nobody else clearly nearer.
7. **Evidence over frames** (`biometrics.live`): an identity is announced
   when it won {live.needed} of the last {live.window} good frames, no other
   identity won any, and its mean distance is within `accept`. "Not
   recognised" is announced after {live.patience:g} s of good frames without
   that; "low quality" (with the most frequent reason) after {live.patience:g} s
   of unusable ones. A presence ends after {live.absence:g} s without a face, or
   when the face jumps more than {live.jump} face sizes across the picture.
8. **Liveness** (`biometrics.liveness`): blink or turn the head on request,
   judged from the landmarks mapped onto the first frame's face plane.
9. **Enrollment** (`biometrics.enrollment`, `terminal.core.faces`): from a
   photo (`biometrics.encode_photo`, used by the registry import), from a
   folder per person (`hamyon bio identify|watch`), or captured on the
   terminal with consent: {enroll.frames} good frames under stricter gates
   ({ENROLL_POLICY.min_size} px, sharpness {ENROLL_POLICY.min_sharpness:g},
   yaw {ENROLL_POLICY.max_yaw}), all within {enroll.same_person} of their mean,
   stored as their mean and the {enroll.templates - 1} most different frames."""


def _pairs(ev: Evaluation) -> str:
    groups = [g for g in ev.groups if len(g) > 1]
    same = "; ".join(", ".join(p.name for p in g) for g in groups) or "none"
    g, i = np.array(ev.genuine), np.array(ev.impostor)
    rows = [
        (f"{a:.2f}", pct(int((g <= a).sum()), len(g)), pct(int((i <= a).sum()), len(i)))
        for a in (0.35, 0.40, 0.45, 0.50, 0.55, 0.60)
    ]
    nearest = ", ".join(f"{a} / {b} {d:.3f}" for d, a, b in ev.nearest_impostors)
    return "\n\n".join(
        [
            "## Photos: pairs",
            f"{len(ev.people)} photos of {len({p.identity for p in ev.people})} people in people/; "
            f"photographs counted once: {len(ev.groups)} (one photograph at several sizes: {same}).",
            f"Genuine pairs (two photographs of one person): {len(g)}, distances "
            f"{g.min():.3f} to {g.max():.3f} (median {np.median(g):.3f}). Impostor pairs: {len(i)}, "
            f"{i.min():.3f} to {i.max():.3f} (median {np.median(i):.3f}); nearest: {nearest}.",
            table(("distance at most", "genuine pairs accepted", "impostor pairs accepted"), rows),
        ]
    )


def _outcome(o: Outcomes) -> str:
    return f"{o.correct} / {o.no_match} / {o.wrong}"


def _open_set(ev: Evaluation) -> str:
    rows = []
    for a in ACCEPTS:
        gen_cells = [_outcome(ev.grid[(a, m)][0]) for m in MARGINS]
        unk = ev.grid[(a, MARGINS[0])][1]
        rows.append((f"{a:.2f}", *gen_cells, f"{unk.wrong} of {unk.total}"))
    gen, unk = ev.readme
    return "\n\n".join(
        [
            "## Photos: open-set identification",
            "Each photograph in turn is the probe; the gallery is every other photo (several per person). "
            "Genuine trials keep the probe's person enrolled (with other photographs); unknown trials "
            "remove that person entirely, so any match is a false match. Cells: recognised / not "
            "recognised / wrong person.",
            table(
                ("accept", *(f"margin {m:.2f}" for m in MARGINS), "unknown people taken for someone"), rows
            ),
            f"face_recognition's README rule (nearest known face within 0.6): genuine {_outcome(gen)}, "
            f"unknown people taken for someone: {unk.wrong} of {unk.total}.",
            "On clean photos of six very different people every rule is safe: the nearest impostor pair "
            "is 0.71 apart. `accept` = 0.50 gives up two genuine probes (alex_lacamoire's two photographs "
            "are 0.52 apart: a dim video still and a studio portrait) to keep 0.2 of clearance below the "
            "nearest impostor, because a terminal's gallery holds thousands of people, not six, and the "
            "nearest stranger comes closer as the gallery grows. Evidence over several frames, a second "
            "template per person and 1:1 verification after the ID number recover the lost genuine cases.",
        ]
    )


def _scenes(ev: Evaluation) -> str:
    rows = [
        (
            s.scene,
            s.truth or "(not enrolled)",
            s.size,
            s.problems,
            f"{s.nearest} {s.distance:.3f}",
            s.decided or "not recognised",
            s.scene_status,
        )
        for s in ev.scenes
    ]
    res = [
        (
            r.name,
            f"{r.width}x{r.height}",
            r.size,
            f"{r.to_largest:.3f}",
            r.decided or "not recognised",
            f"{r.distance:.3f}",
        )
        for r in ev.resolutions
    ]
    return "\n\n".join(
        [
            "## Scenes, partial faces, resolutions",
            "Every face of every scene, identified against people/ without the photograph it was cut from "
            "(faces within 0.3 of a photograph of people/ come from it). The last column is what "
            "`hamyon bio identify` says about the whole picture: a scene with two similar faces is refused.",
            table(("scene", "who (by eye)", "px", "gates failed", "nearest", "decision", "picture"), rows),
            "One photograph at five sizes, identified against the other photographs:",
            table(("file", "pixels", "face px", "to the largest", "decision", "distance"), res),
        ]
    )


def _level_row(level: Level) -> tuple[object, ...]:
    gen_all, unk_all = level.engine_all
    gen_gate, unk_gate = level.engine_gated
    gen_readme, unk_readme = level.readme
    measure = f"{np.median(level.measure):.0f}" if level.measure else "-"
    genuine = f"{np.nanmedian(level.genuine_distance):.3f}" if level.genuine_distance else "-"
    return (
        level.label,
        measure,
        f"{level.refused} of {level.probes}",
        genuine,
        f"{gen_all.correct} / {gen_all.wrong} / {unk_all.wrong}",
        f"{gen_gate.correct} / {gen_gate.wrong} / {unk_gate.wrong}",
        f"{gen_readme.correct} / {gen_readme.wrong} / {unk_readme.wrong}",
    )


def _degraded(ev: Evaluation) -> str:
    header = (
        "change",
        "measure (median)",
        "refused by the gate",
        "genuine distance (median)",
        "rule alone: right / wrong / unknown taken",
        "with the gates",
        "README rule",
    )
    parts = [
        "## Degraded photos: what the quality gates are for",
        "Each photograph, changed, is identified as above (genuine and unknown trials). The gates were "
        "set where the encoding starts to drift, not where it has failed: blur drifts first (at 2% of the "
        "face the genuine distance is already 0.46 and face_recognition's rule soon accepts strangers); "
        "dimming alone hardly moves the encoding, but a real dark room brings noise and blur with it, so "
        "the brightness gate sits below Lin-Manuel Miranda's darkest good frame (77) and at the video's "
        "dark, blurred audience (36 to 42).",
    ]
    for name, levels in ev.sweeps.items():
        parts += [f"**{name}**", table(header, [_level_row(x) for x in levels])]
    readme_taken = sum(x.readme[1].wrong for levels in ev.sweeps.values() for x in levels)
    engine_taken = sum(x.engine_all[1].wrong for levels in ev.sweeps.values() for x in levels)
    parts += [
        "**the issue's bad case** (grey, dark x0.45, face shrunk to 56 px, JPEG quality 25):",
        table(header, [_level_row(ev.bad_case)]),
        f"Over all the sweeps, the README rule took an unknown person for someone else "
        f"{readme_taken} times, the engine's rule (gates off) {engine_taken} times; in the bad case "
        f"{ev.bad_case.readme[1].wrong} and {ev.bad_case.engine_all[1].wrong}. On these six very "
        "different people the issue's failure of the README rule shows only under strong blur; the "
        "engine's gates refuse those pictures before any rule is asked.",
    ]
    return "\n\n".join(parts)


def _video(ev: Evaluation) -> str:
    v = ev.video
    decisions = [
        (d.frame, f"{d.seconds:.2f}", d.status, d.identity or "-", f2(d.distance), d.reason)
        for d in v.announced
    ]
    lin_said = ", ".join(f"{k}: {n}" for k, n in v.lin_said.most_common())
    other = ", ".join(f"{k}: {n}" for k, n in (v.other_refused + v.other_said).most_common()) or "none"
    readme = ", ".join(f"frame {f}: {who} ({d:.2f})" for f, who, d in v.readme_wrong[:5]) or "no wrong report"
    lin_visible = len(data.LIN_ON_STAGE)
    return "\n\n".join(
        [
            "## The video",
            f"`{data.VIDEO}` as a camera (`hamyon bio watch`), gallery: the first photo of each person "
            f"({', '.join(ev.video_gallery)}). Announced decisions:",
            table(("frame", "seconds", "status", "identity", "distance", "reason"), decisions),
            f"Frame by frame ({v.frames} frames, {v.no_face} without a face): Lin-Manuel Miranda is visible "
            f"in {lin_visible} frames (by eye), found as the subject in {v.lin_frames}, usable in "
            f"{v.lin_good}; single-frame decisions on those: {lin_said}. Other subjects: {v.other_frames} "
            f"frames (the audience after the cut at frame 211): {other}. The far faces (the 26 px pianist "
            "in the first frames, the audience) are below the size gate or too dark and blurred.",
            f"face_recognition's README rule on every face of every frame: {readme}; it named Lin-Manuel "
            f"Miranda in {v.readme_lin} face-frames.",
        ]
    )


def _liveness(ev: Evaluation) -> str:
    static = "; ".join(f"{c}: {r.status} ({r.reason})" for c, r in ev.static.items())
    turn = "; ".join(
        f"{c}: {status}" + (f" at {at:.2f} s" if at is not None else " (the clip ends first)")
        for c, (status, at) in ev.lin_turn.items()
    )
    settings = ", ".join(f"{f.name} {getattr(LivenessSettings(), f.name)}" for f in fields(LivenessSettings))
    return "\n\n".join(
        [
            "## Liveness",
            f"Settings: {settings}.",
            f"A flat photo ({ev.tilts.name if ev.tilts else '-'}) tilted by -45 to 45 degrees sideways, 0 "
            f"or 25 degrees forwards, near and far from the lens ({ev.tilt_stats.views} views): the nose "
            f"parallax stays within {ev.tilt_stats.largest_parallax:.3f} (a turn needs "
            f"{LivenessSettings().turn}), the eyes' openness keeps at least "
            f"{ev.tilt_stats.lowest_eye_ratio:.2f} of the upright photo's (a blink needs "
            f"{LivenessSettings().closed_ratio}).",
            f"The same photo held to the camera for {STATIC_FRAMES / 10:.0f} s, swaying and tilting up to 30 "
            f"degrees: {static}.",
            f"Lin-Manuel Miranda in the video turns his head to his right from frame 82: {turn}.",
            "Blinks: the shared set has no footage of a blink, so the blink is tested on landmark "
            "sequences made from real landmarks with the eyelids moved (tests/biometrics/test_liveness.py).",
        ]
    )


LIMITS = """
## What this evidence does not show

- Six people, 19 photos and one clip: every rate above has wide error bars.
  The impostors here are few and very unlike each other; a polyclinic's
  gallery of tens of thousands of elderly people has look-alikes and
  relatives. Before the pilot, measure the false-match rate on the real
  catchment's templates (impostor distances against the gallery) and lower
  `accept` if the nearest strangers come within 0.1 of it; prefer 1:1
  verification after the ID number is typed for large catchments.
- dlib's model was trained mostly on younger, lighter-skinned faces; accuracy
  on elderly Central Asian faces is unmeasured.
- Liveness stops photos and still screens; a prepared video that happens to
  answer the random requests, or a 3-D mask, is not stopped.
- Speed is measured in `docs/benchmarks.md`; the 1M-template search needs both
  cores (single-threaded BLAS reads the 530 MB matrix in about 34 ms).
"""
