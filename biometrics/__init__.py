"""Face-ID engine: camera sources, detection, quality, matching, liveness.

Knows nothing of Qt, sync or the store's tables: it gets frames and templates
and returns decisions. The few names most callers need are here; the modules
hold the rest (see docs/biometrics.md).
"""

from biometrics.errors import BiometricsError
from biometrics.gallery import Gallery, Match
from biometrics.images import load_image
from biometrics.matching import Decision, Thresholds, identify, verify
from biometrics.pipeline import FrameAnalysis, analyse, encode_photo

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
