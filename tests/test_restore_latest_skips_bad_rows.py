"""`restore latest` passes over a newest backup whose rows a restore refuses, says which and
why in one line, and puts back the newest good one, as the store-problem screen offers it.

The thirtieth round left it: `restore latest` is documented as "the newest one that can be
used", and took the newest whose file and layout passed, then stopped at its bad row ("holds
what the app cannot use … Choose another backup.") though an older backup would have done;
the person had to list the backups and guess which to try next.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.transfer import backup_rows
from tests.helpers import file_digest
from tests.transfer_fixtures import dump_store, fill_every_table

GOOD = "bounceback-20260315-090000-manual.sqlite3"
BAD = "bounceback-20260316-080000-manual.sqlite3"


def _backups(paths: DataPaths) -> tuple[Path, int]:
    """A good backup (older) and one with an application at an unknown stage (newest);
    the bad row's id."""
    made = back_up_store(paths)
    good = made.rename(paths.backups / GOOD)
    bad = paths.backups / BAD
    bad.write_bytes(good.read_bytes())
    conn = sqlite3.connect(bad)
    row_id = int(conn.execute("SELECT min(id) FROM application").fetchone()[0])
    conn.execute(f"UPDATE application SET stage = 'bogus' WHERE id = {row_id}")
    conn.commit()
    conn.close()
    return good, row_id


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


def test_latest_passes_over_a_bad_row_and_restores_the_newest_good_one(
    filled: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    wanted = dump_store(filled.database, versions=False)
    good, row_id = _backups(filled)
    conn = sqlite3.connect(filled.database)  # changed since the backups
    conn.execute("DELETE FROM skill")
    conn.commit()
    conn.close()
    checked: list[str] = []
    check = backup_rows.backup_rows_problem

    def counted(ready: sqlite3.Connection) -> str | None:
        checked.append("rows")
        return check(ready)

    monkeypatch.setattr(backup_rows, "backup_rows_problem", counted)
    capsys.readouterr()
    assert main(["restore", "latest", "--yes", "--data-dir", str(filled.data_dir)]) == 0
    out = capsys.readouterr().out
    skipped = [line for line in out.splitlines() if BAD in line]
    assert len(skipped) == 1, out
    assert skipped[0].startswith(
        f"Passed over backup number 1, {BAD}: it holds what the app cannot use "
        f"(application row with id {row_id}, stage: 'bogus' is not one of:"
    ), skipped
    assert f"Taking backup number 2, {GOOD}: the newest cannot be used." in out
    assert f"Restored {good}." in out
    assert dump_store(filled.database, versions=False) == wanted
    assert len(checked) == 2  # each backup's rows once: the good one is not checked again


def test_latest_with_no_good_backup_changes_nothing(
    filled: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    good, _row_id = _backups(filled)
    good.unlink()
    digest = file_digest(filled.database)
    capsys.readouterr()
    assert main(["restore", "latest", "--yes", "--data-dir", str(filled.data_dir)]) == 1
    captured = capsys.readouterr()
    assert f"Passed over backup number 1, {BAD}: it holds what the app cannot use" in (captured.out)
    assert "None of the backups in" in captured.err
    assert "nothing was changed" in captured.err
    assert file_digest(filled.database) == digest
