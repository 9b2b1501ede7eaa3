"""Start fresh, and a restore after a repair that failed, name what is in the way as it is
(a tester's walk).

A store file that would not move (marked immutable, its folder writable) was said as "The
folder … is read-only or not yours"; and once Repair it failed because a file had the backups
folder's name ("Move or remove it; the next backup makes the folder."), Restore said of the same
file "Choose a folder with --data-dir"."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from bounceback_tui.commands import store_problem
from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store import backup
from bounceback_tui.store.backup import back_up_store, list_backups


def test_a_store_file_that_will_not_move_is_named_not_its_folder(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    replace = os.replace

    def refused(source: Path, target: Path) -> None:
        if Path(source) == opened_paths.database:  # as a file marked immutable refuses
            raise PermissionError(errno.EPERM, "Operation not permitted", str(source))
        replace(source, target)

    monkeypatch.setattr(backup.os, "replace", refused)
    with pytest.raises(StoreError) as refusal:
        store_problem._start_fresh(opened_paths)
    said = str(refusal.value)
    assert said.startswith(f"The file {opened_paths.database} cannot be moved")
    assert "The folder" not in said
    assert opened_paths.database.is_file()


def test_a_restore_with_a_file_in_the_backups_folders_place_says_as_the_backup_did(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    back_up_store(opened_paths)
    (offered,) = list_backups(opened_paths)
    shutil.move(opened_paths.backups, tmp_path / "moved")
    opened_paths.backups.write_text("not a folder\n", encoding="utf-8")
    with pytest.raises(StoreError) as refusal:
        store_problem._restore_latest(opened_paths, offered)
    said = str(refusal.value)
    assert said.startswith(f"{opened_paths.backups} is a file, not a folder, so the backup ")
    assert said.endswith("Move or remove it; the next backup makes the folder.")
    assert "--data-dir" not in said
