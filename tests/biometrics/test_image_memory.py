"""A small file claiming many pixels never takes much memory to load; a large photo still shows its face.

Each picture is loaded in a fresh Python process whose peak resident memory
(VmHWM, Linux) is compared with its memory just before the load. The
pictures are real: the shared photo of Obama blown up to a 20-megapixel
camera's size in the formats that used to be expanded at full size (16-bit
greyscale, RGBA, a phone's rotated JPEG), and the tiny PNGs of 7000 x 7000
pixels that once took over a gigabyte.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from biometrics import Gallery, encode_photo, identify
from biometrics.images import MAX_PIXELS
from tests.biometrics.conftest import ROOT, photo

# The largest picture accepted (20 MP) decoded whole at 4 bytes a pixel is 80 MB; everything
# else the loader holds (strips, the reduced picture) is a few tens of MB at most.
PEAK_LIMIT_MB = 150
CAMERA = (5472, 3648)  # a 20-megapixel camera's photo, just under the limit

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/status").is_file(), reason="peak memory is read from /proc/self/status (Linux only)"
)

PEAK_OF_ONE_LOAD = textwrap.dedent(
    """
    import json, sys
    from biometrics.errors import ImageTooLarge
    from biometrics.images import load_image

    def kb(key):
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith(key + ":"))

    before = kb("VmRSS")
    try:
        shape = list(load_image(sys.argv[1]).shape)
    except ImageTooLarge:
        shape = None
    print(json.dumps({"grew_mb": (kb("VmHWM") - before) / 1024, "shape": shape}))
    """
)


def peak_of_loading(path: Path) -> tuple[float, list[int] | None]:
    """MB the load of ``path`` added to a fresh process's peak, and the picture's shape (None: refused)."""
    done = subprocess.run(
        [sys.executable, "-c", PEAK_OF_ONE_LOAD, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    measured = json.loads(done.stdout)
    return measured["grew_mb"], measured["shape"]


def blank_png(path: Path, width: int, height: int, *, bit_depth: int, colour_type: int) -> Path:
    """A valid PNG of black pixels, compressed row by row: a few hundred KB for millions of pixels."""
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour_type]
    row = b"\0" * (1 + width * channels * bit_depth // 8)  # filter byte, then the pixels
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    signature = b"\x89PNG\r\n\x1a\n"
    path.write_bytes(signature + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b""))
    return path


@pytest.fixture(scope="module")
def large(faces: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Obama's photo filling the height of a 20 MP picture, in the formats that are costly to decode."""
    folder = tmp_path_factory.mktemp("large")
    face = Image.open(photo("obama_1.jpg")).convert("RGB")
    face = face.resize((round(face.width * CAMERA[1] / face.height), CAMERA[1]), Image.Resampling.BICUBIC)
    left = (CAMERA[0] - face.width) // 2
    canvas = Image.new("RGB", CAMERA, (128, 128, 128))
    canvas.paste(face, (left, 0))
    grey = np.asarray(canvas.convert("L")).astype(np.uint16) * 257
    Image.fromarray(grey).save(folder / "grey16.png", compress_level=1)
    alpha = Image.new("L", CAMERA, 0)
    alpha.paste(255, (left, 0, left + face.width, CAMERA[1]))  # the margins are transparent
    Image.merge("RGBA", (*canvas.split(), alpha)).save(folder / "rgba.png", compress_level=1)
    exif = Image.Exif()
    exif[0x0112] = 6  # stored on its side, as a phone held upright stores it
    canvas.transpose(Image.Transpose.ROTATE_90).save(folder / "phone.jpg", exif=exif.tobytes(), quality=90)
    return {p.name: p for p in folder.iterdir()}


@pytest.mark.parametrize(
    ("name", "shape"),
    [  # 5472 x 3648 is reduced 3 times; the JPEG is decoded at half scale, then halved again
        ("grey16.png", [1216, 1824, 3]),
        ("rgba.png", [1216, 1824, 3]),
        ("phone.jpg", [912, 1368, 3]),
    ],
)
def test_a_20_megapixel_picture_loads_in_bounded_memory_and_shows_its_face(
    name: str, shape: list[int], large: dict[str, Path], encodings: dict[str, np.ndarray]
) -> None:
    assert CAMERA[0] * CAMERA[1] <= MAX_PIXELS
    grew, loaded = peak_of_loading(large[name])
    assert grew < PEAK_LIMIT_MB, f"loading {name} took {grew:.0f} MB"
    assert loaded == shape  # reduced by a whole factor, upright, the aspect kept
    encoding = encode_photo(large[name])
    assert float(np.linalg.norm(encoding - encodings["obama_1.jpg"])) < 0.2
    others = Gallery()
    for other in ("obama_2.jpg", "biden_1.jpg", "kit_harington_1.jpg", "rose_leslie_1.jpg"):
        others.add(other.rsplit("_", 1)[0], encodings[other])
    assert identify(others, encoding).identity == "obama"


def test_transparent_margins_of_a_large_picture_become_white(large: dict[str, Path]) -> None:
    from biometrics.images import load_image

    image = load_image(large["rgba.png"])
    assert (image[:, :20] == 255).all() and (image[:, -20:] == 255).all()
    assert image[:, image.shape[1] // 2].mean() < 200  # the face itself is not washed out


@pytest.mark.parametrize(
    ("name", "bit_depth", "colour_type"),
    [("grey16.png", 16, 0), ("rgba.png", 8, 6)],  # 16-bit greyscale; 8-bit RGBA
)
def test_a_tiny_file_claiming_49_megapixels_is_refused_before_it_is_decoded(
    name: str, bit_depth: int, colour_type: int, tmp_path: Path
) -> None:
    path = blank_png(tmp_path / name, 7000, 7000, bit_depth=bit_depth, colour_type=colour_type)
    assert path.stat().st_size < 300_000
    with Image.open(path) as image:
        image.verify()  # a well-formed PNG, not a damaged header
    grew, loaded = peak_of_loading(path)
    assert grew < PEAK_LIMIT_MB, f"refusing {name} took {grew:.0f} MB"
    assert loaded is None  # ImageTooLarge
