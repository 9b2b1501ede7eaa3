"""A word typed in brackets in the palette, "[b]", finds the record that holds it.

The palette searched records only from two letters, counting the words alone: "[b]" was one
letter, so no record was searched and "Acme [b]" was never listed, while the actions matched
"b" and Enter started the breathing exercise, which nothing typed had asked for. A query
whose words are shorter than that but which holds more as typed (brackets, a full stop) is
now asked as typed, of the records and of the actions alike, as a filter finds it in the
row's text. Every expected result is written out by hand.
"""

from __future__ import annotations

from textual.command import CommandPalette

from bounceback_tui.domain.search import Kind, Ranker, SearchEntry, SearchIndex
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.palette_fixtures_ui import search, settle
from tests.pipeline_fixtures import add

ENTRIES = [
    SearchEntry(Kind.APPLICATION, 1, "Acme [b] — Data Analyst"),
    SearchEntry(Kind.APPLICATION, 2, "Beta Systems — Backend Engineer"),
]


def test_a_letter_in_brackets_finds_the_record_holding_it() -> None:
    assert [hit.item.id for hit in SearchIndex(ENTRIES).search("[b]")] == [1]
    assert [hit.item.id for hit in SearchIndex(ENTRIES).search("b")] == []  # one letter


def test_an_action_is_not_found_by_the_letter_inside_the_brackets() -> None:
    actions = Ranker(["Breathe for a minute", "Add an application"], label_of=str)
    assert [hit.item for hit in actions.search("[b]")] == []
    assert [hit.item for hit in actions.search("b")] == ["Breathe for a minute"]


async def test_enter_on_a_bracketed_name_opens_the_application(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        add(db, "Acme [b]", "Data Analyst", date_applied="2026-03-02")
        add(db, "Beta Systems", "Backend Engineer", date_applied="2026-03-02")
    finally:
        db.dispose()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        results = await search(app, pilot, "[b]")
        assert [line.split(" | ")[0] for line in results] == [
            "Application · Acme [b] (Data Analyst)"
        ]
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, CommandPalette)
        assert app.current_pane.id == "pipeline"


async def test_enter_with_nothing_holding_it_runs_nothing(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        add(db, "Contoso", "Data Analyst", date_applied="2026-03-02")
    finally:
        db.dispose()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        results = await search(app, pilot, "[b]")
        assert results == []
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CommandPalette)  # no breathing exercise started


async def test_a_weak_match_of_an_action_is_not_listed_to_run(opened_paths: DataPaths) -> None:
    """ "acm", with no Acme in the store, listed "Daily check-in" (its word "am", one letter
    short), and Enter opened the check-in. An action is listed from as close a match as a
    record is."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        results = await search(app, pilot, "acm")
        assert results == []
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CommandPalette)  # no check-in opened


async def test_the_record_a_few_letters_begin_comes_first(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        add(db, "Acme", "Data Analyst", date_applied="2026-03-02")
    finally:
        db.dispose()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        results = await search(app, pilot, "acm")
        assert results[0].startswith("Application · Acme (Data Analyst)"), results
