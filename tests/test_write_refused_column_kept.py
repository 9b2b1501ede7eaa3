"""A write refused for a column SQLite cannot drop does not send the person to `repair`.

Every write to a store holding what the app does not make is refused in one sentence that
ends "`bounceback-tui repair` removes them after a backup.". For a column another column is
made from, `repair` cannot remove it (SQLite will not drop it: layout.repair_kept_back), and
says so when run: the refusal sent the person to a command that fails. It now says that
`repair` cannot remove it, why, and what still works.
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from tests.helpers import file_digest
from tests.test_backup_refusal_names_the_block import KEPT_COLUMN


def _kept_column(paths: DataPaths) -> None:
    _run(paths, *KEPT_COLUMN)


def _run(paths: DataPaths, *statements: str) -> None:
    conn = sqlite3.connect(paths.database)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _refused_add(paths: DataPaths) -> str:
    """What adding an application is refused with (it must be refused)."""
    db = Database(paths.database)
    try:
        with pytest.raises(StoreError) as refused:
            add_application(db, ApplicationInput(company="Acme", role="Dev", stage=Stage.APPLIED))
    finally:
        db.dispose()
    return str(refused.value)


def test_a_refused_add_says_repair_cannot_remove_the_column(opened_paths: DataPaths) -> None:
    _kept_column(opened_paths)
    digest = file_digest(opened_paths.database)
    refused_with = _refused_add(opened_paths)
    said = " ".join(refused_with.split())
    assert said.startswith("Nothing was changed: your store holds a column (application.zz_base)")
    assert "repair` removes" not in said, said
    assert (
        "The column application.zz_base cannot be removed: something else in the store uses it"
        in said
    )
    assert "repair` cannot remove it" in said, said
    assert "Restore a backup made before it was changed" in said, said
    assert file_digest(opened_paths.database) == digest


def test_a_column_repair_can_drop_is_still_sent_to_repair(opened_paths: DataPaths) -> None:
    _run(opened_paths, "ALTER TABLE application ADD COLUMN zz_extra TEXT")
    refused_with = _refused_add(opened_paths)
    assert refused_with.endswith(" repair` removes it after a backup."), refused_with


def test_anything_else_sqlite_meets_still_sends_the_person_to_repair(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if SQLite met something other than a column it cannot drop, trying `repair` on the
    # layout in memory: its words (raw, unclipped) were put in the refusal as the reason
    # `repair` "cannot remove" a trigger it removes.
    from bounceback_tui.store import layout_trial

    met = sqlite3.OperationalError("[b]database schema is locked[/b]: " + "x" * 300)
    monkeypatch.setattr(layout_trial, "put_right_met", lambda version, made: met)
    _run(opened_paths, "CREATE TRIGGER zz_evil AFTER INSERT ON application BEGIN SELECT 1; END")
    refused_with = _refused_add(opened_paths)
    said = refused_with
    assert said.startswith("Nothing was changed: your store holds a trigger (zz_evil)"), said
    assert said.endswith(" repair` removes it after a backup."), said
    assert "locked" not in said and "cannot remove" not in said, said
