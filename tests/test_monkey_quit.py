"""The long walk's way out to the final Quit (seed 2114's 10,000 steps), twice.

The second time (main 9a62a8b, walk8's round; log kept as /tmp/walk8/main-failure-2114-1.json
on the build machine): "no way back to the panes to quit from PlainTextArea(classes='rf-text')".
Its last twelve moves are f7, backspace, Escape, Escape, the filler typed, Escape, Escape, f7,
backspace, Escape, Escape: a Reframe record that another window had saved meanwhile (the
walk's "touch"). The way out cleared the field, so the page differed from what was stored;
Escape (close, keeping the draft) met the other window's version and asked (the conflict
dialog), the way out answered the dialog with Escape, which is its "keep editing", and
round again until QUIT_PATIENCE. Not the app: the dialog names its way on (reload, or save
mine over it), and Escape on it goes back, as it says. The way out now leaves as a person
does (``monkey._way_out``): the page's own leaving key first, a conflict settled with the
dialog's first settling choice, and no random draw. Both logs below fail on main before.

The first time (walk seed 258849446; log kept as /tmp/walk-monkey/monkey-failure-2114-1.json):

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

import pytest
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


# A thought record another window saved after the thought was written: the 2114 shape.
LOG_SAVED_ELSEWHERE = [
    ["key", "d"],
    ["key", "escape"],
    ["key", "4"],
    ["key", "a"],
    ["type", "Initech interview"],
    ["key", "ctrl+n"],
    ["type", "Nobody will hire me"],  # saved (the autosave); not the walk's filler
    ["elsewhere", "touch"],
]
# The same, with a rating typed after the other window's save: not saved, and the cursor
# back on the step's first field, so the way out meets the conflict dialog first.
LOG_UNSETTLED = [
    ["key", "d"],
    ["key", "escape"],
    ["key", "4"],
    ["key", "a"],
    ["type", "Sit"],
    ["key", "ctrl+n"],
    ["type", "I always fail"],
    ["key", "ctrl+n"],  # the feelings step, the cursor on Sad
    ["elsewhere", "touch"],
    ["key", "tab"],
    ["type", "50"],  # Anxious: "Not saved: ... changed in another window"
    ["key", "shift+tab"],
]


@pytest.mark.parametrize("log", [LOG_SAVED_ELSEWHERE, LOG_UNSETTLED], ids=["saved", "unsettled"])
async def test_the_way_out_of_a_record_another_window_saved_quits(
    data_paths: DataPaths, log: list[list[str]]
) -> None:
    result = await monkey.replay(log, data_paths)  # main: MonkeyFailure, "no way back"
    assert result.moves[-1] == monkey.Move("quit", "q")
    assert len(result.moves) - len(log) - 1 < monkey.QUIT_PATIENCE


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
