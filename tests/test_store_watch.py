"""The watcher tells this window's own commits from everybody else's (store/watch.py,
``Database.write``): a pane need not re-read what it wrote itself, and must re-read what
another window or process wrote, even one that commits right after it."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.store.watch import StoreWatch
from tests.written_over import another_program_writes


@pytest.fixture
def window(opened_paths: DataPaths) -> Iterator[tuple[Database, StoreWatch]]:
    db = Database(opened_paths.database)
    watch = StoreWatch(opened_paths.database)
    db.watch = watch
    yield db, watch
    watch.close()
    db.dispose()


def test_own_commits_are_told_from_another_windows(
    window: tuple[Database, StoreWatch], opened_paths: DataPaths
) -> None:
    db, watch = window
    seen = watch.version()
    save_setting(db, "weekly_goal", 7)
    save_setting(db, "weekly_goal", 8)
    mine = watch.version()
    assert mine != seen
    assert watch.only_own_writes(seen, mine)
    other = Database(opened_paths.database)
    try:
        save_setting(other, "weekly_goal", 9)
    finally:
        other.dispose()
    theirs = watch.version()
    assert theirs != mine
    assert not watch.only_own_writes(mine, theirs)
    assert not watch.only_own_writes(seen, theirs)
    save_setting(db, "weekly_goal", 10)  # mine again, after theirs
    assert not watch.only_own_writes(seen, watch.version())
    assert watch.only_own_writes(theirs, watch.version())


class CommitsRightAfter(StoreWatch):
    """Another process commits just after this window's commit, before the watcher reads
    the version after it: the moment a commit could be taken for this window's own."""

    def __init__(self, paths: DataPaths) -> None:
        super().__init__(paths.database)
        self.armed = False

    def version(self) -> int:
        if self.armed and self.reads_in_write == 1:
            another_program_writes(
                self.db_path, "UPDATE setting SET value = '42' WHERE key = 'weekly_goal'"
            )
        if self.armed:
            self.reads_in_write += 1
        return super().version()

    reads_in_write = 0


def test_a_commit_that_slips_in_right_after_an_own_commit_is_still_news(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    watch = CommitsRightAfter(opened_paths)
    db.watch = watch
    try:
        save_setting(db, "weekly_goal", 7)
        seen = watch.version()
        watch.armed = True  # the write reads "before", then (after its commit) "after"
        save_setting(db, "weekly_goal", 8)
        watch.armed = False
        assert watch.reads_in_write == 2
        now = watch.version()
        assert now != seen
        assert not watch.only_own_writes(seen, now)
        with sqlite3.connect(opened_paths.database) as conn:
            ((value,),) = conn.execute("SELECT value FROM setting WHERE key = 'weekly_goal'")
        assert value == "42"  # the other process's write is the one that stands
    finally:
        watch.close()
        db.dispose()


def test_a_write_from_another_thread_is_not_noted(window: tuple[Database, StoreWatch]) -> None:
    """The watcher's connection belongs to the app's thread; a worker's write is news."""
    db, watch = window
    seen = watch.version()
    worker = threading.Thread(target=save_setting, args=(db, "weekly_goal", 7))
    worker.start()
    worker.join()
    now = watch.version()
    assert now != seen
    assert not watch.only_own_writes(seen, now)
