"""Counts agree with their nouns where the panes show them: "1 plan", never "1 plans"
(issue 16: Recovery's header said "showing 1 plans")."""

from __future__ import annotations

from datetime import date

from textual.widgets import Static

from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.recovery_views import StepView
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.recovery.plan import step_detail
from tests.recovery_fixtures import add_rejection


async def test_recovery_header_counts_one_shown_plan_as_one_plan(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Northwind Analytics", "Data Analyst")
    add_rejection(db, "Bluefin Labs", "Backend Engineer")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("slash", *"bluefin")
        await pilot.pause()
        header = str(app.query_one("#recovery-header", Static).render())
        assert "showing 1 plan matching the filter" in header
        assert "1 plans" not in header
        await pilot.press("escape", "v")  # open plans only: both are open
        await pilot.pause()
        header = str(app.query_one("#recovery-header", Static).render())
        assert "showing 2 open plans" in header


def _writing(answer: str) -> StepView:
    return StepView(
        id=1,
        rejection_id=1,
        template_key=None,
        group_key="feelings",
        title="Write it out",
        detail="",
        kind=StepKind.EXPRESSIVE.value,
        link=None,
        offset_days=0,
        position=0,
        done_at=None,
        answer=answer,
        answer_draft=None,
        asked_on=None,
        asked_via="",
        nothing_came_back=False,
        version=1,
    )


def test_private_writing_of_one_word_says_one_word() -> None:
    today = date(2026, 3, 10)
    assert "Private writing, 1 word." in step_detail(_writing("Tired"), today, today).plain
    assert "Private writing, 2 words." in step_detail(_writing("So tired"), today, today).plain


def test_an_export_of_one_application_says_one_application() -> None:
    """The export toast said "Saved everything (1 applications)" (a tmux walk, 2026-12-04)."""
    from bounceback_tui.services.exports import ExportResult
    from bounceback_tui.ui.screens.export import _saved_what

    assert _saved_what(ExportResult("json", 1)) == "everything (1 application)"
    assert _saved_what(ExportResult("json", 2)) == "everything (2 applications)"
    assert _saved_what(ExportResult("calendar", 0, interviews=1, reminders=1)) == (
        "your calendar (1 interview, 1 reminder)"
    )


async def test_the_answer_bank_counts_one_question_as_one_question(
    opened_paths: DataPaths, db: Database
) -> None:
    """Walking the app (rev5): after deleting all but one, the bank said "1 questions"."""
    from bounceback_tui.domain.answers import validate_question
    from bounceback_tui.services import answers
    from tests.screen_text import flat
    from tests.ui_harness import app_on, settle_workers

    answers.add_question(db, validate_question({"question": "Why us?"}))
    async with app_on(opened_paths) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        intro = flat(str(app.screen.query_one("#answers-intro").render()))
        assert "1 question, 1 to practise today" in intro
