"""Every picture a user may have is read as RGB; damaged, empty or enormous files are refused clearly."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from biometrics import encode_photo
from biometrics.errors import BadImage, BiometricsError, ImageTooLarge
from biometrics.images import as_rgb_frame, load_image
from tests.biometrics.conftest import photo


def test_every_shared_picture_loads_as_upright_rgb(faces: Path) -> None:
    files = sorted((faces / "people").glob("*/*")) + sorted((faces / "scenes").glob("*"))
    assert len(files) >= 20
    for path in files:
        image = load_image(path)
        with Image.open(path) as original:
            width, height = original.size
        assert image.dtype == np.uint8 and image.shape == (height, width, 3), path.name
        assert image.flags["C_CONTIGUOUS"]


def test_alpha_is_composited_on_white(faces: Path) -> None:
    path = photo("lin_manuel_miranda_1.png")
    with Image.open(path) as original:
        assert original.mode == "RGBA"
        alpha = np.asarray(original)[..., 3]
    image = load_image(path)
    if (alpha == 0).any():
        assert (image[alpha == 0] == 255).all()
    opaque = np.asarray(Image.open(path).convert("RGB"))[alpha == 255]
    assert (image[alpha == 255] == opaque).all()


MODES = {
    "L": ("png", lambda im: im.convert("L")),
    "LA": ("png", lambda im: im.convert("LA")),
    "P": ("png", lambda im: im.convert("P")),
    "P+transparency": ("png", lambda im: _with_transparency(im.convert("P"))),
    "CMYK": ("jpg", lambda im: im.convert("CMYK")),
    "I;16": ("png", lambda im: Image.fromarray(np.asarray(im.convert("L")).astype(np.uint16) * 257)),
    "I": ("tif", lambda im: Image.fromarray(np.asarray(im.convert("L")).astype(np.int32) * 257)),
    "F": ("tif", lambda im: Image.fromarray(np.asarray(im.convert("L")).astype(np.float32) / 255)),
    "1": ("png", lambda im: im.convert("L").point(lambda v: 255 if v > 100 else 0).convert("1")),
    "RGBA": ("png", lambda im: im.convert("RGBA")),
    "webp": ("webp", lambda im: im),
    "bmp": ("bmp", lambda im: im),
}


def _with_transparency(image: Image.Image) -> Image.Image:
    image.info["transparency"] = 0
    return image


GREY = {"L", "LA", "I;16", "I", "F"}


@pytest.fixture(scope="module")
def biden_grey(faces: Path, tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    path = tmp_path_factory.mktemp("grey") / "biden.png"
    Image.open(photo("biden_2.jpg")).convert("L").save(path)
    return encode_photo(path)


@pytest.mark.parametrize("mode", sorted(MODES))
def test_other_modes_and_formats_give_the_same_face(
    mode: str, tmp_path: Path, encodings: dict[str, np.ndarray], biden_grey: np.ndarray
) -> None:
    suffix, convert = MODES[mode]
    path = tmp_path / f"biden.{suffix}"
    convert(Image.open(photo("biden_2.jpg"))).save(path)
    image = load_image(path)
    assert image.dtype == np.uint8 and image.ndim == 3 and image.shape[2] == 3
    if mode == "1":
        return  # a black-and-white drawing of a face: readable, but nobody would enroll it
    encoding = encode_photo(path)
    if mode in GREY:  # 16-bit, 32-bit and float greyscale are scaled exactly like 8-bit greyscale
        assert float(np.linalg.norm(encoding - biden_grey)) < 0.03, mode
        assert float(np.linalg.norm(encoding - encodings["biden_2.jpg"])) < 0.3, mode
    else:
        assert float(np.linalg.norm(encoding - encodings["biden_2.jpg"])) < 0.1, mode


def test_exif_orientation_turns_the_picture_upright(faces: Path, tmp_path: Path) -> None:
    upright = Image.open(photo("obama_480p.jpg"))
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # as a phone stores a portrait shot
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to view"
    path = tmp_path / "phone.jpg"
    stored.save(path, exif=exif.tobytes(), quality=95)
    image = load_image(path)
    assert image.shape[:2] == (upright.height, upright.width)
    assert encode_photo(path).shape == (128,)


def test_a_truncated_picture_is_refused(faces: Path, tmp_path: Path) -> None:
    data = photo("biden_1.jpg").read_bytes()
    path = tmp_path / "half.jpg"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(BadImage) as caught:
        load_image(path)
    assert caught.value.code == "bad_image" and "half.jpg" in caught.value.message
    assert "damaged or incomplete" in caught.value.message


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "empty"), (b"this is not a picture", "not a picture"), (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "")],
)
def test_empty_and_foreign_files_are_refused(content: bytes, words: str, tmp_path: Path) -> None:
    path = tmp_path / "probe.png"
    path.write_bytes(content)
    with pytest.raises(BadImage) as caught:
        load_image(path)
    assert words in caught.value.message


def test_missing_files_and_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BadImage, match="does not exist"):
        load_image(tmp_path / "nowhere.jpg")
    with pytest.raises(BadImage, match="folder"):
        load_image(tmp_path)


def _png_header(width: int, height: int) -> bytes:
    """A tiny PNG file that claims to be width x height pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    body = struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    idat = zlib.compress(b"\0" * 64)
    body += struct.pack(">I", len(idat)) + b"IDAT" + idat + struct.pack(">I", zlib.crc32(b"IDAT" + idat))
    return b"\x89PNG\r\n\x1a\n" + body


def test_an_enormous_picture_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_header(100_000, 100_000))  # 10 gigapixels in a few hundred bytes
    assert path.stat().st_size < 1000
    with pytest.raises(ImageTooLarge) as caught:
        load_image(path)
    assert caught.value.code == "image_too_large" and "pixels" in caught.value.message


def test_a_picture_over_the_pixel_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "wide.png"
    path.write_bytes(_png_header(20_000, 5_000))  # 100 megapixels: under Pillow's own limit, over ours
    with pytest.raises(ImageTooLarge) as caught:
        load_image(path)
    assert "20000 x 5000 pixels" in caught.value.message


def test_a_file_over_the_size_limit_is_refused(faces: Path) -> None:
    with pytest.raises(ImageTooLarge, match="too large"):
        load_image(photo("obama_3.jpg"), max_bytes=100_000)


def test_bytes_are_read_like_files(faces: Path) -> None:
    data = photo("kit_harington_2.jpg").read_bytes()
    assert (load_image(data) == load_image(photo("kit_harington_2.jpg"))).all()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(min_size=1, max_size=2000))
def test_any_bytes_give_a_picture_or_a_bad_image_error(data: bytes) -> None:
    try:
        image = load_image(data)
    except BiometricsError as exc:
        assert isinstance(exc, BadImage)
    else:
        assert image.ndim == 3 and image.shape[2] == 3


def test_frames_from_callers_are_checked() -> None:
    grey = np.zeros((48, 64), dtype=np.uint8)
    assert as_rgb_frame(grey).shape == (48, 64, 3)
    with pytest.raises(BadImage, match="8-bit"):
        as_rgb_frame(np.zeros((48, 64, 3), dtype=np.float32))
    with pytest.raises(BadImage, match="height x width x 3"):
        as_rgb_frame(np.zeros((48, 64, 4), dtype=np.uint8))
