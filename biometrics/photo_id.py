"""Identifying one picture (a photo, not a stream): what ``hamyon bio identify`` prints per probe.

The picture is searched thoroughly and encoded mirrored (:mod:`biometrics.detection`),
judged by :data:`PHOTO_POLICY` and decided by :func:`biometrics.matching.identify`.
"""

from __future__ import annotations

import os
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Literal

from biometrics import detection, matching, pipeline
from biometrics.errors import BadImage
from biometrics.gallery import Gallery
from biometrics.images import load_image
from biometrics.quality import QualityPolicy

PhotoStatus = Literal["match", "no_match", "no_face", "low_quality", "bad_image"]


@dataclass(frozen=True)
class PhotoResult:
    status: PhotoStatus
    identity: Hashable | None
    distance: float | None
    reason: str
    analysis: pipeline.FrameAnalysis | None = None
    decision: matching.Decision | None = None


def identify_photo(
    gallery: Gallery,
    path: str | os.PathLike[str],
    thresholds: matching.Thresholds = matching.DEFAULT_THRESHOLDS,
    policy: QualityPolicy | None = None,
) -> PhotoResult:
    """Who the one face of a picture file is, or why it cannot be told."""
    try:
        image = load_image(path)
    except BadImage as exc:
        return PhotoResult("bad_image", None, None, exc.message)
    analysis = pipeline.analyse(
        image, policy=policy or pipeline.PHOTO_POLICY, max_side=detection.PHOTO_MAX_SIDE, photo=True
    )
    status = analysis.status
    if status != "ok":
        return PhotoResult(status, None, None, analysis.reason, analysis)
    if analysis.encoding is None:  # never: analyse encodes every good face (as encode_photo, low quality)
        return PhotoResult("low_quality", None, None, analysis.reason, analysis)
    decision = matching.identify(gallery, analysis.encoding, thresholds.for_quality(bool(analysis.cautions)))
    return PhotoResult(
        decision.status, decision.identity, decision.distance, decision.reason, analysis, decision
    )
