"""Face templates as values and as bytes: 128 float32 numbers, 512 bytes little-endian."""

from __future__ import annotations

import numpy as np

from biometrics.errors import InvalidTemplate
from biometrics.phrases import Phrase

DIM = 128
BYTES = DIM * 4
WIRE_DTYPE = np.dtype("<f4")  # how templates are stored and sent


def as_template(values: object) -> np.ndarray:
    """One template as a (128,) float32 array; InvalidTemplate for anything else."""
    try:
        array = np.asarray(values, dtype=np.float32)
    except (TypeError, ValueError) as exc:
        raise InvalidTemplate(reason="it is not a list of numbers") from exc
    if array.shape != (DIM,):
        raise InvalidTemplate(reason=Phrase("it has the shape {shape}", {"shape": str(array.shape)}))
    if not np.isfinite(array).all():
        raise InvalidTemplate(reason="it holds a value that is not a finite number")
    return array


def as_templates(values: object) -> np.ndarray:
    """Several templates as an (n, 128) float32 array; one template becomes n = 1."""
    try:
        array = np.asarray(values, dtype=np.float32)
    except (TypeError, ValueError) as exc:
        raise InvalidTemplate(reason="they are not lists of numbers") from exc
    if array.ndim == 1:
        array = array[None, :]
    if array.ndim != 2 or array.shape[1] != DIM:
        raise InvalidTemplate(reason=Phrase("they have the shape {shape}", {"shape": str(array.shape)}))
    if not np.isfinite(array).all():
        raise InvalidTemplate(reason="one holds a value that is not a finite number")
    return array


def to_bytes(template: object) -> bytes:
    """The 512-byte form stored in ``face_templates.encoding`` and sent by the registry."""
    return as_template(template).astype(WIRE_DTYPE).tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    if len(blob) != BYTES:
        raise InvalidTemplate(
            reason=Phrase("it is {size} bytes, not {expected}", {"size": len(blob), "expected": BYTES})
        )
    return as_template(np.frombuffer(blob, dtype=WIRE_DTYPE))


def many_from_bytes(blob: bytes) -> np.ndarray:
    """Templates stored back to back (``b"".join`` of rows) as an (n, 128) float32 array."""
    if len(blob) % BYTES:
        raise InvalidTemplate(
            reason=Phrase("{size} bytes is not a whole number of templates", {"size": len(blob)})
        )
    return as_templates(np.frombuffer(blob, dtype=WIRE_DTYPE).reshape(-1, DIM))
