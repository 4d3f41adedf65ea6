"""The errors of the Face-ID engine, each with a stable code and plain words.

Every error the package raises is a :class:`BiometricsError` (a
:class:`~biometrics.phrases.UserError`). Its ``code`` names it for translation,
``params`` fill the placeholders and ``message`` is the English text. No message
carries a face image, a template or a personal ID number: a file is named by its
base name only.
"""

from __future__ import annotations

from typing import ClassVar

from biometrics.phrases import UserError


class BiometricsError(UserError):
    """Base of every error of the Face-ID engine."""

    code: ClassVar[str] = "biometrics_error"
    template: ClassVar[str] = "The Face-ID engine failed."


class ModelsMissing(BiometricsError):
    code = "face_models_missing"
    template = "The face models are not installed ({detail}). Reinstall Hamyon Terminal."


# --- images and faces -----------------------------------------------------------


class BadImage(BiometricsError):
    code = "bad_image"
    template = "{name} cannot be used as a picture: {reason}."


class ImageTooLarge(BadImage):
    code = "image_too_large"
    template = "{name} is too large ({size}); the limit is {limit}. Use a smaller picture."


class NoFace(BiometricsError):
    code = "no_face"
    template = "No face was found in {name}."


class SeveralFaces(BiometricsError):
    code = "several_faces"
    template = "{count} faces of similar size are in {name}: the picture must show only one person."


class LowQuality(BiometricsError):
    code = "low_quality"
    template = "The face in {name} is not good enough: {reason}."


class InvalidTemplate(BiometricsError):
    code = "invalid_template"
    template = "A face template must be 128 finite numbers: {reason}."


class EnrollmentIncomplete(BiometricsError):
    code = "enrollment_incomplete"
    template = "The face could not be enrolled: {reason}."


# --- cameras --------------------------------------------------------------------


class CameraError(BiometricsError):
    code = "camera_error"
    template = "{source} failed: {reason}."


class CameraNotFound(CameraError):
    code = "camera_not_found"
    template = "{source} was not found: {hint}."


class CameraBusy(CameraError):
    code = "camera_busy"
    template = "{source} is in use by another program: close that program, then try again."


class CameraLost(CameraError):
    code = "camera_lost"
    template = "{source} stopped sending pictures: check its cable or file, then try again."
