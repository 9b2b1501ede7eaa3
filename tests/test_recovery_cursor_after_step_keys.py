"""Where the cursor goes in a plan after a step is done with, and after one is removed.

A new user's walk: saving a step's answer (`ctrl+s`) moved the cursor on to the next open
step, but ticking one (`space`) left it where it was, so a habitual `j` after a save skipped
a step. One rule now: the cursor stays on the step ticked, skipped or answered
(docs/keys.md), so `j` goes to the row below and `space` or `x` again takes it back. And
after `d`, `y` removed a step the cursor jumped up to the plan's first unticked step; it
stays where the removed row was (the row after it, or before it when it was the last).
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.recovery.steps import STEP_PREFIX
from tests.recovery_fixtures import add_rejection, tick_first
from tests.ui_harness import app_on, settle


def _shown_ids(pane) -> list[int]:  # type: ignore[no-untyped-def]
    """The plan's steps in the order the list shows them."""
    return [
        int(option.id.removeprefix(STEP_PREFIX))
        for option in pane.step_list.options
        if option.id and option.id.startswith(STEP_PREFIX)
    ]


async def _into_plan(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("enter")
    await settle(pilot)


async def test_saving_an_answer_leaves_the_cursor_on_the_step_as_a_tick_does(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    tick_first(db, rid, 1)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        await _into_plan(pilot)
        shown = _shown_ids(pane)
        start = pane.step_list.highlighted_step_id
        assert start == shown[1]  # the first open step (the first is ticked)
        await pilot.press("space")
        await settle(pilot)
        assert pane.step_list.steps[start].done_at is not None
        assert pane.step_list.highlighted_step_id == start
        await pilot.press("j")
        await settle(pilot)
        answered = pane.step_list.highlighted_step_id
        assert answered == shown[2]
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("o", "k", "ctrl+s")
        await settle(pilot)
        assert app.focused is pane.step_list
        assert pane.step_list.steps[answered].done_at is not None
        assert pane.step_list.highlighted_step_id == answered
        # `j` after the save goes to the row below it: no step passed over unseen.
        await pilot.press("j")
        await settle(pilot)
        assert pane.step_list.highlighted_step_id == shown[3]


async def test_skipping_a_step_leaves_the_cursor_on_it(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (_app, pilot, pane):
        await _into_plan(pilot)
        shown = _shown_ids(pane)
        assert pane.step_list.highlighted_step_id == shown[0]
        await pilot.press("x")
        await settle(pilot)
        assert pane.step_list.steps[shown[0]].skipped_at is not None
        assert pane.step_list.highlighted_step_id == shown[0]


async def test_removing_a_step_keeps_the_cursor_where_the_row_was(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (_app, pilot, pane):
        await _into_plan(pilot)
        shown = _shown_ids(pane)
        assert len(shown) > 6
        # A step well down the plan: the row after it takes the cursor, not the plan's first.
        assert pane.step_list.select_step(shown[5])
        await pilot.press("d", "y")
        await settle(pilot)
        assert shown[5] not in pane.step_list.steps
        assert pane.step_list.highlighted_step_id == shown[6]
        # The last step removed: the one before it.
        assert pane.step_list.select_step(shown[-1])
        await pilot.press("d", "y")
        await settle(pilot)
        assert shown[-1] not in pane.step_list.steps
        assert pane.step_list.highlighted_step_id == shown[-2]
