"""Agreement: between two judges on the same responses, and between low persona-consistency scores and findings.

Every figure carries its denominator `n`; with nothing to compare a figure is None, never perfect.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

__all__ = ["LOW_CONSISTENCY", "findings_agreement", "judge_agreement"]

LOW_CONSISTENCY = 2  # a persona-consistency score at or below this counts as a contradiction


def _share(count: int, n: int) -> float | None:
    return round(count / n, 4) if n else None


def _pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    sy = math.sqrt(sum((y - my) ** 2 for y in ys))
    if sx == 0 or sy == 0:
        return None
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / (sx * sy), 4)


def judge_agreement(pairs: Sequence[tuple[int, int]]) -> dict[str, Any]:
    """Two judges' scores on the same responses (only those both could score)."""
    n = len(pairs)
    return {"n": n,
            "exact": _share(sum(a == b for a, b in pairs), n),
            "within_1": _share(sum(abs(a - b) <= 1 for a, b in pairs), n),
            "mean_abs_diff": round(sum(abs(a - b) for a, b in pairs) / n, 4) if n else None,
            "pearson": _pearson([a for a, _ in pairs], [b for _, b in pairs])}


def _kappa(both: int, low_only: int, flagged_only: int, neither: int) -> float | None:
    n = both + low_only + flagged_only + neither
    if not n:
        return None
    observed = (both + neither) / n
    p_low, p_flag = (both + low_only) / n, (both + flagged_only) / n
    expected = p_low * p_flag + (1 - p_low) * (1 - p_flag)
    if expected == 1:
        return None
    return round((observed - expected) / (1 - expected), 4)


def findings_agreement(turns: Sequence[tuple[float, bool]], *, low: float = LOW_CONSISTENCY) -> dict[str, Any]:
    """(persona-consistency score, has a finding) per scored turn: do low scores and findings fall on the same turns?

    `precision` is the share of low-scored turns with a finding, `recall` the share of flagged turns
    scored low; `kappa` is Cohen's kappa of the two yes/no calls.
    """
    both = sum(1 for s, f in turns if s <= low and f)
    low_only = sum(1 for s, f in turns if s <= low and not f)
    flagged_only = sum(1 for s, f in turns if s > low and f)
    neither = len(turns) - both - low_only - flagged_only
    return {"n": len(turns), "low_threshold": low, "low_and_finding": both, "low_only": low_only,
            "finding_only": flagged_only, "neither": neither,
            "agreement": _share(both + neither, len(turns)),
            "precision": _share(both, both + low_only), "recall": _share(both, both + flagged_only),
            "kappa": _kappa(both, low_only, flagged_only, neither)}
