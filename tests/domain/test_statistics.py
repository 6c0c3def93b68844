"""Statistics for reports: Wilson intervals, percentiles, rates flagged as too small."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mysterycaller.domain.statistics import (
    describe,
    histogram,
    mean,
    median,
    percentile,
    rate,
    wilson_interval,
)


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [
        (8, 10, 0.4902, 0.9433),
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (50, 100, 0.4038, 0.5962),
        (1, 3, 0.0615, 0.7923),
    ],
)
def test_wilson_interval_matches_published_values(successes, n, low, high):
    assert wilson_interval(successes, n) == pytest.approx((low, high), abs=5e-5)


def test_wilson_interval_of_nothing_is_everything():
    assert wilson_interval(0, 0) == (0.0, 1.0)
    assert rate(0, 0).value is None


def test_wilson_refuses_more_successes_than_trials():
    with pytest.raises(ValueError):
        wilson_interval(11, 10)


@given(st.integers(1, 5000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_wilson_interval_contains_the_observed_share(pair):
    successes, n = pair
    low, high = wilson_interval(successes, n)
    assert 0.0 <= low <= successes / n <= high <= 1.0


def test_rates_with_small_n_or_wide_intervals_are_too_small():
    assert rate(29, 29).too_small  # n below 30
    assert rate(15, 30).too_small  # 0.33..0.67: wider than +/- 15 points
    assert not rate(50, 100).too_small
    assert not rate(29, 30).too_small  # 0.83..0.99 is narrow enough
    assert rate(8, 10).value == 0.8


def test_mean_median_percentile_by_linear_interpolation():
    assert mean([1, 2, 3, 4]) == 2.5
    assert median([4, 1, 3, 2]) == 2.5
    assert median([3, 1, 2]) == 2
    assert percentile([1, 2, 3, 4], 0.9) == pytest.approx(3.7)  # numpy / PERCENTILE.INC
    assert percentile([10, 15, 30], 0.9) == pytest.approx(27.0)
    assert percentile([5], 0.9) == 5
    assert mean([]) is None and median([]) is None and percentile([], 0.5) is None


@given(st.lists(st.floats(0, 1e6), min_size=1, max_size=50), st.floats(0, 1), st.floats(0, 1))
def test_percentiles_are_monotone_and_within_the_data(values, p, q):
    low, high = sorted((p, q))
    assert min(values) <= percentile(values, low) <= percentile(values, high) <= max(values)


def test_describe_and_histogram():
    summary = describe([30, 10, 15])
    assert (summary.n, summary.median, summary.minimum, summary.maximum) == (3, 15, 10, 30)
    assert summary.mean == pytest.approx(55 / 3)
    assert summary.p90 == pytest.approx(27.0)
    assert describe([]).mean is None
    assert histogram([0, 4.9, 5, 12, 99], width=5, limit=15) == [2, 1, 1, 1]
