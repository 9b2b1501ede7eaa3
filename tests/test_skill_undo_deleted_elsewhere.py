"""`u` after a status move, when the skill was deleted in another window meanwhile, says it
was deleted, as every other record's check does (store/cas.py ``checked``).

Before, Skills wrote its own check: "“SQL window functions” is no longer in your backlog, so
there is nothing to undo.", never saying why, and as a plain conflict.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.built_stores import store_once
from tests.skills_fixtures import seed_backlog
from tests.ui_harness import keep_toasts


async def test_undo_after_the_skill_was_deleted_elsewhere_says_it_was_deleted(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, seed_backlog)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        said = keep_toasts(app)
        title = app.current_pane.selected.title  # type: ignore[attr-defined]
        await pilot.press("space")  # a status move `u` can take back
        await pilot.pause()
        conn = sqlite3.connect(opened_paths.database)  # another window deletes it
        conn.execute("DELETE FROM skill WHERE title = ?", (title,))
        conn.commit()
        conn.close()
        await pilot.press("u")
        await pilot.pause()
        assert f"“{title}” is no longer there; another window may have deleted it." in said
