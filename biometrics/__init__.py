"""Face-ID engine: camera sources, detection, quality, matching, liveness.

Knows nothing of Qt, sync or the store's tables: it gets frames and templates
and returns decisions. The few names most callers need are here, loaded on
first use (so that ``biometrics.phrases``, which every package imports, stays
light); the modules hold the rest (see docs/biometrics.md).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from biometrics.errors import BiometricsError
    from biometrics.gallery import Gallery, Match
    from biometrics.images import load_image
    from biometrics.matching import Decision, Thresholds, identify, verify
    from biometrics.pipeline import FrameAnalysis, analyse, encode_photo

_HOMES = {
    "BiometricsError": "biometrics.errors",
    "Decision": "biometrics.matching",
    "FrameAnalysis": "biometrics.pipeline",
    "Gallery": "biometrics.gallery",
    "Match": "biometrics.gallery",
    "Thresholds": "biometrics.matching",
    "analyse": "biometrics.pipeline",
    "encode_photo": "biometrics.pipeline",
    "identify": "biometrics.matching",
    "load_image": "biometrics.images",
    "verify": "biometrics.matching",
}
__all__ = [
    "BiometricsError",
    "Decision",
    "FrameAnalysis",
    "Gallery",
    "Match",
    "Thresholds",
    "analyse",
    "encode_photo",
    "identify",
    "load_image",
    "verify",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'biometrics' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
