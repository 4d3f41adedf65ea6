"""Reading any picture a user may have into an RGB array, safely and in bounded memory.

JPEG, PNG (with alpha), greyscale, 16-bit, palette, CMYK, TIFF, BMP, WebP: all
become ``uint8`` RGB of shape (height, width, 3), turned upright by their EXIF
orientation, transparent areas composited on white. An empty, corrupt or
enormous file is refused with :class:`BadImage` or :class:`ImageTooLarge`
before it is decoded.

Memory is bounded by the picture's size, not by how well it compresses: a
file of a few kilobytes may claim millions of pixels. Pictures over
:data:`MAX_PIXELS` are refused; a JPEG is decoded at a reduced scale when
it is larger than needed; every other picture is decoded once in its own mode
and then converted, 16 bits to 8 in integers, and reduced by a whole factor
strip by strip, so that no full-size copy is ever made. Alpha is composited
on the reduced picture.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import warnings
from pathlib import Path
from typing import BinaryIO, Literal, cast

import numpy as np
from PIL import Image, UnidentifiedImageError

from biometrics.errors import BadImage, ImageTooLarge
from biometrics.phrases import Phrase

IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp", ".gif", ".pgm", ".ppm"}
)
MAX_FILE_BYTES = 50 * 1024 * 1024
# 20 megapixels: a 20 MP camera's photo (5472 x 3648) and every phone's usual 12 MP one still
# load; decoded whole, before it is reduced, such a picture takes at most 80 MB (4 bytes a pixel).
MAX_PIXELS = 20_000_000
# The detector looks at photos through a copy at most 1280 px wide (detection.PHOTO_MAX_SIDE); a
# reduction by a whole factor to at most twice that keeps the longer side above 1280 px, so the
# detector sees what it would have seen, and the encoder's 150 px face chip loses nothing.
MAX_SIDE = 2560
STRIP_PIXELS = 1 << 20  # converted and reduced a strip of about a megapixel at a time
WHITE = (255, 255, 255, 255)
_HIGH_DEPTH = ("I;16", "I;16B", "I;16L", "I;16N", "I", "F")
_ALPHA_MODES = ("RGBA", "RGBa", "LA", "La", "PA")
_UPRIGHT = {  # EXIF orientation -> the turn that makes the picture upright
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

ImageSource = str | os.PathLike[str] | bytes
DepthRule = Literal["high_byte", "unit", "clip"]


def load_image(
    source: ImageSource,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    max_pixels: int = MAX_PIXELS,
    max_side: int = MAX_SIDE,
) -> np.ndarray:
    """The picture in ``source`` (a path or the file's bytes) as contiguous uint8 RGB.

    A picture whose longer side exceeds ``max_side`` is reduced by the smallest
    whole factor that brings it within.
    """
    name = "the picture" if isinstance(source, bytes) else Path(source).name
    with _open(source, name, max_bytes) as stream:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own limit is lower
                image = Image.open(stream)
                _check_size(image, name, max_pixels)
                _draft(image, max_side)
                image.load()
                turn = _UPRIGHT.get(_orientation(image))
                small = _reduce_in_strips(image, _factor(image, max_side))
                image.close()  # frees the full-size picture before the small one is finished
                return _finish(small, turn)
        except (ImageTooLarge, BadImage):
            raise
        except Image.DecompressionBombError as exc:  # too large even to read its size safely
            pixels = 2 * (Image.MAX_IMAGE_PIXELS or 0)
            size = Phrase("over {count} pixels", {"count": f"{pixels:,}"}) if pixels else "too many pixels"
            raise ImageTooLarge(name=name, size=size, limit=_pixels(max_pixels)) from exc
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
            cannot = Phrase("the file cannot be opened ({error})", {"error": exc.strerror})
            raise BadImage(name=name, reason=cannot) from exc
    if size == 0 or size > max_bytes:
        stream.close()
        if size == 0:
            raise BadImage(name=name, reason="the file is empty")
        raise ImageTooLarge(name=name, size=_megabytes(size), limit=_megabytes(max_bytes))
    return stream


def _megabytes(size: int) -> Phrase:
    return Phrase("{count} MB", {"count": f"{size / 2**20:.0f}"})


def _pixels(count: int) -> Phrase:
    return Phrase("{count} pixels", {"count": f"{count:,}"})


def _check_size(image: Image.Image, name: str, max_pixels: int) -> None:
    """Refuse a picture by the size its header claims, before anything is decoded."""
    width, height = image.size
    if width * height > max_pixels:
        size = Phrase("{width} x {height} pixels", {"width": width, "height": height})
        raise ImageTooLarge(name=name, size=size, limit=_pixels(max_pixels))
    if width < 1 or height < 1:
        raise BadImage(name=name, reason="it has no pixels")


def _draft(image: Image.Image, max_side: int) -> None:
    """Ask a JPEG's decoder for a 1/2, 1/4 or 1/8 scale still at least ``max_side`` long (others: no-op)."""
    width, height = image.size
    if max(width, height) > max_side:
        scale = max_side / max(width, height)
        image.draft(None, (max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))))


def _factor(image: Image.Image, max_side: int) -> int:
    """The smallest whole factor that brings the longer side within ``max_side``."""
    return max(1, math.ceil(max(image.size) / max_side))


def _finish(small: Image.Image, turn: Image.Transpose | None) -> np.ndarray:
    """The reduced picture composited on white, turned upright, as a contiguous array."""
    if small.mode == "RGBA":
        small = Image.alpha_composite(Image.new("RGBA", small.size, WHITE), small).convert("RGB")
    if turn is not None:
        small = small.transpose(turn)
    return np.ascontiguousarray(np.asarray(small, dtype=np.uint8))


def _orientation(image: Image.Image) -> int:
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError, ZeroDivisionError, SyntaxError):
        return int(image.getexif().get(0x0112, 1))
    return 1  # damaged EXIF: keep the stored orientation


def _reduce_in_strips(image: Image.Image, factor: int) -> Image.Image:
    """The picture as 8-bit RGB (RGBA when it has transparency), reduced ``factor`` times.

    Strips are a whole number of ``factor`` rows high, so the result is the
    same as reducing the whole picture, without a full-size converted copy.
    """
    mode = "RGBA" if image.mode in _ALPHA_MODES or "transparency" in image.info else "RGB"
    rule = _depth_rule(image)
    width, height = image.size
    rows = factor * max(1, STRIP_PIXELS // (width * factor))
    if rows >= height:
        return _convert(image, mode, rule, factor)
    reduced = Image.new(mode, (-(-width // factor), -(-height // factor)))
    for top in range(0, height, rows):
        strip = image.crop((0, top, width, min(height, top + rows)))
        reduced.paste(_convert(strip, mode, rule, factor), (0, top // factor))
    return reduced


def _convert(image: Image.Image, mode: str, rule: DepthRule | None, factor: int) -> Image.Image:
    if rule is not None:
        image = _to_8bit(image, rule)
    image = image.convert(mode)
    return image.reduce(factor) if factor > 1 else image


def _depth_rule(image: Image.Image) -> DepthRule | None:
    """How 16-bit, 32-bit integer and float greyscale become 0..255, decided on the whole picture."""
    if image.mode not in _HIGH_DEPTH:
        return None
    if image.mode.startswith("I;16"):
        return "high_byte"
    extrema = cast(tuple[float, float], image.getextrema())  # one band: (lowest, highest)
    high = float(extrema[1])
    if image.mode == "I":
        return "high_byte" if high > 255 else "clip"
    return "unit" if high <= 1.0 else "clip"


def _to_8bit(image: Image.Image, rule: DepthRule) -> Image.Image:
    values = np.asarray(image)
    if rule == "high_byte":  # 0..65535 -> 0..255 in integers: v * 257 gives back v exactly
        grey = (np.clip(values, 0, 65535) >> 8).astype(np.uint8)
    elif rule == "unit":
        grey = np.clip(values * np.float32(255) + np.float32(0.5), 0, 255).astype(np.uint8)
    elif values.dtype.kind == "f":
        grey = np.clip(values + np.float32(0.5), 0, 255).astype(np.uint8)
    else:
        grey = np.clip(values, 0, 255).astype(np.uint8)
    return Image.fromarray(grey, "L")


def as_rgb_frame(array: np.ndarray) -> np.ndarray:
    """Check a frame handed in by a caller: uint8, (height, width, 3), C-contiguous."""
    if not isinstance(array, np.ndarray) or array.dtype != np.uint8:
        raise BadImage(name="the frame", reason="it is not an 8-bit picture")
    if array.ndim == 2:
        array = np.repeat(array[:, :, None], 3, axis=2)
    if array.ndim != 3 or array.shape[2] != 3 or min(array.shape[:2]) < 1:
        shape = Phrase("its shape {shape} is not height x width x 3", {"shape": str(array.shape)})
        raise BadImage(name="the frame", reason=shape)
    return np.ascontiguousarray(array)
