"""A newcomer's own spreadsheet tracker, as a stranger's walk wrote one (eighteenth round):
semicolons, a BOM, "Job Title (as posted)", a Priority column of High/Med/Low and a
"Salary (€)" column of "55.000". Before: the role column was refused (the docs name that very
header as one the matcher takes), every row was refused for its priority with no way to leave
the column out, and 55.000 euros were stored as 55 with no currency."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.domain.salary import parse_salary
from bounceback_tui.transfer.csv_import import plan_csv_import
from bounceback_tui.transfer.csv_mapping import map_headers, parse_mapping_overrides
from bounceback_tui.transfer.csv_values import SalaryRange, read_excitement, split_salary
from tests.conftest import FIXED_TODAY
from tests.csv_sheets import planned, written_sheet

SHEET = (
    "\ufeffCompany;Job Title (as posted);Priority ★;Status;Salary (€)\n"
    "Acme;Engineer;High;Applied;55.000\n"
    "Initech;Analyst;Low;Phone Screen;48.500,50\n"
    "Umbrella;Developer;whenever;Applied;$70k\n"
)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = written_sheet(tmp_path, SHEET, "my tracker.csv")
    return path


def test_a_header_that_says_where_a_value_came_from_still_names_it() -> None:
    mapping = map_headers(["Company", "Job Title (as posted)", "Salary (as offered)"])
    assert [c.field for c in mapping.columns] == ["company", "role", "salary"]
    # A word that changes what the column holds still keeps it out.
    assert map_headers(["Company", "Role", "Title posted"]).columns[2].field != "role"


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("55.000", 55000.0),
        ("1.250.000,50", 1250000.5),
        ("55,000", 55000.0),
        ("55.5", 55.5),
        # A decimal comma (an attacker's walk: "55,5" was 555, "1,5k" 15,000).
        ("55,5", 55.5),
        ("12,34", 12.34),
        ("1,5k", 1500.0),
        ("€85,000", 85000.0),
    ],
)
def test_dots_between_thousands_and_decimal_commas(written: str, amount: float) -> None:
    assert parse_salary(written) == pytest.approx(amount)


@pytest.mark.parametrize("written", ["-5000", "$-5000", "USD -5000", "(5000)", "€ -5.000"])
def test_a_pay_below_nothing_goes_to_the_notes_as_written(written: str) -> None:
    # Only a leading minus was seen at first: "$-5000" became 5,000 (the fourth stranger).
    assert split_salary(written) == SalaryRange(note=written)


@pytest.mark.parametrize("written", ["80k-100k", "50 - 60k", "£50k - £60k", "€50.000-€60.000"])
def test_a_range_is_no_minus(written: str) -> None:
    found = split_salary(written)
    assert found.minimum and found.maximum and not found.note


def test_a_leading_zero_is_no_thousands() -> None:
    assert parse_salary("0.500") == pytest.approx(0.5)  # was 500 (the fourth stranger)


@pytest.mark.parametrize(("word", "stars"), [("High", "5"), ("med", "3"), ("LOW", "1")])
def test_a_trackers_priority_words_become_excitement(word: str, stars: str) -> None:
    assert read_excitement(word) == stars


def test_the_sheet_reads_with_its_currency_and_says_how_to_leave_a_column_out(
    sheet: Path,
) -> None:
    plan = plan_csv_import(sheet, None, today=FIXED_TODAY)
    assert [row.data.company for row in plan.rows] == ["Acme", "Initech"]
    acme, initech = (row.data for row in plan.rows)
    assert (acme.role, acme.excitement, acme.salary_min, acme.salary_currency) == (
        "Engineer",
        5,
        55000.0,
        "EUR",
    )
    assert (initech.salary_min, initech.salary_currency) == (48500.5, "EUR")
    # The third row's priority is no number: refused, with the way round it.
    assert [problem.line for problem in plan.bad] == [4]
    assert (
        "1 row is refused for Excitement, from the column 'Priority ★'. If that column holds "
        "something else, leave it out: --map 'Priority ★=' (no field)."
    ) in plan.describe()


def test_a_column_left_out_by_map_is_not_read(sheet: Path) -> None:
    given = parse_mapping_overrides(["Priority ★="])
    assert given == {"Priority ★": ""}
    plan = plan_csv_import(sheet, None, today=FIXED_TODAY, given_map=given)
    assert [row.data.company for row in plan.rows] == ["Acme", "Initech", "Umbrella"]
    assert all(row.data.excitement is None for row in plan.rows)
    assert plan.bad == []
    # Its own currency wins over the header's.
    assert plan.rows[2].data.salary_currency == "USD"


def test_a_map_naming_no_column_is_refused_with_the_one_meant(sheet: Path) -> None:
    """An attacker's walk: `--map 'Priorty='` was taken, the Priority column stayed mapped and
    every row kept failing, without a word about the typo."""
    from bounceback_tui.transfer.files import TransferError

    with pytest.raises(TransferError, match=r"no column headed so \(did you mean 'Priority ★'\?\)"):
        plan_csv_import(
            sheet, None, today=FIXED_TODAY, given_map=parse_mapping_overrides(["Priorty="])
        )


def test_one_long_cell_is_its_rows_problem_not_the_files(tmp_path: Path) -> None:
    """A cell over Python's csv limit (131,072 characters) refused the whole file."""
    plan = planned(
        tmp_path,
        f"Company,Role,Notes\nAcme,Dev,{'x' * 200_000}\nInitech,Analyst,ok\n",
        name="long.csv",
    )
    assert [row.data.company for row in plan.rows] == ["Initech"]
    assert [problem.line for problem in plan.bad] == [2]
    assert "Notes" in plan.bad[0].reason


def test_a_map_that_leaves_out_a_needed_column_says_so(tmp_path: Path) -> None:
    """`--map 'Company='` was refused with "has no column for: Company. Its columns are
    'Company', ..." (the fourth stranger)."""
    from bounceback_tui.transfer.files import TransferError

    path = written_sheet(tmp_path, "Company,Role\nAcme,Dev\n", "plain.csv")
    with pytest.raises(TransferError, match=r"--map 'Company=' leaves out the column for Company"):
        plan_csv_import(path, None, today=FIXED_TODAY, given_map={"Company": ""})
