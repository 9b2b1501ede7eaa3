"""The long walk's final Quit that left the app running (seed 2114, walk seed 258849446,
10,000 steps; log kept as /tmp/walk-monkey/monkey-failure-2114-1.json on the build machine).

What happened: the walk ended in a Reframe exercise, on step 3 (feelings), where one of the
person's own feelings had a name and no rating. Escape (close, keeping a draft) was refused,
rightly, with "Rate 'Data Analyst' from 0 to 100.", but the focus stayed where it was (the
next, blank row), so the way out was not where the cursor was. The walk went on clearing and
filling the field it was in (its filler is a sentence, which no rating takes, and a name typed
in the last row opens another row), Escape was refused every time, and the app's `q` went
into the field as a letter: the app was still running. A person meets the same dead end with
the message and no cursor on it. Now a refused close or step focuses the first field it
refused, and the walk fills a rating with a number, as a person reading its "0-100" would.
"""

from __future__ import annotations

from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.reframe.pane import ReframePane
from tests import monkey
from tests.ui_harness import app_on, settle

# The last moves, on a fresh first launch: a feeling named in the last row, no rating, Tab
# on to the row it opened, Escape.
LOG = [
    ["key", "d"],  # the welcome: the demo data (and its tour)
    ["key", "escape"],  # leave the tour
    ["key", "4"],
    ["key", "a"],
    ["type", "Sit"],
    ["key", "ctrl+n"],
    ["type", "I always fail"],
    ["key", "ctrl+n"],
    *[["key", "tab"]] * 5,  # past the five usual feelings to the first row of one's own
    ["type", "Data Analyst"],
    ["key", "tab"],
    ["key", "tab"],
    ["key", "escape"],
]


async def test_the_walk_that_ended_in_a_feeling_without_a_rating_quits(
    data_paths: DataPaths,
) -> None:
    result = await monkey.replay(LOG, data_paths)
    assert result.moves[-1] == monkey.Move("quit", "q")


async def test_escape_refused_for_a_feeling_without_a_rating_goes_to_its_rating(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "reframe") as (app, pilot, pane):
        assert isinstance(pane, ReframePane)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"Sit", "ctrl+n")
        await settle(pilot)
        await pilot.press(*"I fail", "ctrl+n")
        await settle(pilot)
        await pilot.press(*["tab"] * 5)
        name = app.focused
        assert isinstance(name, Input) and "rf-custom-name" in name.classes
        await pilot.press(*"Data Analyst", "tab", "tab")
        await settle(pilot)
        assert app.focused is not name and app.focused.value == ""
        await pilot.press("escape")
        await settle(pilot)
        assert pane.mode == "exercise"  # refused: nothing is lost
        message = str(app.query_one("#rf-message").render())
        assert "Rate 'Data Analyst' from 0 to 100." in message
        rating = name.parent.query(Input).last()
        assert app.focused is rating
        await pilot.press("5", "0", "escape")
        await settle(pilot)
        assert pane.mode == "history"
