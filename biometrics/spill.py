"""A large gallery's float32 rows on disk, encrypted, read a few at a time.

Once a gallery searches through its compact copy (:mod:`biometrics.coarse`), a search measures
exactly only the rows the copy chooses (about a thousand of 100,000); the rest of the matrix need
not stay in the process. :class:`SpilledRows` keeps the rows in a file without a name (Linux's
``O_TMPFILE``: gone when it is closed or the process ends; on Windows a temporary file deleted when
closed) in a folder the caller chooses: the terminal's own, on its disk, never a RAM-backed ``/tmp``.
The operating system caches what is read, as it caches any file: those pages are its to drop when
memory runs short (the next read comes from the disk).

The rows are face templates: each is encrypted (AES in counter mode, the counter being the block's
place in the file and a random number drawn for each write of its row, so no keystream is used twice,
and a write the disk refused leaves the row's last one readable) with a key made for this file and
held only in memory, so the file is unreadable once the process that wrote it has ended. The
keystream for any set of rows is computed at once (one AES call over their counter blocks), so
scattered reads cost one ``pread`` a row and one cipher call.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import numpy as np
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK = 16  # AES block, bytes
CHUNK = 16_384  # rows read or written at a time by the bulk methods (8 MB of 128-d float32)
_HAS_PREAD = hasattr(os, "pread")


class SpilledRows:
    """Rows of ``dim`` float32 values in an encrypted, unnamed file; ``len`` is the rows written so far."""

    def __init__(self, dim: int, folder: str | os.PathLike[str]) -> None:
        self.dim = dim
        self._row_bytes = dim * 4
        if self._row_bytes % BLOCK:
            raise ValueError(f"a row of {dim} float32 values is not a whole number of cipher blocks")
        self._blocks = self._row_bytes // BLOCK
        self._file = tempfile.TemporaryFile(dir=Path(folder), buffering=0)  # noqa: SIM115 - see close()
        self._cipher = Cipher(algorithms.AES(os.urandom(32)), modes.ECB())
        self._count = 0
        self._nonces = np.zeros(0, dtype=np.uint64)  # each row's last write's random number

    def __len__(self) -> int:
        return self._count

    @property
    def nbytes(self) -> int:
        """What the file holds (on disk, not in the process)."""
        return self._count * self._row_bytes

    def write(self, start: int, rows: np.ndarray) -> None:
        """Write ``rows`` (n x dim) as rows ``start ..``; may extend the file by appending at its end."""
        rows = np.asarray(rows, dtype=np.float32).reshape(-1, self.dim)  # strided: copied a chunk at a time
        if not 0 <= start <= self._count:
            raise IndexError(f"row {start} is past the end ({self._count})")
        end = start + len(rows)
        if end > len(self._nonces):
            grown = np.zeros(max(end, 2 * len(self._nonces)), dtype=np.uint64)
            grown[: len(self._nonces)] = self._nonces
            self._nonces = grown
        for first in range(0, len(rows), CHUNK):
            block = np.ascontiguousarray(rows[first : first + CHUNK])
            at = start + first
            nonces = np.frombuffer(os.urandom(8 * len(block)), dtype="<u8")
            stream = self._keystream(np.arange(at, at + len(block)), nonces)
            sealed = block.view(np.uint8).reshape(len(block), -1) ^ stream
            self._pwrite(sealed.tobytes(), at * self._row_bytes)
            self._nonces[at : at + len(block)] = nonces  # written: these rows now read with these
        self._count = max(self._count, end)

    def read(self, rows: np.ndarray) -> np.ndarray:
        """Rows by index (any order, repeats allowed), as an (k x dim) float32 array."""
        rows = np.asarray(rows, dtype=np.int64).ravel()
        if len(rows) and (rows.min() < 0 or rows.max() >= self._count):
            raise IndexError(f"rows outside 0 .. {self._count - 1}")
        size = self._row_bytes
        sealed = b"".join([self._pread(size, r * size) for r in rows.tolist()])
        if len(sealed) != len(rows) * size:
            raise OSError("the gallery's row file is shorter than it should be")
        sealed_rows = np.frombuffer(sealed, dtype=np.uint8).reshape(len(rows), size)
        plain: np.ndarray = sealed_rows ^ self._keystream(rows, self._nonces[rows])
        return plain.view(np.float32)

    def read_range(self, start: int, end: int) -> np.ndarray:
        """Rows ``start .. end - 1``, read in one piece."""
        end = min(end, self._count)
        if start >= end:
            return np.zeros((0, self.dim), dtype=np.float32)
        size = (end - start) * self._row_bytes
        sealed = self._pread(size, start * self._row_bytes)
        if len(sealed) != size:
            raise OSError("the gallery's row file is shorter than it should be")
        sealed_rows = np.frombuffer(sealed, dtype=np.uint8).reshape(end - start, -1)
        plain: np.ndarray = sealed_rows ^ self._keystream(np.arange(start, end), self._nonces[start:end])
        return plain.view(np.float32)

    def __getitem__(self, index: slice | np.ndarray) -> np.ndarray:
        """``rows[a:b]`` or ``rows[indices]``: what :meth:`biometrics.coarse.CompactCopy.rebuild` reads."""
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step != 1:
                raise ValueError("only contiguous slices are read in one piece")
            return self.read_range(start, stop)
        return self.read(np.asarray(index))

    def truncate(self, count: int) -> None:
        """Forget rows ``count ..`` (the file shrinks; if it cannot, they stay in it, unread)."""
        count = max(0, min(count, self._count))
        self._count = count
        with contextlib.suppress(OSError):
            self._file.truncate(count * self._row_bytes)

    def close(self) -> None:
        self._file.close()

    def _pread(self, size: int, offset: int) -> bytes:
        if _HAS_PREAD:
            return os.pread(self._file.fileno(), size, offset)
        self._file.seek(offset)  # Windows has no pread: the gallery's lock keeps this one caller at a time
        return self._file.read(size) or b""

    def _pwrite(self, data: bytes, offset: int) -> None:
        if _HAS_PREAD:
            written = os.pwrite(self._file.fileno(), data, offset)
        else:
            self._file.seek(offset)
            written = self._file.write(data) or 0
        if written != len(data):
            raise OSError("the gallery's row file could not be written in full (is the disk full?)")

    def _keystream(self, rows: np.ndarray, nonces: np.ndarray) -> np.ndarray:
        """The counter-mode keystream of these rows: AES of each 16-byte block's number in the file and
        its row's random number."""
        numbers = rows.astype("<u8")[:, None] * self._blocks + np.arange(self._blocks, dtype="<u8")
        counters = np.zeros((len(rows), self._blocks, 2), dtype="<u8")
        counters[..., 0] = numbers
        counters[..., 1] = nonces[:, None]
        encryptor = self._cipher.encryptor()
        stream = encryptor.update(counters.tobytes()) + encryptor.finalize()
        return np.frombuffer(stream, dtype=np.uint8).reshape(len(rows), self._row_bytes)
