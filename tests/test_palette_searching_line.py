"""The palette says "Searching…" only when a search takes longer than a moment.

Each keystroke replaced the list with "Searching…" at once, and the search's results
replaced the line a few milliseconds later: typing "northwind" showed the line and hid it
again at every letter (shown, hidden, shown). The line is now due a moment after a keystroke
(``palette_searching.SEARCHING_AFTER``) and shown only if that keystroke's search still runs
then with nothing shown. The tests keep the timer out of the way and do what it does when it
fires (``still_searching``): no time is measured.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from textual.command import CommandList
from textual.widgets import Input
from textual.widgets.option_list import Option

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui import palette_searching
from bounceback_tui.ui.app import BouncebackApp
from tests.built_stores import store_once
from tests.palette_fixtures import Records, build_store
from tests.palette_fixtures_ui import hold_index, search, settle, shown

SIZE = (100, 30)
SEARCHING = "Searching…"


@pytest.fixture
def records(db: Database) -> Records:
    return store_once(db, build_store)


@pytest.fixture
def no_timer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The line's timer never fires by itself: the test says when the moment has passed."""
    monkeypatch.setattr(palette_searching, "SEARCHING_AFTER", 3600.0)


@pytest.fixture
def lines_added(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every line the palette's list is given one at a time, as text."""
    added: list[str] = []
    add_option = CommandList.add_option

    def spy(self: CommandList, option: Option | None = None) -> CommandList:
        added.append(str(option.prompt) if option is not None else "")
        return add_option(self, option)

    monkeypatch.setattr(CommandList, "add_option", spy)
    return added


@pytest.fixture
def held_index(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The records' index is read only once the returned event is set: a slow search."""
    yield from hold_index(monkeypatch)


async def test_typing_a_word_with_quick_searches_never_shows_the_line(
    records: Records, opened_paths: DataPaths, no_timer: None, lines_added: list[str]
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await search(app, pilot, "")
        palette = app.screen
        assert isinstance(palette, palette_searching.SearchingPalette)
        for letter in "northwind":
            await pilot.press(letter)
            await settle(app, pilot)  # this letter's search is done
            palette.still_searching()  # the moment passes: nothing is searching
            await pilot.pause()
            assert SEARCHING not in shown(app), letter
        assert shown(app)[0].startswith("Application · Northwind Analytics")
        assert app.focused is palette.query_one(Input)
    assert SEARCHING not in lines_added


async def test_a_search_longer_than_a_moment_shows_the_line_until_its_results(
    records: Records, opened_paths: DataPaths, no_timer: None, held_index: threading.Event
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        for _ in range(50):
            if shown(app):
                break
            await pilot.pause(0.05)
        palette = app.screen
        assert isinstance(palette, palette_searching.SearchingPalette)
        opening = shown(app)
        await pilot.press(*"nrthwind")
        await pilot.pause()
        assert shown(app) == opening  # within the moment: no line yet
        palette.still_searching()  # the moment passes, the search still runs
        await pilot.pause()
        assert shown(app) == [SEARCHING]
        held_index.set()
        await settle(app, pilot)
        assert shown(app)[0].startswith("Application · Northwind Analytics")
