"""What checking a backup's rows found is remembered for the day it was checked, under the
file as it was before the check.

The check depends on the clock (a moment after now and a day's slack is refused:
transfer/backup_sql.py), but what it found was kept by the backup's name, size, time and the
app's version alone. A backup refused for a row dated ahead stayed refused once the date
caught up: the store-problem screen passed over it (offering an older backup, newer work
lost) while `restore latest` took it. And the file was looked at after the check: one
written during it was remembered under its new size and time, as checked.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from bounceback_tui import clock
from bounceback_tui.errors import BackupRefusedError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules
from bounceback_tui.store.backup import list_backups
from bounceback_tui.store.restore import check_backup_rows
from bounceback_tui.store.rows_checked import known_checks, refused_before
from bounceback_tui.transfer import backup_rows
from tests.test_store_problem_next_backup import NEWEST, OLDER, _backups
from tests.written_over import another_program_writes


def _created_ahead(days: int) -> object:
    def spoil(path: Path) -> None:
        ahead = clock.now() + timedelta(days=days)
        another_program_writes(
            path,
            "UPDATE application SET created_at = ? WHERE id = (SELECT min(id) FROM application)",
            (f"{ahead:%Y-%m-%d %H:%M:%S}",),
        )

    return spoil


def _check(paths: DataPaths, name: str) -> None:
    check_backup_rows(paths.backups / name, backup_rows.backup_rows_problem, upgrade_rules, paths)


def test_a_backup_refused_for_a_moment_ahead_is_offered_once_the_day_comes(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.commands.restore import up_to_newest_usable

    _backups(opened_paths, (NEWEST, _created_ahead(3)), (OLDER, None))
    with pytest.raises(BackupRefusedError):
        _check(opened_paths, NEWEST)  # today, its row is dated ahead: refused
    newest = list_backups(opened_paths)[0]
    assert refused_before(known_checks(opened_paths), newest) is True  # known, today
    clock.freeze(clock.now() + timedelta(days=4))  # the date has caught up
    assert refused_before(known_checks(opened_paths), newest) is None  # checked again
    (offered,) = list(up_to_newest_usable(opened_paths))
    assert offered == (newest, None)  # offered, as `restore latest` takes it
    _check(opened_paths, NEWEST)  # and taken


def test_a_backup_written_during_its_check_is_not_remembered_as_it_is_now(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths, (NEWEST, None))
    path = opened_paths.backups / NEWEST
    real = backup_rows.backup_rows_problem

    def written_meanwhile(conn: sqlite3.Connection) -> str | None:
        found = real(conn)
        with path.open("ab") as file:  # another program writes to it meanwhile
            file.write(b"\0" * 4096)
        return found

    monkeypatch.setattr(backup_rows, "backup_rows_problem", written_meanwhile)
    _check(opened_paths, NEWEST)  # its rows pass, as they were read
    (now,) = list_backups(opened_paths)
    assert refused_before(known_checks(opened_paths), now) is None  # not known as it is now
