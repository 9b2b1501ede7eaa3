"""Keys that had nothing to do said nothing (a helper's list, twenty-fifth round): Skills' `K`
on the first item and `J` on the last, in the list and in a board's column, and Reframe's
`ctrl+n` / `ctrl+b` on its list of records and `ctrl+n` on a record's summary. Each now says
why in a short note, as `]` on a done item says "It is done already." (kit/refused_keys.py),
and changes nothing."""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.skills.pane import SkillsPane
from tests.built_stores import store_once
from tests.reframe_fixtures import add_record
from tests.skills_fixtures import Seeded, seed_backlog
from tests.ui_harness import app_on, settle, toasts

SIZE = (100, 30)


@pytest.fixture
def seeded(opened_paths: DataPaths) -> Seeded:
    return store_once(opened_paths, seed_backlog)


def _order(paths: DataPaths) -> list[str]:
    with sqlite3.connect(paths.database) as conn:
        rows = conn.execute(
            "SELECT title FROM skill WHERE status != 'done' ORDER BY priority"
        ).fetchall()
    return [title for (title,) in rows]


# The open items of tests/skills_fixtures.py, in priority order.
OPEN = [
    "System design interviews",
    "SQL window functions",
    "Quantify impact on the resume",
    "Lead a design review",
]


async def test_k_and_j_at_the_ends_of_the_list_say_so(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with app_on(opened_paths, "skills", size=SIZE, notifications=True) as (
        app,
        pilot,
        pane,
    ):
        assert isinstance(pane, SkillsPane)
        await pilot.press("v")  # the list; its first item is selected
        await settle(pilot)
        assert pane.selected is not None and pane.selected.title == "System design interviews"
        await pilot.press("K")
        await settle(pilot)
        assert "It is first in the order already." in toasts(app)
        await pilot.press("j", "j", "j")
        await settle(pilot)
        assert pane.selected is not None and pane.selected.title == "Lead a design review"
        await pilot.press("J")
        await settle(pilot)
        assert "It is last in the order already." in toasts(app)
        assert focus_problem(app) is None
    assert _order(opened_paths) == OPEN


async def test_k_on_the_first_of_a_column_says_so(opened_paths: DataPaths, seeded: Seeded) -> None:
    async with app_on(opened_paths, "skills", size=SIZE, notifications=True) as (
        app,
        pilot,
        pane,
    ):
        assert isinstance(pane, SkillsPane)
        assert pane.selected is not None and pane.selected.title == "System design interviews"
        await pilot.press("K", "K")  # held: said once while it is on screen
        await settle(pilot)
        assert toasts(app).count("It is first in To do already.") == 1
        assert focus_problem(app) is None
    assert _order(opened_paths) == OPEN


async def test_ctrl_n_and_ctrl_b_on_reframes_list_and_summary_say_where_they_work(
    opened_paths: DataPaths, db: Database
) -> None:
    add_record(db, "I will never get hired anywhere", feelings=(("sad", 80, 40),), belief=90)
    async with app_on(opened_paths, "reframe", size=SIZE, notifications=True) as (
        app,
        pilot,
        pane,
    ):
        await pilot.press("ctrl+n")
        await settle(pilot)
        on_list = "^n and ^b move through a record's steps: e opens one, a starts one."
        assert on_list in toasts(app)
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert toasts(app).count(on_list) == 1
        await pilot.press("enter")  # the record's summary
        await settle(pilot, 3)
        assert pane.mode == "summary"
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert "This is the record's summary: ^b goes back to its last step." in toasts(app)
        assert pane.mode == "summary"
        assert focus_problem(app) is None


async def test_the_template_editors_moves_at_a_groups_ends_say_so(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.services import recovery_template as template_service
    from bounceback_tui.ui.recovery.template import TemplateEditor
    from bounceback_tui.ui.screens.settings import SettingsScreen

    before = [(row.key, row.position) for row in template_service.list_template(db)]
    async with app_on(opened_paths, None, size=(100, 40), notifications=True) as (
        app,
        pilot,
        _pane,
    ):
        await pilot.press("comma")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        editor = app.screen.query_one(TemplateEditor)
        editor.table.focus()
        await settle(pilot)
        assert editor.selected is not None and editor.selected.key == "breathe.feel"
        await pilot.press("left_square_bracket")  # the first step of "Take a breath"
        await settle(pilot)
        assert "It is first in its group already." in toasts(app)
        await pilot.press("j", "right_square_bracket")  # its last
        await settle(pilot)
        assert "It is last in its group already." in toasts(app)
        assert focus_problem(app) is None
    assert [(row.key, row.position) for row in template_service.list_template(db)] == before
