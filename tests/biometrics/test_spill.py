"""A large gallery's rows on disk (biometrics.spill): read back exactly, unreadable in the file, gone with
the process; a disk that cannot take them leaves them in memory, one that fails later leaves the gallery
whole and its searches exact."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import numpy as np
import pytest

from biometrics import coarse
from biometrics.gallery import Gallery
from biometrics.spill import SpilledRows

posix_only = pytest.mark.skipif(not hasattr(os, "pread"), reason="reads the file's raw bytes with pread")


def _raw(rows: SpilledRows) -> bytes:
    """The file's bytes as the disk holds them."""
    fd = rows._file.fileno()
    return os.pread(fd, os.fstat(fd).st_size, 0)


def test_rows_read_back_exactly_in_any_order_and_after_being_overwritten(tmp_path: Path) -> None:
    block = np.random.default_rng(1).standard_normal((40_000, 128)).astype(np.float32)
    rows = SpilledRows(128, tmp_path)
    rows.write(0, block[:30_000])
    rows.write(30_000, block[30_000:])  # appended
    assert len(rows) == 40_000 and rows.nbytes == 40_000 * 512
    picked = np.array([39_999, 3, 3, 20_000, 0])
    assert np.array_equal(rows.read(picked), block[picked])
    assert np.array_equal(rows[10:17_000], block[10:17_000]) and np.array_equal(rows[picked], block[picked])
    rows.write(3, block[39_999:])  # a removal moves the last row into a hole
    rows.truncate(39_999)
    assert np.array_equal(rows.read(np.array([3, 39_998])), block[[39_999, 39_998]])
    with pytest.raises(IndexError):
        rows.read(np.array([39_999]))
    with pytest.raises(IndexError):
        rows.write(50_000, block[:1])


@posix_only
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a file without a name: Linux's O_TMPFILE")
def test_the_file_has_no_name_holds_no_template_in_clear_and_never_reuses_a_keystream(tmp_path: Path) -> None:
    template = np.random.default_rng(2).standard_normal((1, 128)).astype(np.float32)
    rows = SpilledRows(128, tmp_path)
    rows.write(0, np.repeat(template, 3, axis=0))
    assert list(tmp_path.iterdir()) == []  # nothing another program could open by name
    sealed = _raw(rows)
    assert len(sealed) == 3 * 512 and template.tobytes()[:16] not in sealed
    assert len({sealed[i * 512 : (i + 1) * 512] for i in range(3)}) == 3  # one template, three ciphertexts
    first = sealed[:512]
    rows.write(0, template)  # the same row written again: a fresh keystream
    assert _raw(rows)[:512] != first and np.array_equal(rows.read(np.array([0])), template)
    other = SpilledRows(128, tmp_path)  # another file, another key
    other.write(0, template)
    assert _raw(other)[:512] != first


def test_a_large_gallery_keeps_its_rows_on_disk_and_searches_as_in_memory(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    n = coarse.MIN_ROWS + 500
    block = (rng.standard_normal((n, 128)) * 0.1).astype(np.float32)
    names = [f"p{i // 2}" for i in range(n)]
    in_memory, on_disk = Gallery(), Gallery(spill=tmp_path)
    for gallery in (in_memory, on_disk):
        gallery.add_many(names[:1_000], block[:1_000])
    assert on_disk.spilled_bytes == 0  # small: searched row by row, in memory
    for gallery in (in_memory, on_disk):
        gallery.add_many(names[1_000:], block[1_000:])
    assert on_disk.spilled_bytes == n * 512 and on_disk.nbytes < in_memory.nbytes - n * 500
    for key in (7, 20_000, n):  # the last row moves into each hole, on disk as in memory
        assert in_memory.remove(key) and on_disk.remove(key)
    on_disk.add("new", block[0] + 0.01)
    in_memory.add("new", block[0] + 0.01)
    for q in [*block[rng.choice(n, 40)], block[0] + 0.01]:
        found = on_disk.search(q, limit=3)
        assert found == in_memory.search(q, limit=3) == on_disk.search_exact(q, limit=3)
        assert on_disk.distance_to(found[0].identity, q) == in_memory.distance_to(found[0].identity, q)
    assert np.array_equal(on_disk.templates_of("p9"), in_memory.templates_of("p9"))


def test_a_disk_that_cannot_take_the_rows_leaves_them_in_memory(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    n = coarse.MIN_ROWS + 10
    block = np.random.default_rng(4).standard_normal((n, 128)).astype(np.float32)
    gallery = Gallery(spill=tmp_path / "no such folder")
    with caplog.at_level(logging.WARNING, logger="biometrics.gallery"):
        gallery.add_many(list(range(n)), block)
    assert gallery._compact.active and gallery.spilled_bytes == 0
    assert "stay in memory" in caplog.text
    assert gallery.search(block[42], limit=1)[0].identity == 42


def _twins(folder: Path, n: int) -> tuple[Gallery, Gallery, np.ndarray]:
    """The same templates in a gallery in memory and in one keeping its rows on disk."""
    block = (np.random.default_rng(5).standard_normal((n, 128)) * 0.1).astype(np.float32)
    in_memory, on_disk = Gallery(), Gallery(spill=folder)
    for gallery in (in_memory, on_disk):
        gallery.add_many([f"p{i // 2}" for i in range(n)], block)
    assert on_disk.spilled_bytes == n * 512
    return in_memory, on_disk, block


def _refuse(monkeypatch: pytest.MonkeyPatch, method: str) -> None:
    def refused(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(SpilledRows, method, refused)


def test_a_removal_the_disk_refuses_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    in_memory, on_disk, block = _twins(tmp_path, coarse.MIN_ROWS + 100)
    with monkeypatch.context() as patched:
        _refuse(patched, "_pwrite")
        with pytest.raises(OSError):
            on_disk.remove(11)  # the last row cannot be written over row 10
    assert 11 in on_disk and len(on_disk) == len(in_memory)
    assert np.array_equal(on_disk.templates_of("p5"), block[10:12])  # the row it would have overwritten
    for q in block[[10, 11, len(block) - 1, 777]]:
        assert on_disk.search(q, limit=3) == in_memory.search(q, limit=3)
    assert on_disk.remove(11) and in_memory.remove(11)  # the disk back: as in memory
    assert on_disk.search(block[-1], limit=3) == in_memory.search(block[-1], limit=3)


def test_a_disk_that_cannot_be_read_when_the_copy_is_coded_again_leaves_searches_exact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    in_memory, on_disk, block = _twins(tmp_path, coarse.MIN_ROWS + 100)
    for gallery in (in_memory, on_disk):
        gallery.add("new", block[3] + 0.01)
    with monkeypatch.context() as patched, caplog.at_level(logging.WARNING, logger="biometrics.gallery"):
        _refuse(patched, "_pread")
        on_disk._compact.mark_stale(np.arange(2_000))  # past 1 %: every row is coded again
        on_disk.add("newer", block[4] + 0.01)  # ...and cannot be read
    assert "could not be read" in caplog.text
    in_memory.add("newer", block[4] + 0.01)
    assert not on_disk._compact.active  # no copy rather than one coding some rows
    for q in [block[3] + 0.01, block[4] + 0.01, *block[[0, 5, 20_000]]]:
        assert on_disk.search(q, limit=3) == in_memory.search(q, limit=3)  # every row read: exact
