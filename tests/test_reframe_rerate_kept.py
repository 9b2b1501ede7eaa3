"""A feeling's first rating changed keeps its re-rating (the fourth stranger, nineteenth round).

Sad rated 80, re-rated 30; back on the feelings step Sad changed to 85: the store then held
Sad 85 with no re-rating, and nothing said it had gone."""

from __future__ import annotations

import sqlite3

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.reframe_fixtures import add_record
from tests.test_reframe_belief import THOUGHT, _until_focused
from tests.ui_harness import app_on, settle


def _sad(paths: DataPaths) -> tuple[int, int | None]:
    with sqlite3.connect(paths.database) as conn:
        row = conn.execute(
            "SELECT intensity_before, intensity_after FROM thought_feeling WHERE name = 'sad'"
        ).fetchone()
    return row[0], row[1]


async def test_changing_the_first_rating_keeps_the_rerating(
    opened_paths: DataPaths, db: Database
) -> None:
    add_record(db, THOUGHT, feelings=(("sad", 80, 30),), complete=False, step=2, belief=90)
    assert _sad(opened_paths) == (80, 30)
    async with app_on(opened_paths, "reframe") as (_app, pilot, _pane):
        await pilot.press("enter")  # the draft resumes on its feelings step
        box = await _until_focused(pilot, "#rf-preset-0")
        box.value = ""
        await pilot.press(*"85")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
    assert _sad(opened_paths) == (85, 30)


async def test_a_rerating_typed_then_the_first_rating_changed_keeps_both(
    opened_paths: DataPaths, db: Database
) -> None:
    add_record(
        db,
        THOUGHT,
        feelings=(("sad", 80, None),),
        complete=False,
        step=2,
        belief=90,
    )
    async with app_on(opened_paths, "reframe", size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("enter")
        await _until_focused(pilot, "#rf-preset-0")
        for _ in range(5):
            await pilot.press("ctrl+n")
            await settle(pilot)
        rerate = app.focused
        assert rerate is not None and rerate.has_class("rf-after"), rerate
        await pilot.press(*"30")
        await settle(pilot)
        for _ in range(5):
            await pilot.press("ctrl+b")
            await settle(pilot)
        assert _sad(opened_paths) == (80, 30)
        await _until_focused(pilot, "#rf-preset-0")
        await pilot.press("backspace", "8", "5")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
    assert _sad(opened_paths) == (85, 30)


async def test_a_feeling_name_too_long_is_not_also_told_to_have_a_name(
    opened_paths: DataPaths, db: Database
) -> None:
    """ "A feeling's name is 42 characters; the limit is 40. Give your own feeling a name.":
    a name was given (the fourth stranger). The box now stops at 40 as it is typed, so the
    name is set in it whole here, to keep the refusal's words checked."""
    from textual.widgets import Input, Static

    add_record(db, THOUGHT, complete=False, step=2)
    async with app_on(opened_paths, "reframe") as (app, pilot, _pane):
        await pilot.press("enter")
        await _until_focused(pilot, "#rf-preset-0")
        box = app.screen.query_one("#rf-step-2 .rf-custom-name", Input)
        box.focus()
        box.value = "x" * 42
        await pilot.press("tab", "5", "0", "ctrl+n")
        await settle(pilot)
        message = str(app.screen.query_one("#rf-message", Static).render())
    assert "the limit is 40" in message
    assert "Give your own feeling a name" not in message
