"""A word typed for an action's verb puts that action first: "backup" is Back up now.

"backup" (typed right, or "bakcup") listed "Restore a backup" above "Back up now": its title
holds the word "backup", while "Back up now" held it only among its keywords, and a title's
word counts above a keyword. The verb written as one word ("backup" for "back up") now
names the title's words it joins, and naming an action's first word, its verb, puts it
ahead of one whose later word was named. Every expected first hit is written out by hand.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.palette_fixtures_ui import search

SIZE = (100, 30)


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("backup", "Back up now"),
        ("bakcup", "Back up now"),  # two letters swapped: one slip
        ("back up", "Back up now"),
        ("restore", "Restore a backup"),
        ("restore backup", "Restore a backup"),
    ],
)
async def test_the_action_whose_verb_was_typed_comes_first(
    opened_paths: DataPaths, typed: str, first: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        results = await search(app, pilot, typed)
        assert [line.split(" | ")[0] for line in results][:1] == [first], results
        assert app.focused is app.screen.query_one(Input)
