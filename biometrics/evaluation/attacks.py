"""Printed photos waved at a camera: a sheet of paper, flat or bent, rendered by a pinhole camera.

The attacks on the head-turn test of :mod:`biometrics.liveness`. A flat photo is
mapped onto itself by the face plane's homography, so it shows no parallax; a
sheet bent into a cylinder has real depth, and turned towards the camera it
can make the nose tip move off the plane as a head's does. Each frame is ray
traced: every pixel's ray meets the sheet (a plane, or a cylinder bent about
an axis at any angle in the sheet), the point's place on the sheet picks the
photo's pixel; then light, blur and noise as a webcam's.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from biometrics.detection import Box

if TYPE_CHECKING:
    import cv2
else:
    from biometrics.opencv import cv2  # imported on first use, set up once

FOCAL = 600.0  # pixels: a webcam of about 56 degrees across 640 pixels
FRAME = (640, 480)  # width, height


@dataclass(frozen=True)
class Sheet:
    """How the paper is bent: a cylinder of ``radius`` face widths (None: flat), or folded.

    ``axis`` is the bend axis's angle from the photo's vertical, in degrees (0:
    bent about a vertical axis, the paper curls left and right; 90: about a
    horizontal axis); ``convex`` bends the edges away from the camera (the
    middle comes forward), else towards it. ``offset`` moves the axis across
    the face, in face widths. ``fold``: instead of a bend, a crease along the
    axis, each half turned back by this many degrees (0: flat).
    """

    radius: float | None = None
    axis: float = 0.0
    convex: bool = True
    offset: float = 0.0
    fold: float = 0.0


@dataclass(frozen=True)
class Pose:
    """The sheet's place: yaw, pitch and roll in degrees; its centre in face widths; face width on screen."""

    yaw: float = 0.0
    pitch: float = 0.0
    roll: float = 0.0
    x: float = 0.0
    y: float = 0.0
    width: float = 150.0  # the face's width on screen, pixels (how close the sheet is)


def rotation(yaw: float, pitch: float, roll: float) -> np.ndarray:
    """Roll (in the image plane), then pitch (about x), then yaw (about y); degrees."""
    a, b, c = (math.radians(v) for v in (yaw, pitch, roll))
    turn = np.array(
        [[math.cos(a), 0, math.sin(a)], [0, 1, 0], [-math.sin(a), 0, math.cos(a)]], dtype=np.float64
    )
    nod = np.array(
        [[1, 0, 0], [0, math.cos(b), -math.sin(b)], [0, math.sin(b), math.cos(b)]], dtype=np.float64
    )
    spin = np.array(
        [[math.cos(c), -math.sin(c), 0], [math.sin(c), math.cos(c), 0], [0, 0, 1]], dtype=np.float64
    )
    return turn @ nod @ spin


def render(
    photo: np.ndarray,
    face: Box,
    sheet: Sheet,
    pose: Pose,
    background: np.ndarray,
    *,
    focal: float = FOCAL,
) -> np.ndarray:
    """One camera frame (RGB, the background's size) of ``photo`` printed on ``sheet`` at ``pose``.

    ``face`` is the face's box in the photo: the sheet turns about the face's centre
    and its bend is measured in face widths.
    """
    height, width = background.shape[:2]
    face_width = float(face.right - face.left)
    centre = np.array(face.centre, dtype=np.float64)
    distance = focal * face_width / pose.width  # photo pixels are the sheet's unit
    turn = rotation(pose.yaw, pose.pitch, pose.roll)
    shift = np.array([pose.x * face_width, pose.y * face_width, distance])
    xs, ys = np.meshgrid(np.arange(width, dtype=np.float64), np.arange(height, dtype=np.float64))
    rays = np.stack([(xs - width / 2) / focal, (ys - height / 2) / focal, np.ones_like(xs)], -1)
    origin = turn.T @ -shift  # the camera, in the sheet's frame
    local = rays @ turn  # each ray's direction in the sheet's frame (turn.T @ ray)
    # the sheet's frame turned so that the bend axis is its y axis
    angle = math.radians(sheet.axis)
    spin = np.array(
        [[math.cos(angle), -math.sin(angle), 0], [math.sin(angle), math.cos(angle), 0], [0, 0, 1]]
    )
    axis_origin = np.array([sheet.offset * face_width, 0.0, 0.0])
    o, d = spin.T @ origin - axis_origin, local @ spin
    u, v, normal_z, hit = _intersect(o, d, sheet, face_width)
    onto_face = np.stack([u + axis_origin[0], v], -1) @ spin[:2, :2].T + centre
    map_x, map_y = onto_face[..., 0].astype(np.float32), onto_face[..., 1].astype(np.float32)
    inside = hit & (map_x >= 0) & (map_y >= 0) & (map_x <= photo.shape[1] - 1) & (map_y <= photo.shape[0] - 1)
    printed = cv2.remap(photo, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    light = (0.72 + 0.28 * np.abs(normal_z))[..., None]  # paper facing the camera is brightest
    frame = np.where(inside[..., None], np.clip(printed * light, 0, 255), background)
    return frame.astype(np.uint8)


def _intersect(
    o: np.ndarray, d: np.ndarray, sheet: Sheet, face_width: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Where each ray meets the sheet: (u, v) on the unrolled sheet, the normal's z, and whether it does."""
    dx, dy, dz = d[..., 0], d[..., 1], d[..., 2]
    if sheet.fold:
        return _crease(o, d, sheet)
    if sheet.radius is None:
        t = -o[2] / np.where(np.abs(dz) < 1e-9, 1e-9, dz)
        return o[0] + t * dx, o[1] + t * dy, np.abs(dz) / np.linalg.norm(d, axis=-1), t > 0
    radius = sheet.radius * face_width
    side = 1.0 if sheet.convex else -1.0  # the cylinder's axis lies behind the sheet (convex) or before it
    cz = o[2] - side * radius
    a = dx * dx + dz * dz
    b = 2 * (o[0] * dx + cz * dz)
    c = o[0] ** 2 + cz**2 - radius**2
    disc = b * b - 4 * a * c
    root = np.sqrt(np.maximum(disc, 0))
    u, v, normal_z = np.zeros(disc.shape), np.zeros(disc.shape), np.zeros(disc.shape)
    found = np.zeros(disc.shape, dtype=bool)
    for t in ((-b - root) / (2 * a), (-b + root) / (2 * a)):  # the nearer point first
        x, z = o[0] + t * dx, cz + t * dz  # z from the cylinder's axis
        good = (disc >= 0) & (t > 0) & (-side * z > 0) & ~found
        phi = np.arctan2(x, -side * z)
        u = np.where(good, radius * phi, u)
        v = np.where(good, o[1] + t * dy, v)
        normal_z = np.where(good, np.cos(phi), normal_z)
        found |= good
    return u, v, normal_z, found


def _crease(
    o: np.ndarray, d: np.ndarray, sheet: Sheet
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A sheet creased along its y axis: each half a plane turned back by ``fold`` degrees (z = slope |x|)."""
    slope = math.tan(math.radians(sheet.fold)) * (1.0 if sheet.convex else -1.0)
    dx, dy, dz = d[..., 0], d[..., 1], d[..., 2]
    u = np.zeros(dx.shape)
    v = np.zeros(dx.shape)
    best = np.full(dx.shape, np.inf)
    for half in (1.0, -1.0):  # z = slope * half * x, for half * x >= 0
        k = slope * half
        denominator = dz - k * dx
        t = (k * o[0] - o[2]) / np.where(np.abs(denominator) < 1e-9, 1e-9, denominator)
        x = o[0] + t * dx
        good = (t > 0) & (half * x >= 0) & (t < best)
        best = np.where(good, t, best)
        u = np.where(good, x * math.sqrt(1 + slope * slope), u)  # the distance along the paper
        v = np.where(good, o[1] + t * dy, v)
    normal_z = np.full(dx.shape, 1 / math.sqrt(1 + slope * slope))
    return u, v, normal_z, np.isfinite(best)


def backdrop(rng: np.random.Generator, size: tuple[int, int] = FRAME) -> np.ndarray:
    """A plain room behind the sheet: a soft gradient and some texture."""
    width, height = size
    ramp = np.linspace(0, 1, width)[None, :, None] * rng.uniform(-40, 40, 3)
    base = rng.uniform(90, 170, 3) + ramp + rng.normal(0, 6, (height, width, 1))
    return np.clip(np.broadcast_to(base, (height, width, 3)), 0, 255).astype(np.uint8)


def webcam(frame: np.ndarray, rng: np.random.Generator, blur: float = 0.8, noise: float = 3.0) -> np.ndarray:
    """A webcam's softness and sensor noise."""
    soft = cv2.GaussianBlur(frame, (0, 0), blur) if blur > 0 else frame
    grainy = soft.astype(np.float32) + rng.normal(0, noise, frame.shape).astype(np.float32)
    return np.clip(grainy, 0, 255).astype(np.uint8)


# --- motions --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Motion:
    """How the attacker moves the sheet, after ``still`` seconds held before the camera (to be recognised).

    ``kind``: "turn" (a head turn: yaw to ``yaw`` and back, a little nod and
    roll), "nod" (pitch to ``pitch``), "sway" (yaw, pitch, roll and distance
    at once, as a hand waves), "roll_turn" (held rolled by ``roll``, then
    turned), "sweep" (held turned by ``-yaw``, then turned to ``yaw``).
    """

    kind: str = "turn"
    yaw: float = 35.0
    pitch: float = 20.0
    roll: float = 15.0
    seconds: float = 5.0
    still: float = 1.0
    width: float = 150.0


def poses(motion: Motion, fps: float, rng: np.random.Generator) -> Iterator[Pose]:
    """The sheet's pose in each frame, with a hand's small tremor."""
    count = round((motion.still + motion.seconds) * fps)
    for i in range(count):
        t = max(0.0, i / fps - motion.still) / motion.seconds  # 0..1 through the motion
        ease = math.sin(math.pi * min(1.0, 1.6 * t)) if t < 0.625 else 0.0  # there and back
        wave = math.sin(2 * math.pi * t)
        yaw = pitch = roll = x = y = 0.0
        width = motion.width
        if motion.kind == "turn":
            yaw, pitch, roll = motion.yaw * ease, 0.15 * motion.pitch * wave, 0.2 * motion.roll * wave
        elif motion.kind == "nod":
            yaw, pitch = 0.1 * motion.yaw * wave, motion.pitch * ease
        elif motion.kind == "sway":
            yaw, pitch, roll = motion.yaw * wave, motion.pitch * math.sin(4 * math.pi * t), motion.roll * wave
            x, y, width = 0.3 * wave, 0.15 * math.sin(6 * math.pi * t), motion.width * (1 + 0.25 * wave)
        elif motion.kind == "roll_turn":
            roll, yaw = motion.roll, motion.yaw * ease
        elif motion.kind == "sweep":
            yaw, pitch = motion.yaw * (2 * min(1.0, t / 0.6) - 1), 0.2 * motion.pitch * wave
        else:
            raise ValueError(f"unknown motion {motion.kind!r}")
        tremor = rng.normal(0, 0.6, 3)
        yield Pose(yaw + tremor[0], pitch + tremor[1], roll + tremor[2], x, y, width)


def waved_photo(
    photo: np.ndarray,
    face: Box,
    sheet: Sheet,
    motion: Motion,
    *,
    fps: float = 12.0,
    seed: int = 0,
    size: tuple[int, int] = FRAME,
) -> list[np.ndarray]:
    """A video (RGB frames) of ``photo`` printed on ``sheet`` and moved before a webcam as ``motion`` says."""
    rng = np.random.default_rng(seed)
    ground = backdrop(rng, size)
    return [webcam(render(photo, face, sheet, pose, ground), rng) for pose in poses(motion, fps, rng)]


# --- measuring the liveness check on attacks ----------------------------------------------------


class NoFace(ValueError):
    """The photo shows no face to print."""


@dataclass(frozen=True)
class Attack:
    photo: str
    sheet: Sheet
    motion: Motion
    seed: int


@dataclass(frozen=True)
class Outcome:
    """What the head-turn check made of one attack video (either side, as for a recording)."""

    passed: bool  # with the pictures: the check the terminal runs
    passed_landmarks_only: bool  # the landmarks alone
    largest_parallax: float  # the landmarks' nose parallax, inter-ocular distances
    largest_seen: float  # the picture's, where it agrees with the landmarks
    passed_live: bool = False  # what a live camera asks: a blink and a turn to a random side


def random_attacks(photos: list[str], per_photo: int, seed: int = 1) -> list[Attack]:
    """Sheets and motions drawn at random: flat or bent (0.6 to 3 face widths, any axis), every motion."""
    draw = random.Random(seed)
    attacks = []
    for photo in photos:
        for _ in range(per_photo):
            sheet = Sheet(
                draw.choice([None, 0.6, 0.8, 1.0, 1.5, 2.0, 3.0]),
                axis=draw.choice([0, 0, 90, 90, 30, -30, 60, -60, 45, -45]),
                convex=draw.random() < 0.6,
                offset=draw.choice([0, 0, 0.2, -0.3]),
            )
            sign = (-1, 1)
            motion = Motion(
                draw.choice(["turn", "turn", "sweep", "sway", "nod", "roll_turn"]),
                yaw=draw.choice([25, 30, 35, 40]) * draw.choice(sign),
                pitch=draw.choice([20, 30, 35]) * draw.choice(sign),
                roll=draw.choice([10, 20, 30]) * draw.choice(sign),
                width=draw.choice([110, 150, 200]),
            )
            attacks.append(Attack(photo, sheet, motion, draw.randrange(10**6)))
    return attacks


def measure(attack: Attack, fps: float = 12.0) -> Outcome:
    """Render the attack and feed its frames, from the first with a face, to the head-turn checks."""
    from biometrics import pipeline
    from biometrics.images import load_image
    from biometrics.liveness import LivenessRequest, challenges_for, parallax, to_reference
    from biometrics.relief import NoseTrack

    image = load_image(attack.photo)
    face = pipeline.analyse(image, max_side=1280, encode="never").subject
    if face is None:
        raise NoFace(f"no face in {attack.photo}")
    frames = waved_photo(image, face.box, attack.sheet, attack.motion, fps=fps, seed=attack.seed)
    options = challenges_for(True, random.Random(0))
    seeing, blind = LivenessRequest(options), LivenessRequest(options)
    live = LivenessRequest(challenges_for(False, random.Random(attack.seed)))
    results = {"seeing": "pending", "blind": "pending", "live": "pending"}
    reference: np.ndarray | None = None
    track: NoseTrack | None = None
    largest, largest_seen = 0.0, 0.0
    for i, frame in enumerate(frames):
        subject = pipeline.analyse(frame, encode="never").subject
        points, box = (subject.points, subject.box) if subject else (None, None)
        results["seeing"] = seeing.feed(points, box, i / fps, frame).status
        results["blind"] = blind.feed(points, box, i / fps).status
        results["live"] = live.feed(points, box, i / fps, frame).status
        if points is None:
            continue
        grey = cv2.cvtColor(frame, cv2.COLOR_RGB2GRAY)
        if reference is None or track is None:  # both set at once, from the first frame with a face
            reference, track = points, NoseTrack(grey, points)
            continue
        mapped = to_reference(reference, points)
        shift = 0.0 if mapped is None else parallax(reference, mapped)
        seen = track.update(grey, points)
        largest = max(largest, abs(shift))
        if seen is not None and abs(seen - shift) <= 0.1:
            largest_seen = max(largest_seen, min(abs(seen), abs(shift)) if seen * shift > 0 else 0.0)
    passed = {name: status == "passed" for name, status in results.items()}
    return Outcome(passed["seeing"], passed["blind"], largest, largest_seen, passed["live"])


def creased_attacks(photos: list[str], per_photo: int, seed: int = 2) -> list[Attack]:
    """Sheets creased sharply along a line near the face's middle (each half turned back 25 to 45 degrees)."""
    draw = random.Random(seed)
    attacks = []
    for photo in photos:
        for _ in range(per_photo):
            sheet = Sheet(
                axis=draw.choice([0, 0, 10, -10, 20, -20, 45, 90]),
                convex=draw.random() < 0.7,
                fold=draw.choice([25, 30, 35, 40, 45]),
            )
            motion = Motion(
                draw.choice(["turn", "turn", "sweep", "sway"]),
                yaw=draw.choice([25, 30, 35, 40]) * draw.choice((-1, 1)),
                width=draw.choice([110, 150, 200]),
            )
            attacks.append(Attack(photo, sheet, motion, draw.randrange(10**6)))
    return attacks


def kind_of(sheet: Sheet) -> str:
    return "creased" if sheet.fold else "flat" if sheet.radius is None else "bent"


@dataclass
class AttackTable:
    """What the head-turn check made of printed-photo videos, by how the paper was shaped."""

    photos: int
    rows: dict[str, list[Outcome]]

    def __str__(self) -> str:
        lines = [
            f"{sum(len(r) for r in self.rows.values())} videos of printed photos ({self.photos} photos: "
            "people/ and one per calibration person), rendered by `biometrics/evaluation/attacks.py` and "
            "fed to the head-turn check a recording gets (a turn to either side), with the pictures; and "
            "to what a live camera asks (a blink and a turn to a random side):",
            "",
            "| paper | videos | passed | passed by the landmarks alone | largest nose parallax: landmarks"
            " | seen in the picture | passed a live camera's blink and turn |",
            "|---|---|---|---|---|---|---|",
        ]
        for kind, outcomes in self.rows.items():
            if not outcomes:
                continue
            lines.append(
                f"| {kind} | {len(outcomes)} | {sum(o.passed for o in outcomes)} | "
                f"{sum(o.passed_landmarks_only for o in outcomes)} | "
                f"{max(o.largest_parallax for o in outcomes):.2f} | "
                f"{max(o.largest_seen for o in outcomes):.2f} | {sum(o.passed_live for o in outcomes)} |"
            )
        creased = self.rows.get("creased", [])
        if any(o.passed for o in creased):
            lines += [
                "",
                f"Not stopped: {sum(o.passed for o in creased)} of {len(creased)} sheets creased sharply"
                " near the middle of the face passed. A crease through the nose has as much depth as a nose,"
                " and the landmark model places a head's landmarks on it; the pictures, followed frame to"
                " frame, catch most of them but not all (see `biometrics/relief.py`). A live camera also"
                f" asks for a blink: {sum(o.passed_live for o in creased)} of them passed that.",
            ]
        return "\n".join(lines)


def measure_table(photos: list[str], per_photo: int = 1) -> AttackTable:
    """Flat and bent sheets (:func:`random_attacks`) and creased ones (:func:`creased_attacks`), measured."""
    rows: dict[str, list[Outcome]] = {"flat": [], "bent": [], "creased": []}
    for attack in random_attacks(photos, per_photo) + creased_attacks(photos, per_photo):
        try:
            rows[kind_of(attack.sheet)].append(measure(attack))
        except NoFace:
            continue  # a photo the attack cannot be made of is no attack
    return AttackTable(len(photos), rows)


def attack_photos(faces: Path) -> list[str]:
    """people/ photos, and one of each calibration person (a whole photo where there is one)."""
    photos = sorted(str(p) for p in (faces / "people").glob("*/*"))
    for person in sorted((faces / "calibration").iterdir()):
        shots = sorted(person.glob("celeb_*"))[:1] or sorted(person.glob("glint_*"))[:1]
        photos += [str(p) for p in shots]
    return photos


def main() -> None:
    """``python -m biometrics.evaluation.attacks [PER_PHOTO]``: the attack table, printed."""
    import sys

    faces = Path(__file__).resolve().parents[3] / "shared" / "faces"
    print(measure_table(attack_photos(faces), int(sys.argv[1]) if len(sys.argv) > 1 else 1))


if __name__ == "__main__":
    main()
