"""A day of another year is shown with its year, wherever the app names a day and a month.

A tester who moved a demo store's dates back 400 days read them as recent: the answer bank
said "as you rated it at practice on 31 Oct" on 6 December 2026 of a practice in October
2025; a thought record of 8 October 2025 was "Thought record from 8 October"; a check-in
changed in another window was "The check-in for 8 October". Skills and Recovery already
said "done 28 Oct 2025". Every such day now goes through one rule (``domain/dates``).

Each test moves the clock (tests/conftest.py freezes it at 2026-03-16 09:30, London) and
says which day it is; the days of the week are worked out by hand from 1 January 2025, a
Wednesday, and 1 January 2027, a Friday.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.domain.answers import validate_question
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.check_in import CheckInInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.messages import MessageKind
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import ConflictError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers, interviews, messages
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.check_ins import save_check_in
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from tests.reframe_fixtures import add_record, add_rejection
from tests.screen_text import flat, screen_lines
from tests.ui_harness import app_on, settle, settle_workers

# The tester's day: Sunday 6 December 2026.
TESTERS_DAY = datetime(2026, 12, 6, 9, 30)


def test_a_day_and_month_has_its_year_only_in_another_year() -> None:
    from bounceback_tui.domain.dates import day_month, day_time  # the one rule, new here

    today = date(2026, 12, 6)
    assert day_month(date(2026, 10, 31), today) == "31 Oct"
    assert day_month(date(2025, 10, 31), today) == "31 Oct 2025"
    assert day_month(date(2027, 1, 2), today) == "2 Jan 2027"
    assert day_month(date(2026, 9, 8), today, long=True) == "8 September"
    assert day_month(date(2025, 10, 8), today, long=True) == "8 October 2025"
    assert day_time(datetime(2026, 12, 8, 14, 30), today) == "Tue 8 Dec 14:30"
    assert day_time(datetime(2027, 1, 2, 10, 0), today) == "Sat 2 Jan 2027 10:00"


async def test_the_answer_bank_names_the_year_of_a_practice_last_year(
    opened_paths: DataPaths, db: Database
) -> None:
    row = answers.add_question(
        db, validate_question({"question": "Tell me about a conflict?", "confidence": "2"})
    )
    clock.freeze(datetime(2025, 10, 31, 18, 0))
    answers.record_round(db, row.id, 5)
    clock.freeze(TESTERS_DAY)
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerBankScreen)
        detail = flat(str(app.screen.query_one("#answers-detail").render()))
    assert "How ready you feel: 5 of 5, as you rated it at practice on 31 Oct 2025" in detail


async def test_a_draft_thought_record_of_last_year_names_its_year(
    opened_paths: DataPaths, db: Database
) -> None:
    rejection = add_rejection(db)
    add_record(
        db,
        "Nobody wants me.",
        complete=False,
        rejection_id=rejection,
        at=datetime(2025, 10, 8, 20, 0),
    )
    clock.freeze(TESTERS_DAY)
    async with app_on(opened_paths, "reframe") as (app, pilot, pane):
        await pilot.press("enter")  # the draft, to carry on
        await settle(pilot)
        assert pane.mode == "exercise"
        header = str(app.screen.query_one("#reframe-header", Static).render())
    assert header == "Thought record from 8 October 2025 · linked to a rejection"


def test_a_check_in_of_last_year_changed_elsewhere_is_named_with_its_year(db: Database) -> None:
    clock.freeze(TESTERS_DAY)
    day = date(2025, 10, 8)
    save_check_in(db, day, CheckInInput(2, ""))
    with pytest.raises(ConflictError) as refused:
        save_check_in(db, day, CheckInInput(4, ""), expected_version=0)
    assert str(refused.value) == (
        "The check-in for 8 October 2025 was saved in another window: 2 (low)."
    )


def test_a_follow_up_on_an_application_of_last_year_names_its_year(db: Database) -> None:
    app = add_application(db, ApplicationInput("Acme", "Analyst", date_applied=date(2025, 10, 31)))
    assert app.id
    clock.freeze(TESTERS_DAY)
    body = messages.draft_for(db, MessageKind.FOLLOW_UP, app.id).draft.body
    assert "at Acme on Friday 31 October 2025 and" in body


def _interview_after_new_year(paths: DataPaths) -> None:
    """Seen on Wednesday 30 December 2026: a technical interview at 10:00 London time on
    Saturday 2 January 2027, within Today's seven days."""
    clock.freeze(datetime(2026, 12, 30, 9, 30))
    db = Database(paths.database)
    try:
        app = add_application(
            db,
            ApplicationInput(
                "Northwind Traders",
                "Designer",
                stage=Stage.INTERVIEWING,
                date_applied=date(2026, 12, 1),
            ),
        )
        assert app.id
        values = {"kind": "technical", "day": "2027-01-02", "at": "10:00", "zone": "Europe/London"}
        interviews.add_interview(db, app.id, validate_interview(values, date(2026, 12, 30)))
    finally:
        db.dispose()


async def test_today_names_the_year_of_an_interview_after_new_year(
    opened_paths: DataPaths,
) -> None:
    _interview_after_new_year(opened_paths)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        lines = [line.strip(" █") for line in screen_lines(app) if "Northwind" in line]
    assert lines == ["Sat 2 Jan 2027 10:00  Technical: Northwind Traders (Designer)  (N)"], lines


def test_the_today_command_names_the_year_of_an_interview_after_new_year(
    opened_paths: DataPaths, capsys: Any
) -> None:
    _interview_after_new_year(opened_paths)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    said = capsys.readouterr().out
    assert "  - Sat 2 Jan 2027 10:00  Technical: Northwind Traders (Designer)" in said
