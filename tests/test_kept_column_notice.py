"""The launch's notice for a store with a column added that SQLite cannot drop says what holds.

A review's walk: a store with another program's column and a column made from it opened with
"Nothing is saved until they are removed (backups and exports leave them out): `bounceback-tui
repair` removes them after a backup". A backup of that store is refused (the column cannot be
left out of the copy) and `repair` cannot remove it: the notice sent the person to a command
that fails.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.paths import DataPaths, command_line
from bounceback_tui.services.store_health import foreign_notice
from tests.test_backup_refusal_names_the_block import KEPT_COLUMN


def test_the_notice_says_repair_cannot_remove_the_column_and_what_still_saves(
    opened_paths: DataPaths,
) -> None:
    conn = sqlite3.connect(opened_paths.database)
    for statement in KEPT_COLUMN:
        conn.execute(statement)
    conn.commit()
    conn.close()
    repair = command_line(opened_paths, "repair")
    export = command_line(opened_paths, "export -o FILE")
    notice = foreign_notice(opened_paths.database, repair, export)
    assert notice is not None
    said = " ".join(notice.split())
    assert "application.zz_base" in said
    assert "leave them out" not in said and "leave it out" not in said
    assert f"`{repair}` removes" not in said
    assert "cannot be removed" in said and f"`{repair}` cannot remove it" in said
    assert "backups are not made" in said
    assert f"`{export}` still saves your data" in said
