"""Small statistics for timings: medians, percentiles and ratios that tolerate gaps.

A figure that could not be measured is None all the way to the report, never 0,
so a missing reference can never pass for an infinitely fast one.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def median(values: Sequence[float | None]) -> float | None:
    """Median of the measured values; None when nothing was measured."""
    got = [v for v in values if v is not None]
    return statistics.median(got) if got else None


def percentile(values: Sequence[float | None], q: float) -> float | None:
    """The q-th percentile (0..100) by linear interpolation between ranks."""
    got = sorted(v for v in values if v is not None)
    if not got:
        return None
    if len(got) == 1:
        return got[0]
    rank = (len(got) - 1) * q / 100
    low = math.floor(rank)
    high = min(low + 1, len(got) - 1)
    return got[low] + (got[high] - got[low]) * (rank - low)


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or denominator is None or denominator <= 0:
        return None
    return numerator / denominator


def rounded(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)
