"""A backup's rows checked before a restore puts it back (store/restore.py's
``restore_backup``, and ``check_backup_rows`` for the store-problem screen's next offer).

The rules are the JSON import's (transfer/backup_rows.py), which the store cannot import:
the callers pass them in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from bounceback_tui.errors import CHOOSE_ANOTHER, BackupRefusedError

# The first row of a readied copy an import would refuse, or None (transfer/backup_rows.py).
RowsCheck = Callable[[sqlite3.Connection], str | None]


def require_rows(backup: Path, ready: sqlite3.Connection, check: RowsCheck | None) -> None:
    """``check``: the first row of the readied copy an import would refuse (the callers pass
    transfer/backup_rows.py's, whose rules the store cannot import)."""
    if check is not None and (problem := check(ready)):
        raise BackupRefusedError(
            f"The backup {backup.name} holds what the app cannot use ({problem}); nothing "
            "was changed.",
            choose_another=CHOOSE_ANOTHER,
        )
