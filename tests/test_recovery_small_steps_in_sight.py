"""In a short terminal the step under the cursor is always in sight (a tester at 80x12).

The plan's steps had two rows there and the detail three; a guard skipped every scroll of a
list under four rows, so `j` moved a cursor nobody could see (only the detail changed), a
plan opened on a step off screen, and `space`, `j`, `space` ticked a step that never showed.
The list scrolls to the cursor however short it is, and when rows are few the steps have
them before the detail.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.focus import focus_problem
from tests.built_stores import store_once
from tests.screen_text import flat, screen_lines
from tests.ui_harness import app_on, settle_workers


def _steps_in_sight(app, pane) -> str:
    """What the plan's step list shows on screen, its lines run together."""
    area = pane.step_list.scrollable_content_region
    rows = screen_lines(app)[area.y : area.y + area.height]
    return flat(" ".join(row[area.x : area.x + area.width] for row in rows))


def _assert_cursor_in_sight(app, pane, after: str) -> None:
    step = pane.step_list.highlighted_step
    assert step is not None
    seen = _steps_in_sight(app, pane)
    # The step in sight by its start: a title that wraps at 60 columns ("Go easy on
    # yourself: the decision weighed things you never saw") may end below a list of two rows.
    title = flat(step.title)[:40]
    assert title in seen, f"after {after}: {step.title!r} not in {seen!r}"


@pytest.mark.parametrize("size", [(80, 12), (80, 15), (60, 12)], ids=["80x12", "80x15", "60x12"])
async def test_the_highlighted_step_stays_in_sight_as_j_moves(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "recovery", size=size) as (app, pilot, pane):
        await settle_workers(pilot)
        await pilot.press("enter")
        await settle_workers(pilot)
        assert app.focused is pane.step_list
        _assert_cursor_in_sight(app, pane, "Enter")
        count = len(pane.step_list.steps)
        for n in range(count):
            await pilot.press("j")
            await pilot.pause()
            _assert_cursor_in_sight(app, pane, f"j #{n + 1}")
        for n in range(count):
            await pilot.press("k")
            await pilot.pause()
            _assert_cursor_in_sight(app, pane, f"k #{n + 1}")
        assert focus_problem(app) is None


async def test_space_j_space_ticks_steps_that_were_in_sight(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "recovery", size=(80, 12)) as (app, pilot, pane):
        await settle_workers(pilot)
        await pilot.press("enter")
        await settle_workers(pilot)
        ticked = []
        for key in ("space", "j", "space"):
            if key == "space":
                _assert_cursor_in_sight(app, pane, "before space")
                ticked.append(pane.step_list.highlighted_step_id)
            await pilot.press(key)
            await settle_workers(pilot)
            _assert_cursor_in_sight(app, pane, key)
        steps = pane.step_list.steps
        assert all(steps[step_id].done_at is not None for step_id in ticked)
        assert focus_problem(app) is None
