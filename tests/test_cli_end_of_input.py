"""Ctrl-D at a command's [y/N] question is a no: nothing is written, exit 1, no crash log."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.transfer_fixtures import count, dump_store, fill_every_table


@pytest.fixture
def at_a_terminal_that_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal whose input has ended: the person pressed Ctrl-D at the question."""
    from bounceback_tui import commands

    monkeypatch.setattr(commands, "interactive", lambda: True)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))


@pytest.mark.usefixtures("at_a_terminal_that_ends")
def test_end_of_input_at_the_csv_question_writes_nothing(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "race.csv"
    source.write_text("Company,Role\nAcme,Engineer\n")
    assert main(["import", str(source)]) == 1
    captured = capsys.readouterr()
    assert "Add 1 application to" in captured.out
    assert captured.out.endswith("Nothing was written.\n")
    assert "EOFError" not in captured.err and "crash" not in captured.err
    assert count(opened_paths.database, "application") == 0


@pytest.mark.usefixtures("at_a_terminal_that_ends")
def test_end_of_input_at_the_restore_question_changes_nothing(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    assert main(["backup"]) == 0
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute("DELETE FROM application WHERE id <= 10")
    changed = dump_store(opened_paths.database)
    capsys.readouterr()
    assert main(["restore", "latest"]) == 1
    captured = capsys.readouterr()
    assert captured.out.endswith("Nothing was changed.\n")
    assert "EOFError" not in captured.err and "crash" not in captured.err
    assert dump_store(opened_paths.database) == changed


@pytest.mark.usefixtures("at_a_terminal_that_ends")
def test_end_of_input_at_the_replace_question_replaces_nothing(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    exported = tmp_path / "all.json"
    assert main(["export", "-o", str(exported)]) == 0
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute("DELETE FROM application WHERE id <= 10")
    changed = dump_store(opened_paths.database)
    capsys.readouterr()
    assert main(["import", str(exported), "--replace"]) == 1
    captured = capsys.readouterr()
    assert captured.out.endswith("Nothing was written.\n")
    assert "EOFError" not in captured.err and "crash" not in captured.err
    assert dump_store(opened_paths.database) == changed
