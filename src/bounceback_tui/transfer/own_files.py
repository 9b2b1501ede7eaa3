"""Where no export is ever written: the store, its journal files and the copies kept beside
it, anything in the backups folder, and the settings file.

`export -o bounceback.sqlite3 --force` wrote JSON over the live store, and every command
after it said the file was not a store; `calendar` did the same, and so did the palette's
export with "Replace it" (an attacker's walk). The command line and the app's export form
both ask ``own_file_refusal`` (through ``transfer/files.check_output_path``, which
``services/exports`` and ``private_output`` call), before anything is written and again just
before the finished file is renamed into place.

The path is compared as the file system sees it: through links and ``..`` (its real path),
and by device and inode, so a hard link to the store, a folder reached by another name, or
another spelling on a file system that ignores case is known too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from bounceback_tui.paths import DB_FILENAME, DataPaths

FileKey = tuple[int, int]
# The store's companions, by the suffix SQLite gives them.
_JOURNALS = {"-wal": "write-ahead log", "-shm": "shared-memory file", "-journal": "journal"}


def _key(path: Path) -> FileKey | None:
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return (found.st_dev, found.st_ino)


def _real(path: Path) -> Path:
    try:
        return path.expanduser().absolute().resolve()
    except (OSError, RuntimeError):  # a loop of links: compared as written
        return path.expanduser().absolute()


def own_file(target: Path, paths: DataPaths) -> tuple[str, Path] | None:
    """What ``target`` is of the app's own ("your store") and that file's (or folder's) path
    as the app names it; None for any other file."""
    real = _real(target)
    backups = _real(paths.backups)
    backups_key = _key(backups)
    for folder in (real, *real.parents):
        if folder == backups or (backups_key is not None and _key(folder) == backups_key):
            return "in your backups folder", paths.backups
    key = _key(real)
    if key is not None and (backup := _backup_linked(key, backups)) is not None:
        # A hard link to a backup: the same file, by another name outside the folder.
        return "a file in your backups folder", paths.backups / backup
    settings = _real(paths.settings_file)
    if _same(real, key, settings):
        return "your settings file", paths.settings_file
    database = _real(paths.database)
    for suffix, what in _JOURNALS.items():
        if _same(real, key, Path(f"{database}{suffix}")):
            return f"your store's {what}", Path(f"{paths.database}{suffix}")
    if _same(real, key, database):
        return "your store", paths.database
    parent = _key(real.parent)
    in_data_dir = real.parent == database.parent or (
        parent is not None and parent == _key(database.parent)
    )
    name = real.name.casefold() if _folds_case(real.parent) else real.name
    if in_data_dir and name.startswith(DB_FILENAME):
        # A store moved aside (".unreadable-…", ".damaged-…"), the note of its last replacement.
        return "a file the app keeps beside your store", paths.data_dir / real.name
    return None


def _backup_linked(key: FileKey, backups: Path) -> str | None:
    """The name of the file in the backups folder that is the file ``key``, if any."""
    try:
        with os.scandir(backups) as found:
            for entry in found:
                try:
                    info = os.lstat(entry.path)
                except OSError:
                    continue
                if (info.st_dev, info.st_ino) == key:
                    return entry.name
    except OSError:
        return None
    return None


def _same(real: Path, key: FileKey | None, own: Path) -> bool:
    """Whether ``real`` (whose device and inode are ``key``, if it exists) is ``own``: the same
    real path, the same file, or the same name in the same folder (whatever its case, where
    the file system ignores case: a -wal that does not exist yet has no inode to compare)."""
    if real == own or (key is not None and key == _key(own)):
        return True
    if real.name.casefold() != own.name.casefold():
        return False
    folder = _key(real.parent)
    if folder is None or folder != _key(own.parent):
        return False
    return real.name == own.name or _folds_case(real.parent)


def _folds_case(folder: Path) -> bool:
    """Whether ``folder``'s file system takes names whatever their case (macOS, Windows)."""
    if not folder.name:
        return False  # the root: no name to turn
    swapped = folder.with_name(folder.name.swapcase())
    return swapped != folder and _key(swapped) is not None and _key(swapped) == _key(folder)


def own_file_refusal(target: Path, paths: DataPaths) -> str | None:
    """The sentence refusing an export to ``target``, or None when it may be written there."""
    found = own_file(target, paths)
    if found is None:
        return None
    what, own = found
    given = target.expanduser().absolute()
    named = "" if str(given).startswith(str(own)) else f" ({own})"
    how = "another folder" if what.startswith("in ") else "another file name"
    return (
        f"{given} is {what}{named}: an export is never written there. Nothing was written; "
        f"choose {how}."
    )


def database_refusal(target: Path) -> str | None:
    """The sentence refusing an export over ``target`` when that file is an SQLite database
    (any store or backup, whatever data folder it belongs to: a tester wrote JSON over the
    default store from a command run with another --data-dir), or None. A file that is not
    there or not a regular file is left to the other checks; one that cannot be read (chmod
    000) is refused too, as it may be one (a fixer's walk: `export -o <that store> --force`
    wrote JSON over another folder's unreadable store and said "It replaced a read-only
    file")."""
    from bounceback_tui.store.sqlite_file import SQLITE_HEADER

    try:
        if not stat.S_ISREG(os.stat(target).st_mode):
            return None
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except PermissionError:
        return (
            f"{target} cannot be read (its permissions do not let you), so it may be a "
            "bounceback store or backup: an export is never written over a file it cannot "
            "read. Nothing was written; choose another file name."
        )
    except (OSError, ValueError):
        return None
    try:
        head = os.read(fd, len(SQLITE_HEADER))
    except OSError:
        return None
    finally:
        os.close(fd)
    if head != SQLITE_HEADER:
        return None
    return (
        f"{target} is an SQLite database, maybe a bounceback store or backup: an export is "
        "never written over one. Nothing was written; choose another file name."
    )
