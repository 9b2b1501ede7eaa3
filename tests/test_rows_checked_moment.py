"""A backup refused for a time still to come is remembered only until that time is taken,
not until midnight.

A time a row holds is refused while it is more than a day's slack past now; the refusal was
remembered for the rest of the day (store/rows_checked.py), so a backup with a time that the
clock caught up with at ten in the morning stayed refused until midnight: the store-problem
screen passed over it (offering an older backup, newer work lost) while a fresh check took it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
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

MORNING = datetime(2026, 3, 17, 8, 0, 0)


def _made_at(moment: datetime) -> object:
    def spoil(path: Path) -> None:
        another_program_writes(
            path,
            "UPDATE application SET created_at = ? WHERE id = (SELECT min(id) FROM application)",
            (f"{moment:%Y-%m-%d %H:%M:%S}",),
        )

    return spoil


def _check(paths: DataPaths, name: str) -> None:
    check_backup_rows(paths.backups / name, backup_rows.backup_rows_problem, upgrade_rules, paths)


def test_a_refusal_for_a_time_to_come_ends_when_that_time_is_taken(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.commands.restore import up_to_newest_usable

    clock.freeze(MORNING)
    # Made tomorrow at ten: within a day's slack of now from today at ten on, refused before.
    _backups(opened_paths, (NEWEST, _made_at(MORNING + timedelta(days=1, hours=2))), (OLDER, None))
    with pytest.raises(BackupRefusedError):
        _check(opened_paths, NEWEST)
    newest = list_backups(opened_paths)[0]
    clock.freeze(MORNING + timedelta(hours=1))  # nine: still refused, as remembered
    assert refused_before(known_checks(opened_paths), newest) is True
    clock.freeze(MORNING + timedelta(hours=3))  # eleven, the same day: it would be taken
    assert refused_before(known_checks(opened_paths), newest) is None  # checked again
    (offered,) = list(up_to_newest_usable(opened_paths))
    assert offered == (newest, None)
    _check(opened_paths, NEWEST)  # and taken


def test_a_refusal_not_of_the_clock_is_still_remembered_for_the_day(
    opened_paths: DataPaths,
) -> None:
    def bogus(path: Path) -> None:
        another_program_writes(path, "UPDATE application SET stage = 'bogus' WHERE id = 1")

    clock.freeze(MORNING)
    _backups(opened_paths, (NEWEST, bogus))
    with pytest.raises(BackupRefusedError):
        _check(opened_paths, NEWEST)
    clock.freeze(MORNING + timedelta(hours=12))
    (newest,) = list_backups(opened_paths)
    assert refused_before(known_checks(opened_paths), newest) is True
