"""`restore`'s list marks a backup refused for a column SQLite cannot drop, and names the
backups whose rows are checked only once chosen.

A backup with a column added to one of the app's tables that another column is made from
was listed with no mark (its rows and columns were checked only once chosen: seconds a
backup at 10,000 applications), the line under the list named it as the one to restore, and
`restore 1` then refused it. The column is found from the layout alone, in memory, with no
row read, so the list marks it now as the restore refuses it. A row the app cannot use is
still found only once chosen: the line under the list names the backups that may still be
refused so. `restore latest` passes such a backup over as it did, saying why.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.backup_list_lines import listed_backups
from tests.rows_read import rows_read
from tests.test_backup_refusal_names_the_block import KEPT_COLUMN

NOT_OURS = "not made by bounceback-tui, cannot be used"


def _two_backups(paths: DataPaths) -> tuple[Path, Path]:
    """The newer with a column that cannot be dropped, the older as the app makes it."""
    made = back_up_store(paths)
    newer = paths.backups / "bounceback-20260315-090000-manual.sqlite3"
    older = paths.backups / "bounceback-20260314-090000-manual.sqlite3"
    older.write_bytes(made.read_bytes())
    made.rename(newer)
    conn = sqlite3.connect(newer)
    for statement in KEPT_COLUMN:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return newer, older


def test_the_list_marks_a_backup_with_a_column_that_cannot_be_dropped(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    newer, older = _two_backups(opened_paths)
    read = rows_read(monkeypatch)
    capsys.readouterr()
    assert main(["--data-dir", str(opened_paths.data_dir), "restore"]) == 0
    out = capsys.readouterr().out
    first, second = listed_backups(out)
    assert first.endswith(newer.name) and NOT_OURS in first, first
    assert second.endswith(older.name) and "cannot" not in second, second
    said = " ".join(out.split())
    assert "The newest backup that can be used is number 2" in said, out
    assert "so number 2, listed without a mark, may still be refused then" in said, out
    assert read == []  # no backup's rows read for the list
    # Chosen, it is refused as marked.
    assert main(["--data-dir", str(opened_paths.data_dir), "restore", "1", "--yes"]) == 1
    assert "which cannot be left out" in capsys.readouterr().err


def test_latest_still_passes_it_over_saying_why(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _newer, older = _two_backups(opened_paths)
    capsys.readouterr()
    assert main(["--data-dir", str(opened_paths.data_dir), "restore", "latest", "--yes"]) == 0
    out = capsys.readouterr().out
    passed = [line for line in out.splitlines() if line.startswith("Passed over")]
    assert len(passed) == 1 and "application.zz_base" in passed[0], out
    assert f"Taking backup number 2, {older.name}" in out, out
