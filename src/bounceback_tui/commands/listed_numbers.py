"""`restore N` restores the backup a person read as number N, or nothing.

The list is numbered newest first, so a backup made after it was shown (the day's backup when
the app opens, one before an import) moves every number down: a tester listed `2 = yesterday
09:00 daily`, opened the app, and `restore 2` then offered today's backup by hand (with
`--yes`, it would have restored it). Each time the list is shown, the names it numbered are
kept in one small file in the data folder, ``backups-listed.json`` (0600, written whole or not
at all; nothing beside a data folder or store made read-only), and `restore N` refuses, with
nothing changed, when number N is not the backup it was when the list was last shown, naming
the backup it was (restored by its name, as listed) and the one it is now. Standard library
only, like restore.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from typing import TYPE_CHECKING

from bounceback_tui.commands import command_line

if TYPE_CHECKING:
    from bounceback_tui.paths import DataPaths
    from bounceback_tui.store.backup import BackupInfo

# Beside the backups folder; its name starts as that folder's, so the data folder still
# holds only the app's own files (paths._in_data_folder).
FILE_NAME = "backups-listed.json"
_MOST_BYTES = 1024 * 1024


def remember_listed(paths: DataPaths, backups: list[BackupInfo]) -> None:
    """Keep the names the list just shown numbered, in its order (nothing when it cannot be
    kept: then a number means the list as it is, as before)."""
    from bounceback_tui.store.rows_checked import writable_by_owner

    try:
        if not backups or not writable_by_owner(paths):
            return
        fd, temporary = tempfile.mkstemp(
            prefix=f"{FILE_NAME}.", suffix=".partial", dir=paths.data_dir
        )
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump([info.path.name for info in backups], file)
        os.replace(temporary, paths.data_dir / FILE_NAME)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def last_listed(paths: DataPaths) -> list[str] | None:
    """The names the list numbered when last shown, None when it was never kept."""
    try:
        fd = os.open(paths.data_dir / FILE_NAME, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as file:
            text = file.read(_MOST_BYTES + 1)
        read = json.loads(text) if len(text) <= _MOST_BYTES else None
    except (OSError, ValueError):
        return None
    if not isinstance(read, list) or not all(isinstance(name, str) for name in read):
        return None
    return read or None


def number_changed(paths: DataPaths, number: int, backups: list[BackupInfo]) -> str | None:
    """Why `restore NUMBER` is refused, when NUMBER is not the backup it was when the list
    was last shown (``backups`` being the list now); None when it is, or nothing was kept."""
    shown = last_listed(paths)
    if shown is None:
        return None
    now = backups[number - 1].path.name if number <= len(backups) else None
    then = shown[number - 1] if number <= len(shown) else None
    if now == then or now is None:
        return None  # the same backup, or none: "there is no backup number N" says so
    listing = command_line(paths, "restore")
    changed = f"The backups have changed since `{listing}` last listed them:"
    again = f"`{listing}` lists them again, numbered as they are now."
    if then is None:
        return (
            f"{changed} it listed {_only(len(shown))}, and number {number} is {now} now. "
            f"Nothing was changed. {again}"
        )
    if not (paths.backups / then).is_file():
        return (
            f"{changed} number {number} was {then}, which is no longer there, and is {now} "
            f"now. Nothing was changed. {again}"
        )
    by_name = command_line(paths, f"restore {then}")
    return (
        f"{changed} number {number} was {then}, and is {now} now. Nothing was changed. "
        f"To restore the one you read, give its name: `{by_name}`. {again}"
    )


def _only(count: int) -> str:
    return "only one" if count == 1 else f"only {count}"
