"""Why a backup was not made, said for the person (store/backup.py's copies): a full disk, a
backups folder that is not one or not theirs, and a column the app does not make that SQLite
cannot drop, so cannot be left out of the copy (it read as "Could not write a backup in
…/backups (error in table application after drop column: …)", a disk or folder problem, where
the store itself was the reason). Standard library only.
"""

from __future__ import annotations

import errno
from pathlib import Path

from bounceback_tui.errors import DiskFullError, StoreError
from bounceback_tui.paths import DataPaths, command_line, wrong_kind


def failed_backup(exc: Exception, code: int | None, paths: DataPaths, before: str) -> StoreError:
    """Why a backup of the store at ``paths`` was not made, as the error to raise."""
    message = kept_column_words(exc, paths, before) or backup_failure(
        exc, code, paths.backups, before
    )
    full = code in (errno.ENOSPC, errno.EDQUOT) and message.startswith("The disk is full")
    return (DiskFullError if full else StoreError)(message)


def backup_failure(exc: Exception, code: int | None, folder: Path, before: str = "") -> str:
    """Why a backup was not made, in words that do not suggest the store itself suffered;
    with ``before`` ("restored"), that what it was taken for was not done either: a restore
    refused said only "…so the backup was not made." (an attacker's walk)."""
    from bounceback_tui.store.folder_access import unreadable_folder, unreadable_folder_message

    left = f", and nothing was {before}; the store is as it was" if before else ""
    if refusal := backups_folder_refusal(folder, f"the backup was not made{left}"):
        return refusal
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"The disk is full, so the backup was not made{left}. Free some space and try again."
    if code in (errno.EACCES, errno.EPERM) and (shut := unreadable_folder(folder)):
        return unreadable_folder_message(shut)  # "Nothing was changed" already
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"The backups folder {folder} is read-only or not yours, so the backup was not "
            f"made{left}."
        )
    reason = getattr(exc, "strerror", None) or str(exc)
    undone = f" Nothing was {before}; the store is as it was." if before else ""
    return f"Could not write a backup in {folder} ({reason}).{undone}"


def backups_folder_refusal(folder: Path, undone: str) -> str | None:
    """Why nothing can be backed up to, or restored from, ``folder`` when something else
    has its name (a file, a link to nothing), with what was ``undone`` for it: every
    command, the launch's backup and the restore list say it so. None when it is a folder
    or nothing is there (the folder is made when needed)."""
    wrong = wrong_kind(folder, "folder")
    if wrong is None:
        return None
    return f"{wrong}, so {undone}. Move or remove it; the next backup makes the folder."


def kept_column_words(exc: Exception, paths: DataPaths, before: str = "") -> str | None:
    """A copy that could not leave out a column the app does not make (SQLite cannot drop
    it: a column made from it, an index or a constraint uses it), said as that, with what
    `repair` cannot do and what can still be done; None for any other failure."""
    from bounceback_tui.store.layout_faults import ColumnKept

    if not isinstance(exc, ColumnKept):
        return None
    left = f", and nothing was {before}" if before else ""
    export, repair = command_line(paths, "export -o FILE"), command_line(paths, "repair")
    return (
        f"Nothing was backed up{left}: the store has a column {exc.column} that "
        "bounceback-tui does not make, and it cannot be left out of the copy because "
        "something else in the store uses it (a column made from it, say). The store is as "
        f"it was. `{repair}` cannot remove it either. `{export}` still saves your data "
        "without it, and `bounceback-tui --data-dir NEW-FOLDER import FILE` brings that into "
        "a fresh store; or restore a backup made before the column was added."
    )
