"""Whether a store holds data counts only the tables the app makes: another program's table
with a row in an empty store made `demo` say "already holds data" (and `restore` and the
backups' list call it "other data, no applications") when the person had written nothing."""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.commands.restore import holds
from bounceback_tui.paths import DataPaths
from tests.helpers import file_digest


def _their_table(paths: DataPaths) -> None:
    conn = sqlite3.connect(paths.database)
    conn.execute("CREATE TABLE zz_notes (note TEXT)")
    conn.execute("INSERT INTO zz_notes VALUES ('theirs')")
    conn.commit()
    conn.close()


def test_an_empty_store_with_another_programs_row_is_empty(opened_paths: DataPaths) -> None:
    _their_table(opened_paths)
    assert holds(opened_paths.database) == "empty"


def test_demo_on_it_names_what_is_in_the_way(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(opened_paths.data_dir.parent / "another"))
    _their_table(opened_paths)
    digest = file_digest(opened_paths.database)

    assert main(["--data-dir", str(opened_paths.data_dir), "demo"]) == 1
    said = capsys.readouterr().err
    assert "already holds data" not in said
    assert "your store holds a table (zz_notes) that bounceback-tui does not make" in said
    assert "repair` removes it after a backup." in said
    assert file_digest(opened_paths.database) == digest
