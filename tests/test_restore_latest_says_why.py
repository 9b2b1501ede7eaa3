"""`restore latest` with only backups refused for what they hold (a column SQLite cannot
drop, a row the app cannot use) says why each was passed over, and does not send the person
to `restore`'s list for a reason: the list gives those backups no mark ("`…restore` lists
them and says why", and it did not)."""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.helpers import file_digest


def test_latest_says_why_a_backup_with_a_column_kept_was_passed_over(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = back_up_store(opened_paths)
    conn = sqlite3.connect(backup)
    conn.execute("ALTER TABLE application ADD COLUMN zz_base INTEGER")
    conn.execute(
        "ALTER TABLE application ADD COLUMN zz_made INTEGER GENERATED ALWAYS AS (zz_base + 1)"
    )
    conn.commit()
    conn.close()
    digest = file_digest(opened_paths.database)
    capsys.readouterr()

    assert main(["--data-dir", str(opened_paths.data_dir), "restore", "latest", "--yes"]) == 1
    said = capsys.readouterr()
    passed = [line for line in said.out.splitlines() if line.startswith("Passed over")]
    assert len(passed) == 1, said.out
    assert backup.name in passed[0] and "application.zz_base" in passed[0], passed
    assert "cannot be left out" in passed[0], passed
    assert "None of the backups in" in said.err
    assert "lists them and says why" not in said.err, said.err
    assert "said above" in said.err, said.err
    assert file_digest(opened_paths.database) == digest
