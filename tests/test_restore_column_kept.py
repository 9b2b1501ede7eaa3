"""A backup with a column added to one of the app's tables that SQLite cannot drop (another
column is made from it) is refused for that, not as "damaged and cannot be read": the
restore leaves out what the app does not make, and that column cannot be left out."""

from __future__ import annotations

import shlex
import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.helpers import file_digest


def test_a_backup_with_a_column_that_cannot_be_dropped_is_refused_for_it(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(opened_paths.data_dir.parent / "another"))
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

    assert main(["--data-dir", str(opened_paths.data_dir), "restore", str(backup), "--yes"]) == 1
    option = f"--data-dir {shlex.quote(str(opened_paths.data_dir))}"
    assert capsys.readouterr().err == (
        f"bounceback-tui: The backup {backup.name} was not made by bounceback-tui, or was "
        "changed since: it has a column application.zz_base the app does not make, which "
        "cannot be left out: something else in the backup uses it; nothing was changed. "
        "Choose another backup. "
        f"`bounceback-tui {option} restore` lists your backups.\n"
    )
    assert file_digest(opened_paths.database) == digest
