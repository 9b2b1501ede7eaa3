"""A time zone the interview form cannot read quotes what was typed as every field does.

The time-zone error quoted 60 characters of a long paste where the date and the salary
quote about 40, so at 120 columns its closing "…'" wrapped onto a line alone. It now quotes
the same text the same way as the date beside it.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from bounceback_tui.domain.dates import DateParseError, parse_date
from bounceback_tui.domain.zones import parse_zone

PASTE = "Somewhere over the rainbow way up high there is a land that I heard of once"


def _quote(message: str) -> str:
    found = re.match(r"'[^']*'", message)
    assert found is not None, message
    return found.group(0)


def test_a_long_zone_is_quoted_as_a_long_date_is() -> None:
    with pytest.raises(DateParseError) as date_error:
        parse_date(PASTE, date(2026, 12, 7))
    with pytest.raises(ValueError) as zone_error:
        parse_zone(PASTE)
    as_a_date = re.search(r"'[^']*'", str(date_error.value))
    assert as_a_date is not None
    assert _quote(str(zone_error.value)) == as_a_date.group(0)
    assert _quote(str(zone_error.value)).endswith("…'")
