"""What the plan says about `--status` and the statuses it reads (a tester's walk): a --status
the Got as far as column used was called "not used", and that column's refusal did not offer
--status; more than 20 unknown statuses gave a command holding only 20 of them; a control
character in a --status was shown three ways, one of which changed the argument when copied;
"2 duplicates say another stage than the application it repeats"; and an emoji status moved
the plan's "->" column by one."""

from __future__ import annotations

import shlex
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.text import text_cells
from bounceback_tui.paths import DataPaths
from tests.csv_sheets import written_sheet
from tests.transfer_fixtures import count

REACHED = (
    "Company,Role,Status,Date Applied,Got as far as\nAcme,Engineer,Rejected,2026-03-02,Entrevista\n"
)


def test_a_status_the_got_as_far_as_column_uses_is_used(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written_sheet(tmp_path, REACHED)
    assert main(["import", str(path), "--status", "Entrevista=interviewing", "--yes"]) == 0
    out = capsys.readouterr().out
    assert "is not used" not in out
    with sqlite3.connect(opened_paths.database) as conn:
        assert conn.execute("SELECT stage_reached FROM rejection").fetchall() == [("interviewing",)]


def test_the_got_as_far_as_refusal_offers_status(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written_sheet(tmp_path, REACHED)
    main(["import", str(path), "--dry-run"])
    out = capsys.readouterr().out
    assert "line 2: Got as far as: 'Entrevista' is not a stage I know; use one of: " in out
    assert ", or name it with --status Entrevista=STAGE\n" in out


def test_the_command_to_run_again_holds_every_unknown_status(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = [f"Wort{n}" for n in range(23)]
    path = written_sheet(
        tmp_path,
        "Company,Role,Status\n" + "".join(f"Firm {w},Engineer,{w}\n" for w in words),
    )
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    command = next(line for line in out.splitlines() if line.startswith("  bounceback-tui"))
    given = shlex.split(command)
    assert [given[i + 1] for i, word in enumerate(given) if word == "--status"] == [
        f"{w}=STAGE" for w in words
    ]


def test_a_control_character_in_a_status_is_refused_plainly(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written_sheet(tmp_path, "Company,Role,Status\nAcme,Engineer,Absage\n")
    assert main(["import", str(path), "--status", "Ab\x1b[31msage=rejected", "--yes"]) != 0
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err
    assert (
        "--status 'Ab\\x1b[31msage=rejected' holds a control character (\\x1b), which no "
        "status in a file is compared by: write the status as the file shows it, without it. "
        "Nothing was written."
    ) in captured.err
    assert count(opened_paths.database, "application") == 0


def test_two_duplicates_at_another_stage_are_counted_in_one_number(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = written_sheet(
        tmp_path, "Company,Role,Status\nAcme,Engineer,Applied\nGlobex,Analyst,Applied\n"
    )
    assert main(["import", str(first), "--yes"]) == 0
    first.write_text(
        "Company,Role,Status\nAcme,Engineer,Screening\nGlobex,Analyst,Offer\n", encoding="utf-8"
    )
    assert main(["import", str(first), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert (
        "2 duplicates say another stage than the applications they repeat. The import leaves "
        "those as they are; if these rows are newer, move them in the Pipeline"
    ) in out


def test_an_emoji_status_keeps_the_arrows_in_one_column(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written_sheet(
        tmp_path, "Company,Role,Status\nAcme,Engineer,🎉 Offer\nGlobex,Analyst,Offers\n"
    )
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    listed = [line for line in out.splitlines() if line.startswith("  ") and "Offer" in line]
    assert len(listed) == 2
    # The emoji takes two cells: both arrows start at one cell, after the wider status.
    assert [text_cells(line[: line.index("->")]) for line in listed] == [12, 12]
