"""What Enter says in the palette when it runs none of the hits listed: that they are listed,
and how to pick one, never that nothing matches.

A tester's walk: "aplications" and Enter said "Nothing matches that as typed. Pick one of the
list…" with "Export as CSV" and "Add an application" listed just above the note, and "qiut"
and Enter "Nothing matches that closely" with Quit listed. Running nothing is right (the
slip fits two actions alike; a slip in a four-letter word is too weak to run); the words now
say that the matches are listed but do not run from Enter, and name the keys that pick one.
The palette's Down and Enter are Textual's own (no keymap id moves them). Every expected
text is written out by hand.
"""

from __future__ import annotations

from textual.command import CommandList, CommandPalette
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.built_stores import store_once
from tests.palette_fixtures import build_store
from tests.palette_fixtures_ui import messages, search, settle

SIZE = (100, 30)


async def _enter_on(app: BouncebackApp, pilot, typed: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Search ``typed``, press Enter, and return the titles listed (before Enter)."""
    results = await search(app, pilot, typed)
    assert app.screen.query_one(CommandList).highlighted is None  # listed, none picked
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, CommandPalette)  # nothing ran
    assert app.focused is app.screen.query_one(Input)
    return [line.split(" | ")[0] for line in results]


async def test_a_slip_that_fits_two_actions_says_both_are_listed(
    db: Database, opened_paths: DataPaths
) -> None:
    store_once(db, build_store)
    save_setting(db, "ghost_after_days", 60)  # nothing quiet: no "Review quiet applications"
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        listed = await _enter_on(app, pilot, "aplications")
        assert {"Export as CSV", "Add an application"} <= set(listed[:3]), listed
        assert messages(app) == [
            "Close matches are listed, and more than one fits what you typed, so Enter runs "
            "none of them. Pick one with ↓ and Enter, or type on."
        ]


async def test_a_weak_slip_says_its_match_is_listed(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        listed = await _enter_on(app, pilot, "qiut")
        assert listed[:1] == ["Quit"]
        assert messages(app) == [
            "Near matches are listed, none close enough to run from Enter. "
            "Pick one with ↓ and Enter, or type on."
        ]
        await pilot.press("down", "enter")  # picked on purpose, it runs
        await pilot.pause()
    assert app.return_code == 0
