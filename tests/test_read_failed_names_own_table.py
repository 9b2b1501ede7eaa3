"""A pane's "could not be read" names its own table's missing column first.

A tester dropped `skill.notes` and `thought_record.belief_after` while the app was open:
the Skills box said "Your skills could not be read … its table thought_record lacks the
column belief_after", a reason about another pane's records. The reason named is the one
the failed read met: the skills table's own column.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.paths import DataPaths
from tests.screen_text import flat, screen_text
from tests.transfer_fixtures import fill_every_table
from tests.ui_harness import app_on, settle_workers


async def test_skills_box_names_the_skill_table_column_first(opened_paths: DataPaths) -> None:
    fill_every_table(opened_paths)
    async with app_on(opened_paths, None) as run:
        await settle_workers(run.pilot)
        conn = sqlite3.connect(opened_paths.database)
        conn.execute("ALTER TABLE skill DROP COLUMN notes")
        conn.execute("ALTER TABLE thought_record DROP COLUMN belief_after")
        conn.commit()
        conn.close()
        await run.pilot.press("5")
        await settle_workers(run.pilot)
        text = flat(screen_text(run.app))
        assert "Your skills could not be read" in text
        assert "its table skill lacks the column notes" in text
        assert "thought_record" not in text
