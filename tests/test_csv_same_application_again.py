"""One application read again is not a second application (a tester's re-imports): a weekday
("fri") read on another day, the file run again with --day-first as the plan's own hint says, a
date applied edited by a day in the app, and one posting under two of its links each added the
same job again, with a second no and recovery plan. A real re-application months later is
still added, and the plan says so beside the one in the store."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.csv_import import plan_csv_import
from bounceback_tui.transfer.csv_write import write_csv_plan
from tests.conftest import FIXED_TODAY
from tests.csv_sheets import written_sheet
from tests.transfer_fixtures import count
from tests.written_over import another_program_writes


def test_a_weekday_read_on_another_day_is_the_same_application(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    path = written_sheet(tmp_path, "Company,Role,Status,Date Applied\nAcme,Engineer,Applied,fri\n")
    db = Database(opened_paths.database)
    try:
        assert write_csv_plan(db, plan_csv_import(path, opened_paths.database, today=FIXED_TODAY))
        later = FIXED_TODAY + timedelta(days=4)  # "fri" is now another Friday
        again = plan_csv_import(path, opened_paths.database, today=later)
    finally:
        db.dispose()
    assert again.rows == [] and [d.line for d in again.duplicates] == [2]


def test_running_again_with_day_first_adds_nothing(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written_sheet(
        tmp_path,
        "Company,Role,Date Applied\n"
        "Acme,Engineer,03/02/2026\n"
        "Globex,Analyst,01/11/2025\n",  # 11 January, or 1 November: ten months apart
    )
    assert main(["import", str(path), "--yes"]) == 0
    assert main(["import", str(path), "--day-first", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "0 new applications to add, 2 duplicates to skip" in out
    assert count(opened_paths.database, "application") == 2


def test_a_date_edited_by_a_day_in_the_app_is_the_same_application(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written_sheet(
        tmp_path,
        "Company,Role,Date Applied,Link\n"
        "Acme,Engineer,2026-02-02,https://acme.example/jobs/7\n"
        "Globex,Analyst,2026-02-03,\n",
    )
    assert main(["import", str(path), "--yes"]) == 0
    another_program_writes(
        opened_paths, "UPDATE application SET date_applied = date(date_applied, '+1 day')"
    )
    assert main(["import", str(path), "--yes"]) == 0
    assert "0 new applications to add, 2 duplicates to skip" in capsys.readouterr().out
    assert count(opened_paths.database, "application") == 2


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("https://boards.greenhouse.io/acme/jobs/123", "job-boards.greenhouse.io/acme/jobs/123"),
        ("https://jobs.lever.co/acme/" + "0" * 8 + "-1111-2222-3333-" + "4" * 12, None),
    ],
)
def test_one_posting_under_two_of_its_links_is_one_application_whatever_the_dates(
    opened_paths: DataPaths, tmp_path: Path, first: str, again: str | None
) -> None:
    again = again or first + "/apply"
    path = written_sheet(
        tmp_path,
        "Company,Role,Date Applied,Link\n"
        f"Acme,Engineer,2025-06-01,{first}\n"
        f"Acme,Engineer,2026-03-02,{again}\n",  # nine months on, the same posting
    )
    plan = plan_csv_import(path, opened_paths.database, today=FIXED_TODAY)
    assert [r.line for r in plan.rows] == [2]
    assert [d.reason for d in plan.duplicates] == [
        "Acme (Engineer) has the same link as Acme (Engineer) (line 2)"
    ]


def test_a_real_second_application_is_added_and_the_plan_says_beside_which(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    others = [f"Firm {n:02}" for n in range(21)]
    first = written_sheet(
        tmp_path,
        "Company,Role,Date Applied\n"
        + "".join(f"{name},Engineer,2025-11-01\n" for name in ["Acme", *others]),
    )
    assert main(["import", str(first), "--yes"]) == 0
    assert main(["import", str(first), "--yes"]) == 0  # the same file twice adds nothing
    assert count(opened_paths.database, "application") == 22
    path = written_sheet(
        tmp_path,
        "Company,Role,Date Applied\n"
        + "".join(f"{name},Engineer,2026-03-02\n" for name in ["Acme", *others]),
        "again.csv",
    )
    capsys.readouterr()
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "22 new applications to add, 0 duplicates to skip" in out
    assert (
        "Second applications (added beside the one in your store):\n"
        "  line 2: Acme (Engineer) is in your store, applied 2025-11-01; this row applied "
        "2026-03-02 is added as a second application\n"
    ) in out
    assert "  ... and 2 more (--all lists every one).\n" in out
    assert main(["import", str(path), "--yes", "--all"]) == 0
    out = capsys.readouterr().out
    assert "  line 23: Firm 20 (Engineer) is in your store, applied 2025-11-01;" in out
    assert "more (--all" not in out
    assert count(opened_paths.database, "application") == 44


def test_a_hand_edited_date_in_the_store_tells_nothing_and_the_import_goes_on(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A reviewer's walk: a date applied edited by hand to "last spring" in the store made
    # the next import of the same application end in a ValueError.
    path = written_sheet(tmp_path, "Company,Role,Date Applied\nAcme,Engineer,2026-02-02\n")
    assert main(["import", str(path), "--yes"]) == 0
    another_program_writes(opened_paths, "UPDATE application SET date_applied = 'last spring'")
    capsys.readouterr()
    assert main(["import", str(path), "--yes"]) == 0
    assert "0 new applications to add, 1 duplicate to skip" in capsys.readouterr().out
    assert count(opened_paths.database, "application") == 1
