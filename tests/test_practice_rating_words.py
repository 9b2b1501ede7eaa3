"""Practice says what a rating does, as the schedule does it (a tester's walk).

The key bar read "1 Rate 1-5", and the words said 3-5 was "good, a longer gap next time"
while the first good rating of a question brings it back tomorrow, as 1-2 "shaky" does. The
schedule is the issue's (1, 3, 7, 14, 30 days after good rounds; a poor one starts again at
1 day), so the code stands and the words now follow it, question by question."""

from __future__ import annotations

from datetime import date, timedelta

from bounceback_tui.domain.answers import (
    PracticeItem,
    days_after_good,
    practice_order,
    validate_question,
)
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.practice import AnswerPracticeScreen
from tests.screen_text import flat, screen_lines
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes

TODAY = date(2026, 3, 16)  # the suite's frozen clock


def test_the_gap_after_a_good_round_from_each_place() -> None:
    assert [days_after_good(step) for step in (None, 0, 1, 2, 3, 4)] == [1, 3, 7, 14, 30, 30]


def _progress(app) -> str:  # type: ignore[no-untyped-def]  # the words under the answer
    return flat(str(app.screen.query_one("#answers-schedule").render()))


async def _revealed(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("i")
    await settle_workers(pilot)
    await pilot.press("p")
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, AnswerPracticeScreen)
    await pilot.press("space")
    await settle_workers(pilot)


async def test_the_bar_reads_1_5_rate(opened_paths: DataPaths, db: Database) -> None:
    answers.add_question(db, validate_question({"question": "Why this company?"}))
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _revealed(pilot)
        bar = screen_lines(app)[-1]
        assert "1-5 Rate" in bar
        assert "Rate 1-5" not in bar


async def test_a_new_question_rated_good_comes_back_tomorrow_as_the_words_say(
    opened_paths: DataPaths, db: Database
) -> None:
    answers.add_question(db, validate_question({"question": "Why this company?"}))
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _revealed(pilot)
        assert (
            "The first time, it comes back tomorrow either way; your rating sets the order "
            "then, shakiest first. After that, 3-5 good: 3, 7, 14, then 30 days apart; "
            "1-2 shaky: tomorrow again." in _progress(app)
        )
        assert "a longer gap" not in flat("\n".join(screen_lines(app)))
        await pilot.press("4")
        await settle_workers(pilot)
    (row,) = answers.list_questions(db)
    assert row.next_review_on == TODAY + timedelta(days=1)


async def test_a_question_on_three_days_rated_good_comes_back_in_seven(
    opened_paths: DataPaths, db: Database
) -> None:
    row = answers.add_question(db, validate_question({"question": "Why this company?"}))
    # its second place: 3 days
    another_program_writes(
        opened_paths,
        "UPDATE interview_question SET review_step = 1, next_review_on = ? WHERE id = ?",
        (TODAY.isoformat(), row.id),
    )
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _revealed(pilot)
        assert (
            "1-2 shaky: again tomorrow, the gaps start over. 3-5 good: again in 7 days."
            in _progress(app)
        )
        await pilot.press("5")
        await settle_workers(pilot)
    (row,) = answers.list_questions(db)
    assert row.next_review_on == TODAY + timedelta(days=7)


async def test_a_first_round_rated_shaky_or_good_both_come_back_tomorrow_shaky_first(
    opened_paths: DataPaths, db: Database
) -> None:
    """The words said both "again tomorrow" and a new user asked why rate (a new user's walk):
    the first time, the rating does not move the day; it puts the shaky one first."""
    good = answers.add_question(db, validate_question({"question": "Why this company?"}))
    shaky = answers.add_question(db, validate_question({"question": "Why should we hire you?"}))
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _revealed(pilot)
        assert "again tomorrow, then" not in _progress(app)
        assert "comes back tomorrow either way" in _progress(app)
        await pilot.press("4")  # "Why this company?": good
        await settle_workers(pilot)
        await pilot.press("space")
        await settle_workers(pilot)
        await pilot.press("1")  # "Why should we hire you?": shaky
        await settle_workers(pilot)
    rows = {row.id: row for row in answers.list_questions(db)}
    tomorrow = TODAY + timedelta(days=1)
    assert [rows[good.id].next_review_on, rows[shaky.id].next_review_on] == [tomorrow, tomorrow]
    items = [
        PracticeItem(row.id, row.confidence, row.last_practised_on, row.next_review_on)
        for row in rows.values()
    ]
    assert [item.id for item in practice_order(items, tomorrow)] == [shaky.id, good.id]
