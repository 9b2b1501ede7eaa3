"""The new views as a person meets them: a low check-in, the "If you are struggling" screen
(also from a damaged store), What's working, the answer bank's practice round, belief in a
thought record and a coping card on Today. Snapshots at 80x24 and 120x40."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from textual.widgets import OptionList

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.services.care_settings import CareSettings, save_care
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from tests.palette_fixtures_ui import enter_query
from tests.ui_harness import settle_workers

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]
# What's working and the answer bank in small terminals too (tests/test_bank_insights_small.py).
WITH_SMALL = [(40, 15), (60, 20), *SIZES]
WITH_SMALL_IDS = ["40x15", "60x20", *IDS]
HOSTILE = "[b]bold[/b] [/] [ [link=x]y \u202eRTL\u202c 🙂"


def _text(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(str(w.render()) for w in app.screen.query(selector))


def _care(app) -> str:  # type: ignore[no-untyped-def]
    """Today's coping card and suggestions, as its board shows them."""
    care = app.query_one("#today-body").care
    return care.plain if care is not None else ""


def _insert_apps(path: Path, referral_replies: int = 10) -> None:
    with sqlite3.connect(path) as conn:
        for index in range(24):
            referral = index < 12
            replied = referral and index < referral_replies
            cursor = conn.execute(
                "INSERT INTO application (company, role, stage, source, date_applied, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, '2026-02-02', "
                "'2026-02-02 10:00:00', '2026-02-02 10:00:00')",
                (
                    f"Company {index}",
                    HOSTILE if index == 0 else "Backend Engineer",
                    "screening" if replied else "applied",
                    "referral" if referral else "job_board",
                ),
            )
            conn.execute(
                "INSERT INTO stage_change (application_id, to_stage, changed_on, created_at) "
                "VALUES (?, 'applied', '2026-02-02', '2026-02-02 10:00:00')",
                (cursor.lastrowid,),
            )
            if replied:
                conn.execute(
                    "INSERT INTO stage_change (application_id, from_stage, to_stage, changed_on, "
                    "created_at) VALUES (?, 'applied', 'screening', '2026-02-06', "
                    "'2026-02-06 10:00:00')",
                    (cursor.lastrowid,),
                )


# -- a low check-in ------------------------------------------------------------------------


async def test_a_low_check_in_offers_care_once_and_breathing_draws(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.ui.care.low_day import BreathingScreen, LowDayScreen

    _insert_apps(opened_paths.database)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        await pilot.press("c")
        await settle_workers(pilot)
        # Space opens the mood select (Enter would too): two down from the blank is "2 · low".
        await pilot.press("space", "down", "down", "enter")
        await settle_workers(pilot)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, LowDayScreen)
        offered = [o.id for o in app.screen.query_one("#lowday-options", OptionList).options]
        assert offered == ["breathe", "senses", "talk", "reframe", "none"]  # 2 is low, not 1
        assert focus_problem(app) is None
        await pilot.press("enter")  # the first offer: breathing
        await settle_workers(pilot)
        assert isinstance(app.screen, BreathingScreen)
        # Drawn, and breathing: the words follow the real clock, and on a busy machine the
        # first four seconds had passed before the screen was read ("Breathe out").
        word = _text(app, "#breathing-word")
        assert "Breathe in" in word or "Breathe out" in word, word
        assert focus_problem(app) is None
        await pilot.press("escape")
        await settle_workers(pilot)
        # The same low mood saved again the same day offers nothing more.
        await pilot.press("c")
        await settle_workers(pilot)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, LowDayScreen)
        assert focus_problem(app) is None


async def test_the_lowest_check_in_leads_to_the_crisis_screen(opened_paths: DataPaths) -> None:
    from bounceback_tui.ui.care.crisis import CrisisScreen

    save_care(opened_paths.settings_file, CareSettings("GB", HOSTILE, "+44 7700 900123"))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        await pilot.press("c")
        await settle_workers(pilot)
        await pilot.press("space", "down", "enter")  # mood 1 · rough (after the blank prompt)
        await settle_workers(pilot)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        offered = [o.id for o in app.screen.query_one("#lowday-options", OptionList).options]
        assert offered == ["breathe", "senses", "talk", "reframe", "help", "none"]
        await pilot.press("up", "up", "enter")  # "Not now" is last; the help line just above
        await settle_workers(pilot)
        assert isinstance(app.screen, CrisisScreen)
        text = _text(app, ".crisis-section")
        assert "not therapy" in text
        assert "116 123" in text and "Samaritans" in text
        assert "+44 7700 900123" in text
        assert "[b]bold[/b] [/] [ [link=x]y" in text  # the name as typed, never markup
        assert "\u202e" not in text
        assert "988" not in text  # only the person's own country's lines
        assert focus_problem(app) is None


async def test_a_day_turning_very_low_later_still_leads_to_help(opened_paths: DataPaths) -> None:
    """A 2 in the morning offers grounding (no help line); a 1 later that day offers the
    way to help alone, and it opens the crisis screen. Before, the 1 offered nothing."""
    from bounceback_tui.ui.care.crisis import CrisisScreen
    from bounceback_tui.ui.care.low_day import LowDayScreen

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        await pilot.press("c")
        await settle_workers(pilot)
        await pilot.press("space", "down", "down", "enter")  # 2 · low
        await settle_workers(pilot)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, LowDayScreen)
        await pilot.press("escape")  # not now
        await settle_workers(pilot)
        await pilot.press("c")
        await settle_workers(pilot)
        await pilot.press("space", "up", "enter")  # from 2 · low up to 1 · rough
        await settle_workers(pilot)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, LowDayScreen)
        offered = [o.id for o in app.screen.query_one("#lowday-options", OptionList).options]
        assert offered == ["help", "none"]
        assert focus_problem(app) is None
        await pilot.press("enter")
        await settle_workers(pilot)
        assert isinstance(app.screen, CrisisScreen)
        assert "not therapy" in _text(app, ".crisis-section")
        assert focus_problem(app) is None


async def test_crisis_screen_from_help_and_palette_without_a_country(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.ui.care.crisis import CrisisScreen

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        await pilot.press("question_mark")
        await settle_workers(pilot)
        await pilot.press("h")
        await settle_workers(pilot)
        assert isinstance(app.screen, CrisisScreen)
        text = _text(app, ".crisis-section")
        # No country set: every country of the table, and the directory.
        assert "988" in text and "116 123" in text and "findahelpline.com" in text
        assert focus_problem(app) is None
        await pilot.press("escape")
        await settle_workers(pilot)
        await pilot.press("ctrl+p")
        await settle_workers(pilot)
        await enter_query(pilot, "struggling")
        await settle_workers(pilot)
        await pilot.press("enter")
        await settle_workers(pilot)
        assert isinstance(app.screen, CrisisScreen)


async def test_crisis_screen_opens_from_the_store_problem_screen(data_paths: DataPaths) -> None:
    from bounceback_tui.ui.care.crisis import CrisisScreen
    from bounceback_tui.ui.screens.store_problem import StoreProblemApp

    save_care(data_paths.settings_file, CareSettings("US"))
    fresh_called = []
    app = StoreProblemApp(
        "The store is damaged.",
        backup_label=None,
        aside_name="x",
        restore=lambda: "restored",
        fresh=lambda: fresh_called.append(1) or "fresh",  # type: ignore[func-returns-value]
        settings_file=data_paths.settings_file,
        quiet_s=0,  # keys from the first moment
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, CrisisScreen)
        assert "988" in _text(app, ".crisis-section")
        # The choices underneath do not answer while it is open: f is not "start fresh".
        await pilot.press("f", "r")
        await pilot.pause()
        assert fresh_called == [] and not app.done
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CrisisScreen)
    assert not data_paths.database.exists()  # nothing was opened or created


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_crisis_screen_snapshot(snap_compare, opened_paths: DataPaths, size) -> None:  # type: ignore[no-untyped-def]
    save_care(opened_paths.settings_file, CareSettings("US", "Sam", "555 0100"))
    assert snap_compare(BouncebackApp(opened_paths), press=["question_mark", "h"],
                        terminal_size=size)  # fmt: skip


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_low_day_offer_snapshot(snap_compare, opened_paths: DataPaths, size) -> None:  # type: ignore[no-untyped-def]
    async def low(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("c")
        await settle_workers(pilot)
        await pilot.press("space", "down", "enter", "ctrl+s")  # mood 1: the help line too
        await settle_workers(pilot)

    assert snap_compare(BouncebackApp(opened_paths), run_before=low, terminal_size=size)


# -- What's working ------------------------------------------------------------------------


async def test_whats_working_from_today_and_pipeline_and_today_shows_the_suggestion(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.ui.insights.screen import InsightsScreen

    _insert_apps(opened_paths.database)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        care = _care(app)
        assert "Referrals got a reply 10 times in 12, job boards 0 in 12" in care
        await pilot.press("w")
        await settle_workers(pilot)
        assert isinstance(app.screen, InsightsScreen)
        charts = _text(app, "#insights-charts")
        assert "Referral" in charts and "Job board" in charts
        assert "83% (55-95)" in charts  # 10 of 12, Wilson 0.552-0.953, by hand
        assert "Clear: Referral above Job board" in charts
        # The hostile title's real words as a plain family name, its markup-looking tags set aside.
        assert "bold y RTL" in charts and "b bold b" not in charts
        await pilot.press("f")
        await settle_workers(pilot)
        flow = _text(app, "#insights-charts")
        assert "Applied" in flow and "No reply yet" in flow
        await pilot.press("o")
        await settle_workers(pilot)
        assert "Interviews:" in _text(app, "#insights-charts")
        assert focus_problem(app) is None
        await pilot.press("escape")
        await settle_workers(pilot)
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.press("w")
        await settle_workers(pilot)
        assert isinstance(app.screen, InsightsScreen)


async def test_a_date_range_with_the_end_first_is_refused_in_place(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.ui.insights.screen import InsightsScreen
    from bounceback_tui.ui.kit.form import FormScreen

    _insert_apps(opened_paths.database)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        await pilot.press("w", "r")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press(*"2026-03-01", "tab", *"2026-02-01", "ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        # Beside the end field, once; the bottom line only counts the fields to look at.
        assert "before the start" in _text(app, "#error-end")
        assert "before the start" not in _text(app, "#form-message")
        await pilot.press("escape")  # the dates typed are asked about before they go
        await settle_workers(pilot)
        await pilot.press("y")
        await settle_workers(pilot)
        assert isinstance(app.screen, InsightsScreen)


@pytest.mark.parametrize("size", WITH_SMALL, ids=WITH_SMALL_IDS)
def test_whats_working_snapshot(snap_compare, opened_paths: DataPaths, size) -> None:  # type: ignore[no-untyped-def]
    _insert_apps(opened_paths.database)

    async def open_view(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle_workers(pilot)
        await pilot.press("w")
        await settle_workers(pilot)

    assert snap_compare(BouncebackApp(opened_paths), run_before=open_view, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_flow_snapshot(snap_compare, opened_paths: DataPaths, size) -> None:  # type: ignore[no-untyped-def]
    _insert_apps(opened_paths.database)

    async def open_flow(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle_workers(pilot)
        await pilot.press("w", "f")
        await settle_workers(pilot)

    assert snap_compare(BouncebackApp(opened_paths), run_before=open_flow, terminal_size=size)


# -- the answer bank -----------------------------------------------------------------------


def _bank(db: Database) -> None:
    answers.add_question(
        db,
        validate_question(
            {
                "question": "Tell me about a time you disagreed with your manager.",
                "situation": HOSTILE,
                "action": "I asked for a one-to-one and brought data.",
                "result": "We shipped the smaller version first.",
                "tags": "behavioural",
                "confidence": "2",
            }
        ),
    )
    answers.add_question(db, validate_question({"question": "Why this company?"}))


async def test_a_practice_round_reveals_rates_and_reschedules(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.ui.answers.practice import AnswerPracticeScreen

    _bank(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        await pilot.press("i")
        await settle_workers(pilot)
        await pilot.press("p")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerPracticeScreen)
        # Never practised, so both due; the weaker one (no confidence counts as 0) first.
        assert "Why this company?" in _text(app, "#answers-question")
        await pilot.press("3")  # not revealed yet: the rating is not taken
        await settle_workers(pilot)
        assert "Why this company?" in _text(app, "#answers-question")
        await pilot.press("space")
        await settle_workers(pilot)
        assert "No STAR answer written yet" in _text(app, "#answers-star")
        await pilot.press("4")
        await settle_workers(pilot)
        assert "disagreed" in _text(app, "#answers-question")
        await pilot.press("space")
        await settle_workers(pilot)
        star = _text(app, "#answers-star")
        assert "[b]bold[/b] [/] [ [link=x]y" in star and "\u202e" not in star
        await pilot.press("1")
        await settle_workers(pilot)
        assert "Round done" in _text(app, "#answers-question")
        assert focus_problem(app) is None
        await pilot.press("escape")
        await settle_workers(pilot)
    rows = {row.question: row for row in answers.list_questions(db)}
    from datetime import date, timedelta

    today = date(2026, 3, 16)
    assert rows["Why this company?"].next_review_on == today + timedelta(days=1)
    assert rows["Why this company?"].confidence == 4
    assert rows["Tell me about a time you disagreed with your manager."].confidence == 1


async def test_questions_from_an_interview_note(opened_paths: DataPaths, db: Database) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        await pilot.press("i", "n")
        await settle_workers(pilot)
        # The note first (it is what a person starts typing), then which interview it was.
        await pilot.press(*"Went ok. Why do you want to leave? And what about salary?")
        await pilot.press("tab", *"Acme, round 2")
        await pilot.press("ctrl+s")  # the questions found, each ticked to keep
        await settle_workers(pilot)
        assert answers.list_questions(db) == []
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
    assert [q.question for q in answers.list_questions(db)] == [
        "Why do you want to leave?",
        "What about salary?",
    ]


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_practice_snapshot(snap_compare, opened_paths: DataPaths, db: Database, size) -> None:  # type: ignore[no-untyped-def]
    _bank(db)
    assert snap_compare(BouncebackApp(opened_paths), press=["i", "p", "space"], terminal_size=size)


@pytest.mark.parametrize("size", WITH_SMALL, ids=WITH_SMALL_IDS)
def test_answer_bank_snapshot(snap_compare, opened_paths: DataPaths, db: Database, size) -> None:  # type: ignore[no-untyped-def]
    _bank(db)
    assert snap_compare(BouncebackApp(opened_paths), press=["i"], terminal_size=size)


# -- belief and cards ------------------------------------------------------------------------


async def test_belief_is_asked_at_both_ends_and_a_card_reaches_today(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.services.care import list_cards
    from bounceback_tui.services.reframe import history

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        await pilot.press("4", "a")
        await settle_workers(pilot)
        await pilot.press("ctrl+n", *"I will never get hired", "ctrl+n")
        await settle_workers(pilot)
        await pilot.press(*"70")  # "sad", the first box
        app.query_one("#rf-belief-before").focus()  # under the feelings
        await pilot.press(*"90")
        for _ in range(4):  # feelings, traps, for, against
            await pilot.press("ctrl+n")
            await settle_workers(pilot)
        await pilot.press(*"One no is not every no.", "ctrl+n")  # balanced thought
        await settle_workers(pilot)
        await pilot.press(*"50")  # sad now
        app.query_one("#rf-belief-after").focus()
        await pilot.press(*"40", "ctrl+n")  # belief now
        await settle_workers(pilot)
        summary = _text(app, "#rf-summary-body")
        assert "Belief in the thought" in summary and "90 → 40" in summary and "↓50" in summary
        await pilot.press("c")  # keep it as a coping card
        await settle_workers(pilot)
        assert [c.text for c in list_cards(db)] == ["One no is not every no."]
        assert history(db)[0].belief_shift == 50
        # A low check-in makes it a hard day: Today shows the card.
        await pilot.press("escape", "1", "c")
        await settle_workers(pilot)
        await pilot.press("space", "down", "down", "enter", "ctrl+s")  # mood 2
        await settle_workers(pilot)
        await pilot.press("escape")  # not now
        await settle_workers(pilot)
        assert "One no is not every no." in _care(app)
        assert focus_problem(app) is None
