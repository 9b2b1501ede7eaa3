"""The day's backup follows `backup`'s rule for a store missing one of the app's own
triggers: it is not taken, as the launch's notice says.

A tester's walk: with `application_version` dropped on a copy, the app said "Your store is
missing a trigger (application_version) … Nothing is saved, backed up or exported until that
is put right.", yet the backups folder then held a new daily backup (the trigger put back in
the copy), while `bounceback-tui backup` on the same store refused ("Nothing was backed up:
it would carry that on."). One rule now: neither takes a copy of it, and the day's backup
says so, as any backup not taken does. Another program's trigger alone is still left out of
the day's copy, as `backup` leaves it out (tests/test_foreign_layout_backups.py).
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.background import DailyBackup
from bounceback_tui.store.backup import daily_backup
from tests.test_foreign_layout_no_writes import _one_application

REFUSED = "Nothing was backed up: it would carry that on."


def _drop_the_version_trigger(paths: DataPaths) -> None:
    _one_application(paths)
    conn = sqlite3.connect(paths.database)
    conn.execute("DROP TRIGGER application_version")
    conn.commit()
    conn.close()


def _backups(paths: DataPaths) -> list[str]:
    if not paths.backups.exists():
        return []
    return sorted(path.name for path in paths.backups.glob("*.sqlite3"))


def test_the_days_backup_is_not_taken_as_backup_is_not(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _drop_the_version_trigger(opened_paths)
    assert main(["backup", "--data-dir", str(opened_paths.data_dir)]) == 1
    assert REFUSED in capsys.readouterr().err
    with pytest.raises(StoreError) as refused:
        daily_backup(opened_paths)
    said = str(refused.value)
    assert "is missing a trigger (application_version) that bounceback-tui makes" in said
    assert REFUSED in said
    assert "`bounceback-tui repair` puts that right after a backup." in said
    assert _backups(opened_paths) == []


def test_the_launchs_backup_says_it_was_not_taken(opened_paths: DataPaths) -> None:
    _drop_the_version_trigger(opened_paths)
    told: list[str] = []
    backup = DailyBackup(opened_paths, told.append, delay=0, say=told.append)
    backup.start()
    backup.finish()
    (said,) = told
    assert said.startswith("Today's backup was not taken. The store at ")
    assert REFUSED in said and said.endswith("Your store is unchanged.")
    assert _backups(opened_paths) == []
