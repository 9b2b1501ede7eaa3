"""A backup whose name is dated after now (a clock that was a week wrong, or a name typed by
hand) neither pushes today's daily backup out nor is taken as the latest.

A tester's walk: `bounceback-20300101-090000-daily.sqlite3` in the backups folder, and every
launch pruned today's daily backup (the rotation sorted by the name's date and kept the 2030
one); `restore latest` took the 2030 file over a backup taken a minute before.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store, daily_backup, list_backups
from tests.transfer_fixtures import fill_every_table

AHEAD = "bounceback-20300101-090000-daily.sqlite3"


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


def _dated_ahead(paths: DataPaths, written: datetime) -> Path:
    """A daily backup named for 2030, its file last written at ``written``."""
    made = back_up_store(paths, "scratch")
    ahead = paths.backups / AHEAD
    shutil.move(made, ahead)
    moment = written.timestamp()
    os.utime(ahead, (moment, moment))
    return ahead


def test_a_daily_backup_dated_ahead_never_pushes_out_todays(filled: DataPaths) -> None:
    ahead = _dated_ahead(filled, datetime(2030, 1, 1, 9, 0))  # the clock was wrong then
    for _launch in range(3):
        daily_backup(filled, keep=1)
    names = sorted(info.name for info in list_backups(filled))
    assert names == ["bounceback-20260316-093000-daily.sqlite3", AHEAD]  # both kept, once
    assert ahead.exists()


def test_a_name_dated_ahead_does_not_stand_for_todays_daily(filled: DataPaths) -> None:
    _dated_ahead(filled, datetime(2026, 3, 16, 8, 0))  # copied in this morning, renamed
    assert daily_backup(filled, keep=7) is not None  # today's is still taken


def test_latest_is_the_backup_taken_a_minute_ago_not_the_one_dated_ahead(
    filled: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _dated_ahead(filled, datetime(2030, 1, 1, 9, 0))
    now = back_up_store(filled)  # named for now, by the app's clock
    capsys.readouterr()
    assert main(["restore", "latest", "--yes", "--data-dir", str(filled.data_dir)]) == 0
    out = capsys.readouterr().out
    assert f"Restored {now}." in out
    assert AHEAD not in out


def test_one_dated_ahead_but_written_long_ago_is_listed_by_when_it_was_written(
    filled: DataPaths,
) -> None:
    _dated_ahead(filled, datetime(2026, 3, 1, 9, 0))
    newer = back_up_store(filled)
    assert [info.name for info in list_backups(filled)] == [newer.name, AHEAD]
    listed = {info.name: info.taken_at for info in list_backups(filled)}
    assert listed[AHEAD] == datetime(2026, 3, 1, 9, 0)
