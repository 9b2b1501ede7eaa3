"""Keys the help promises say why they do nothing when there is nothing to act on (a
newcomer's walk): each did nothing at all, without a word. The note comes the way `u` says
"Nothing to undo here." (the pane's ``refused_key_note``, kit/refused_keys.py).
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.ui_harness import app_on, settle, toasts


@pytest.mark.parametrize("key", ["n", "m", "l", "i", "d"])
async def test_a_persons_key_with_nobody_in_people_says_to_add_one(
    opened_paths: DataPaths, key: str
) -> None:
    async with app_on(opened_paths, "people") as (app, pilot, _pane):
        assert toasts(app) == []
        await pilot.press(key)
        await settle(pilot)
        assert toasts(app) == ["Add a person first (a)."]
        assert len(app.screen_stack) == 1  # nothing opened


@pytest.mark.parametrize(
    ("pane", "key", "said"),
    [
        (
            "skills",
            "A",
            "No suggestion to add right now: one comes from a reflection after a no.",
        ),
        ("skills", "X", "No suggestion to set aside right now."),
        ("skills", "space", "Add a skill first (a)."),
        ("pipeline", "r", "Nothing has gone quiet."),
        ("pipeline", "e", "Add an application first (a)."),
        ("pipeline", "right_square_bracket", "Add an application first (a)."),
        ("today", "enter", "Nothing is due yet: n adds your first application."),
        ("recovery", "space", "No plans yet: n records a no, and its plan starts."),
        ("recovery", "t", "No plans yet: n records a no, and its plan starts."),
        ("reframe", "d", "No thought records yet: a starts one."),
        ("reframe", "t", "No thought records yet: a starts one."),
    ],
)
async def test_a_key_with_nothing_to_act_on_says_why(
    opened_paths: DataPaths, pane: str, key: str, said: str
) -> None:
    async with app_on(opened_paths, pane) as (app, pilot, _pane):
        before = len(toasts(app))
        await pilot.press(key)
        await settle(pilot)
        assert toasts(app)[before:] == [said]
        assert len(app.screen_stack) == 1  # nothing opened


async def test_enter_on_todays_board_with_nothing_due_says_so(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.domain.applications import ApplicationInput
    from bounceback_tui.services.applications import add_application

    add_application(db, ApplicationInput(company="Acme", role="Engineer"))
    async with app_on(opened_paths, "today") as (app, pilot, pane):
        await settle(pilot)
        assert pane.summary is not None and not pane.summary.due  # nothing due on the board
        assert app.focused is pane.query_one("#today-body")
        before = len(toasts(app))
        await pilot.press("enter")
        await settle(pilot)
        assert toasts(app)[before:] == ["Nothing is due today."]
