"""The C heap of a process that handles camera frames and large arrays (glibc; elsewhere nothing to do).

glibc raises its mmap threshold each time a large block is freed (up to 32 MB), so after the first
frames every frame-sized buffer comes from the heap, and what is freed stays with the process.
:func:`map_large_blocks` fixes the threshold: a block of 128 KiB or more is mapped on its own and
handed back to the system when freed (``hamyon bench memory``: 10 MB less in the window, docs/memory.md).
:func:`give_back` returns the heap's free pages after a burst of allocations (a gallery's load).
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from typing import Any

M_MMAP_THRESHOLD = -3  # mallopt's parameter number (malloc.h)
LARGE_BLOCK = 128 * 1024  # glibc's own starting threshold


def _libc() -> Any | None:
    if not sys.platform.startswith("linux"):
        return None
    with contextlib.suppress(OSError):
        return ctypes.CDLL("libc.so.6")
    return None


def map_large_blocks() -> bool:
    """Every block of at least 128 KiB mapped apart and given back when freed; False when not glibc."""
    libc = _libc()
    with contextlib.suppress(AttributeError):
        return libc is not None and bool(libc.mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK))
    return False


def give_back() -> None:
    """Hand the heap's free pages back to the system (``malloc_trim``)."""
    libc = _libc()
    with contextlib.suppress(AttributeError):
        if libc is not None:
            libc.malloc_trim(0)
