"""Belief in the thought on the feelings and re-rate steps: one name for it, where the keys
land coming back to the feelings, and the re-rating beside the feelings with what it was.

Found by a tester walking the Reframe pane: ctrl+b from the traps put the cursor on the last
field of the feelings ("Belief in it") rather than the first; a rating of 150 there was
refused as "Belief in the thought: …", a name the screen never showed; and on the re-rate step
the belief sat ten blank lines below the feelings, without the "(was 90)" they have.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input, Label, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.reframe_fixtures import add_record
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle

THOUGHT = "I always blow final rounds. They must think I'm a fraud and I'll never get hired."


async def _until_focused(pilot, selector: str):  # type: ignore[no-untyped-def]
    """The step's field once it has the focus (a step focuses its field after a refresh)."""
    widget = pilot.app.screen.query_one(selector)
    for _ in range(150):
        if pilot.app.focused is widget:
            return widget
        await pilot.pause(0.02)
    assert pilot.app.focused is widget
    return widget


def _progress(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#rf-progress", Static).render())


async def test_ctrl_b_from_the_traps_lands_on_the_first_feeling(
    opened_paths: DataPaths, db: Database
) -> None:
    add_record(db, THOUGHT, feelings=(("sad", 80, None),), complete=False, step=3, belief=90)
    async with app_on(opened_paths, "reframe") as (app, pilot, _pane):
        await pilot.press("enter")  # the draft resumes on its traps step
        await _until_focused(pilot, "#rf-step-3 SelectionList")
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert _progress(app).startswith("Step 3 of 8")
        await _until_focused(pilot, "#rf-preset-0")
        # shift+Tab goes round the step's fields and never back a step: the traps keep it.
        await pilot.press("ctrl+n")
        await _until_focused(pilot, "#rf-step-3 SelectionList")
        await pilot.press("shift+tab")
        await settle(pilot)
        assert _progress(app).startswith("Step 4 of 8")
        await _until_focused(pilot, "#rf-step-3 SelectionList")


async def test_the_belief_is_refused_by_the_name_its_field_shows(
    opened_paths: DataPaths, db: Database
) -> None:
    add_record(db, THOUGHT, complete=False, step=2)
    async with app_on(opened_paths, "reframe") as (app, pilot, _pane):
        await pilot.press("enter")  # the draft resumes on its feelings step
        await _until_focused(pilot, "#rf-preset-0")
        box = app.screen.query_one("#rf-belief-before", Input)
        box.focus()
        await pilot.press(*"150", "escape")
        await settle(pilot)
        label = str(app.screen.query_one("#rf-step-2 .rf-belief-name", Label).render())
        message = str(app.screen.query_one("#rf-message", Static).render())
    assert label == "Belief in the thought"
    assert message.startswith(f"{label}: ratings go from 0 to 100.")


@pytest.mark.parametrize("size", [(40, 15), (60, 20), (80, 24), (100, 30)])
async def test_the_belief_is_re_rated_under_the_feelings_with_what_it_was(
    opened_paths: DataPaths, db: Database, size: tuple[int, int]
) -> None:
    add_record(db, THOUGHT, feelings=(("sad", 80, None),), complete=False, step=7, belief=90)
    async with app_on(opened_paths, "reframe", size=size) as (app, pilot, _pane):
        await pilot.press("enter")  # the draft resumes on its re-rate step
        await _until_focused(pilot, "#rf-step-7 .rf-after")
        assert _progress(app).startswith("Step 8 of 8")
        feeling = app.screen.query_one("#rf-step-7 .rf-after", Input)
        belief = app.screen.query_one("#rf-belief-after", Input)
        belief.focus()
        await settle(pilot)
        # One blank line between them, as on the feelings step.
        assert belief.region.y - feeling.region.y == 2
        # All of the label drawn, not only held by it (a one-line row cut "(was 90)" off);
        # at 40 columns it takes two lines.
        label = app.screen.query_one("#rf-step-7 .rf-belief-name", Label)
        assert str(label.render()) == "Belief in the thought (was 90)"
        region, clip = app.screen._compositor.visible_widgets[label]
        assert region.intersection(clip) == region, screen_text(app)
        assert "Sad (was 80)" in screen_text(app)


async def test_a_belief_left_unrated_reads_as_a_feeling_left_unrated_does(
    opened_paths: DataPaths, db: Database
) -> None:
    """A newcomer's walk: the summary of a record whose belief was not re-rated said
    "80 → ? –" under "Sad 70 (not re-rated)"; it says "80 (not re-rated)" now."""
    add_record(db, THOUGHT, feelings=(("sad", 70, None),), complete=True, belief=80)
    async with app_on(opened_paths, "reframe") as (app, pilot, pane):
        await pilot.press("enter")
        await settle(pilot, 3)
        assert pane.mode == "summary"
        body = str(app.query_one("#rf-summary-body", Static).render()).splitlines()
    assert "Sad" + " " * 13 + "70  (not re-rated)" in body  # the name's column is 14 cells
    at = body.index("Belief in the thought")
    assert body[at + 1] == "80 (not re-rated)"
