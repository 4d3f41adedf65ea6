"""Benchmarks behind ``hamyon bench``: each prints its figures beside a baseline from the same run."""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def percentile_ms(seconds: Sequence[float], pct: int) -> float:
    """The ``pct``-th percentile of durations in seconds, in milliseconds."""
    if len(seconds) < 2:
        return round(seconds[0] * 1000, 3) if seconds else 0.0
    return round(statistics.quantiles(seconds, n=100, method="inclusive")[pct - 1] * 1000, 3)
