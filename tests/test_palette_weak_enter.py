"""Enter in the palette runs only a hit that matches closely; weak hits are listed, not picked.

Textual highlights the palette's first hit, so Enter ran it however weakly it matched: "mod"
(one letter short of "mood", a keyword of the daily check-in) opened the check-in though
nothing typed had named it. Now, when the best hit matches only weakly, the hits are listed
with none highlighted, and Enter says so and runs nothing; Down still picks one, and Enter
then runs it. A close match ("gogle" for Google, "check") is picked at once, as before.
Every expected text is written out by hand.
"""

from __future__ import annotations

from textual.command import CommandList, CommandPalette
from textual.widgets import Input
from textual.widgets._toast import Toast

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.palette_fixtures_ui import search, settle


def _toast_texts(app: BouncebackApp) -> list[str]:
    return [str(toast.render()) for toast in app.screen.query(Toast)]


async def test_enter_with_only_a_weak_hit_runs_nothing_and_says_so(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        results = await search(app, pilot, "mod")
        assert [line.split(" | ")[0] for line in results][:1] == ["Daily check-in"]
        assert app.screen.query_one(CommandList).highlighted is None  # listed, not picked
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CommandPalette)  # no check-in opened
        assert app.focused is app.screen.query_one(Input)
        said = " ".join(_toast_texts(app))
        assert "Near matches are listed, none close enough to run from Enter." in said, said
        # Picked on purpose, it runs.
        await pilot.press("down")
        await pilot.pause()
        assert app.screen.query_one(CommandList).highlighted == 0
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, CommandPalette)


async def test_a_close_match_is_picked_and_enter_runs_it(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        results = await search(app, pilot, "check")
        assert [line.split(" | ")[0] for line in results][:1] == ["Daily check-in"]
        assert app.screen.query_one(CommandList).highlighted == 0
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, CommandPalette)
