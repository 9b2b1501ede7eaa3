"""`restore latest` with no backup it can use says why of each, and what can still work.

A walk: with every backup bad, `restore latest` passed each over, then ended "`bounceback-tui
restore` lists them and says why"; but the list showed a backup refused for a row with no
mark, and ended suggesting `restore latest` or `restore 1`, both of which fail. The refusal
now gives each backup's reason itself (one refused for a row was said in its own line above)
and names what can work: `repair`, `import` of an export, starting fresh.
"""

from __future__ import annotations

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.helpers import file_digest
from tests.test_restore_latest_usable import _scribbled
from tests.transfer_fixtures import fill_every_table
from tests.written_over import another_program_writes

ROW_BAD = "bounceback-20260316-080000-manual.sqlite3"
DAMAGED = "bounceback-20260315-090000-manual.sqlite3"
EMPTY = "bounceback-20260314-090000-manual.sqlite3"


def test_every_backup_bad_says_each_reason_and_what_can_work(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    made = back_up_store(opened_paths)
    row_bad = made.rename(opened_paths.backups / ROW_BAD)
    another_program_writes(
        row_bad,
        "UPDATE application SET stage = 'bogus' WHERE id = (SELECT min(id) FROM application)",
    )
    damaged = opened_paths.backups / DAMAGED
    damaged.write_bytes(row_bad.read_bytes())
    _scribbled(damaged)
    (opened_paths.backups / EMPTY).write_bytes(b"")
    digest = file_digest(opened_paths.database)
    capsys.readouterr()
    data_dir = str(opened_paths.data_dir)
    assert main(["restore", "latest", "--yes", "--data-dir", data_dir]) == 1
    captured = capsys.readouterr()
    assert f"Passed over backup number 1, {ROW_BAD}: it holds what the app cannot use" in (
        captured.out
    )
    err = " ".join(captured.err.split())
    assert "lists them and says why" not in err, err
    assert "number 1: holds what the app cannot use, as said above" in err, err
    assert "number 2: damaged, cannot be used" in err, err
    assert "number 3: holds no store, cannot be used" in err, err
    assert " repair` puts right" in err, err
    assert " import FILE --replace` puts back a JSON export" in err, err
    assert "start fresh" in err, err
    assert "restore latest`" not in err and "restore 1`" not in err, err
    assert file_digest(opened_paths.database) == digest
