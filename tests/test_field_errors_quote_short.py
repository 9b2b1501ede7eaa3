"""A form's error quotes the person's text short, whole characters, with the ellipsis.

A tester's walk: 10,000 characters pasted into the application form's "Salary from" (or
"Salary to") made an error of about 170 lines, the whole paste quoted. The Date field cut
its quote itself: between a letter and its combining accent ('é' shown as 'e'), ending in
"..." rather than "…". Every form error that quotes what was typed now cuts it one way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.interviews import parse_time
from bounceback_tui.domain.skills import parse_source_kind
from bounceback_tui.domain.stages import parse_stage
from bounceback_tui.domain.zones import parse_zone
from bounceback_tui.errors import ValidationError

TODAY = date(2026, 3, 16)
PASTE = "x" * 10_000
# "é" typed as e and a combining acute accent, as some keyboards and pastes send it.
ACCENTED = "e\u0301" * 60


def _error(field: str, typed: str) -> str:
    with pytest.raises(ValidationError) as caught:
        validate_application({"company": "Acme", "role": "Engineer", field: typed}, TODAY)
    message = caught.value.for_field(field)
    assert message is not None
    return message


def _short(message: str) -> None:
    assert len(message) < 400, f"{len(message)} characters"  # the Date's own hint is long
    assert "…" in message
    assert "..." not in message
    assert PASTE[:60] not in message


@pytest.mark.parametrize("field", ["salary_min", "salary_max"])
def test_a_pasted_salary_is_quoted_short(field: str) -> None:
    message = _error(field, PASTE)
    _short(message)
    assert "is not an amount" in message


@pytest.mark.parametrize("field", ["date_applied", "next_follow_up", "posted_on"])
def test_a_pasted_date_is_quoted_short(field: str) -> None:
    _short(_error(field, PASTE))


def test_a_date_is_never_cut_inside_an_accented_letter() -> None:
    message = _error("date_applied", ACCENTED)
    _short(message)
    quoted = message.split("'")[1]
    assert quoted.endswith("\u0301…"), quoted  # the last letter whole, then the ellipsis
    assert all(quoted[i + 1] == "\u0301" for i, ch in enumerate(quoted) if ch == "e")


@pytest.mark.parametrize(
    "parse", [parse_time, parse_stage, parse_source_kind, parse_zone], ids=lambda p: p.__name__
)
def test_other_fields_quote_a_paste_short(parse: Callable[[str], object]) -> None:
    with pytest.raises(ValueError) as caught:
        parse(PASTE)
    _short(str(caught.value))
