"""Two processes backing up at once: two windows launched together, a `backup` beside the app.

Found by a stranger's walk: of two windows launched back to back on one store, one often said
"Today's backup was not taken" (File exists, disk I/O error, no such file, a read-only
database), once both did and the day had no backup at all, and other times the day had two.
Each launch removed every unfinished backup, the other window's too, and two backups in the
same second chose the same file name.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store import backup as backup_module
from bounceback_tui.store.backup import (
    back_up_store,
    daily_backup,
    list_backups,
    remove_stale_partials,
)
from bounceback_tui.store.file_copy import backup_path


def test_two_backups_in_one_second_get_names_of_their_own(opened_paths: DataPaths) -> None:
    # The clock is frozen, as two processes in the same second see it.
    first = backup_path(opened_paths, "manual")
    second = backup_path(opened_paths, "manual")
    assert first != second
    assert first.with_name(first.name + ".partial").exists()


def test_a_backup_in_progress_elsewhere_is_left_to_finish(opened_paths: DataPaths) -> None:
    from tests.partial_writer import start_writer

    writer, in_progress = start_writer(opened_paths.data_dir, "daily")  # another window's
    try:
        _in_progress_left(opened_paths, in_progress)
    finally:
        assert writer.stdin is not None
        writer.stdin.close()
        writer.wait()


def _in_progress_left(opened_paths: DataPaths, in_progress: Path) -> None:
    interrupted = opened_paths.backups / "bounceback-20260316-083000-manual.sqlite3.partial"
    interrupted.write_bytes(b"left by a kill")
    an_hour_ago = time.time() - 3600
    os.utime(interrupted, (an_hour_ago, an_hour_ago))

    remove_stale_partials(opened_paths)
    assert in_progress.exists()
    assert not interrupted.exists()

    # A manual backup beside it also leaves it alone, and is itself complete.
    made = back_up_store(opened_paths)
    assert in_progress.exists()
    assert [b.path for b in list_backups(opened_paths)] == [made]


def test_two_windows_launched_together_take_one_daily_backup(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second window looks for today's backup while the first is deciding: it waits, then
    finds the first one's."""
    real_list = backup_module.list_backups
    errors: list[BaseException] = []
    results: list[Path | None] = []

    def second_window() -> None:
        try:
            results.append(daily_backup(opened_paths, keep=7))
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)

    other = threading.Thread(target=second_window)

    def list_while_the_other_window_starts(paths: DataPaths) -> list[backup_module.BackupInfo]:
        found = real_list(paths)
        if not other.is_alive() and not results and threading.current_thread() is not other:
            other.start()
            other.join(timeout=0.5)  # before: it took its own backup meanwhile
        return found

    monkeypatch.setattr(backup_module, "list_backups", list_while_the_other_window_starts)
    results.append(daily_backup(opened_paths, keep=7))
    other.join(timeout=30)

    assert errors == []
    dailies = [b.name for b in real_list(opened_paths) if b.is_daily]
    assert len(dailies) == 1, dailies
    assert sorted(r is None for r in results) == [False, True]


def test_a_finished_backup_with_partial_in_its_name_is_kept(opened_paths: DataPaths) -> None:
    """Only the app's own unfinished files go (an attacker's walk: "my-copy.partial.sqlite3",
    an hour old, was deleted at the next launch)."""
    opened_paths.ensure_backup_dir()
    kept = opened_paths.backups / "my-copy.partial.sqlite3"
    kept.write_bytes(b"a backup someone named so")
    left = [
        opened_paths.backups / f"bounceback-20260316-083000-manual.sqlite3.partial{tail}"
        for tail in ("", "-journal", "-wal", "-shm")
    ]
    an_hour_ago = time.time() - 3600
    for path in [kept, *left]:
        path.write_bytes(b"x")
        os.utime(path, (an_hour_ago, an_hour_ago))
    remove_stale_partials(opened_paths)
    assert kept.exists()
    assert [path for path in left if path.exists()] == []


def test_a_lock_held_too_long_elsewhere_is_not_waited_for_forever(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window stopped in the middle of the day's backup keeps its lock: another window's
    backup gives way after a while (its quitting waits for the backup's thread)."""
    import fcntl

    monkeypatch.setattr(backup_module, "DAILY_LOCK_WAIT_S", 0.2)
    lock = opened_paths.ensure_backup_dir() / backup_module.DAILY_LOCK
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        # Another open file description, as another process's would be.
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert daily_backup(opened_paths, keep=7) is None
        assert [b for b in list_backups(opened_paths) if b.is_daily] == []
    finally:
        os.close(fd)
    assert daily_backup(opened_paths, keep=7) is not None
