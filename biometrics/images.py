"""Reading any picture a user may have into an RGB array, safely.

JPEG, PNG (with alpha), greyscale, 16-bit, palette, CMYK, TIFF, BMP, WebP: all
become ``uint8`` RGB of shape (height, width, 3), turned upright by their EXIF
orientation, transparent areas composited on white. An empty, corrupt or
enormous file is refused with :class:`BadImage` or :class:`ImageTooLarge`
before it is decoded, so a hostile file cannot exhaust memory.
"""

from __future__ import annotations

import contextlib
import io
import os
import warnings
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from biometrics.errors import BadImage, ImageTooLarge

IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp", ".gif", ".pgm", ".ppm"}
)
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 50_000_000  # 50 megapixels: about 150 MB once decoded to RGB
_HIGH_DEPTH = ("I;16", "I;16B", "I;16L", "I;16N", "I", "F")

ImageSource = str | os.PathLike[str] | bytes


def load_image(
    source: ImageSource, *, max_bytes: int = MAX_FILE_BYTES, max_pixels: int = MAX_PIXELS
) -> np.ndarray:
    """The picture in ``source`` (a path or the file's bytes) as contiguous uint8 RGB."""
    name = "the picture" if isinstance(source, bytes) else Path(source).name
    with _open(source, name, max_bytes) as stream:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own limit is lower
                image = Image.open(stream)
                width, height = image.size
                if width * height > max_pixels:
                    raise ImageTooLarge(
                        name=name, size=f"{width} x {height} pixels", limit=f"{max_pixels:,} pixels"
                    )
                if width < 1 or height < 1:
                    raise BadImage(name=name, reason="it has no pixels")
                image.load()
                return to_rgb(image)
        except (ImageTooLarge, BadImage):
            raise
        except Image.DecompressionBombError as exc:  # too large even to read its size safely
            pixels = 2 * (Image.MAX_IMAGE_PIXELS or 0)
            size = f"over {pixels:,} pixels" if pixels else "too many pixels"
            raise ImageTooLarge(name=name, size=size, limit=f"{max_pixels:,} pixels") from exc
        except UnidentifiedImageError as exc:
            raise BadImage(name=name, reason="it is not a picture in a known format") from exc
        except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as exc:
            raise BadImage(name=name, reason="the file is damaged or incomplete") from exc


def _open(source: ImageSource, name: str, max_bytes: int) -> BinaryIO:
    if isinstance(source, bytes):
        size = len(source)
        stream: BinaryIO = io.BytesIO(source)
    else:
        try:
            stream = open(source, "rb")  # noqa: SIM115 - returned to the caller's ``with``
            size = os.fstat(stream.fileno()).st_size
        except FileNotFoundError as exc:
            raise BadImage(name=name, reason="the file does not exist") from exc
        except IsADirectoryError as exc:
            raise BadImage(name=name, reason="it is a folder, not a file") from exc
        except OSError as exc:
            raise BadImage(name=name, reason=f"the file cannot be opened ({exc.strerror})") from exc
    if size == 0 or size > max_bytes:
        stream.close()
        if size == 0:
            raise BadImage(name=name, reason="the file is empty")
        raise ImageTooLarge(name=name, size=f"{size / 2**20:.0f} MB", limit=f"{max_bytes / 2**20:.0f} MB")
    return stream


def to_rgb(image: Image.Image) -> np.ndarray:
    """Any Pillow image as upright, contiguous uint8 RGB (alpha composited on white)."""
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError, ZeroDivisionError):
        image = ImageOps.exif_transpose(image)  # damaged EXIF: keep the stored orientation
    if image.mode in _HIGH_DEPTH:
        image = _to_8bit(image)
    if image.mode == "P" or image.mode.endswith(("A", "a")) or "transparency" in image.info:
        rgba = image.convert("RGBA")
        image = Image.alpha_composite(Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba)
    return np.ascontiguousarray(np.asarray(image.convert("RGB"), dtype=np.uint8))


def _to_8bit(image: Image.Image) -> Image.Image:
    """16-bit, 32-bit integer and float greyscale scaled to 0..255."""
    values = np.asarray(image, dtype=np.float64)
    if image.mode.startswith("I;16") or (image.mode == "I" and values.max(initial=0) > 255):
        values = values / 257.0
    elif image.mode == "F" and values.max(initial=0) <= 1.0:
        values = values * 255.0
    return Image.fromarray(np.clip(values + 0.5, 0, 255).astype(np.uint8), "L")


def as_rgb_frame(array: np.ndarray) -> np.ndarray:
    """Check a frame handed in by a caller: uint8, (height, width, 3), C-contiguous."""
    if not isinstance(array, np.ndarray) or array.dtype != np.uint8:
        raise BadImage(name="the frame", reason="it is not an 8-bit picture")
    if array.ndim == 2:
        array = np.repeat(array[:, :, None], 3, axis=2)
    if array.ndim != 3 or array.shape[2] != 3 or min(array.shape[:2]) < 1:
        raise BadImage(name="the frame", reason=f"its shape {array.shape} is not height x width x 3")
    return np.ascontiguousarray(array)
