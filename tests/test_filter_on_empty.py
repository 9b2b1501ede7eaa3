"""`/` on a pane with nothing in it yet opens the filter, like on a full one.

Before, `/` did nothing on an empty pane, so the letters typed after it ran as the pane's
keys: `/` then `q` quit the app, `/` then `a` opened a form. Now every pane's filter box
opens, says there is nothing to filter, and what is typed goes into it; Escape closes it
and the pane's own keys are back.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.kit.focus import focus_problem
from tests.quiet import until_quiet

PANES = {"2": "pipeline", "3": "recovery", "4": "reframe", "5": "skills", "6": "people"}


@pytest.mark.parametrize("pane_key", sorted(PANES))
async def test_slash_on_an_empty_pane_opens_the_filter(
    opened_paths: DataPaths, pane_key: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(pane_key)
        await until_quiet(pilot)
        await pilot.press("slash", "q", "a")  # a person typing a filter: "qa"
        await until_quiet(pilot)
        assert app.is_running, "the q after / quit the app"
        focused = app.focused
        assert isinstance(focused, Input), focused
        bars = [a for a in focused.ancestors if isinstance(a, FilterBar)]
        assert bars and bars[0].is_open
        assert PANES[pane_key] in (bars[0].id or "") or pane_key == "4"
        assert focused.value == "qa"
        assert len(app.screen_stack) == 1, "a form opened"
        await pilot.press("escape")
        await until_quiet(pilot)
        assert not bars[0].is_open
        assert focus_problem(app) is None


@pytest.mark.parametrize("pane_key", ["3", "4", "5", "6"])
async def test_the_empty_filter_says_there_is_nothing_to_filter(
    opened_paths: DataPaths, pane_key: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(pane_key)
        await until_quiet(pilot)
        await pilot.press("slash")
        await until_quiet(pilot)
        focused = app.focused
        assert isinstance(focused, Input)
        assert "nothing to filter" in str(focused.placeholder).lower()


@pytest.mark.parametrize("pane_key", sorted(PANES))
async def test_escape_after_enter_clears_the_filter_on_an_empty_pane(
    opened_paths: DataPaths, pane_key: str
) -> None:
    """Enter keeps words typed in the box and gives focus back to the pane; Escape then
    clears them. On an empty Recovery it did nothing: the box and "Showing 0 plans
    matching the filter" stayed, and the empty state never came back."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(pane_key)
        await until_quiet(pilot)
        await pilot.press("slash", "x", "enter")
        await until_quiet(pilot)
        bars = [bar for bar in app.screen.query(FilterBar) if bar.is_open]
        assert len(bars) == 1
        await pilot.press("escape")
        await until_quiet(pilot)
        assert not bars[0].is_open and bars[0].value == ""
        empty = app.screen.query_one(f"#{PANES[pane_key]}-empty")
        assert empty.display, "the empty state is not back"
        assert focus_problem(app) is None
