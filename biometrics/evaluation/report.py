"""docs/biometrics.md from an :class:`Evaluation`: the design, the thresholds and the evidence."""

from __future__ import annotations

from dataclasses import fields

import numpy as np

from biometrics.detection import CNN_SIDE, LIVE_MAX_SIDE, PHOTO_MAX_SIDE
from biometrics.enrollment import ENROLL_POLICY, EnrollmentSettings
from biometrics.evaluation import STATIC_FRAMES, Evaluation, data, det
from biometrics.evaluation.calibration import Probe
from biometrics.evaluation.format import f2, pct, table
from biometrics.evaluation.report_calibration import (
    DET_PICTURE,
    calibration,
    det_section,
    growth_section,
    timing,
)
from biometrics.evaluation.report_gates import gate_evidence, gates_section
from biometrics.evaluation.report_visits import camera_totals, visits_section
from biometrics.images import MAX_FILE_BYTES, MAX_PIXELS, MAX_SIDE
from biometrics.live import LiveSettings
from biometrics.liveness import LivenessSettings
from biometrics.pipeline import COMPETING_SIZE, LIVE_POLICY, PHOTO_POLICY
from biometrics.quality import QualityPolicy
from biometrics.stream import Backoff


def render(ev: Evaluation) -> str:
    return (
        "\n\n".join(
            [
                HEADER.strip(),
                _summary(ev),
                _thresholds(ev),
                _design(),
                calibration(ev),
                det_section(ev),
                growth_section(ev),
                gates_section(ev),
                visits_section(ev),
                _scenes(ev),
                _video(ev),
                _liveness(ev),
                _limits(ev),
            ]
        )
        + "\n"
    )


HEADER = """
# Biometrics: the Face-ID engine and its accuracy

This file and `screens/biometrics-det.png` are written by `python -m biometrics.evaluation`
(about half an hour on two cores, from the project root, with `../shared/faces` beside it); edit
the script, not the file. Speed figures are in `docs/benchmarks.md` (`hamyon bench bio`).
"""


def _summary(ev: Evaluation) -> str:
    e, cal, v = ev.engine, ev.cal, ev.video
    median, p95, cnn, n = timing(ev)
    biggest = ev.growth[-1]
    said = sorted({d.identity for d in v.announced if d.status == "match"}, key=str)
    wrong_frames = sum(k for who, k in v.lin_said.items() if who not in (data.LIN, "no_match"))
    wrong_frames += sum(k for who, k in v.other_said.items() if who != "no_match")
    everyone = next(row for row in ev.visits.rows if row[0] == "everyone")
    camera = camera_totals(ev.poor_camera, "learned")
    return "\n".join(
        [
            "## In short",
            "",
            f"- Calibration set, the acceptance check's protocol ({len(cal.enrolled)} people enrolled from "
            f"one photo, {len(cal.strangers)} strangers): genuine identified {pct(e.identified, e.genuine)}, "
            f"wrong identity {len(e.wrong)}, impostors accepted {pct(len(e.accepted), e.impostors)}: "
            f"{'passes' if e.passes else 'FAILS'} the check (>= 80%, 0, <= 1%). face_recognition's README "
            f"rule on the same encodings: {pct(ev.readme.identified, ev.readme.genuine)}, "
            f"{len(ev.readme.wrong)} wrong, {pct(len(ev.readme.accepted), ev.readme.impostors)} impostors.",
            f"- Operating point: FNIR {100 * e.fnir:.1f}%, FPIR {100 * e.fpir:.1f}% (`{DET_PICTURE}`).",
            f"- Among {biggest.size:,} templates (synthetic distractors): genuine identified "
            f"{pct(biggest.engine.identified, biggest.engine.genuine)}, wrong identity "
            f"{len(biggest.engine.wrong)}, impostors accepted {len(biggest.engine.accepted)}.",
            f"- `hamyon bio identify`: {median * 1000:.0f} ms per photo (median; 95th percentile "
            f"{p95 * 1000:.0f} ms); {pct(cnn, n)} needed the CNN detector.",
            "- Templates learned from a first visit: second visits identified "
            f"{pct(everyone[1].identified, everyone[1].probes)} before, "
            f"{pct(everyone[2].identified, everyone[2].probes)} after; through a poorer camera the people "
            f"who learned are confirmed {camera.confirmed[0]} -> {camera.confirmed[1]} times"
            + (
                "."
                if camera.frames is None
                else f", after {camera.frames[0]:.2f} -> {camera.frames[1]:.2f} good frames."
            ),
            f"- Video: announced {said or 'nobody'}; {wrong_frames} frames in which a single-frame decision "
            "named a wrong person.",
            "- A photo held to the camera (swayed, tilted up to 30 degrees) failed every liveness request; "
            "a real head turn in the video passed.",
        ]
    )


def _plain(ev: Evaluation, value: float) -> det.Point | None:
    return next((p for p in ev.distances if abs(p.value - value) < 1e-9), None)


def _thresholds(ev: Evaluation) -> str:
    t, q, live, lv = ev.thresholds, QualityPolicy(), LiveSettings(), LivenessSettings()
    own = np.array([_own(p) for p in ev.cal.genuine if _own(p) is not None])
    strangers = np.array([p.nearest[0].distance for p in ev.cal.impostors if p.nearest])
    at_accept, at_alone = _plain(ev, t.accept), _plain(ev, t.alone)
    ratio_point = next(p for p in ev.ratios if abs(p.value - t.ratio) < 1e-9)
    looser = next(
        (p for p in ev.ratios if p.value > t.ratio and (p.wrong or p.accepted > ratio_point.accepted)), None
    )
    margins = "; ".join(f"{m:g}: {r.identified} identified, {len(r.wrong)} wrong" for m, r in ev.margins)
    cohorts = "; ".join(f"{c}: {r.identified}, {len(r.wrong)} wrong" for c, r in ev.cohorts)
    caution = [r for r in ev.photo_gates if r.tolerated]
    o = ev.one_to_one
    shortlist, missed = _shortlists(ev)
    verdicts = ev.visits.verdicts
    rows = [
        (
            "`accept`",
            f"{t.accept:.2f}",
            "the nearest identity at most this far (1:N): the outer bar",
            f"genuine probes lie a median {np.median(own):.2f} from their own photo, "
            f"{pct(int((own <= t.accept).sum()), len(own))} within it; impostors' nearest: 1% below "
            f"{np.percentile(strangers, 1):.2f}. Alone (a plain threshold) it names "
            f"{at_accept.wrong if at_accept else '-'} wrongly and takes "
            f"{at_accept.accepted if at_accept else '-'} impostors: the ratio does the rest",
        ),
        (
            "`ratio`",
            f"{t.ratio:.2f}",
            "... and at most this share of the mean distance of its cohort",
            f"{ratio_point.identified} identified, {ratio_point.wrong} wrong, {ratio_point.accepted} "
            f"impostors; the first looser value to add an error, {f2(looser.value if looser else None)}: "
            f"{looser.identified if looser else '-'} identified, {looser.wrong if looser else '-'} wrong, "
            f"{looser.accepted if looser else '-'} impostors",
        ),
        ("`cohort`", t.cohort, "the identities after the nearest that make its cohort", cohorts),
        (
            "`min_cohort`",
            t.min_cohort,
            "fewer other identities enrolled: no cohort, `alone` applies",
            "a cohort of one or two is noise, not a neighbourhood",
        ),
        (
            "`alone`",
            f"{t.alone:.2f}",
            "the bar without a cohort (a gallery of one to three people)",
            f"a plain threshold at {t.alone} on the protocol: {at_alone.identified if at_alone else '-'} "
            f"identified, {at_alone.wrong if at_alone else '-'} wrong, "
            f"{at_alone.accepted if at_alone else '-'} impostors",
        ),
        ("`margin`", f"{t.margin:.2f}", "the runner-up must trail by this", margins),
        (
            "`poor_accept`",
            f"{t.poor_accept:.2f}",
            "`accept` for a face under caution (a tolerated gate failed)",
            "on the photos, the tolerated gates ("
            + ", ".join(f"{r.gate}: prevents {r.prevents}, costs {r.costs}" for r in caution)
            + ")",
        ),
        ("`poor_ratio`", f"{t.poor_ratio:.2f}", "`ratio` for a face under caution", "as `poor_accept`"),
        (
            "`verify`",
            f"{t.verify:.2f}",
            "1:1: the claimed identity at most this far",
            f"genuine claims {pct(o.genuine_accepted, o.genuine)}, false claims "
            f"{pct(o.claims_accepted, o.claims)}",
        ),
        (
            "`rival`",
            f"{t.rival:.2f}",
            "1:1: another identity nearer by this refuses the claim",
            "as `verify`",
        ),
        (
            "`candidates`",
            f"{t.candidates:.2f}",
            "identities shown to a supervisor when not recognised",
            f"the right person is on the list for {pct(shortlist, missed)} of the genuine probes "
            "not recognised",
        ),
        (
            "`learn`",
            f"{t.learn:.2f}",
            "a face match at most this far may teach its template",
            f"{verdicts.get('learned', 0) + verdicts.get('replaced', 0)} of {ev.visits.offered} first "
            f"identified visits learned; weak matches refused: {verdicts.get('weak_match', 0)}",
        ),
        (
            "evidence",
            f"{live.needed} of {live.window}",
            "good frames the same identity must win",
            "the video: no wrong announcement (see below)",
        ),
        ("`min_size`", q.min_size, "face size, frame pixels (never upsampled)", gate_evidence(ev, "too_far")),
        ("`min_brightness`", q.min_brightness, "mean grey level of the face", gate_evidence(ev, "too_dark")),
        (
            "`max_brightness`",
            q.max_brightness,
            "mean grey level of the face",
            gate_evidence(ev, "too_bright"),
        ),
        ("`max_overexposed`", q.max_overexposed, "share of the face clipped to white", "as `max_brightness`"),
        ("`min_sharpness`", q.min_sharpness, "Laplacian variance at 112 px", gate_evidence(ev, "blurred")),
        (
            "`max_yaw`",
            q.max_yaw,
            f"nose offset / eye distance (pitch {q.min_pitch}..{q.max_pitch}, roll {q.max_roll} deg)",
            gate_evidence(ev, "turned_away"),
        ),
        ("`min_eyes_open`", q.min_eyes_open, "eye aspect ratio", gate_evidence(ev, "eyes_closed")),
        (
            "`max_outside`",
            q.max_outside,
            "share of the inner landmarks outside the frame",
            gate_evidence(ev, "out_of_view"),
        ),
        (
            "several faces",
            COMPETING_SIZE,
            "another face this share of the subject's size competes",
            gate_evidence(ev, "several_faces") + "; the scenes below",
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
    return "\n\n".join(
        [
            "## Thresholds and why",
            table(("name", "value", "what", "evidence"), rows),
            "**Why a cohort ratio.** dlib's encoder was trained mostly on one population; faces of one "
            "population, one age or one sex lie closer together in its space than faces of many. A "
            "single distance threshold that is safe among strangers who look nothing alike lets a "
            "look-alike in where faces crowd, and one that is safe where they crowd refuses most "
            "genuine faces elsewhere. The ratio compares the nearest identity with the next "
            f"`cohort` ({t.cohort}) identities around the face: where faces crowd the cohort is near "
            "too and the bar rises with it; where they are sparse a genuine face stands out from its "
            "cohort. The same ratio holds in both, which is why it is measured as a share, not a distance.",
            "**What the calibration set cannot show.** Mostly Western celebrities photographed by "
            "professionals (some faces grey crops of 112 px), few people over 70, no webcam frames, no "
            "Central Asian faces: the crowding the cohort ratio is there for is the crowding of a "
            "polyclinic's catchment, which this set does not have. The values above are the evidence "
            "available, not a calibration for the pilot.",
        ]
    )


def _own(p: Probe) -> float | None:
    """The probe's distance to its own identity's template (None: no face, or not enrolled)."""
    return next((m.distance for m in p.nearest if m.identity == p.identity), None)


def _shortlists(ev: Evaluation) -> tuple[int, int]:
    """(genuine probes not recognised whose person is within ``candidates`` among the nearest, all such)."""
    t = ev.thresholds
    missed = [p for p in ev.cal.genuine if p.status == "no_match"]
    listed = sum(
        any(m.identity == p.identity and m.distance <= t.candidates for m in p.nearest[: 1 + t.cohort])
        for p in missed
    )
    return listed, len(missed)


def _design() -> str:
    live, backoff, enroll = LiveSettings(), Backoff(), EnrollmentSettings()
    tolerated = ", ".join(sorted(PHOTO_POLICY.tolerated))
    return f"""## How it decides

1. **Source**: a webcam by index, a video file or a folder of images
   (`biometrics.sources`), read on its own thread (`biometrics.stream`); a
   missing, busy or unplugged camera gives a `CameraError` in plain words, and
   the stream reopens it after waits that grow from {backoff.first} s to
   {backoff.longest} s. A picture file (`biometrics.images`) over
   {MAX_FILE_BYTES // 2**20} MB, or whose header claims over {MAX_PIXELS:,} pixels, is refused
   before it is decoded; one longer than {MAX_SIDE} px is reduced by a whole factor as it is read.
2. **Detection** (`biometrics.detection`): dlib's HOG detector on a copy at
   most {LIVE_MAX_SIDE} px ({PHOTO_MAX_SIDE} px for photos), without upsampling
   and, only when nothing is found, upsampled once. A photo is searched
   thoroughly: when HOG finds nothing, once more with a border around it (a
   tight face crop touches the edge), then with dlib's CNN detector on a copy
   of at most {CNN_SIDE} px. Landmarks (68 points) and the 128-d encoding are
   computed on the full frame; a photo's encoding is the mean of the face's
   and its mirror image's.
3. **Subject** (`biometrics.pipeline`): the largest, most central face;
   another face at least {COMPETING_SIZE} of its size competes and the picture
   is refused ("several faces").
4. **Quality** (`biometrics.quality`): too far, too dark, too bright, blurred,
   turned away, eyes closed, partly out of view, several faces. Some gates
   refuse the face; others are tolerated and only make the bars stricter
   (`poor_accept`, `poor_ratio`): for a photo ({tolerated}), for a live
   frame ({", ".join(sorted(LIVE_POLICY.tolerated))}: a turned face waits for the next frame).
5. **1:N search** (`biometrics.gallery`): one float32 matrix, one BLAS
   product per query, the nearest identities each by its nearest template.
6. **Decision** (`biometrics.matching`): match only when the nearest identity
   is within `accept`, leads the runner-up by `margin`, and is at most
   `ratio` times the mean distance of the next `cohort` identities; with
   fewer than `min_cohort` others enrolled, within `alone` instead. Otherwise
   "not recognised", with the identities within `candidates` for a
   supervisor. 1:1 verification (after the ID number is typed) needs the
   claimed identity within `verify` and nobody nearer by `rival`. Where
   templates were learned from visits, `accept` (or `alone`) is measured to
   the nearest identity's enrolled templates, and the cohort is the `cohort`
   others nearest by their enrolled templates, measured by them: a learned
   template makes a person surer (the ratio's numerator), never reaches
   farther, and neither crowds other people's neighbourhood nor draws its
   person into it; as a runner-up it counts in full (the margin). 1:1 alike:
   `verify` is measured to the claimed identity's enrolled templates, the
   rival against every template.
7. **Evidence over frames** (`biometrics.live`): an identity is announced
   when it won {live.needed} of the last {live.window} good frames, no other
   identity won any, and its mean distance is within `accept`; "not
   recognised" or "low quality" after {live.patience:g} s without that.
8. **Liveness** (`biometrics.liveness`): blink or turn the head on request,
   judged from the landmarks mapped onto the first frame's face plane.
9. **Enrollment** (`biometrics.enrollment`): from a photo (the registry's),
   a folder per person (`hamyon bio identify|watch`), or captured at the
   terminal with consent: {enroll.frames} good frames under stricter gates
   ({ENROLL_POLICY.min_size} px, sharpness {ENROLL_POLICY.min_sharpness:g}, yaw
   {ENROLL_POLICY.max_yaw}), all within {enroll.same_person} of their mean.
10. **Learning** (`biometrics.learning`): a clearly confirmed visit may add its
   template to the person's (see "Templates that learn from visits")."""


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
            "## Scenes, partial faces, resolutions (people/)",
            f"people/: {len(ev.people)} photos of {len({p.identity for p in ev.people})} people. Every face "
            "of every scene, identified against people/ without the photograph it was cut from (faces "
            "within 0.3 of a photograph of people/ come from it). The last column is what `hamyon bio "
            "identify` says about the whole picture: a scene with two similar faces is refused.",
            table(("scene", "who (by eye)", "px", "gates failed", "nearest", "decision", "picture"), rows),
            "One photograph at five sizes, identified against the other photographs:",
            table(("file", "pixels", "face px", "to the largest", "decision", "distance"), res),
        ]
    )


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
            f"`{data.VIDEO}` as a camera (`hamyon bio watch`), gallery: the first photo of each person of "
            f"people/ ({', '.join(ev.video_gallery)}). Announced decisions:",
            table(("frame", "seconds", "status", "identity", "distance", "reason"), decisions),
            f"Frame by frame ({v.frames} frames, {v.no_face} without a face): Lin-Manuel Miranda is visible "
            f"in {lin_visible} frames (by eye), found as the subject in {v.lin_frames}, usable in "
            f"{v.lin_good}; single-frame decisions on those: {lin_said}. Other subjects: {v.other_frames} "
            f"frames (the audience after the cut at frame 211): {other}.",
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
    attacks = (
        str(ev.attacks)
        if ev.attacks is not None
        else "**Not measured yet** (hook: `bent_paper_attacks` in `biometrics/evaluation/__init__.py`): "
        "`biometrics/evaluation/attacks.py` renders printed photos flat or bent and waved at a camera, "
        "but exposes no measurement of the liveness checks against them yet."
    )
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
            f"**Printed-photo attacks (flat, bent, creased).** {attacks}",
            "Blinks: the shared set has no footage of a blink, so the blink is tested on landmark "
            "sequences made from real landmarks with the eyelids moved (tests/biometrics/test_liveness.py).",
        ]
    )


def _limits(ev: Evaluation) -> str:
    minutes = ev.seconds.get("total", 0.0) / 60
    return f"""## What this evidence does not show

- {len(ev.cal.enrolled) + len(ev.cal.strangers)} people and {len(ev.cal.probes) + len(ev.cal.enrolled)}
  photos: a wrong identity at one in a thousand would likely not show here,
  and every rate has error bars of a few points.
- The people are mostly Western celebrities, few over 70, in professional
  photos and tight crops; there are no webcam frames and no Central Asian
  faces. dlib's model was trained mostly on younger, lighter-skinned faces:
  accuracy on elderly Central Asian faces, and how closely they crowd in its
  space, is unmeasured. Before the pilot, measure on the catchment's own
  templates (impostor distances against the gallery).
- The gallery-growth figures rest on synthetic distractors with no
  look-alikes, relatives or clusters: a best case for false matches.
- Degraded pictures are synthetic changes of good photos (no sensor noise,
  no motion blur, no real window behind the patient).
- Liveness stops photos and still screens; a prepared video that happens to
  answer the random requests, or a 3-D mask, is not stopped.
- This run took {minutes:.1f} minutes."""
