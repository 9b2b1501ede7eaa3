"""One letter in the palette on a new store: the actions whose first word it begins come
first, in the palette's own order, whatever their later words.

Every action whose first word a letter begins matched it alike, and the tie was settled by
the label's later words: "Take the tour" ("the", "tour") came above "Take the next step",
"Theme" (one word, "named whole") above both, "Settings" above "Start a reframe" and
"Refresh" above "Record a rejection", so which action Enter ran hung on words the person
had not typed. A letter now ranks by the first word, then the palette's order (the order of
the list before anything is typed); a care entry whose first word it begins still leads
("Talk it through..."). Every expected list is written out by hand.
"""

from __future__ import annotations

import pytest
from textual.command import CommandList
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.palette_fixtures_ui import search, settle, shown

SIZE = (100, 30)


def _titles(results: list[str]) -> list[str]:
    return [line.split(" | ")[0] for line in results]


@pytest.mark.parametrize(
    ("letter", "first"),
    [
        (
            "t",
            [
                "Talk it through with someone close",  # a care entry: it leads
                "Take the next step",
                "Take the tour",
                "Theme",
            ],
        ),
        ("s", ["Start a reframe", "Schedule an interview", "Show keys", "Settings"]),
        ("r", ["Record a rejection", "Refresh", "Restore a backup"]),
        ("a", ["Add an application", "Add a skill"]),
    ],
)
async def test_the_actions_a_letter_begins_come_first_in_the_palette_s_order(
    opened_paths: DataPaths, letter: str, first: list[str]
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        titles = _titles(await search(app, pilot, letter))
        assert titles[: len(first)] == first
        assert app.screen.query_one(CommandList).highlighted == 0  # Enter runs the first
        assert app.focused is app.screen.query_one(Input)


async def test_each_letter_puts_the_titles_it_begins_first_the_same_each_time(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "")
        box = app.screen.query_one(Input)
        for letter in "aegiprstw":  # the letters that begin more than one action
            lists = []
            for _ in range(2):  # typed, cleared and typed again: the same order
                box.value = letter
                await settle(app, pilot)
                lists.append(_titles(shown(app, hits_only=True)))
                box.value = ""
            titles = lists[0]
            assert lists[1] == titles, letter
            begun = [t for t in titles if t.lower().startswith(letter)]
            assert len(begun) >= 2 and titles[: len(begun)] == begun, letter
