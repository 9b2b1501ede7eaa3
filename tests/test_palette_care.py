"""The palette finds the calming exercises, and a message to someone (a new user's walk).

"breathe", "breathing", "grounding", "5-4-3" and "hard day" gave "No matches found" and "calm"
found "Export calendar": the paced breathing and 5-4-3-2-1 were offered only once a day, after
a low check-in. Now they open from the palette on any day, over any screen."""

from __future__ import annotations

import pytest

from bounceback_tui.domain.people import validate_contact
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.care.low_day import BreathingScreen, SensesScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.palette_fixtures_ui import choose, messages, search

SIZE = (100, 30)
BREATHE = "Breathe slowly for two minutes"
SENSES = "5-4-3-2-1 grounding"


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("breathe", BREATHE),
        ("breathing", BREATHE),
        ("calm", BREATHE),
        ("hard day", BREATHE),
        ("grounding", SENSES),
        ("5-4-3", SENSES),
        ("54321", SENSES),
        ("message", "Write a message"),
        ("thank you", "Write a message"),
    ],
)
async def test_the_palette_finds_them_by_the_words_a_person_types(
    opened_paths: DataPaths, query: str, title: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        results = await search(app, pilot, query)
    assert results[0].split(" | ")[0] == title


@pytest.mark.parametrize(
    ("query", "screen"), [("breathe", BreathingScreen), ("grounding", SensesScreen)]
)
async def test_each_opens_over_the_screen_shown_and_escape_comes_back(
    opened_paths: DataPaths, query: str, screen: type
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await choose(app, pilot, query)
        assert isinstance(app.screen, screen)
        assert focus_problem(app) is None
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        assert app.current_pane.id == "pipeline"
        assert focus_problem(app) is None


async def test_the_breathing_timer_opens_over_a_dialog_too(opened_paths: DataPaths) -> None:
    from bounceback_tui.ui.screens.help import HelpScreen

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        await choose(app, pilot, "breathe")
        assert isinstance(app.screen, BreathingScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_a_message_before_choosing_someone_says_how(
    opened_paths: DataPaths, db: Database
) -> None:
    # Someone to choose: with nobody yet, it says so (tests/test_palette_nobody_yet.py).
    people_edits.add_contact(db, validate_contact({"name": "Dana Reyes"}, FIXED_TODAY))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        results = await search(app, pilot, "message")
        assert results[0] == (
            "Write a message | A thank-you or a follow-up: choose the person in People first; "
            "this takes you there"
        )
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert app.current_pane.id == "people"
        assert any("Choose the person, then press m for a message." in m for m in messages(app))


async def test_a_message_to_the_person_chosen_in_people(
    opened_paths: DataPaths, db: Database
) -> None:
    person = people_edits.add_contact(
        db, validate_contact({"name": "Dana Reyes", "kind": "recruiter"}, FIXED_TODAY)
    )
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("6")
        await pilot.pause()
        assert app.current_pane.select_item(person)
        await pilot.pause()
        results = await search(app, pilot, "thank you")
        assert results[0] == (
            "Write a message | To Dana Reyes: a thank-you or a follow-up (key m on People)"
        )
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        # Dana has no application linked: People's own `m` says what to do first.
        assert any("Link an application first (l)" in m for m in messages(app))
