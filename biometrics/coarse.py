"""A compact copy of a large gallery for 1:N search's first pass: faiss product-quantised codes.

Each template becomes 32 bytes (64 sub-vectors of 2 dimensions, each one of 16 centroids: faiss
``IndexPQFastScan``, which compares a query with 32 codes at once in SIMD registers) instead of the
528 bytes of its float32 row, so the first pass reads a sixteenth of what an exact pass reads.
The gallery then re-ranks the best :data:`CANDIDATES` by their exact float32 distance: what the
search returns is always measured exactly; the compact copy only chooses which rows to measure.

The codes cover the gallery's rows ``0 .. covered - 1`` in order. Rows added later (``covered`` and
on) are measured exactly; so are rows whose content changed after they were coded (a removal moves
the last row into the hole): they are marked ``stale`` and their codes ignored. Once those exceed
:data:`REBUILD_SHARE` of the coded rows, every row is coded again. The codebook is trained once,
on a sample of the gallery's own templates, and again when the gallery has grown fourfold since.
Below :data:`MIN_ROWS` templates the exact pass is as fast and no copy is kept.
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np

MIN_ROWS = 50_000  # below, the exact pass (under 27 MB) is as fast as the compact one
SUBVECTORS, BITS = 64, 4  # 32 bytes a template
CANDIDATES = 1024  # at least, re-ranked exactly; more when an identity may hold many templates
TRAINING_SAMPLE = 4_096  # 2-dimensional sub-vectors, 16 centroids each: plenty
REBUILD_SHARE = 0.01
SEED = 20261206
CHUNK = 65_536  # rows coded at a time (32 MB of float32)


class Rows(Protocol):
    """A gallery's rows wherever they are: an array, or :class:`biometrics.spill.SpilledRows` on disk."""

    def __len__(self) -> int: ...

    def __getitem__(self, index: Any) -> np.ndarray: ...


class CompactCopy:
    """The codes of a gallery's rows; the gallery holds the lock and tells it every change."""

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self._index: Any = None  # faiss.IndexPQFastScan, trained (faiss has no type hints)
        self._trained_on = 0
        self.covered = 0
        self._stale = np.zeros(0, dtype=bool)
        self._stale_count = 0

    @property
    def active(self) -> bool:
        return self._index is not None

    @property
    def nbytes(self) -> int:
        return self.covered * SUBVECTORS * BITS // 8 + self._stale.nbytes

    def rebuild(self, rows: Rows, rng_seed: int = SEED) -> None:
        """Code every row of ``rows`` (n x dim float32) again; train first when needed."""
        import faiss

        n = len(rows)
        if n < MIN_ROWS:
            self._drop()
            return
        # One thread: OpenMP threads spin while they wait, and beside a busy process (the first sync,
        # the camera) two of them coded 100,000 templates in 4.8 to 13 s where one took 0.7 to 2.5 s.
        faiss.omp_set_num_threads(1)
        if self._index is None or n > 4 * self._trained_on:
            index = faiss.IndexPQFastScan(self.dim, SUBVECTORS, BITS)
            sample = np.random.default_rng(rng_seed).choice(n, min(n, TRAINING_SAMPLE), replace=False)
            index.train(np.ascontiguousarray(rows[np.sort(sample)]))
            self._index, self._trained_on = index, n
        self._index.reset()
        try:
            self._add(rows)
        except BaseException:  # rows on disk that cannot be read: no copy rather than a partial one
            self._drop()
            raise
        self.covered = n
        self._stale = np.zeros(n, dtype=bool)
        self._stale_count = 0

    def _drop(self) -> None:
        self._index, self.covered, self._trained_on = None, 0, 0
        self._stale, self._stale_count = np.zeros(0, dtype=bool), 0

    def appended(self, start: int, rows: np.ndarray) -> None:
        """Rows ``start ..`` were written: coded at the end when they follow the coded rows, otherwise
        (they overwrite rows a removal freed) the overwritten coded rows are stale."""
        if self._index is None:
            return
        end = start + len(rows)
        if start == self.covered:
            self._add(rows)
            self.covered = end
            self._stale = np.concatenate([self._stale, np.zeros(len(rows), dtype=bool)])
            return
        self.mark_stale(np.arange(start, min(end, self.covered)))

    def _add(self, rows: Rows) -> None:
        """Code rows at the end, a block at a time: a gallery's rows are strided, faiss wants them dense."""
        for start in range(0, len(rows), CHUNK):
            self._index.add(np.ascontiguousarray(rows[start : start + CHUNK]))

    def mark_stale(self, rows: np.ndarray) -> None:
        rows = rows[(rows >= 0) & (rows < self.covered)]
        fresh = rows[~self._stale[rows]]
        self._stale[fresh] = True
        self._stale_count += len(np.unique(fresh))

    def needs_rebuild(self, n: int) -> bool:
        """Too much is measured outside the codes: the rows after them, and the stale ones."""
        if self._index is None or n < MIN_ROWS:
            return (self._index is None) == (n >= MIN_ROWS)  # to build one, or to drop it
        outside = max(0, n - self.covered) + self._stale_count
        return outside > REBUILD_SHARE * max(self.covered, MIN_ROWS) or n > 4 * self._trained_on

    def candidates(self, query: np.ndarray, n: int, wanted: int) -> np.ndarray:
        """Rows to measure exactly for ``query`` among the gallery's ``n``: the codes' nearest (at least
        ``wanted`` of them), the stale rows and the rows after the coded ones."""
        assert self._index is not None
        k = min(self.covered, max(CANDIDATES, wanted))
        _, found = self._index.search(query.reshape(1, -1), k)
        rows = found[0]
        rows = rows[(rows >= 0) & (rows < n)]
        rows = rows[~self._stale[rows]]
        extra = [rows]
        if self._stale_count:
            stale = np.flatnonzero(self._stale[: min(n, self.covered)])
            extra.append(stale)
        if n > self.covered:
            extra.append(np.arange(self.covered, n))
        return np.concatenate(extra) if len(extra) > 1 else rows
