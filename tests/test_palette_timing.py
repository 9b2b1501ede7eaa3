"""Enter and Down pressed in the same burst as the query, before its results are in.

The palette searches in the background. A person who types "gogle" and presses Enter at
once means the top match for "gogle", not whatever the list showed a moment earlier (the
actions listed on opening), and not nothing. Here the records' index is held back until
the keys are in, so the search is always still running when Enter and Down arrive."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from textual.command import CommandList, CommandPalette

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui import palette_searching
from bounceback_tui.ui.app import BouncebackApp
from tests.built_stores import store_once
from tests.palette_fixtures import Records, build_store
from tests.palette_fixtures_ui import hold_index, settle, shown

SIZE = (100, 30)


@pytest.fixture
def records(db: Database) -> Records:
    return store_once(db, build_store)


@pytest.fixture
def held_index(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The records' index is read only once the returned event is set."""
    yield from hold_index(monkeypatch)


async def burst(app: BouncebackApp, pilot, release: threading.Event, *keys: str) -> None:  # type: ignore[no-untyped-def]
    """Open the palette, wait for its opening list, press ``keys`` at once (the search they
    start cannot finish: the index is held), then let the search finish."""
    await pilot.press("ctrl+p")
    for _ in range(50):
        if shown(app):
            break
        await pilot.pause(0.05)
    assert shown(app), "the palette lists the actions on opening"
    await pilot.press(*keys)
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette), "nothing ran before the results came"
    release.set()
    await settle(app, pilot)
    await pilot.pause()


async def test_enter_at_once_runs_the_top_match(
    records: Records, held_index: threading.Event, opened_paths: DataPaths
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await burst(app, pilot, held_index, *"gogle", "enter")
        assert not isinstance(app.screen, CommandPalette)
        pane = app.current_pane
        assert pane.id == "pipeline"
        assert pane.selected_row is not None  # type: ignore[attr-defined]
        assert pane.selected_row.id == records.google  # type: ignore[attr-defined]


async def test_down_at_once_starts_from_the_first_match(
    records: Records, held_index: threading.Event, opened_paths: DataPaths
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await burst(app, pilot, held_index, *"nrthwind", "down")
        assert isinstance(app.screen, CommandPalette)
        assert shown(app)[0].startswith("Application · Northwind Analytics")
        assert app.screen.query_one(CommandList).highlighted == 0


async def test_down_down_enter_at_once_runs_the_second_match(
    records: Records, held_index: threading.Event, opened_paths: DataPaths
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        # The first match is the application, the second its rejection.
        await burst(app, pilot, held_index, *"nrthwind", "down", "down", "enter")
        pane = app.current_pane
        assert pane.id == "recovery"
        assert pane.table.selected_key == records.northwind_no  # type: ignore[attr-defined]


async def test_enter_at_once_with_no_match_runs_nothing(
    records: Records, held_index: threading.Event, opened_paths: DataPaths
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await burst(app, pilot, held_index, *"qqxzv", "enter")
        await pilot.pause(0.6)  # the palette says "No matches found" after half a second
        assert isinstance(app.screen, CommandPalette)
        (only,) = shown(app)  # a Rich renderable, not a prompt: its repr holds the text
        assert "No matches found" in only
        assert app.current_pane.id == "today"


async def test_typing_on_after_enter_waits_for_the_next_enter(
    records: Records, held_index: threading.Event, opened_paths: DataPaths
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        # Enter then more letters: the person was not done; the Enter is dropped.
        await burst(app, pilot, held_index, *"nrth", "enter", *"wind")
        assert isinstance(app.screen, CommandPalette)
        assert shown(app)[0].startswith("Application · Northwind Analytics")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.current_pane.id == "pipeline"
        assert app.current_pane.selected_row.id == records.northwind  # type: ignore[attr-defined]


async def test_once_the_search_runs_a_moment_the_list_shows_nothing_of_another_query(
    records: Records,
    held_index: threading.Event,
    opened_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A stranger typed "paperk" and for 0.2-1 s read "Go to Today", "Go to Pipeline", …
    under it, the actions listed on opening, until the search's results came. Once the
    search has run a moment (``palette_searching.SEARCHING_AFTER``; here its timer is out of
    the way and the test does what it does) the list says it is searching."""
    monkeypatch.setattr(palette_searching, "SEARCHING_AFTER", 3600.0)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        for _ in range(50):
            if shown(app):
                break
            await pilot.pause(0.05)
        assert any("Go to Pipeline" in line for line in shown(app))  # on opening
        await pilot.press(*"nrthwind")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, palette_searching.SearchingPalette)
        palette.still_searching()  # the moment has passed, the search still runs
        await pilot.pause()
        assert shown(app) == ["Searching…"]
        held_index.set()
        await settle(app, pilot)
        assert shown(app)[0].startswith("Application · Northwind Analytics")
        await pilot.press(*["backspace"] * len("nrthwind"))  # an empty query: the actions
        await settle(app, pilot)
        assert any("Go to Pipeline" in line for line in shown(app))
