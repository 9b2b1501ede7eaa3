"""`?` on What's working, the job boards and the answer bank lists that screen's keys, as
on the panes; `u` there with nothing to undo says so.

A modal screen does not see the app's bindings: `?` on What's working and on the job
boards did nothing at all, and `u` on the boards or the bank with nothing to undo did
nothing without a word (the twentieth round's left-alone list).
"""

from __future__ import annotations

import pytest
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.help import HelpScreen
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle_workers, toasts

# (pane, key that opens the screen, the help's heading, one of the screen's own keys)
SCREENS = [
    ("pipeline", "w", "Keys: What's working", "Role families"),
    ("today", "w", "Keys: What's working", "Date range"),
    ("pipeline", "b", "Keys: Job boards", "Unfollow"),
    ("today", "i", "Keys: Answer bank", "From a note"),
]


@pytest.mark.parametrize(("pane", "key", "heading", "own_key"), SCREENS)
async def test_question_mark_lists_the_screens_own_keys(
    opened_paths: DataPaths, pane: str, key: str, heading: str, own_key: str
) -> None:
    async with app_on(opened_paths, pane, size=(100, 40)) as (app, pilot, _pane):
        await pilot.press(key)
        await settle_workers(pilot)
        opened = app.screen
        assert "? Keys" in screen_text(app)  # on its key bar, as on every pane's
        await pilot.press("question_mark")
        await settle_workers(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert str(app.screen.query_one(".help-heading", Static).render()) == heading
        listed = screen_text(app)
        assert own_key in listed
        assert "Go to People" not in listed  # the panes' keys do not work here
        await pilot.press("escape")
        await settle_workers(pilot)
        assert app.screen is opened
        assert focus_problem(app) is None


@pytest.mark.parametrize(("pane", "key"), [("pipeline", "b"), ("today", "i")])
async def test_u_with_nothing_to_undo_says_so(opened_paths: DataPaths, pane: str, key: str) -> None:
    async with app_on(opened_paths, pane, size=(100, 40), notifications=True) as (
        app,
        pilot,
        _pane,
    ):
        await pilot.press(key)
        await settle_workers(pilot)
        opened = app.screen
        await pilot.press("u")
        await settle_workers(pilot)
        assert app.screen is opened
        assert "Nothing to undo here." in toasts(app)
        assert focus_problem(app) is None


# (what the palette is asked, the help's heading, the screen's own key as listed)
EXERCISES = [
    ("breathe", "Keys: Breathing", "Stop"),
    ("grounding", "Keys: 5-4-3-2-1", "Next"),
]


@pytest.mark.parametrize(("query", "heading", "own_key"), EXERCISES)
async def test_question_mark_on_the_calming_exercises_lists_their_keys(
    opened_paths: DataPaths, query: str, heading: str, own_key: str
) -> None:
    """`?` on the breathing timer did nothing at all (a stranger's walk), nor on 5-4-3-2-1."""
    from tests.palette_fixtures_ui import choose

    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await choose(app, pilot, query)
        opened = app.screen
        assert type(opened).__name__ in ("BreathingScreen", "SensesScreen")
        await pilot.press("question_mark")
        await settle_workers(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert str(app.screen.query_one(".help-heading", Static).render()) == heading
        listed = screen_text(app)
        assert own_key in listed
        assert "Go to People" not in listed
        await pilot.press("escape")
        await settle_workers(pilot)
        assert app.screen is opened
        assert focus_problem(app) is None
