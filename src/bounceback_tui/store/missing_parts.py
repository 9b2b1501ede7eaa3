"""A table or column of the app's gone while the app has the store open (another program
dropped it): the read or write that meets it says so in plain words, as the launch does.

The launch refuses a store lacking a table or column the app uses (store/layout_tables.py),
but one dropped after it said only "The store could not be used (no such column: c.phone)."
on the next read or write. Now the failure is the launch's own refusal (StoreLayoutError):
"The store at … is not as bounceback-tui makes it: its table contact lacks the column phone
(another program changed it …). Nothing was changed: … restore a backup made before it
(`bounceback-tui restore` lists them)." Nothing was changed indeed: the read changes
nothing, and the write's transaction is rolled back whole. Standard library only.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from bounceback_tui.errors import StoreLayoutError

# SQLite's words for a table or column the statement names that the store lacks.
_MISSING = ("no such column", "no such table", "has no column named")
# The name SQLite gives after those words ("no such column: s.notes"): said first.
_NAMED = re.compile(r"(?:no such column|no such table|has no column named):?\s*([\w.\"]+)", re.I)


def missing_part(exc: BaseException, path: Path, repair_command: str) -> StoreLayoutError | None:
    """The refusal for ``exc`` when it is SQLite's word for a table or column missing and
    the store at ``path`` lacks one the app uses; None otherwise (said as before).
    ``repair_command`` is `bounceback-tui repair` as this window names it, said as what does
    not mend it; `restore` is named the same way (with its `--data-dir`)."""
    if not isinstance(exc, sqlite3.OperationalError):
        return None
    if not any(words in str(exc).lower() for words in _MISSING):
        return None
    from bounceback_tui.store.layout import store_layout_problem

    named = _NAMED.search(str(exc))
    first = named.group(1).replace('"', "").rsplit(".", 1)[-1] if named else ""
    # Two parts gone: the one this read met is named, not another pane's (skill.notes,
    # not thought_record.belief_after, when Skills could not be read).
    found = store_layout_problem(path, fixable=False, first=first)
    if found is None:
        return None
    restore = "bounceback-tui restore"
    if repair_command.endswith(" repair"):
        restore = f"{repair_command.removesuffix('repair')}restore"
    return StoreLayoutError(found, path, restore, repair_command)
