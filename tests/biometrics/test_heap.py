"""Frame-sized buffers go back to the system once freed, instead of staying in the C heap (glibc)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

FRAMES = textwrap.dedent(
    """
    import sys
    import numpy as np
    from biometrics import heap

    if sys.argv[1] == "mapped":
        assert heap.map_large_blocks()

    def rss_mb():
        with open("/proc/self/status") as f:
            return int(f.read().split("RssAnon:")[1].split()[0]) / 1024

    np.ones(1 << 20, dtype=np.uint8)  # freed at once: glibc raises its threshold to its size
    start = rss_mb()
    frames, pinned = [], []
    for _ in range(60):  # frames, and small things kept between them (as a window keeps its objects)
        frames.append(np.ones(1 << 20, dtype=np.uint8))
        pinned.append(bytearray(2000))
    del frames
    print(round(rss_mb() - start, 1))
    """
)


def _kept_mb(mode: str) -> float:
    run = subprocess.run([sys.executable, "-c", FRAMES, mode], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    return float(run.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's heap")
def test_freed_frames_are_given_back_once_large_blocks_are_mapped() -> None:
    assert _kept_mb("mapped") < 5


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's heap")
def test_without_it_the_heap_keeps_the_freed_frames() -> None:
    """The control: what :func:`biometrics.heap.map_large_blocks` prevents."""
    assert _kept_mb("default") > 40
