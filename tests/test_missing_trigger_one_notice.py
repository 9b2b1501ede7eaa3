"""A store missing one of the app's own triggers is told once at launch, not twice in a row.

A tester's walk: with `application_version` dropped on a copy, the app said "Your store is
missing a trigger (application_version) … Nothing is saved, backed up or exported until that
is put right: `bounceback-tui repair` puts that right after a backup.", and a moment later,
in a second toast under it, "Today's backup was not taken. The store at … is not as
bounceback-tui makes it: it is missing a trigger (application_version) … Nothing was backed
up: it would carry that on. `bounceback-tui repair` puts that right after a backup. Your
store is unchanged." Two notices for one thing, the second longer and saying nothing the
first did not. Now the first says it all, and the day's backup refused for it is not said
again in the window (once the window has closed it is, on standard error: the notice may
not have been read).
"""

from __future__ import annotations

import asyncio
import sqlite3

from bounceback_tui.commands.run_app import days_backup
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.background import DailyBackup
from tests.test_foreign_layout_no_writes import _one_application
from tests.ui_harness import app_on, settle_workers

NOTICE = "Something else changed your store"


def _drop_the_version_trigger(paths: DataPaths) -> None:
    _one_application(paths)
    conn = sqlite3.connect(paths.database)
    conn.execute("DROP TRIGGER application_version")
    conn.commit()
    conn.close()


async def test_one_notice_says_the_store_and_its_backups(opened_paths: DataPaths) -> None:
    _drop_the_version_trigger(opened_paths)
    async with app_on(opened_paths, None, notifications=True) as run:
        backup = days_backup(run.app, opened_paths, None, delay=0)
        backup.start()
        await asyncio.to_thread(backup._thread.join)  # taken, or not, while the app is up
        await settle_workers(run.pilot)
        await settle_workers(run.pilot)
        told = [(n.title, str(n.message)) for n in run.app._notifications]
        backup.finish()
    assert len(told) == 1, told
    title, said = told[0]
    assert title == NOTICE
    assert said.startswith(
        "Your store is missing a trigger (application_version) that bounceback-tui makes; "
        "something else changed it. Nothing is saved, backed up or exported until that is "
        "put right: `bounceback-tui "
    )
    assert backup.error is not None and backup.error.startswith("Today's backup was not taken.")
    backups = opened_paths.backups
    assert not backups.exists() or not list(backups.glob("*.sqlite3"))


def test_once_the_window_has_closed_the_refusal_is_said(opened_paths: DataPaths) -> None:
    _drop_the_version_trigger(opened_paths)
    toasts: list[str] = []
    printed: list[str] = []
    backup = DailyBackup(
        opened_paths, toasts.append, delay=30, say=printed.append, layout_told=True
    )
    backup.start()
    backup.finish()  # quit before the wait was over: taken (or refused) right then
    assert toasts == []
    (said,) = printed
    assert said.startswith("Today's backup was not taken. The store at ")
    assert "Nothing was backed up: it would carry that on." in said
