"""A yes/no column is not matched to a field that never holds yes or no by its header alone.

A stranger moving in from Google Sheets found a `Follow-up?` column of TRUE/FALSE matched to
Next follow-up, every row refused ("'TRUE' is not a date I can read"), and the hint saying
`--map 'Its header='` instead of naming the column. A `Referral?` column of Yes/No was
matched to Source and every row stored as Other, the Yes rows too, without a word. Such a
column is now left out, and the plan says why (``transfer/csv_fit.py``); a yes/no column
whose header says referral reads Yes as a referral; a refused row's hint names its column.
The clock is frozen at Monday 2026-03-16 (tests/conftest.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import Source
from bounceback_tui.paths import DataPaths
from tests.csv_sheets import planned, written_sheet


def _plan(tmp_path: Path, text: str, given: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return planned(tmp_path, text, given_map=given)


def test_a_true_false_follow_up_column_is_left_out_and_said_why(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        "Company,Role,Follow-up?,Date applied\n"
        "Acme,Engineer,TRUE,2026-03-02\n"
        "Globex,Developer,FALSE,2026-03-03\n",
    )
    assert plan.bad == []
    assert [(row.data.company, row.data.next_follow_up) for row in plan.rows] == [
        ("Acme", None),
        ("Globex", None),
    ]
    assert (
        "  Follow-up?    --  not imported (its header reads as Next follow-up, but its values "
        "are yes or no; --map 'Follow-up?=next_follow_up' reads it anyway)"
    ) in plan.describe()


@pytest.mark.parametrize(
    ("cells", "kept"),
    [
        (("✓", "", "✓"), False),
        (("yes", "no", "Yes"), False),
        (("Y", "n", "N/A"), False),
        (("2026-03-02", "", "2026-03-04"), True),
        (("", "", ""), True),  # nothing said: nothing to judge it by
    ],
)
def test_a_date_column_of_checkmarks_is_left_out(
    tmp_path: Path, cells: tuple[str, str, str], kept: bool
) -> None:
    one, two, three = cells
    plan = _plan(
        tmp_path,
        "Company,Role,Status,Applied?\n"
        f"Acme,Engineer,Applied,{one}\nGlobex,Developer,Applied,{two}\nInitech,QA,Applied,{three}\n",
    )
    assert plan.bad == []
    assert (plan.mapping.index_of("date_applied") is not None) is kept


def test_the_hint_for_refused_rows_names_their_column(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = written_sheet(
        tmp_path,
        "Company,Role,Follow-up?\nAcme,Engineer,2026-03-20\nGlobex,Developer,TRUE\n"
        "Initech,QA,soon-ish\nUmbrella,Analyst,2026-03-30\n",
    )
    assert main(["import", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "line 3: Next follow-up: 'TRUE' is not a date I can read" in out
    assert (
        "2 rows are refused for Next follow-up, from the column 'Follow-up?'. If that column "
        "holds something else, leave it out: --map 'Follow-up?=' (no field)."
    ) in out
    assert "Its header" not in out


def test_a_column_given_with_map_is_read_as_given(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        "Company,Role,Follow-up?\nAcme,Engineer,TRUE\n",
        {"Follow-up?": "next_follow_up"},
    )
    assert [problem.line for problem in plan.bad] == [2]
    assert "from the column 'Follow-up?'" in "\n".join(plan.describe())


def test_a_yes_no_referral_column_reads_yes_as_a_referral(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        "Company,Role,Referral?\nAcme,Engineer,Yes\nGlobex,Developer,No\nInitech,QA,\n",
    )
    assert [row.data.source for row in plan.rows] == [Source.REFERRAL, None, None]
    assert (
        "  Referral?  ->  Source (its values are yes or no: Yes as a referral)" in plan.describe()
    )


def test_a_yes_no_source_column_is_left_out(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "Company,Role,Source\nAcme,Engineer,TRUE\nGlobex,Developer,FALSE\n")
    assert [row.data.source for row in plan.rows] == [None, None]
    assert (
        "  Source   --  not imported (its header reads as Source, but its values are yes or "
        "no; --map 'Source=source' reads it anyway)"
    ) in plan.describe()


def test_sources_read_as_other_are_named(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        "Company,Role,Source\nAcme,Engineer,LinkedIn\nGlobex,Developer,Cousin\n"
        "Initech,QA,Other\nUmbrella,Analyst,Cousin\n",
    )
    assert [row.data.source for row in plan.rows] == [
        Source.JOB_BOARD,
        Source.OTHER,
        Source.OTHER,
        Source.OTHER,
    ]
    assert "A source I do not know (its rows say Other): 'Cousin'." in plan.describe()


def test_more_than_one_source_read_as_other_are_named_together(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        "Company,Role,Source\nAcme,Engineer,Cousin\nGlobex,Developer,Neighbour\n",
    )
    assert (
        "Sources I do not know (their rows say Other): 'Cousin', 'Neighbour'."
    ) in plan.describe()
