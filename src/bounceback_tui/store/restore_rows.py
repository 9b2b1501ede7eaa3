"""A backup's rows checked before a restore puts it back (store/restore.py), and on their
own, for the store-problem screen to find the next backup a restore would take.

The rules are the JSON import's (transfer/backup_rows.py), which the store cannot import:
the callers pass them in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from bounceback_tui.errors import BackupRefusedError

# The first row of a readied copy an import would refuse, or None (transfer/backup_rows.py).
RowsCheck = Callable[[sqlite3.Connection], str | None]


def require_rows(backup: Path, ready: sqlite3.Connection, check: RowsCheck | None) -> None:
    """``check``: the first row of the readied copy an import would refuse (the callers pass
    transfer/backup_rows.py's, whose rules the store cannot import)."""
    if check is not None and (problem := check(ready)):
        raise BackupRefusedError(
            f"The backup {backup.name} holds what the app cannot use ({problem}); nothing "
            "was changed. Choose another backup."
        )


def check_backup_rows(backup: Path, check: RowsCheck) -> None:
    """Raise what ``restore_backup`` would of ``backup`` once it is read (found intact):
    read into memory, brought up to this version's schema, its rows checked; nothing is
    changed. The store-problem screen offered the newest backup by its layout, and `r`
    refused it for a bad row without offering an older good one (the twenty-eighth round)."""
    from bounceback_tui.store.restore import readied_copy, require_readable

    ready, _left_out = readied_copy(backup, require_readable(backup))
    try:
        require_rows(backup, ready, check)
    finally:
        ready.close()
