"""The forms read every day the CSV import reads, the same way, by one reader.

A tester's walk: `import --dry-run` read "12.3.2027", "2027-3-1", "1 March 2027" and
"25/02/2027", while the interview's Date, the follow-up (`f`) and a skill's Target date
refused "12.3.2027", "28/03/2027" and "2027-3-1" with "Could not read …; use YYYY-MM-DD, …".
The same person was understood in one place and refused in the other. A slashed day that is a
real day both ways round (03/12/2027) the import reads as the rest of its file shows; a form,
with no file to tell it, refuses it, naming both days. The fixtures' today is Monday 16 March
2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.domain.dates import parse_optional_date
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.transfer.csv_import import plan_csv_import
from tests.test_follow_up_passed import _follow_up_of, _type_follow_up, initech  # noqa: F401

TODAY = date(2026, 3, 16)

# Each shape as a person writes it, and the day a person means by it.
SHAPES = [
    ("12.3.2027", date(2027, 3, 12)),
    ("28/03/2027", date(2027, 3, 28)),
    ("25/02/2027", date(2027, 2, 25)),
    ("2027-3-1", date(2027, 3, 1)),
    ("2027/03/01", date(2027, 3, 1)),
    ("1 March 2027", date(2027, 3, 1)),
    ("March 1st, 2027", date(2027, 3, 1)),
    ("25-02-27", date(2027, 2, 25)),
    ("next friday", date(2026, 3, 20)),
]

INTERVIEW = {"kind": "phone screen", "at": "10:30", "zone": "UTC", "length_minutes": "45"}


def _imported(tmp_path: Path, typed: str) -> date | None:
    """The day `import` reads ``typed`` as, in a Next follow-up column of its own."""
    source = tmp_path / "tracker.csv"
    source.write_text(
        f'Company,Position,Status,Applied on,Next follow-up\nAcme,QA,Applied,,"{typed}"\n'
    )
    plan = plan_csv_import(source, None, today=TODAY)
    assert plan.bad == []
    (row,) = plan.rows
    return row.data.next_follow_up


@pytest.mark.parametrize(("typed", "meant"), SHAPES)
def test_each_form_reads_the_day_the_import_reads(tmp_path: Path, typed: str, meant: date) -> None:
    assert _imported(tmp_path, typed) == meant
    assert validate_interview({**INTERVIEW, "day": typed}, TODAY).starts_at.date() == meant
    assert parse_optional_date(typed, TODAY) == meant  # the follow-up (f)
    skill = validate_skill({"title": "SQL joins", "kind": "technical", "target_date": typed}, TODAY)
    assert skill.target_date == meant


async def test_the_follow_up_form_saves_a_dotted_day(
    opened_paths: DataPaths,
    initech: int,  # noqa: F811
) -> None:
    error, _ = await _type_follow_up(opened_paths, initech, "12.3.2027")
    assert error == ""
    assert _follow_up_of(opened_paths, initech) == date(2027, 3, 12)


BOTH_WAYS = (
    "'03/12/2027' could be Fri 3 Dec 2027 (day first) or Fri 12 Mar 2027 (month first); "
    "write 2027-12-03 or 2027-03-12."
)


def test_a_day_both_ways_round_is_refused_in_a_form_naming_both() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_interview({**INTERVIEW, "day": "03/12/2027"}, TODAY)
    assert [error.message for error in refused.value.errors] == [f"Date: {BOTH_WAYS}"]
    with pytest.raises(ValidationError) as refused:
        validate_skill({"title": "SQL", "kind": "technical", "target_date": "03/12/2027"}, TODAY)
    assert [error.message for error in refused.value.errors] == [f"Target date: {BOTH_WAYS}"]


def test_the_import_reads_it_as_its_file_shows(tmp_path: Path) -> None:
    source = tmp_path / "tracker.csv"
    source.write_text(
        "Company,Position,Status,Applied on,Next follow-up\n"
        "Acme,QA,Applied,,25/02/2027\n"  # day first: the file shows its order
        "Globex,Dev,Applied,,03/12/2027\n"
    )
    plan = plan_csv_import(source, None, today=TODAY)
    assert [row.data.next_follow_up for row in plan.rows] == [date(2027, 2, 25), date(2027, 12, 3)]


@pytest.mark.parametrize("typed", ["2027-02-30", "31/02/2027", "13/13/2027"])
def test_a_shape_naming_no_day_is_refused_as_such(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_interview({**INTERVIEW, "day": typed}, TODAY)
    assert [error.message for error in refused.value.errors] == [
        f"Date: '{typed}' is not a real calendar date."
    ]
