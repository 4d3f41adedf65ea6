"""Image decoding fuzzed (hypothesis): random bytes, real JPEG and PNG photos cut short or with
bytes changed, headers that claim absurd sizes. Every input is decoded or refused with
:class:`biometrics.errors.BadImage` (``ImageTooLarge`` is one), never another exception, and
memory stays bounded."""

from __future__ import annotations

import io
import resource
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from biometrics.errors import BadImage
from biometrics.images import load_image
from tests.biometrics.conftest import FACES

FUZZ = settings(
    max_examples=300, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)
MAGIC = [
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff\xe0",
    b"GIF89a",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
    b"RIFF\x00\x00\x00\x00WEBPVP8 ",
]
GROWTH_LIMIT_MB = 400  # the loader's own bound is 80 MB for the largest accepted picture


def _load(data: bytes) -> None:
    """Decoded as RGB, or refused as a bad image: nothing else."""
    try:
        rgb = load_image(data)
    except BadImage as exc:
        assert exc.message  # plain words for the operator
        return
    assert rgb.dtype == np.uint8 and rgb.ndim == 3 and rgb.shape[2] == 3 and rgb.flags.c_contiguous


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.fixture(scope="module")
def samples() -> dict[str, bytes]:
    """A real JPEG photo, and the same photo as a small PNG with alpha and as a palette GIF."""
    if not (FACES / "people").is_dir():
        pytest.skip(f"the shared face photos are not at {FACES} (../shared/faces beside the project)")
    jpeg = (FACES / "people" / "obama" / "obama_small.jpg").read_bytes()
    photo = Image.open(io.BytesIO(jpeg)).convert("RGBA")
    photo.thumbnail((96, 96))
    out: dict[str, bytes] = {"jpeg": jpeg}
    for fmt, mode in (("PNG", "RGBA"), ("GIF", "P"), ("BMP", "RGB"), ("TIFF", "RGB"), ("WEBP", "RGB")):
        buffer = io.BytesIO()
        photo.convert(mode).save(buffer, fmt)
        out[fmt.lower()] = buffer.getvalue()
    return out


@pytest.fixture(scope="module", autouse=True)
def bounded_memory() -> None:
    before = _peak_mb()
    yield
    assert _peak_mb() - before < GROWTH_LIMIT_MB


@FUZZ
@given(data=st.binary(max_size=2048), magic=st.sampled_from([b"", *MAGIC]))
def test_random_bytes(data: bytes, magic: bytes) -> None:
    _load(magic + data)


@FUZZ
@given(data=st.data())
def test_real_photos_cut_short_or_changed(samples: dict[str, bytes], data: st.DataObject) -> None:
    raw = bytearray(samples[data.draw(st.sampled_from(sorted(samples)), label="format")])
    edits = data.draw(
        st.lists(st.tuples(st.integers(0, len(raw) - 1), st.integers(0, 255)), max_size=8), label="edits"
    )
    for at, value in edits:
        raw[at] = value
    cut = data.draw(st.integers(1, len(raw)), label="cut")
    _load(bytes(raw[:cut]))


def _png(width: int, height: int, depth: int = 8, colour: int = 2, body: bytes = b"") -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(body))
        + chunk(b"IEND", b"")
    )


SIDE = st.one_of(st.integers(0, 70_000), st.sampled_from([0, 1, 2**16 - 1, 2**16, 2**31 - 1, 2**32 - 1]))


@FUZZ
@given(
    width=SIDE,
    height=SIDE,
    depth=st.sampled_from([1, 2, 4, 8, 16, 3]),
    colour=st.sampled_from([0, 2, 3, 4, 6, 5]),
    body=st.binary(max_size=64),
)
def test_png_headers_with_absurd_sizes(width: int, height: int, depth: int, colour: int, body: bytes) -> None:
    _load(_png(width, height, depth, colour, body))


@FUZZ
@given(data=st.data(), width=SIDE.filter(lambda n: n < 2**16), height=SIDE.filter(lambda n: n < 2**16))
def test_headers_of_real_files_with_absurd_sizes(
    samples: dict[str, bytes], data: st.DataObject, width: int, height: int
) -> None:
    """The real JPEG's frame header, the BMP's and the GIF's screen size claim another size."""
    kind = data.draw(st.sampled_from(["jpeg", "bmp", "gif"]), label="format")
    raw = bytearray(samples[kind])
    if kind == "jpeg":
        at = next(i for i in range(len(raw) - 1) if raw[i] == 0xFF and raw[i + 1] in (0xC0, 0xC1, 0xC2))
        raw[at + 5 : at + 9] = struct.pack(">HH", height, width)
    elif kind == "bmp":
        raw[18:26] = struct.pack("<ii", width, data.draw(st.sampled_from([height, -height]), label="sign"))
    else:
        raw[6:10] = struct.pack("<HH", width, height)
    _load(bytes(raw))


def test_a_file_on_disk_that_is_not_an_image(tmp_path: Path) -> None:
    for name, content in (("x.jpg", b"\xff\xd8\xff" + b"\x00" * 10), ("y.png", b"<script>alert(1)</script>")):
        (tmp_path / name).write_bytes(content)
        with pytest.raises(BadImage):
            load_image(tmp_path / name)
