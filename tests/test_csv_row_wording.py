"""A CSV row refused says why in the forms' words.

"Rejected on: next fri" gave only "Rejected on: the date cannot be in the future", where the
forms say which day a word was read as; a salary of 1500000000 in "Rp" was "larger than any
real one; check the digits; Use a three-letter currency code like EUR" (judged against a
currency the row does not have, said before the currency, and a capital mid-line). The
clock is frozen at Monday 2026-03-16 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.errors import ValidationError
from tests.csv_sheets import planned

MONDAY = date(2026, 3, 16)


def _problems(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    plan = planned(tmp_path, text, today=MONDAY, name="tracker.csv")
    return [(problem.line, problem.reason) for problem in plan.bad]


def test_a_day_of_a_no_typed_as_a_word_says_which_day_it_was_read_as(tmp_path: Path) -> None:
    assert _problems(
        tmp_path,
        "Company,Position,Status,Date Applied,Rejected on\n"
        "Acme,Engineer,Rejected,2026-03-02,next fri\n"
        "Globex,Developer,Rejected,2026-03-02,2026-04-01\n"
        "Initech,QA,Applied,+3d,\n",
    ) == [
        (2, "next fri was read as Fri 20 Mar 2026. The day of the no cannot be in the future"),
        (3, "The day of the no cannot be in the future"),
        (4, "+3d was read as Thu 19 Mar 2026. The date applied cannot be in the future"),
    ]


def test_an_unknown_currency_is_said_first_and_the_amount_not_judged_by_it(
    tmp_path: Path,
) -> None:
    assert _problems(
        tmp_path,
        "Company,Position,Salary min,Currency,Excitement\n"
        "Acme,Engineer,1500000000,Rp,\n"
        "Globex,Developer,1500000000,EUR,9\n",
    ) == [
        (2, "Use a three-letter currency code like EUR"),
        (
            3,
            "That salary is larger than any real one; check the digits; "
            "excitement is a whole number from 1 to 5",
        ),
    ]


def test_the_form_says_the_currency_first_too() -> None:
    values = {"company": "Acme", "role": "Engineer", "salary_min": "1500000000"}
    with pytest.raises(ValidationError) as caught:
        validate_application({**values, "salary_currency": "Rp"}, MONDAY)
    assert [e.field for e in caught.value.errors] == ["salary_currency"]
