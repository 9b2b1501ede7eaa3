"""A new thought record starts with no re-ratings (a stranger's walk, at 80x24).

The record before had a re-rated belief and two feelings; the next had three. Its step 8
came up as "Sad (was 55) 60 / Angry (was 40) 50 / Discouraged (was 90)": the last record's
re-ratings, matched by position, and already saved in the draft, so Today's "Reframes eased"
counted them. Showing step 8 emptied the belief's box; the change it sent read the step
while its old rows were still there, and the boxes were paired with feelings by position.
"""

from __future__ import annotations

import sqlite3

from textual.widgets import Input, Label

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from tests.ui_harness import app_on, settle


async def _until_focused_on(pilot, selector: str):  # type: ignore[no-untyped-def]
    """The step's first field once it has the focus (after a refresh, later under load)."""
    for _ in range(150):
        focused = pilot.app.focused
        if focused is not None and focused in pilot.app.screen.query(selector):
            return focused
        await pilot.pause(0.02)
    raise AssertionError(f"{selector} never took the focus; {pilot.app.focused} has it")


async def _next(pilot, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        await pilot.press("ctrl+n")
        await settle(pilot)


async def _begin(pilot, situation: str, thought: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("a")
    await _until_focused_on(pilot, "#rf-step-0 TextArea")
    await pilot.press(*situation)
    await _next(pilot)
    await _until_focused_on(pilot, "#rf-step-1 TextArea")
    await pilot.press(*thought)
    await _next(pilot)
    await _until_focused_on(pilot, "#rf-preset-0")


def _feelings(paths: DataPaths, thought: str) -> list[tuple[str, int, int | None]]:
    with sqlite3.connect(paths.database) as conn:
        rows = conn.execute(
            "SELECT f.name, f.intensity_before, f.intensity_after FROM thought_feeling f "
            "JOIN thought_record r ON r.id = f.record_id WHERE r.thought = ? "
            "ORDER BY f.name",
            (thought,),
        ).fetchall()
    return [(name, before, after) for name, before, after in rows]


async def test_a_new_record_does_not_take_the_last_ones_rerating(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "reframe", size=(80, 24)) as (app, pilot, _pane):
        await _begin(pilot, "B.", "Thought two.")
        await pilot.press("7", "5", "tab", "7", "0")  # sad 75, anxious 70
        await _next(pilot, 5)
        await _until_focused_on(pilot, "#rf-step-7 .rf-after")
        await pilot.press("6", "0", "tab", "5", "0", "tab", "4", "0")  # 60, 50, belief 40
        await _next(pilot)  # the summary
        await pilot.press("escape")
        await settle(pilot)
        await _begin(pilot, "C.", "Thought three.")
        # sad 55, angry 40, discouraged 90
        await pilot.press("5", "5", "tab", "tab", "tab", "4", "0", "tab", "9", "0")
        await _next(pilot, 5)
        await _until_focused_on(pilot, "#rf-step-7 .rf-after")
        await settle(pilot)
        step = app.screen.query_one("#rf-step-7")
        names = [str(label.render()) for label in step.query(".rf-feeling-name").results(Label)]
        boxes = [box.value for box in step.query(".rf-rating").results(Input)]
        assert focus_problem(app) is None
    assert names == [
        "Sad (was 55)",
        "Angry (was 40)",
        "Discouraged (was 90)",
        "Belief in the thought",
    ]
    assert boxes == ["", "", "", ""]
    assert _feelings(opened_paths, "Thought three.") == [
        ("angry", 40, None),
        ("discouraged", 90, None),
        ("sad", 55, None),
    ]
    assert _feelings(opened_paths, "Thought two.") == [("anxious", 70, 50), ("sad", 75, 60)]


async def test_a_new_record_does_not_take_the_last_ones_own_feelings(
    opened_paths: DataPaths,
) -> None:
    """The feelings step loads the same way: its rows of one's own feelings are rebuilt when
    their number changes, and were read meanwhile (the same class of fault)."""
    async with app_on(opened_paths, "reframe", size=(80, 24)) as (app, pilot, _pane):
        await _begin(pilot, "B.", "Thought two.")
        await pilot.press("7", "5")  # sad 75
        app.screen.query_one("#rf-step-2 .rf-custom-name", Input).focus()
        await pilot.press(*"numb", "tab", "3", "0")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        await _begin(pilot, "C.", "Thought three.")
        shown = list(_pane.exercise.draft.feelings)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
    assert shown == []
    assert _feelings(opened_paths, "Thought two.") == [("numb", 30, None), ("sad", 75, None)]
    assert _feelings(opened_paths, "Thought three.") == []
