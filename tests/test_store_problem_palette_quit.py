"""The store-problem screen's palette quits from Enter only by Quit's name, as the app's does.

The screen for a store that cannot be opened had Textual's own palette (ctrl+p), whose Enter
runs the first hit however little was typed: ctrl+p, `q` (or "qu", "qui", a person beginning
to type "questions") and Enter closed the window at once. Its palette is now the app's: Quit
is listed, none picked, and Enter says what it found and what runs it; "quit" typed whole
quits. The screen's own `q` key still quits (tests/test_store_problem_keys.py). Every
expected text is written out by hand.
"""

from __future__ import annotations

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Input

from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.palette_fixtures_ui import messages, search, settle

QUIT_FOUND = (
    'That found "Quit", which ends the session: Enter runs it only once "quit" is typed in '
    "full. Pick it with ↓ and Enter, or type on."
)


def _screen() -> StoreProblemApp:
    return StoreProblemApp(
        "The file at ... is damaged. It was left untouched.",
        backup_label="daily, today 09:30: 3 applications, 1 rejection",
        aside_name="bounceback.sqlite3.unreadable-20260316-093000",
        restore=lambda: "Restored.",
        fresh=lambda: "Started fresh.",
        quiet_s=0,
    )


@pytest.mark.parametrize("typed", ["q", "qu", "qui"])
async def test_the_start_of_quit_does_not_quit(typed: str) -> None:
    app = _screen()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        results = await search(app, pilot, typed)  # type: ignore[arg-type]
        assert [line.split(" | ")[0] for line in results][:1] == ["Quit"]
        assert app.screen.query_one(CommandList).highlighted is None  # listed, not picked
        await pilot.press("enter")
        await settle(app, pilot)  # type: ignore[arg-type]
        assert app.is_running and app.return_code is None
        assert isinstance(app.screen, CommandPalette)
        assert app.focused is app.screen.query_one(Input)
        assert messages(app) == [QUIT_FOUND]  # type: ignore[arg-type]
        await pilot.press("escape")  # back to the screen's own choices
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette) and app.is_running


async def test_quit_typed_whole_quits() -> None:
    app = _screen()
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "quit")  # type: ignore[arg-type]
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 0


async def test_its_palette_offers_what_makes_sense_there() -> None:
    """Its palette listed Textual's own "Screenshot" (an SVG of the screen, the store's path
    in it, written to ~/Downloads) and "Maximize" (the focused button filling the window),
    which the app's palette leaves out. It lists the screen's own choices in its words, and
    Theme (tests/test_store_problem_own_keys.py)."""
    app = _screen()
    async with app.run_test(size=(100, 30)) as pilot:
        listed = [line.split(" | ")[0] for line in await search(app, pilot, "")]  # type: ignore[arg-type]
        assert sorted(listed) == [
            "If you are struggling",
            "Keys",
            "Quit",
            "Restore…",
            "Start fresh",
            "Theme",
        ]
        await pilot.press("escape")
        await pilot.pause()
        for typed in ("screenshot", "maximize"):
            found = await search(app, pilot, typed)  # type: ignore[arg-type]
            assert [line for line in found if typed in line.casefold()] == [], found
            await pilot.press("escape")
            await pilot.pause()
