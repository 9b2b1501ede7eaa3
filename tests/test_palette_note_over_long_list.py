"""Enter's note in the palette is seen whatever the length of the list.

At 80x24 on the demo store, "qu" matched so much that the palette's list filled the screen
to its foot, and the note Enter gave ("That found "Quit", which ends the session: …") came
as a toast behind the list: Enter looked broken. The note is now also shown in the palette,
above the list, while it is open ("q" or "qui" gave a shorter list, and the note showed).

The clock stands at Monday 16 March 2026 (tests/conftest.py). Every expected text is written
out by hand.
"""

from __future__ import annotations

from textual.command import CommandPalette

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.palette_fixtures_ui import search, settle
from tests.screen_text import flat, screen_text
from tests.ui_harness import app_on


async def test_the_note_for_qu_is_on_screen_over_a_long_list(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=(80, 24), notifications=True) as (app, pilot, _pane):
        await search(app, pilot, "qu")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CommandPalette)
        text = flat(screen_text(app))
        assert 'That found "Quit", which ends the session' in text
        assert 'Enter runs it only once "quit" is typed in full' in text
        await pilot.press("i")  # typing on: the note was of what was typed before
        await settle(app, pilot)
        assert "which ends the session" not in flat(screen_text(app))
