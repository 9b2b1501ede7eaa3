"""The store-problem screen's first offer uses what checking a backup's rows found before.

`restore`'s list, `restore latest` and `restore N` keep whether a backup's rows were refused
(store/rows_checked.py), but the screen's first offer did not look: it offered the newest
backup its file let through, one already known to hold a row the app cannot use, and `r`
read every row of it again (seconds at 10,000 applications) to refuse it as before. Now a
backup known to be refused is passed over at once, marked as the list marks it, and the
next one offered; one whose rows passed, its file as it was, is not read row by row again.
"""

from __future__ import annotations

import pytest
from textual.widgets import Button

from bounceback_tui.errors import BackupRefusedError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules
from bounceback_tui.store.restore import check_backup_rows
from bounceback_tui.transfer import backup_rows
from bounceback_tui.ui.kit.focus import focus_problem
from tests.helpers import content_of
from tests.rows_read import rows_read
from tests.screen_text import flat
from tests.store_problem_fixtures import chooser
from tests.test_store_problem_next_backup import NEWEST, OLDER, _backups, _bad_row, _settled
from tests.written_over import another_program_writes


async def test_the_first_offer_passes_over_a_backup_known_to_be_refused(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths, (NEWEST, _bad_row), (OLDER, None))
    backups = opened_paths.backups
    # Both checked once before (`restore latest`, say): the newest refused, the older not.
    with pytest.raises(BackupRefusedError):
        check_backup_rows(
            backups / NEWEST, backup_rows.backup_rows_problem, upgrade_rules, opened_paths
        )
    check_backup_rows(backups / OLDER, backup_rows.backup_rows_problem, upgrade_rules, opened_paths)
    read = rows_read(monkeypatch)
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        restore = app.query_one("#restore", Button)
        assert flat(str(restore.label)).startswith(
            "r Restore the newest backup that can be used (by hand, yesterday 09:00"
        ), flat(str(restore.label))
        assert app.passed_over == ("by hand, today 09:00: holds what the app cannot use",)
        assert app.focused is restore and focus_problem(app) is None
        await pilot.press("r")
        await _settled(pilot)
        assert flat(str(app.query_one("#problem-result").render())).startswith(f"Restored {OLDER}.")
    assert read == []  # neither backup's rows were read again
    restored = content_of(opened_paths.database, "application", "id")
    assert restored == content_of(backups / OLDER, "application", "id")


async def test_a_backup_written_over_since_it_was_checked_is_checked_again(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Refused once, then its row put right (written over): offered, and its rows read on `r`.
    _backups(opened_paths, (NEWEST, _bad_row), (OLDER, None))
    newest = opened_paths.backups / NEWEST
    with pytest.raises(BackupRefusedError):
        check_backup_rows(newest, backup_rows.backup_rows_problem, upgrade_rules, opened_paths)
    another_program_writes(newest, "UPDATE application SET stage = 'applied' WHERE stage = 'bogus'")
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        label = flat(str(app.query_one("#restore", Button).label))
        assert label.startswith("r Restore the latest backup (by hand, today 09:00"), label
        assert app.passed_over == ()
        await pilot.press("r")
        await _settled(pilot)
        assert flat(str(app.query_one("#problem-result").render())).startswith(
            f"Restored {NEWEST}."
        )
