"""A record named by the word typed comes before a care entry the word only begins a keyword
of: with a company named "Lone [ Bracket", `lone` listed "Talk it through with someone close"
first (its keyword "lonely" begins so) and the application second, and Enter opened the
"Talk it through" panel. The care entries keep their lead for words that are theirs
("lonely", "talk": tests/test_palette_care_first.py)."""

from __future__ import annotations

from textual.command import CommandPalette

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.palette_fixtures_ui import search, settle
from tests.pipeline_fixtures import add

TALK = "Talk it through with someone close"
APPLICATION = "Application · Lone [ Bracket (Dev)"


async def test_a_record_named_lone_comes_before_talk_it_through(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Lone [ Bracket", "Dev")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        results = await search(app, pilot, "lone")
        titles = [line.split(" | ")[0] for line in results]
        assert titles[0] == APPLICATION
        assert TALK in titles[1:]  # still found, after it
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, CommandPalette)
        assert app.shown_pane() == "pipeline"  # the application, not the panel
        assert app.screen is app.screen_stack[0]


async def test_lonely_still_finds_talk_it_through_first(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Lone [ Bracket", "Dev")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        results = await search(app, pilot, "lonely")
    assert results[0].split(" | ")[0] == TALK
