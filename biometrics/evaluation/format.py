"""Markdown helpers of the report."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def pct(part: int, whole: int) -> str:
    """``part/whole (share%)``; a share under 10% with one decimal (1 of 212 is 0.5%, not 0%)."""
    if not whole:
        return "0/0"
    share = 100 * part / whole
    return f"{part}/{whole} ({share:.1f}%)" if 0 < share < 10 else f"{part}/{whole} ({share:.0f}%)"


def f2(x: float | None) -> str:
    return "-" if x is None or np.isnan(x) else f"{x:.2f}"
