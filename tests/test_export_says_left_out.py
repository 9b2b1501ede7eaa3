"""A JSON export of a store another program added to says, in one line, what it left out.

The export holds the app's own tables and columns only: another program's trigger, view,
table or column in the store is not written, and nothing said so. A person keeping the file
as "everything" learnt of it only by importing it. `export` now says so on stderr, in one
plain line (the names never read as markup or acted on by the terminal), whether the export
goes to a file or to the terminal; a store as the app makes it gets no such line.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.test_foreign_layout_cleared import FOREIGN
from tests.transfer_fixtures import fill_every_table

COLUMN = "ALTER TABLE application ADD COLUMN zz_col TEXT"
SAID = (
    "The export leaves out a trigger (zz_evil), a view (zz_seen), a table (zz_extra) and a "
    "column (application.zz_col) that bounceback-tui does not make; your store is unchanged."
)


def _add_theirs(paths: DataPaths) -> None:
    conn = sqlite3.connect(paths.database)
    for statement in (*FOREIGN, COLUMN):
        conn.execute(statement)
    conn.commit()
    conn.close()


def _said(err: str) -> list[str]:
    return [line for line in err.splitlines() if "leaves out" in line]


def test_an_export_to_a_file_says_what_it_left_out(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    _add_theirs(opened_paths)
    capsys.readouterr()
    exported = tmp_path / "all.json"
    assert main(["export", "-o", str(exported), "--data-dir", str(opened_paths.data_dir)]) == 0
    said = capsys.readouterr()
    assert _said(said.err) == [SAID]
    assert "leaves out" not in said.out
    assert "zz_extra" not in json.loads(exported.read_text())["tables"]


def test_an_export_to_the_terminal_says_it_on_stderr(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_theirs(opened_paths)
    capsys.readouterr()
    assert main(["export", "-o", "-", "--data-dir", str(opened_paths.data_dir)]) == 0
    said = capsys.readouterr()
    assert _said(said.err) == [SAID]
    json.loads(said.out)  # the export alone on stdout


def test_a_store_as_the_app_makes_it_gets_no_such_line(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert (
        main(["export", "-o", str(tmp_path / "a.json"), "--data-dir", str(opened_paths.data_dir)])
        == 0
    )
    assert _said(capsys.readouterr().err) == []


def test_a_name_is_shown_as_plain_text(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(opened_paths.database)
    conn.execute('CREATE TABLE "zz_[b]\x1b[31mred" (x TEXT)')
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert (
        main(["export", "-o", str(tmp_path / "a.json"), "--data-dir", str(opened_paths.data_dir)])
        == 0
    )
    (line,) = _said(capsys.readouterr().err)
    assert "\x1b" not in line
    assert line.startswith("The export leaves out a table (zz_[b]")
