"""What `import --replace`, `demo --force` and `restore` replace is copied whole first: another
program's table in the store, with its rows, is in the backup each takes before it.

A review of the twenty-ninth round: backups were made to leave out what the app does not make,
and the three safety copies took that rule too, so `import --replace` removed another program's
table ("Removed what the app does not make: … table zz_extra") and its rows were in no backup
at all. `repair` already kept its own copy whole; these three are the same kind of copy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.transfer_fixtures import fill_every_table

THEIR_ROW = "a row another program keeps here"


@pytest.fixture
def theirs(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    conn = sqlite3.connect(opened_paths.database)
    conn.execute("CREATE TABLE zz_extra (x TEXT)")
    conn.execute("INSERT INTO zz_extra VALUES (?)", (THEIR_ROW,))
    conn.commit()
    conn.close()
    return opened_paths


def _their_rows(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [str(row[0]) for row in conn.execute("SELECT x FROM zz_extra")]
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def _backup_labelled(paths: DataPaths, label: str) -> Path:
    made = sorted(paths.backups.glob(f"*{label}*.sqlite3"))
    assert len(made) == 1, made
    return made[0]


def test_import_replace_keeps_their_rows_in_its_backup(
    theirs: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "mine.json"
    conn = sqlite3.connect(theirs.database)
    conn.execute("DROP TABLE zz_extra")  # the export itself is refused while it is there
    conn.commit()
    conn.close()
    assert main(["export", "-o", str(export), "--data-dir", str(theirs.data_dir)]) == 0
    conn = sqlite3.connect(theirs.database)
    conn.execute("CREATE TABLE zz_extra (x TEXT)")
    conn.execute("INSERT INTO zz_extra VALUES (?)", (THEIR_ROW,))
    conn.commit()
    conn.close()
    args = ["import", "--replace", "--yes", str(export), "--data-dir", str(theirs.data_dir)]
    assert main(args) == 0
    assert _their_rows(theirs.database) == []  # gone from the store, as it says
    assert _their_rows(_backup_labelled(theirs, "before-import")) == [THEIR_ROW]


def test_demo_force_keeps_their_rows_in_its_backup(theirs: DataPaths) -> None:
    args = ["demo", "--force", "--scale", "3", "--data-dir", str(theirs.data_dir)]
    assert main(args) == 0
    assert _their_rows(theirs.database) == []
    assert _their_rows(_backup_labelled(theirs, "before-demo")) == [THEIR_ROW]


def test_restore_keeps_their_rows_in_its_backup(theirs: DataPaths) -> None:
    clean = back_up_store(theirs)  # a backup leaves their table out
    assert _their_rows(clean) == []
    assert main(["restore", str(clean), "--yes", "--data-dir", str(theirs.data_dir)]) == 0
    assert _their_rows(theirs.database) == []
    assert _their_rows(_backup_labelled(theirs, "before-restore")) == [THEIR_ROW]
