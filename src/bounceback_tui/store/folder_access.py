"""A folder whose permissions stop this user reading it (chmod 000), found and named.

A store inside such a folder failed with "The folder …/bounceback.sqlite3 is read-only or
not yours" (`export`) or "The folder …/backups is read-only …" (`restore`): the file was
called a folder, the folder actually shut was not named, and "read-only" does not say it
cannot be read (a tester's walk). ``describe_os_error`` asks here first.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path


def unreadable_folder(path: Path) -> Path | None:
    """The outermost folder on the way to ``path`` that cannot be gone through (no search
    permission), or ``path`` itself if it is a folder that cannot be listed; None if every
    one of them can be read (then a refusal was about writing)."""
    path = path.absolute()
    for folder in [*reversed(path.parents), path]:
        if not os.path.isdir(folder):  # stat fails past a shut folder, so it was named above
            return None
        wanted = os.X_OK if folder != path else os.R_OK | os.X_OK
        if not os.access(folder, wanted):
            return folder
    return None


def unreadable_folder_message(folder: Path) -> str:
    """Said as the unreadable store file is (sqlite_file.unreadable_message)."""
    return (
        f"Cannot read the folder {folder}: its permissions do not let you read it. Nothing "
        f"was changed; to use it, make it readable again (chmod u+rwx {shlex.quote(str(folder))})."
    )
