"""A dialog built round a list keeps the app's key bar in sight at 80x24.

Found walking the app at 80x24 (ux11, and the monkey run at that size with a check that the
top dialog leaves the key bar's row free): People's `l` (link to an application) with a few
dozen applications, and Reframe's "spot the trap" once an answer's explanation showed, drew
their box over the whole terminal, the key bar's row included. The list gives up rows
instead (it scrolls), so the box stops above the bar; with room to spare it keeps its size.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import OptionList

from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe.practice import PracticeExample
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.people.pick import PickScreen
from bounceback_tui.ui.reframe.practice import PracticeScreen
from tests.ui_harness import app_on, settle

ITEMS = [(n, f"Company {n} — Engineer", "Applied") for n in range(1, 41)]
# An explanation of four lines at 80 columns, as the real ones run at that width.
EXAMPLE = PracticeExample(
    thought="They invited me to the final round, but only because another candidate left.",
    key="labeling",
    why=" ".join(["Reaching the final round is explained away, so it never gets to count."] * 3),
)


def _box_above_the_bar(app: Any, box_id: str) -> bool:
    box = app.screen.query_one(f"#{box_id}")
    bar = app.screen_stack[0].query_one(KeyBar)
    return box.region.bottom <= bar.region.y and bar.region.bottom == app.size.height


async def test_the_pick_list_leaves_the_key_bar_in_sight(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        app.push_screen(PickScreen("Link someone to an application", ITEMS, "None"))
        await settle(pilot, 4)
        assert _box_above_the_bar(app, "pick-box")
        options = app.screen.query_one(OptionList)
        assert options.region.height >= 3  # still a list to choose from
        await pilot.press("down", "end")  # every item is still reached: the list scrolls
        await settle(pilot)
        assert options.highlighted == len(ITEMS) - 1
        assert options.scroll_offset.y == options.max_scroll_y > 0


async def test_the_pick_list_keeps_its_size_with_room(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        app.push_screen(PickScreen("Link someone to an application", ITEMS, "None"))
        await settle(pilot, 4)
        assert app.screen.query_one(OptionList).region.height == 16  # as the stylesheet says
        assert _box_above_the_bar(app, "pick-box")


async def test_spot_the_trap_leaves_the_key_bar_in_sight_after_an_answer(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        app.push_screen(PracticeScreen([EXAMPLE, EXAMPLE]))
        await settle(pilot, 4)
        assert _box_above_the_bar(app, "practice-box")
        await pilot.press("enter")  # the first trap: not it, so the explanation shows
        await settle(pilot, 4)
        feedback = app.screen.query_one("#practice-feedback")
        assert feedback.region.height >= 4
        assert _box_above_the_bar(app, "practice-box")
        assert app.screen.query_one("#practice-keys").region.height == 1  # "n/Enter next"
        # The right trap, highlighted, is in view in the shorter list (the tenth of 13).
        options = app.screen.query_one(OptionList)
        assert options.highlighted == 9
        top = options.scroll_offset.y
        assert top <= 9 < top + options.scrollable_content_region.height
        await pilot.press("n")  # the next thought: the explanation goes, the list grows back
        await settle(pilot, 4)
        assert _box_above_the_bar(app, "practice-box")
        assert app.screen.query_one(OptionList).region.height > 3
