"""A day typed in a form takes nothing after the day.

"2026-12-01 2pm", "2026-12-01 noon", "2026-12-01T9", "2026-12-01 garbage" and others were all
kept as 1 December without a word (the reader took any ISO day with something after it), while
only "14:30", "T09:00" and "9:00 am" were refused. A time after the day is now refused saying
so (as "14:30" was); anything else after it is refused as no date. The CSV import keeps the
day (tests/test_day_field_given_a_time.py). Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import FIXED_TODAY

TIMES = [
    "2026-12-01 2pm",
    "2026-12-20 9am",
    "2026-12-01 noon",
    "2026-12-01 midnight",
    "2026-12-01 14h30",
    "2026-12-01 14.30",
    "2026-12-01 1430",
    "2026-12-01 09",
    "2026-12-01 at 2pm",
    "2026-12-01 @ 9",
    "2026-12-01T9",
]
NOT_TIMES = ["2026-12-01 garbage", "2026-12-01 2026-12-05"]


@pytest.mark.parametrize("written", TIMES + NOT_TIMES)
def test_nothing_after_the_day_is_left_out_unsaid(written: str) -> None:
    from bounceback_tui.domain.dates import DateParseError, parse_date

    with pytest.raises(DateParseError) as refused:
        parse_date(written, FIXED_TODAY)
    said = str(refused.value)
    day = written[:10]
    if written in TIMES:
        assert "has a time" in said and f"so write {day}." in said, said
    else:
        assert said.startswith(f"Could not read '{written}' as a date; use "), said


@pytest.mark.parametrize("written", ["last fri 14:00", "tomorrow 2pm", "fri at 9am"])
def test_a_time_after_a_day_word_is_refused_saying_so(written: str) -> None:
    from bounceback_tui.domain.dates import DateParseError, parse_date

    with pytest.raises(DateParseError) as refused:
        parse_date(written, FIXED_TODAY)
    assert "has a time" in str(refused.value), str(refused.value)


def test_a_day_written_out_still_reads() -> None:
    from bounceback_tui.domain.dates import parse_date

    assert parse_date("1 March 2027", FIXED_TODAY) == date(2027, 3, 1)
    assert parse_date("2026-12-01", FIXED_TODAY) == date(2026, 12, 1)


def test_the_import_still_keeps_the_day_before_a_time() -> None:
    from bounceback_tui.transfer.csv_values import DateOrder, read_sheet_date

    assert read_sheet_date("2026-12-01 2pm", FIXED_TODAY, DateOrder()) == date(2026, 12, 1)
