"""Whether a head turn is a head's: the nose's parallax, in every direction, confirmed by the picture.

The head-turn test of :mod:`biometrics.liveness` maps each frame's landmarks
onto the first frame of the request by the homography of the face's plane
(``FACE_PLANE``); a flat picture is then mapped onto itself, and the nose tip
of a real head, which stands out of that plane, moves along the eye line
(parallax). Two kinds of printed photo can still make the landmarks move so:

- a sheet bent towards the camera has real depth. But paper bends in one
  direction only (a developable surface): through every point of it runs a
  straight line of the sheet (a ruling), whose points stay on one straight
  line in depth however the sheet is turned, so the nose tip shows no
  parallax against the points of the ruling through it. A face has no such
  line: the nose tip (pronasale) stands out of every face, ahead of the
  nose's root and the lips in its column, of the nostrils' wings in its row,
  and of the eye corners and mouth corners on the diagonals. :func:`relief`
  measures the nose tip's parallax against the line between two landmarks
  on opposite sides of it, for lines at 0, about 37, about 60 and 90 degrees
  on both sides (``RELIEF_LINES``), and keeps the least: a smoothly bent
  sheet's ruling lies within about 20 degrees of one of them, where its
  parallax is a small share (sin squared of that angle) of the bend's. A
  sharp crease between those lines is not caught: its depth grows with the
  distance from the crease itself, not with its square.
- the landmark model, shown a photo rolled, tilted or curled away from the
  camera, can misplace the landmarks as if the head had turned: they are
  predicted from what faces usually look like, not measured. The picture
  itself has no such prior: :class:`NoseTrack` follows the nose tip's patch
  from frame to frame in the pictures (normalised cross-correlation) and
  measures its parallax from where it is found. On flat paper it is found where
  the plane puts it, on bent paper where the bend does; on a real head, where
  the landmarks put the nose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from biometrics.quality import LEFT_EYE, NOSE_TIP, RIGHT_EYE

if TYPE_CHECKING:
    import cv2
else:
    from biometrics.opencv import cv2  # imported on first use, set up once

FACE_PLANE = [17, 21, 22, 26, 36, 39, 42, 45, 48, 54]  # eyebrow ends, eye corners, mouth corners
# Pairs of landmarks on opposite sides of the nose tip, each a line through it: the column (nose root 27,
# lower lip 57), the row (the nostrils' wings 31, 35), and the diagonals at about 37 degrees (outer eye
# corner, far mouth corner: 36-54, 45-48) and 60 degrees (inner eye corner, far lower lip: 39-55, 42-59).
RELIEF_LINES: tuple[tuple[int, int], ...] = ((27, 57), (31, 35), (36, 54), (45, 48), (39, 55), (42, 59))
PATCH = 0.2  # the nose tip's patch: this many inter-ocular distances on each side of it
STEP = 0.3  # looked for this far (inter-ocular distances) around where the face's plane puts it
MIN_TEXTURE = 2.0  # a patch flatter than this (grey levels' spread) cannot be found


def eye_axis(reference: np.ndarray) -> tuple[np.ndarray, float]:
    """The unit vector along the reference's eye line (towards the image's right) and the eyes' distance."""
    eye_line = reference[LEFT_EYE].mean(axis=0) - reference[RIGHT_EYE].mean(axis=0)
    iod = float(np.hypot(*eye_line)) or 1e-6
    return eye_line / iod, iod


def plane_homography(reference: np.ndarray, points: np.ndarray) -> np.ndarray | None:
    """The homography taking ``points``' face plane onto the reference's (None if degenerate)."""
    current = np.asarray(points, dtype=np.float32)
    matrix, _ = cv2.findHomography(current[FACE_PLANE], np.asarray(reference, np.float32)[FACE_PLANE], 0)
    if matrix is None or not np.isfinite(matrix).all():
        return None
    return matrix


def relief(
    reference: np.ndarray, mapped: np.ndarray, lines: tuple[tuple[int, int], ...] = RELIEF_LINES
) -> float:
    """The nose tip's least parallax against the lines through it, in inter-ocular distances.

    ``mapped``: the current landmarks mapped onto ``reference`` by the face plane's
    homography. Each line's parallax is the nose tip's shift along the eye line
    minus the shift its two landmarks put on the line at the nose (interpolated),
    signed so that positive is the nose's own direction: a head gives every line a
    good share of the nose's parallax; a bent sheet gives the line of its ruling none.
    """
    axis, iod = eye_axis(reference)
    shift = (np.asarray(mapped, np.float64) - reference) @ axis / iod
    sign = 1.0 if shift[NOSE_TIP] >= 0 else -1.0
    tip = reference[NOSE_TIP]
    least = float("inf")
    for a, b in lines:
        span = reference[b] - reference[a]
        t = float(np.clip((tip - reference[a]) @ span / max(float(span @ span), 1e-9), 0.0, 1.0))
        least = min(least, sign * float(shift[NOSE_TIP] - (1 - t) * shift[a] - t * shift[b]))
    return least


class NoseTrack:
    """The nose tip's patch of the first frame, followed through the pictures; its parallax, as seen.

    Each frame, the first frame's patch around the nose tip, carried by the face
    plane's homography of the landmarks (a flat picture's look now), is looked for
    by normalised cross-correlation within ``STEP`` of where it was found in the
    previous frame (:func:`find_patches`); where it is found is mapped back onto
    the reference, as the landmarks are. The patch always comes from the first
    frame, so nothing drifts; the search follows the nose in small steps, so a
    turned nose, which no longer looks much like the frontal one, is not mistaken
    for a better-matching spot elsewhere. On a flat or gently bent sheet it is
    found where the plane puts it, whatever the landmarks say; on a head, where
    the landmarks put the nose. Lost (no texture, out of the frame): :attr:`lost`.
    """

    def __init__(self, grey: np.ndarray, points: np.ndarray) -> None:
        self.reference = np.asarray(points, dtype=np.float64)
        self._grey = grey
        self._last: np.ndarray | None = self.reference[[NOSE_TIP]]  # where last found, on the reference

    @property
    def lost(self) -> bool:
        return self._last is None

    def update(self, grey: np.ndarray, points: np.ndarray) -> float | None:
        """The nose tip's parallax along the eye line, as the picture shows it (None: lost)."""
        if self._last is None:
            return None
        points = np.asarray(points, dtype=np.float64)
        onto_reference = plane_homography(self.reference, points)
        if onto_reference is None:
            self._last = None
            return None
        to_current = np.linalg.inv(onto_reference)
        axis, iod = eye_axis(self.reference)
        scale = float(np.hypot(*(points[LEFT_EYE].mean(axis=0) - points[RIGHT_EYE].mean(axis=0)))) / iod
        half, reach = max(3, round(PATCH * iod * scale)), max(2, round(STEP * iod * scale))
        around = cv2.perspectiveTransform(self._last[None], to_current)[0]
        tip = self.reference[[NOSE_TIP]]
        found = find_patches(self._grey, grey, tip, to_current, half, reach, around=around)
        if np.isnan(found).any():
            self._last = None
            return None
        self._last = cv2.perspectiveTransform(found[None], onto_reference)[0]
        return float((self._last[0] - tip[0]) @ axis) / iod


def find_patches(
    reference_grey: np.ndarray,
    grey: np.ndarray,
    at: np.ndarray,
    to_current: np.ndarray,
    half: int,
    reach: int,
    *,
    around: np.ndarray | None = None,
) -> np.ndarray:
    """Where each patch of the first frame around ``at`` is best found in the current frame (NaN: cannot say).

    The first frame is carried by ``to_current`` (a flat picture's look now); each
    patch, ``half`` pixels on each side, is looked for within ``reach`` pixels of
    ``around`` (default: where it lands), by normalised cross-correlation, to a
    fraction of a pixel.
    """
    height, width = grey.shape[:2]
    landed = cv2.perspectiveTransform(np.asarray(at, dtype=np.float64)[None], to_current)[0]
    centres = landed if around is None else np.asarray(around, dtype=np.float64)
    out = np.full((len(at), 2), np.nan)
    for i, ((px, py), (cx, cy)) in enumerate(zip(landed, centres, strict=True)):
        x, y = round(px), round(py)
        shift = np.array([[1, 0, -(x - half)], [0, 1, -(y - half)], [0, 0, 1]], dtype=np.float64)
        size = (2 * half + 1, 2 * half + 1)
        patch = cv2.warpPerspective(reference_grey, shift @ to_current, size, flags=cv2.INTER_LINEAR)
        x, y = round(cx), round(cy)
        if (
            x - half - reach < 0
            or y - half - reach < 0
            or x + half + reach >= width
            or y + half + reach >= height
            or float(patch.std()) < MIN_TEXTURE
        ):
            continue
        area = grey[y - half - reach : y + half + reach + 1, x - half - reach : x + half + reach + 1]
        scores = cv2.matchTemplate(area, patch, cv2.TM_CCOEFF_NORMED)
        _, _, _, (bx, by) = cv2.minMaxLoc(scores)
        out[i] = (x - reach + bx + _peak(scores, bx, by, 1), y - reach + by + _peak(scores, bx, by, 0))
    return out


def _peak(scores: np.ndarray, x: int, y: int, along: int) -> float:
    """Sub-pixel offset of the best score along x (1) or y (0), by a parabola through three scores."""
    if along == 1 and 0 < x < scores.shape[1] - 1:
        a, b, c = scores[y, x - 1], scores[y, x], scores[y, x + 1]
    elif along == 0 and 0 < y < scores.shape[0] - 1:
        a, b, c = scores[y - 1, x], scores[y, x], scores[y + 1, x]
    else:
        return 0.0
    bend = float(a - 2 * b + c)
    return 0.5 * float(a - c) / bend if bend < 0 else 0.0
