"""Dates as people type them."""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.dates import DateParseError, describe_relative, parse_date

TODAY = date(2026, 3, 16)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-02-28", date(2026, 2, 28)),
        ("  2024-02-29 ", date(2024, 2, 29)),
        ("today", TODAY),
        ("Today", TODAY),
        ("yesterday", date(2026, 3, 15)),
        ("tomorrow", date(2026, 3, 17)),
        ("-3d", date(2026, 3, 13)),
        ("+1w", date(2026, 3, 23)),
        ("+10d", date(2026, 3, 26)),
        ("-2w", date(2026, 3, 2)),
        ("last tuesday", date(2026, 3, 10)),  # the last Tuesday before today
        ("16/03/2026", date(2026, 3, 16)),  # as the CSV import reads it (day first: 16 > 12)
    ],
)
def test_accepted_forms(typed: str, expected: date) -> None:
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    "typed", ["", "last week", "2026-02-30", "32/03/2026", "3d", "+1y", "🙂", "2026-13-01"]
)
def test_refused_forms_name_the_accepted_ones(typed: str) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(typed, TODAY)
    message = str(caught.value)
    assert "YYYY-MM-DD" in message or "real calendar date" in message


def test_very_long_input_is_shortened_in_the_message() -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date("x" * 5000, TODAY)
    assert len(str(caught.value)) < 200


def test_relative_descriptions() -> None:
    assert describe_relative(TODAY, TODAY) == "today"
    assert describe_relative(date(2026, 3, 14), TODAY) == "2 days ago"
    assert describe_relative(date(2026, 3, 17), TODAY) == "tomorrow"
    assert describe_relative(date(2026, 3, 20), TODAY) == "in 4 days"
