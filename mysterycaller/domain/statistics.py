"""Plain statistics for reports: mean, median, percentiles and rates with Wilson intervals.

Definitions, so every figure can be checked by hand:

- **Percentile**: linear interpolation between closest ranks (Hyndman & Fan type 7, the
  default of numpy and Excel's PERCENTILE.INC): for sorted values x[0..n-1] and p in 0..1,
  h = (n - 1) p and the result is x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
  The median is the 50th percentile.
- **Rate**: successes / n with the 95 % Wilson score interval. Successes may be fractional
  (a criterion fulfilment rate sums credits such as 0.75 for a scale); the interval is then
  computed from the observed share, as for whole successes.
- **Too small**: a rate supports no claim when n < 30 or its interval is wider than
  +/- 15 percentage points (high - low > 0.30). Reports say so beside such a rate.
- **Change between two waves**: for means, the difference with a 95 % interval from the
  normal approximation (Welch: standard error sqrt(s1²/n1 + s2²/n2)); for rates, Newcombe's
  hybrid score interval built from the two Wilson intervals. A change is larger than chance
  when its interval does not include 0.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: The two-sided 95 % quantile of the standard normal distribution.
Z95 = 1.959963984540054
#: Below this many observations a rate is flagged as too small to support a claim.
MIN_N = 30
#: A rate whose interval is wider than this on either side (on average) is flagged too.
MAX_HALF_WIDTH = 0.15


def wilson_interval(successes: float, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of successes / n; (0, 1) when n is 0."""
    if n <= 0:
        return 0.0, 1.0
    if not 0 <= successes <= n:
        raise ValueError(f"successes {successes} outside 0..{n}")
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    # Float noise must not put the observed share outside its own interval (p = 1 at 0.99..).
    return max(0.0, min(p, centre - half)), min(1.0, max(p, centre + half))


@dataclass(frozen=True)
class Rate:
    """A share with its sample size and 95 % Wilson interval (all as fractions 0..1)."""

    successes: float
    n: int
    low: float
    high: float

    @property
    def value(self) -> float | None:
        """successes / n, or None when there was nothing to count."""
        return self.successes / self.n if self.n else None

    @property
    def too_small(self) -> bool:
        """Whether n or the interval is too small to support a claim (see module docstring)."""
        return self.n < MIN_N or (self.high - self.low) > 2 * MAX_HALF_WIDTH


def rate(successes: float, n: int) -> Rate:
    """A Rate of successes out of n with its Wilson interval."""
    low, high = wilson_interval(successes, n)
    return Rate(successes=successes, n=n, low=low, high=high)


def mean(values: Iterable[float]) -> float | None:
    """The arithmetic mean, or None for no values."""
    listed = list(values)
    return math.fsum(listed) / len(listed) if listed else None


def percentile(values: Iterable[float], p: float) -> float | None:
    """The p-th quantile (p in 0..1) by linear interpolation (type 7); None for no values."""
    if not 0 <= p <= 1:
        raise ValueError(f"percentile {p} outside 0..1")
    ordered = sorted(values)
    return _sorted_percentile(ordered, p)


def median(values: Iterable[float]) -> float | None:
    """The median (the 50th percentile), or None for no values."""
    return percentile(values, 0.5)


def _sorted_percentile(ordered: Sequence[float], p: float) -> float | None:
    if not ordered:
        return None
    h = (len(ordered) - 1) * p
    lower = math.floor(h)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (h - lower) * (ordered[upper] - ordered[lower])


@dataclass(frozen=True)
class Distribution:
    """Summary of a sample: n, mean, median, 90th percentile, minimum and maximum."""

    n: int
    mean: float | None
    median: float | None
    p90: float | None
    minimum: float | None
    maximum: float | None
    #: Sample standard deviation (n - 1); None below two values.
    sd: float | None = None


def describe(values: Iterable[float]) -> Distribution:
    """The Distribution of the values (every figure None when there are none)."""
    ordered = sorted(values)
    if not ordered:
        return Distribution(0, None, None, None, None, None)
    return Distribution(
        n=len(ordered),
        mean=math.fsum(ordered) / len(ordered),
        median=_sorted_percentile(ordered, 0.5),
        p90=_sorted_percentile(ordered, 0.9),
        minimum=ordered[0],
        maximum=ordered[-1],
        sd=_sd(ordered),
    )


def _sd(values: Sequence[float]) -> float | None:
    if len(values) < 2:
        return None
    centre = math.fsum(values) / len(values)
    return math.sqrt(math.fsum((v - centre) ** 2 for v in values) / (len(values) - 1))


@dataclass(frozen=True)
class Difference:
    """A change from one wave to the next with its 95 % interval."""

    value: float
    low: float
    high: float

    @property
    def beyond_chance(self) -> bool:
        """Whether the interval excludes 0: the change is larger than chance would explain."""
        return self.low > 0 or self.high < 0


def mean_difference(before: Distribution, after: Distribution) -> Difference | None:
    """after.mean - before.mean with its 95 % interval; None without two values on each side."""
    if before.mean is None or after.mean is None or before.sd is None or after.sd is None:
        return None
    error = math.sqrt(before.sd**2 / before.n + after.sd**2 / after.n)
    change = after.mean - before.mean
    return Difference(change, change - Z95 * error, change + Z95 * error)


def rate_difference(before: Rate, after: Rate) -> Difference | None:
    """after - before of two rates with Newcombe's hybrid score interval; None when empty."""
    if before.value is None or after.value is None:
        return None
    p1, p2 = after.value, before.value
    change = p1 - p2
    low = change - math.sqrt((p1 - after.low) ** 2 + (before.high - p2) ** 2)
    high = change + math.sqrt((after.high - p1) ** 2 + (p2 - before.low) ** 2)
    return Difference(change, low, high)


def histogram(values: Iterable[float], width: float, limit: float) -> list[int]:
    """Counts per bin [k*width, (k+1)*width) up to ``limit``; the last bin takes the rest."""
    bins = max(1, math.ceil(limit / width))
    counts = [0] * (bins + 1)
    for value in values:
        index = int(value // width) if value >= 0 else 0
        counts[min(index, bins)] += 1
    return counts
