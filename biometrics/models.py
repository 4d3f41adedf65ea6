"""The dlib models, loaded once and lazily from the installed ``face_recognition_models`` package.

These are the models ``face_recognition`` uses (HOG detector, 68-point
landmarks, ResNet encoder), loaded here directly so that nothing exits the
process when they are missing: :class:`ModelsMissing` is raised instead.
The encoder is not safe to run on two threads at once; :func:`encoder_lock`
guards it.
"""

from __future__ import annotations

import importlib.util
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from biometrics.errors import ModelsMissing
from biometrics.phrases import Phrase

LANDMARKS_FILE = "shape_predictor_68_face_landmarks.dat"
ENCODER_FILE = "dlib_face_recognition_resnet_model_v1.dat"
CNN_FILE = "mmod_human_face_detector.dat"

_lock = threading.Lock()
_loaded: Models | None = None
_cnn: Any = None
encoder_lock = threading.Lock()


@dataclass(frozen=True)
class Models:
    detector: Any  # dlib.fhog_object_detector
    landmarks: Any  # dlib.shape_predictor, 68 points
    encoder: Any  # dlib.face_recognition_model_v1
    dlib: Any  # the module, for its rectangle type


def model_folder() -> Path:
    """Where the installed ``face_recognition_models`` package keeps its model files."""
    try:
        spec = importlib.util.find_spec("face_recognition_models")
    except (ImportError, ValueError):
        spec = None
    if spec is None or spec.origin is None:
        raise ModelsMissing(detail="the face_recognition_models package is not installed")
    return Path(spec.origin).parent / "models"


def load() -> Models:
    """The models, loaded on first use (about a second); later calls return the same objects."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = _load()
        return _loaded


def cnn_detector() -> Any:
    """dlib's CNN face detector (MMOD), loaded on first use: slower than HOG, but finds turned,
    cut and tightly cropped faces. Used only for photos, when HOG finds nothing."""
    global _cnn
    load()
    with _lock:
        if _cnn is None:
            import dlib

            path = model_folder() / CNN_FILE
            if not path.is_file():
                raise ModelsMissing(detail=Phrase("the file {file} is missing", {"file": CNN_FILE}))
            try:
                _cnn = dlib.cnn_face_detection_model_v1(str(path))
            except RuntimeError as exc:
                raise ModelsMissing(
                    detail=Phrase("a model file cannot be read: {error}", {"error": str(exc)})
                ) from exc
        return _cnn


def _load() -> Models:
    try:
        import dlib
    except ImportError as exc:
        raise ModelsMissing(detail="the dlib library is not installed") from exc
    folder = model_folder()
    paths = {name: folder / name for name in (LANDMARKS_FILE, ENCODER_FILE)}
    for name, path in paths.items():
        if not path.is_file():
            raise ModelsMissing(detail=Phrase("the file {file} is missing", {"file": name}))
    try:
        return Models(
            detector=dlib.get_frontal_face_detector(),
            landmarks=dlib.shape_predictor(str(paths[LANDMARKS_FILE])),
            encoder=dlib.face_recognition_model_v1(str(paths[ENCODER_FILE])),
            dlib=dlib,
        )
    except RuntimeError as exc:  # a truncated or damaged model file
        raise ModelsMissing(
            detail=Phrase("a model file cannot be read: {error}", {"error": str(exc)})
        ) from exc
