"""A Notion export reads: its date with a time, and its title column named with --map.

A stranger moving in from Notion found "Mar 3, 2026 10:15 AM" refused as "not a date I can
read" while "Mar 3 2026" and ISO with a time were read; and a file whose title column is
`Name` was refused with an example, --map 'Employer Name=company', naming a column the file
does not have. The clock is frozen at Monday 2026-03-16 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.transfer.csv_import import plan_csv_import
from bounceback_tui.transfer.csv_values import DateOrder, read_sheet_date
from bounceback_tui.transfer.files import TransferError
from tests.csv_sheets import planned, written_sheet

MONDAY = date(2026, 3, 16)


@pytest.mark.parametrize(
    "text",
    [
        "Mar 3, 2026 10:15 AM",
        "March 3, 2026 10:15 PM",
        "Mar 3, 2026 9:05am",
        "March 3, 2026 at 10:15 AM",
        "03/03/2026 14:05",
        "Tuesday, March 3, 2026 10:15 AM",
    ],
)
def test_a_date_with_a_time_is_read_as_its_day(text: str) -> None:
    assert read_sheet_date(text, MONDAY, DateOrder()) == date(2026, 3, 3)


def test_a_time_alone_is_still_not_a_date() -> None:
    with pytest.raises(ValueError, match="is not a date I can read"):
        read_sheet_date("10:15 AM", MONDAY, DateOrder())


def test_a_notion_row_with_a_time_is_added_with_its_day(tmp_path: Path) -> None:
    plan = planned(
        tmp_path,
        'Position,Company,Status,Date applied\nEngineer,Acme,Applied,"Mar 3, 2026 10:15 AM"\n',
        today=MONDAY,
        name="notion.csv",
    )
    assert plan.bad == []
    assert [row.data.date_applied for row in plan.rows] == [date(2026, 3, 3)]


def test_the_example_names_the_files_own_title_column(tmp_path: Path) -> None:
    source = written_sheet(
        tmp_path, "Name,Company,Status,Tags\nEngineer,Acme,Applied,remote\n", "notion.csv"
    )
    with pytest.raises(TransferError) as refused:
        plan_csv_import(source, None, today=MONDAY)
    message = str(refused.value)
    assert "has no column for: Role" in message
    assert "for example --map 'Name=role'." in message
    assert "Employer Name" not in message


def test_with_neither_column_each_gets_an_example_of_its_own(tmp_path: Path) -> None:
    source = written_sheet(
        tmp_path, "Tags,Who,Name,Status\nx,Acme,Engineer,Applied\n", "notion.csv"
    )
    with pytest.raises(TransferError) as refused:
        plan_csv_import(source, None, today=MONDAY)
    # The title column first, then the file's other columns in their order.
    assert "for example --map 'Name=company' --map 'Tags=role'." in str(refused.value)
