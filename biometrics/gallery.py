"""The templates in memory and 1:N search over them.

Each template is a row of one float32 matrix, followed by its squared norm and
three zeros (132 columns, so rows stay 16-byte aligned). A query q becomes
``[-2q, 1, 0, 0, 0]``, and one BLAS matrix-vector product gives
``|g|^2 - 2 g.q`` for every row: the squared distance up to the constant
``|q|^2``. ``argpartition`` then keeps the k best rows, where k is large enough
that the ``limit`` nearest identities are all among them (an identity has at
most ``max_per_identity`` templates), and their distances are recomputed
exactly. From :data:`biometrics.coarse.MIN_ROWS` templates on, a compact copy of the matrix
(:mod:`biometrics.coarse`, 32 bytes a template) chooses the rows to measure exactly instead, so a
search no longer reads the whole matrix (about 530 MB at 1M templates). A gallery given a ``spill``
folder then keeps its rows there instead of in memory (:mod:`biometrics.spill`: encrypted, read a few
at a time), and takes them back when it shrinks below the compact copy's size.

Adding appends rows (capacity doubles when full); removing moves the last row
into the hole: nothing is reloaded. Identities are any hashable values (a
citizen id, a folder name); each template has an integer key (a store row id).
Safe to share between threads: one lock guards every public method (the
camera's worker searches while the store thread adds what a sync pulled).

A template may be marked *learned* (taken from a confirmed visit, :mod:`biometrics.learning`);
the others are *enrolled* (the registry's photo, an enrollment at a desk). Each :class:`Match`
carries the identity's nearest template of either kind and its nearest enrolled one: the decision
rule (:mod:`biometrics.matching`) lets learned templates make a person surer of their own match,
never reach farther or crowd the neighbourhood other people are judged against.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import shutil
import threading
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Concatenate, ParamSpec, TypeVar, cast

import numpy as np

from biometrics.coarse import CompactCopy
from biometrics.spill import CHUNK, SpilledRows
from biometrics.templates import DIM, as_template, as_templates

WIDTH = DIM + 4  # template, squared norm, three zeros of padding
ROOM_LEFT = 256 * 2**20  # free disk a spill file leaves, beyond twice its size
NORM = DIM
P = ParamSpec("P")
R = TypeVar("R")
log = logging.getLogger(__name__)


def _locked(method: Callable[Concatenate[Gallery, P], R]) -> Callable[Concatenate[Gallery, P], R]:
    @functools.wraps(method)
    def wrapper(self: Gallery, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._lock:
            return method(self, *args, **kwargs)

    return wrapper


@dataclass(frozen=True)
class Match:
    """An identity's nearest template to a query."""

    identity: Hashable
    distance: float
    key: int
    enrolled: float = -1.0  # the nearest enrolled (not learned) template's distance; set by the gallery

    def __post_init__(self) -> None:
        if self.enrolled < 0:  # made without one (a test, a caller's own list): every template enrolled
            object.__setattr__(self, "enrolled", self.distance)


class Gallery:
    def __init__(self, capacity: int = 1024, *, spill: str | os.PathLike[str] | None = None) -> None:
        """``spill``: a folder on disk for the rows while the compact copy is searched (see the module)."""
        capacity = max(16, capacity)
        self._lock = threading.RLock()
        self._rows = np.zeros((capacity, WIDTH), dtype=np.float32)
        self._codes = np.zeros(capacity, dtype=np.int32)
        self._keys = np.zeros(capacity, dtype=np.int64)
        self._learned = np.zeros(capacity, dtype=np.bool_)  # taken from a visit, not enrolled
        self._scores = np.empty(capacity, dtype=np.float32)
        # every key in ascending order and the row of each: a key's row by binary search (12 bytes a
        # template, where a dict of Python ints took about 110)
        self._sorted_keys = np.zeros(0, dtype=np.int64)
        self._sorted_rows = np.zeros(0, dtype=np.int64)
        self._names: list[Hashable] = []
        self._code_of: dict[Hashable, int] = {}
        self._counts = np.zeros(0, dtype=np.int64)
        self._max_per_identity = 0
        self._next_key = 1
        self._n = 0
        self._compact = CompactCopy(DIM)
        self._spill_folder = spill
        self._spilled: SpilledRows | None = None  # the rows, when they are on disk instead of in _rows

    @_locked
    def __len__(self) -> int:
        return self._n

    @_locked
    def __contains__(self, key: object) -> bool:
        return isinstance(key, int | np.integer) and self._position(int(key)) is not None

    @property
    @_locked
    def identity_count(self) -> int:
        return int(np.count_nonzero(self._counts))

    @property
    @_locked
    def nbytes(self) -> int:
        """What the gallery holds in memory (the spilled rows are on disk: :attr:`spilled_bytes`)."""
        arrays = self._rows.nbytes + self._codes.nbytes + self._keys.nbytes + self._scores.nbytes
        arrays += self._learned.nbytes + self._sorted_keys.nbytes + self._sorted_rows.nbytes
        return arrays + self._compact.nbytes

    @property
    @_locked
    def spilled_bytes(self) -> int:
        """The rows kept on disk instead of in memory (0 when they are in memory)."""
        return self._spilled.nbytes if self._spilled is not None else 0

    @_locked
    def add(
        self,
        identity: Hashable,
        encodings: object,
        keys: Iterable[int] | None = None,
        *,
        learned: bool = False,
    ) -> list[int]:
        """Add one or more templates of one identity (``learned``: taken from visits); returns their keys."""
        block = as_templates(encodings)
        added = self.add_many([identity] * len(block), block, keys, learned=learned)
        return cast(list[int], added.tolist())

    @_locked
    def add_many(
        self,
        identities: Sequence[Hashable],
        encodings: object,
        keys: Iterable[int] | None = None,
        *,
        learned: bool | Sequence[bool] | np.ndarray = False,
    ) -> np.ndarray:
        """Add n templates at once (the fast path for loading a store); returns their keys.
        ``learned``: all of them, or one flag a template, taken from visits rather than enrolled."""
        block = as_templates(encodings)
        count = len(block)
        if len(identities) != count:
            raise ValueError(f"{len(identities)} identities for {count} templates")
        new_keys = self._new_keys(keys, count)
        flags = np.broadcast_to(np.asarray(learned, dtype=np.bool_), (count,))
        mapping = {identity: self._code(identity) for identity in dict.fromkeys(identities)}
        codes = np.fromiter(map(mapping.__getitem__, identities), dtype=np.int32, count=count)
        self._reserve(self._n + count)
        start, end = self._n, self._n + count
        if self._spilled is not None:
            self._spilled.write(start, block)
        else:
            self._rows[start:end, :DIM] = block
            self._rows[start:end, NORM] = np.einsum("ij,ij->i", block, block)
        self._codes[start:end] = codes
        self._keys[start:end] = new_keys
        self._learned[start:end] = flags
        keys = np.concatenate([self._sorted_keys, new_keys])
        rows = np.concatenate([self._sorted_rows, np.arange(start, end, dtype=np.int64)])
        order = np.argsort(keys, kind="stable")
        self._sorted_keys, self._sorted_rows = keys[order], rows[order]
        self._n = end
        self._counts = np.pad(self._counts, (0, max(0, len(self._names) - len(self._counts))))
        self._counts += np.bincount(codes, minlength=len(self._counts))
        if count:
            self._max_per_identity = max(self._max_per_identity, int(self._counts[codes].max()))
        self._compact.appended(start, block)
        self._refresh_compact()
        return new_keys

    @_locked
    def remove(self, key: int) -> bool:
        """Remove one template; False when no template has this key."""
        position = self._position(int(key))
        if position is None:
            return False
        row = int(self._sorted_rows[position])
        last = self._n - 1
        if row != last and self._spilled is not None:  # the disk first: if it fails, nothing has changed
            self._move_on_disk(last, row)
        self._sorted_keys = np.delete(self._sorted_keys, position)
        self._sorted_rows = np.delete(self._sorted_rows, position)
        self._counts[self._codes[row]] -= 1
        if row != last:
            if self._spilled is None:
                self._rows[row] = self._rows[last]
            self._codes[row] = self._codes[last]
            self._keys[row] = self._keys[last]
            self._learned[row] = self._learned[last]
            moved = self._position(int(self._keys[row]))
            assert moved is not None
            self._sorted_rows[moved] = row
            self._compact.mark_stale(np.array([row]))
        if self._spilled is not None:
            self._spilled.truncate(last)
        else:
            self._rows[last] = 0
        self._learned[last] = False
        self._n = last
        self._refresh_compact()
        return True

    @_locked
    def remove_identity(self, identity: Hashable) -> int:
        """Remove every template of one identity; returns how many there were."""
        keys = self.keys_of(identity)
        for key in keys:
            self.remove(key)
        return len(keys)

    @_locked
    def keys_of(self, identity: Hashable) -> list[int]:
        code = self._code_of.get(identity)
        if code is None:
            return []
        return cast(list[int], self._keys[: self._n][self._codes[: self._n] == code].tolist())

    @_locked
    def templates_of(self, identity: Hashable) -> np.ndarray:
        code = self._code_of.get(identity)
        if code is None:
            return np.zeros((0, DIM), dtype=np.float32)
        return self._templates(np.flatnonzero(self._codes[: self._n] == code)).copy()

    @_locked
    def search(self, query: object, *, limit: int = 5) -> list[Match]:
        """The ``limit`` nearest identities to ``query``, nearest first, each by its nearest template."""
        q = as_template(query)
        n = self._n
        if n == 0 or limit < 1:
            return []
        k = min(n, self._max_per_identity * (limit - 1) + 1)
        if self._compact.active:
            return self._nearest_identities(q, self._compact.candidates(q, n, k), limit)
        return self._nearest_identities(q, self._nearest_rows(q, n, k), limit)

    @_locked
    def search_exact(self, query: object, *, limit: int = 5) -> list[Match]:
        """As :meth:`search` with every row scored: what the compact copy's choice is checked against."""
        q = as_template(query)
        n = self._n
        if n == 0 or limit < 1:
            return []
        k = min(n, self._max_per_identity * (limit - 1) + 1)
        return self._nearest_identities(q, self._nearest_rows(q, n, k), limit)

    def _nearest_rows(self, q: np.ndarray, n: int, k: int) -> np.ndarray:
        """The k rows nearest to q, by one BLAS product over the whole matrix (spilled: read a part at
        a time, for :meth:`search_exact`; a search then uses the compact copy)."""
        if self._spilled is not None:
            scores = np.concatenate(
                [
                    np.einsum("ij,ij->i", part, part) - 2.0 * (part @ q)
                    for part in (self._spilled.read_range(i, min(n, i + CHUNK)) for i in range(0, n, CHUNK))
                ]
            )
        else:
            probe = np.zeros(WIDTH, dtype=np.float32)
            probe[:DIM] = -2.0 * q
            probe[NORM] = 1.0
            scores = self._scores[:n]
            np.dot(self._rows[:n], probe, out=scores)
        return np.argpartition(scores, k - 1)[:k] if k < n else np.arange(n)

    @_locked
    def distance_to(self, identity: Hashable, query: object) -> Match | None:
        """1:1: the identity's nearest template to ``query``, or None when it has none."""
        q = as_template(query)
        code = self._code_of.get(identity)
        if code is None:
            return None
        rows = np.flatnonzero(self._codes[: self._n] == code)
        if len(rows) == 0:
            return None
        found = self._nearest_identities(q, rows, 1)
        return found[0] if found else None

    def _nearest_identities(self, q: np.ndarray, rows: np.ndarray, limit: int) -> list[Match]:
        exact = np.linalg.norm(self._templates(rows) - q, axis=1)
        nearest: list[tuple[int, int, float]] = []  # (code, row, distance), nearest identity first
        seen: set[int] = set()
        for i in np.argsort(exact, kind="stable"):
            row = int(rows[i])
            code = int(self._codes[row])
            if code in seen:
                continue
            seen.add(code)
            nearest.append((code, row, float(exact[i])))
            if len(nearest) == limit:
                break
        return [
            Match(self._names[c], d, int(self._keys[r]), self._enrolled_distance(q, c, r, d, rows, exact))
            for c, r, d in nearest
        ]

    def _enrolled_distance(
        self, q: np.ndarray, code: int, row: int, distance: float, rows: np.ndarray, exact: np.ndarray
    ) -> float:
        """The identity's nearest enrolled template: ``distance`` when its nearest is one, else among the
        measured rows, else measured now; an identity with learned templates only has ``distance``."""
        if not self._learned[row]:
            return distance
        own = (self._codes[rows] == code) & ~self._learned[rows]
        if own.any():
            return float(exact[own].min())
        mine = np.flatnonzero((self._codes[: self._n] == code) & ~self._learned[: self._n])
        if not len(mine):
            return distance
        return float(np.linalg.norm(self._templates(mine) - q, axis=1).min())

    def _templates(self, rows: np.ndarray) -> np.ndarray:
        """These rows' templates (k x DIM float32), from memory or from the spill file."""
        if self._spilled is not None:
            return self._spilled.read(rows)
        return self._rows[rows, :DIM]

    def _move_on_disk(self, source: int, target: int) -> None:
        """Row ``source`` written over row ``target``; if the disk refuses, ``target`` is written back."""
        assert self._spilled is not None
        moved, kept = self._spilled.read(np.array([source, target]))
        try:
            self._spilled.write(target, moved)
        except OSError:
            with contextlib.suppress(OSError):
                self._spilled.write(target, kept)
            raise

    def _refresh_compact(self) -> None:
        """Code the rows again when needed; move them to disk or back as the copy comes or goes. A disk
        that cannot be read leaves no copy: a search then reads every row, slower but exact."""
        try:
            if self._compact.needs_rebuild(self._n):
                self._compact.rebuild(
                    self._spilled if self._spilled is not None else self._rows[: self._n, :DIM]
                )
            if self._compact.active and self._spilled is None and self._spill_folder is not None:
                self._spill()
            elif not self._compact.active and self._spilled is not None:
                self._take_back()
        except OSError as exc:
            log.warning("the gallery's rows on disk could not be read (%s): searched row by row", exc)

    def _spill(self) -> None:
        """Move the rows to disk: a search now measures only the compact copy's choice exactly."""
        assert self._spill_folder is not None
        spilled = None
        try:
            needed = 2 * self._n * DIM * 4 + ROOM_LEFT  # the file, and as much again for the store's growth
            if shutil.disk_usage(self._spill_folder).free < needed:
                raise OSError("not enough free space on the disk")
            spilled = SpilledRows(DIM, self._spill_folder)
            spilled.write(0, self._rows[: self._n, :DIM])
        except OSError as exc:  # a full or read-only disk: the rows stay in memory, as without a folder
            log.warning("the gallery's rows stay in memory: they could not be written to disk (%s)", exc)
            if spilled is not None:
                spilled.close()
            self._spill_folder = None
            return
        self._spilled = spilled
        self._rows = np.zeros((0, WIDTH), dtype=np.float32)
        self._scores = np.empty(0, dtype=np.float32)

    def _take_back(self) -> None:
        """The gallery shrank below the compact copy's size: its rows come back into memory."""
        assert self._spilled is not None
        capacity = max(16, len(self._codes))
        rows = np.zeros((capacity, WIDTH), dtype=np.float32)
        for start in range(0, self._n, CHUNK):
            part = self._spilled.read_range(start, min(self._n, start + CHUNK))
            rows[start : start + len(part), :DIM] = part
            rows[start : start + len(part), NORM] = np.einsum("ij,ij->i", part, part)
        self._spilled.close()
        self._spilled = None
        self._rows, self._scores = rows, np.empty(capacity, dtype=np.float32)

    def _code(self, identity: Hashable) -> int:
        code = self._code_of.get(identity)
        if code is None:
            code = self._code_of[identity] = len(self._names)
            self._names.append(identity)
        return code

    def _new_keys(self, keys: Iterable[int] | None, count: int) -> np.ndarray:
        if keys is None:
            new = np.arange(self._next_key, self._next_key + count, dtype=np.int64)
        else:
            new = np.array(keys if isinstance(keys, np.ndarray) else list(keys), dtype=np.int64).ravel()
            if len(new) != count:
                raise ValueError(f"{len(new)} keys for {count} templates")
        if len(np.unique(new)) != count or np.isin(new, self._sorted_keys).any():
            raise ValueError("a template key is already in the gallery")
        if count:
            self._next_key = max(self._next_key, int(new.max()) + 1)
        return new

    def _position(self, key: int) -> int | None:
        """Where ``key`` is in the sorted keys, or None when no template has it."""
        position = int(np.searchsorted(self._sorted_keys, key))
        found = position < len(self._sorted_keys) and int(self._sorted_keys[position]) == key
        return position if found else None

    def _reserve(self, needed: int) -> None:
        capacity = len(self._codes)
        if needed <= capacity:
            return
        capacity = max(needed, 2 * capacity)
        if self._spilled is None:
            rows = np.zeros((capacity, WIDTH), dtype=np.float32)
            rows[: self._n] = self._rows[: self._n]
            self._rows = rows
            self._scores = np.empty(capacity, dtype=np.float32)
        for name in ("_codes", "_keys", "_learned"):
            old = getattr(self, name)
            grown = np.zeros(capacity, dtype=old.dtype)
            grown[: self._n] = old[: self._n]
            setattr(self, name, grown)
