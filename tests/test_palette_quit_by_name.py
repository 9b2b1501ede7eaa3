"""Enter in the palette runs Quit, or an action that throws something away, only by its name.

"quiet" (a person looking for their quiet applications) found Quit alone, one letter away
(88.9 of 100, over the bar for Enter), and Enter ended the session. An action that ends the
session or throws something away (Quit, Leave the demo data, Delete the selected item, Put
away a coping card) now runs from Enter only when what is typed is its name: its first word
whole ("quit", "leave", "delete", "put"), each word after it beginning one of its words, no
slip. The start of it is not its name: "q", "qu" or "qui", a person beginning to type
"questions", quit at once (a tester's walk). Otherwise it is listed, none picked, and Enter
says what was found and what runs it. No other action's title begins with the first word of
one of these, so that word whole tells it from the rest (docs/architecture.md). "quiet"
finds Review quiet applications while some look quiet on the Pipeline, also with no row
chosen there (a filter that shows none), where it found Quit alone.

The clock stands at Monday 16 March 2026 (tests/conftest.py). Every expected text is written
out by hand.
"""

from __future__ import annotations

from datetime import date

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Input

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.search import names_label
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.pipeline.dialogs import GhostScreen
from tests.palette_fixtures_ui import messages, search, settle
from tests.ui_harness import app_on

QUIT_FOUND = (
    'That found "Quit", which ends the session: Enter runs it only once "quit" is typed in '
    "full. Pick it with ↓ and Enter, or type on."
)


def _store(paths: DataPaths, *, sent: date) -> None:
    db = Database(paths.database)
    try:
        add_application(db, ApplicationInput(company="Globex", role="Analyst", date_applied=sent))
    finally:
        db.dispose()


@pytest.mark.parametrize("typed", ["quiet", "quite"])
async def test_a_word_one_letter_from_quit_does_not_quit(
    opened_paths: DataPaths, typed: str
) -> None:
    _store(opened_paths, sent=date(2026, 3, 10))  # nothing quiet: Quit is all it finds
    async with app_on(opened_paths, "pipeline", notifications=True) as (app, pilot, _pane):
        results = await search(app, pilot, typed)
        assert [line.split(" | ")[0] for line in results] == ["Quit"]
        assert app.screen.query_one(CommandList).highlighted is None  # listed, not picked
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.is_running and app.return_code is None
        assert isinstance(app.screen, CommandPalette)
        assert app.focused is app.screen.query_one(Input)
        assert QUIT_FOUND in messages(app)
        await pilot.press("down", "enter")  # picked on purpose, it runs
        await pilot.pause()
    assert app.return_code == 0


@pytest.mark.parametrize("typed", ["q", "qu", "qui", "Qu"])
async def test_the_start_of_quit_does_not_quit(opened_paths: DataPaths, typed: str) -> None:
    _store(opened_paths, sent=date(2026, 3, 10))
    async with app_on(opened_paths, "pipeline", notifications=True) as (app, pilot, _pane):
        results = await search(app, pilot, typed)
        assert [line.split(" | ")[0] for line in results][:1] == ["Quit"]
        assert app.screen.query_one(CommandList).highlighted is None  # listed, not picked
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.is_running and app.return_code is None
        assert isinstance(app.screen, CommandPalette)
        assert app.focused is app.screen.query_one(Input)
        assert messages(app) == [QUIT_FOUND]
        await pilot.press("down", "enter")  # picked on purpose, it runs
        await pilot.pause()
    assert app.return_code == 0


@pytest.mark.parametrize("typed", ["quit", "Quit", "QUIT"])
async def test_quit_by_its_name_quits(opened_paths: DataPaths, typed: str) -> None:
    _store(opened_paths, sent=date(2026, 3, 10))
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await search(app, pilot, typed)
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 0


async def test_quiet_finds_the_quiet_applications_with_no_row_chosen(
    opened_paths: DataPaths,
) -> None:
    _store(opened_paths, sent=date(2026, 2, 1))  # 43 days without a word: it looks quiet
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        await pilot.press("slash", *"zzz", "enter")  # a filter that shows no row
        await settle(app, pilot)
        assert pane.selected_row is None  # type: ignore[union-attr]
        results = await search(app, pilot, "quiet")
        assert [line.split(" | ")[0] for line in results] == [
            "Review quiet applications",
            "Quit",
        ]
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.is_running
        assert isinstance(app.screen, GhostScreen)  # the quiet one's question


@pytest.mark.parametrize(
    ("typed", "title", "named"),
    [
        ("quit", "Quit", True),
        ("q", "Quit", False),
        ("qu", "Quit", False),
        ("qui", "Quit", False),
        ("quiet", "Quit", False),
        ("quite", "Quit", False),
        ("qiut", "Quit", False),
        ("leave demo", "Leave the demo data", True),
        ("leave", "Leave the demo data", True),
        ("leav", "Leave the demo data", False),
        ("leave the", "Leave the demo data", True),
        ("leave demi", "Leave the demo data", False),
        ("exit", "Leave the demo data", False),
        ("demo", "Leave the demo data", False),  # not its verb: Explore the demo data too
        ("delete", "Delete the selected item", True),
        ("erase", "Delete the selected item", False),
        ("delet", "Delete the selected item", False),
        ("del", "Delete the selected item", False),
        ("delete sel", "Delete the selected item", True),
        ("deleet", "Delete the selected item", False),
        ("put away", "Put away a coping card", True),
        ("put", "Put away a coping card", True),
        ("pu", "Put away a coping card", False),
        ("remove card", "Put away a coping card", False),
    ],
)
def test_what_names_an_action(typed: str, title: str, named: bool) -> None:
    assert names_label(typed, title) is named


async def test_delete_runs_by_its_name_not_by_another_word(opened_paths: DataPaths) -> None:
    _store(opened_paths, sent=date(2026, 3, 10))
    async with app_on(opened_paths, "pipeline", notifications=True) as (app, pilot, _pane):
        results = await search(app, pilot, "erase")
        assert [line.split(" | ")[0] for line in results][:1] == ["Delete the selected item"]
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CommandPalette)  # listed, nothing asked
        assert (
            'That found "Delete the selected item", which deletes the selected item: Enter runs '
            'it only once "delete" is typed in full. Pick it with ↓ and Enter, or type on.'
        ) in messages(app)
        await pilot.press("escape")
        await settle(app, pilot)
        await search(app, pilot, "delete")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmScreen)  # its own question, as `d` asks


async def test_the_first_word_whole_tells_each_from_every_other_action(
    opened_paths: DataPaths,
) -> None:
    """Its first word whole names an action that ends or throws away because no other
    action's title begins with that word (docs/architecture.md): were one added, "delete"
    would name two, and this fails until the rule says which runs."""
    _store(opened_paths, sent=date(2026, 3, 10))  # a row chosen: Delete the selected item
    titles = {
        "quit": ["Quit"],
        "delete": ["Delete the selected item"],
        "put": ["Put away a coping card"],
        "leave": [],  # Leave the demo data: only in the demo, where Explore is not
    }
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        for word, expected in titles.items():
            results = await search(app, pilot, word)
            listed = [line.split(" | ")[0] for line in results]
            assert [t for t in listed if t.split()[0].casefold() == word] == expected, listed
            await pilot.press("escape")
            await settle(app, pilot)
