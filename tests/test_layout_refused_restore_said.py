"""A restore chosen on the store-problem screen opened for a store refused for its layout
says where the refused store went.

A walk: the screen said only "Restored bounceback-….sqlite3." though the refused store, a
readable one, was kept whole as a before-restore backup (another program's trigger and all);
the keys page said the file "is moved aside", which it is only for an unreadable one.
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.screen_text import flat
from tests.test_layout_refused_repair_screen import TRIGGER, _names, _older_store, _said, _screen


async def test_the_restore_says_which_backup_keeps_the_refused_store(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _older_store(data_paths)
    made = back_up_store(data_paths)  # at schema 7, before the change: a restore takes it
    conn = sqlite3.connect(data_paths.database)
    conn.execute("CREATE TABLE zz_log (n INTEGER)")
    conn.execute(
        f'CREATE TRIGGER "{TRIGGER}" AFTER INSERT ON summary_funnel_application '
        "BEGIN INSERT INTO zz_log VALUES (1); END"
    )
    conn.commit()
    conn.close()
    app = _screen(data_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        said = _said(app, "#problem-result")
        (kept,) = data_paths.backups.glob("*-before-restore.sqlite3")
        assert said.startswith(f"Restored {made.name}."), said
        assert f"kept whole as {kept.name} in the backups folder" in flat(said), said
        assert "moved aside" not in said
    assert {TRIGGER, "zz_log"} <= _names(kept)  # the refused store, as it was
    assert not {TRIGGER, "zz_log"} & _names(data_paths.database)
