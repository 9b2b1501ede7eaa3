"""At 60 columns no line stops inside a word (a tester who keeps the terminal narrow).

The plan offer's keys read "y open  n/Esc not n…", the ghosting question's "y ghosted  n
not ye…", What's working's ended "Es…". Each keys line now goes on to a next line between
two keys (ui/kit/keys_hint.py); a question has none, its keys are on the key bar under it.
"""

from __future__ import annotations

import pytest
from textual.app import App

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.keys_hint import keys_wrapped
from bounceback_tui.ui.pipeline.dialogs import GhostScreen, PlanOfferScreen
from tests.built_stores import store_once
from tests.screen_text import screen_text
from tests.ui_harness import settle, settle_workers


def _words(app: App[object]) -> str:
    """What the screen says, its lines and borders joined: a word is whole or not there."""
    return " ".join(screen_text(app).replace("│", " ").split())


async def test_the_plan_offers_keys_are_whole_at_60_columns(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle_workers(pilot)
        app.push_screen(PlanOfferScreen("Lumen Health (Data Analyst)"))
        await settle(pilot)
        words = _words(app)
        # On the key bar under it, with its buttons' words (no keys line of its own).
        assert "y Open the plan n/Esc Not now" in words, words
        assert "not n…" not in words
        assert focus_problem(app) is None


async def test_the_ghosting_questions_keys_are_whole_at_60_columns(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle_workers(pilot)
        app.push_screen(GhostScreen("Lumen Health", "Data Analyst", 45, 14, 0))
        await settle(pilot)
        words = _words(app)
        assert "y Ghosted n Not yet Esc Later" in words, words
        assert focus_problem(app) is None


async def test_whats_working_names_its_close_key_whole_at_60_columns(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, fill_demo, 60)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle_workers(pilot)
        await pilot.press("w")
        await settle_workers(pilot)
        await settle(pilot, 4)
        assert isinstance(app.screen, InsightsScreen)
        await pilot.pause()
        words = _words(app)
        assert "Esc Close" in words and "Role families" in words, words
        assert focus_problem(app) is None


def test_a_keys_line_breaks_between_keys_never_inside_one() -> None:
    from textual.content import Content

    keys = Content("y ghosted  n not yet  Esc later")
    assert keys_wrapped(keys, 40) == keys
    assert keys_wrapped(keys, 20).plain == "y ghosted  n not yet\nEsc later"
    assert keys_wrapped(keys, 12).plain == "y ghosted\nn not yet\nEsc later"
    # An entry longer than the line is cut at a word's end.
    assert keys_wrapped(Content("y open the plan now  n later"), 14).plain == "y open the…\nn later"


async def test_the_boards_line_of_stages_out_of_view_keeps_its_words(
    opened_paths: DataPaths,
) -> None:
    """With the details beside the board at 60 columns the line read "◂ 6 stages    2 … ▸"
    ("7 s…" a tester saw): it says "◂ 6 stages  +2 ▸" now, every word whole."""
    store_once(opened_paths, fill_demo, 60)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle_workers(pilot)
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.press("v")  # the board
        await settle(pilot)
        await pilot.press("right", "right", "right", "right", "right", "t")  # Rejected, details
        await settle(pilot)
        hint = app.screen.query_one("#board-hint")
        said = str(hint.render())
        assert "…" not in said and said.startswith("◂ 6 stages"), said
        assert said.endswith("+2 ▸"), said  # Withdrawn and Ghosted beyond the view
        assert len(said) <= hint.content_region.width
        assert said in screen_text(app)
        assert focus_problem(app) is None


async def test_the_skills_boards_columns_keep_their_words_at_60_columns(
    opened_paths: DataPaths,
) -> None:
    """The Doing column was titled "Doing · 0 of…" and said "Nothing in progr"."""
    from bounceback_tui.domain.skills import SkillKind
    from bounceback_tui.services.skills import SkillInput, add_skill
    from bounceback_tui.store.database import Database

    db = Database(opened_paths.database)
    try:
        add_skill(db, SkillInput(title="System design interviews", kind=SkillKind.TECHNICAL))
    finally:
        db.dispose()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle_workers(pilot)
        await pilot.press("5")
        await settle_workers(pilot)
        await settle(pilot)
        text = screen_text(app)
        assert "Doing · 0/3" in text, text  # of three at a time, in fewer cells
        # Each column's words on its lines, broken between two words: "Nothing in" above
        # "progress.", not "Nothing in progr".
        assert "│ Nothing in " in text and "│ progress. " in text, text
        assert "progr│" not in text
        assert focus_problem(app) is None


@pytest.mark.parametrize("keys", [True, False], ids=["keys", "help"])
async def test_the_interview_forms_time_zone_shows_its_help_whole_at_60x20(
    opened_paths: DataPaths, keys: bool
) -> None:
    """The time zone's help showed "Theirs, if it differs from yours (a", the rest below the
    form's edge; the form's keys "^s save  Enter choose…" had lost how to cancel."""
    store_once(opened_paths, fill_demo, 60)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle_workers(pilot)
        await pilot.press("6")
        await settle_workers(pilot)
        await pilot.press("n")  # schedule an interview with the person selected
        await settle_workers(pilot)
        await settle(pilot)
        if keys:
            assert "^s Save" in _words(app) and "Esc Cancel" in _words(app), _words(app)
            return
        await pilot.press("tab", "tab", "tab", "tab")  # to the time zone
        await settle(pilot)
        assert app.focused is not None and app.focused.id == "field-zone"
        words = _words(app)
        wanted = "Theirs, if it differs from yours (a city or a country will do): shown in yours."
        assert wanted in words, words
        assert "Time zone" in words
        assert focus_problem(app) is None
