"""The summary's arithmetic: a median from counted values, counts by day summed by week."""

from __future__ import annotations

import statistics
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bounceback_tui.domain.metrics import latest_day, median, median_of_counts, per_week

counted = st.lists(st.tuples(st.integers(-5, 60).map(float), st.integers(0, 6)), max_size=12)


@given(counted)
def test_median_of_counts_is_the_median_of_the_repeated_values(counts: list) -> None:
    values = [value for value, n in counts for _ in range(n)]
    expected = statistics.median(values) if values else None
    assert median_of_counts(counts) == expected


@given(st.lists(st.one_of(st.integers(-50, 500), st.floats(-1e6, 1e6)), max_size=15))
def test_median_is_the_standard_librarys(values: list) -> None:
    # metrics.median is written out so that the first screen does not import statistics.
    expected = statistics.median(values) if values else None
    assert median(values) == expected
    assert type(median(values)) is type(expected)


def test_median_of_counts_by_hand() -> None:
    assert median_of_counts([]) is None
    assert median_of_counts([(3, 0)]) is None
    assert median_of_counts([(2, 1), (9, 1), (4, 1)]) == 4  # 2 4 9
    assert median_of_counts([(1, 3), (7, 1)]) == 1  # 1 1 1 7: (1 + 1) / 2
    assert median_of_counts([(1, 2), (7, 2)]) == 4  # 1 1 7 7: (1 + 7) / 2


def test_per_week_sums_days_into_their_monday() -> None:
    monday = date(2026, 3, 9)
    daily = [
        (monday - timedelta(days=1), 4),  # a Sunday: the week before
        (monday, 1),
        (monday + timedelta(days=6), 2),  # that week's Sunday
        (monday + timedelta(days=7), 5),
        (monday + timedelta(days=8), 0),
    ]
    assert per_week(daily, monday) == {monday: 3, monday + timedelta(days=7): 5}
    assert per_week(daily, monday - timedelta(days=1)) == {
        monday - timedelta(days=7): 4,
        monday: 3,
        monday + timedelta(days=7): 5,
    }
    assert latest_day(daily) == monday + timedelta(days=7)
    assert latest_day([(monday, 0)]) is None
