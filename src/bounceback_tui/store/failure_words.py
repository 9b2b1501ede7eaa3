"""What a failure to open or use the store says: SQLite's terse errors and the file
system's, each turned into one sentence a person can act on. Standard library only."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from bounceback_tui import errors
from bounceback_tui.paths import wrong_kind
from bounceback_tui.store.disk_space import sqlite_says_full


def describe_operational_error(exc: sqlite3.Error | Exception, path: Path) -> str:
    """Turn SQLite's terse errors into one sentence a person can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:  # an import can hold it for minutes
        return errors.STORE_BUSY
    if "readonly" in text or "read-only" in text:
        return (
            f"The store at {path} is read-only; nothing was saved. Check the folder's permissions."
        )
    if sqlite_says_full(exc, path.parent):  # "disk I/O error": a -shm that could not grow
        return "The disk is full; nothing was saved. Free some space and try again."
    if "disk i/o" in text:
        return (
            f"The disk reported an error while using the store at {path}; nothing was saved. "
            "Check the disk, then try again."
        )
    if "unable to open" in text:
        return f"Cannot open the store at {path}; check that the folder exists and is writable."
    if "malformed" in text or "not a database" in text:  # said as damage is (store/damage.py)
        from bounceback_tui.store.damage import damaged_inside, fault_named

        return (
            f"{damaged_inside(path, fault_named(path, str(exc)))}. Nothing was changed; restore "
            "a backup with `bounceback-tui restore`."
        )
    return f"The store could not be used ({exc})."


def describe_os_error(exc: OSError, path: Path) -> str:
    """The same kind of sentence for a failure of the file system itself."""
    from bounceback_tui.store.folder_access import unreadable_folder, unreadable_folder_message

    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return "The disk is full; nothing was saved. Free some space and try again."
    if exc.errno in (errno.EACCES, errno.EPERM) and (shut := unreadable_folder(path)):
        return unreadable_folder_message(shut)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"The folder {path} is read-only or not yours; nothing was saved. Check its "
            "permissions, or choose another folder with --data-dir."
        )
    if exc.errno in (errno.EEXIST, errno.ENOTDIR, errno.ELOOP) and (
        wrong := wrong_kind(path, "folder")
    ):
        # `--data-dir` naming a file (or a link to nothing) read "Could not use … (File exists)".
        return f"{wrong}; nothing was saved. Choose a folder with --data-dir."
    reason = exc.strerror or str(exc)
    return f"Could not use {path} ({reason}); nothing was saved."


def describe_move_error(exc: OSError, moving: Path) -> str:
    """Why the file ``moving`` could not be moved aside: the file itself, when its folder
    lets you write in it (marked immutable, `chattr +i`; or another's, in a folder such as
    /tmp), else as ``describe_os_error`` says of its folder. "The folder … is read-only or
    not yours" was said of a writable folder whose store file refused (a tester's walk)."""
    import os

    folder_writable = os.access(moving.parent, os.W_OK | os.X_OK)
    if exc.errno in (errno.EACCES, errno.EPERM) and folder_writable:
        return (
            f"The file {moving} cannot be moved: it is protected from changes (marked "
            "immutable) or not yours; nothing was changed. Check its owner and attributes "
            "(`ls -l`, `lsattr`)."
        )
    return describe_os_error(exc, moving.parent)
