"""Tab and shift+Tab go round a Reframe step's fields and never change the step (a stranger's
walk): Tab past a step's last field went on to the next step without a word, and shift+Tab
from a step's first field went back into the last step's text box, cursor at its end, so the
"80" typed next landed after the thought ("…want me.80"). ctrl+n and ctrl+b change steps, as
the key bar says; the summary keeps the focus too.
"""

from __future__ import annotations

from textual.widgets import Input, Static, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.reframe_fixtures import add_record
from tests.test_reframe_belief import THOUGHT, _until_focused
from tests.ui_harness import app_on, settle


def _progress(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#rf-progress", Static).render())


async def _press(pilot, key: str) -> None:  # type: ignore[no-untyped-def]
    """``key``, then the rule: something on the screen has the focus."""
    await pilot.press(key)
    await settle(pilot)
    assert focus_problem(pilot.app) is None, key


async def test_shift_tab_from_the_first_feeling_stays_on_the_feelings(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "reframe", size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("a")
        await _until_focused(pilot, "#rf-step-0 TextArea")
        await pilot.press(*"A no.", "ctrl+n")
        await _until_focused(pilot, "#rf-step-1 TextArea")
        await pilot.press(*"They never want me.", "ctrl+n")
        await _until_focused(pilot, "#rf-preset-0")
        await _press(pilot, "shift+tab")  # round to the step's last field, the belief
        assert _progress(app).startswith("Step 3 of 8")
        assert app.focused is app.screen.query_one("#rf-belief-before", Input)
        await pilot.press("8", "0")
        await _press(pilot, "tab")  # and round again to the first
        assert _progress(app).startswith("Step 3 of 8")
        assert app.focused is app.screen.query_one("#rf-preset-0", Input)
        belief = app.screen.query_one("#rf-belief-before", Input).value
        thought = app.screen.query_one("#rf-step-1 TextArea", TextArea).text
    assert belief == "80"
    assert thought == "They never want me."


async def test_tab_on_a_step_of_one_box_stays_in_it(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "reframe", size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("a")
        area = await _until_focused(pilot, "#rf-step-0 TextArea")
        await pilot.press(*"A no.")
        for key in ("tab", "shift+tab", "tab", "tab"):
            await _press(pilot, key)
            assert _progress(app).startswith("Step 1 of 8"), key
            assert app.focused is area, key
        assert area.text == "A no."  # nor is a tab typed into it


async def test_tab_goes_round_the_rerate_step(opened_paths: DataPaths, db: Database) -> None:
    add_record(
        db,
        THOUGHT,
        feelings=(("sad", 80, None), ("anxious", 60, None)),
        complete=False,
        step=7,
        belief=90,
    )
    async with app_on(opened_paths, "reframe", size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("enter")  # the draft resumes on step 8
        first = await _until_focused(pilot, "#rf-step-7 .rf-after")
        second = list(app.screen.query("#rf-step-7 .rf-after"))[1]
        belief = app.screen.query_one("#rf-belief-after", Input)
        for key, expected in (
            ("tab", second),
            ("tab", belief),
            ("tab", first),
            ("shift+tab", belief),
            ("shift+tab", second),
        ):
            await _press(pilot, key)
            assert _progress(app).startswith("Step 8 of 8"), key
            assert app.focused is expected, key


async def test_tab_keeps_the_focus_on_the_summary(opened_paths: DataPaths, db: Database) -> None:
    add_record(db, THOUGHT, feelings=(("sad", 80, 40),), belief=90)
    async with app_on(opened_paths, "reframe", size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("enter")  # a finished record opens on its summary
        summary = await _until_focused(pilot, "#rf-summary")
        for key in ("tab", "shift+tab", "shift+tab", "tab"):
            await _press(pilot, key)
            assert app.focused is summary, key
