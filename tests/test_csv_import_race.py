"""Two imports of one CSV at once: the second to write skips what the first added.

Duplicates were looked for only when the plan was made, so a file imported from two
terminals (one waiting at its question while the other ran with --yes) was added twice.
"""

from __future__ import annotations

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


def test_the_other_terminal_imports_while_this_one_asks(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bounceback_tui import commands

    source = written_sheet(tmp_path, "Company,Role\nAcme,Engineer\n", "race.csv")
    answered: list[int] = []

    def other_terminal_first(question: str) -> str:
        assert "Add 1 application to" in question
        answered.append(main(["import", str(source), "--yes"]))
        return "y"

    monkeypatch.setattr(commands, "interactive", lambda: True)
    monkeypatch.setattr("builtins.input", other_terminal_first)
    assert main(["import", str(source)]) == 0
    assert answered == [0]
    out = capsys.readouterr().out
    assert "Added 0 applications." in out
    assert (
        "1 row was added meanwhile by another window or import and was skipped:\n"
        "  line 2: Acme (Engineer) has the same company and role as Acme (Engineer) "
        "(already in your store)\n"
    ) in out
    assert count(opened_paths.database, "application") == 1


def test_two_plans_of_a_big_file_add_each_row_once(opened_paths: DataPaths, tmp_path: Path) -> None:
    source = tmp_path / "big.csv"
    lines = [f"Company {n},Role {n},https://jobs.example/{n}" for n in range(1, 1201)]
    source.write_text("Company,Role,Link\n" + "\n".join(lines) + "\n")
    first = plan_csv_import(source, opened_paths.database, today=FIXED_TODAY)
    second = plan_csv_import(source, opened_paths.database, today=FIXED_TODAY)
    assert len(first.rows) == len(second.rows) == 1200
    db = Database(opened_paths.database)
    try:
        assert write_csv_plan(db, first) == 1200
        assert write_csv_plan(db, second) == 0
    finally:
        db.dispose()
    assert len(second.meanwhile) == 1200 and first.meanwhile == []
    assert second.meanwhile[0].line == 2
    assert count(opened_paths.database, "application") == 1200
    assert count(opened_paths.database, "stage_change") == 1200


def test_a_file_half_added_meanwhile_adds_the_other_half(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    whole = written_sheet(
        tmp_path, "Company,Role\nAcme,Engineer\nGlobex,Analyst\nInitech,Designer\n", "whole.csv"
    )
    half = written_sheet(tmp_path, "Company,Role\nGlobex,Analyst\n", "half.csv")
    plan = plan_csv_import(whole, opened_paths.database, today=FIXED_TODAY)
    assert main(["import", str(half), "--yes"]) == 0
    db = Database(opened_paths.database)
    try:
        assert write_csv_plan(db, plan) == 2
    finally:
        db.dispose()
    assert [p.line for p in plan.meanwhile] == [3]
    assert count(opened_paths.database, "application") == 3
