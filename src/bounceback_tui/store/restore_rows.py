"""A backup's rows checked before a restore puts it back (store/restore.py's
``restore_backup``, and ``check_backup_rows`` for the store-problem screen's next offer).

The rules are the JSON import's (transfer/backup_rows.py), which the store cannot import:
the callers pass them in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui.errors import CHOOSE_ANOTHER, BackupRefusedError

if TYPE_CHECKING:
    from bounceback_tui.paths import DataPaths
    from bounceback_tui.store.rows_checked import Found

# The first row of a readied copy an import would refuse, or None (transfer/backup_rows.py).
RowsCheck = Callable[[sqlite3.Connection], str | None]


def require_rows(
    backup: Path,
    ready: sqlite3.Connection,
    check: RowsCheck | None,
    kept: DataPaths | None = None,
    found: Found | None = None,
) -> None:
    """``check``: the first row of the readied copy an import would refuse (the callers pass
    transfer/backup_rows.py's, whose rules the store cannot import). ``kept``: the store
    whose backups folder ``backup`` may be in, where what was found is remembered for
    `restore`'s list (store/rows_checked.py), under ``found``: the file as it was before it
    was read."""
    if check is None:
        return
    problem = rows_problem(backup, ready, check, kept, found)
    if problem:
        raise BackupRefusedError(
            f"The backup {backup.name} holds what the app cannot use ({problem}); nothing "
            "was changed.",
            choose_another=CHOOSE_ANOTHER,
        )


def rows_problem(
    backup: Path,
    ready: sqlite3.Connection,
    check: RowsCheck,
    kept: DataPaths | None,
    found: Found | None,
) -> str | None:
    """``check`` of the readied copy of ``backup``, remembered for ``kept``'s list under
    ``found`` (the file as it was before it was read; None: not remembered)."""
    from bounceback_tui.store.rows_checked import refusal_ending, remember

    with refusal_ending() as ends:  # a refusal that depends on the clock says when it ends
        problem = check(ready)
    if kept is not None:
        remember(kept, backup, found, refused=bool(problem), ends=min(ends, default=None))
    return problem
