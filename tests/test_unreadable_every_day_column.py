"""Every day and time of a question, a no and its plan's steps written over, not just one.

A tester's walk: `sqlite3 store "update interview_question set created_at='[b]garbage[/]'"`
and the answer bank (`i` from Today) died with "Invalid isoformat string"; the same on a
rejection's `created_at` and Recovery could not open its plan. Here every column of those
tables that holds a day or a time (found in the schema, so a new one is walked too) is
written over at once: the bank lists and practises the question, Recovery lists and opens
the plan, and what a practice round does not change stays as stored.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from sqlalchemy import Date, DateTime

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.services.recovery_plans import load_plan, plan_rows
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection

GARBAGE = "[b]garbage[/]"


def _days_of(table: str) -> list[str]:
    from sqlmodel import SQLModel

    import bounceback_tui.store.models  # noqa: F401  (every table class registered)

    found = SQLModel.metadata.tables[table].c
    return [column.name for column in found if isinstance(column.type, Date | DateTime)]


def _write_over(store: Path, table: str, where: str, key: int) -> dict[str, object]:
    """Every day and time of the matching rows written over; the row as stored after."""
    days = _days_of(table)
    assert days, table
    conn = sqlite3.connect(store)
    try:
        with conn:
            sets = ", ".join(f'"{name}" = ?' for name in days)
            conn.execute(
                f"UPDATE {table} SET {sets} WHERE {where} = ?", (*[GARBAGE] * len(days), key)
            )
        conn.row_factory = sqlite3.Row
        row = conn.execute(f"SELECT * FROM {table} WHERE {where} = ?", (key,)).fetchone()
        return dict(row)
    finally:
        conn.close()


def test_a_question_with_every_day_written_over_is_listed_and_practised(
    opened_paths: DataPaths, db: Database
) -> None:
    asked = answers.add_question(db, validate_question({"question": "Why this company?"})).id
    before = _write_over(opened_paths.database, "interview_question", "id", asked)
    assert [row.question for row in answers.list_questions(db)] == ["Why this company?"]
    shown = answers.get_question(db, asked)
    assert (shown.last_practised_on, shown.next_review_on) == (None, None)
    assert [row.id for row in answers.practice_queue(db, FIXED_TODAY)] == [asked]
    practised = answers.record_round(db, asked, 4, expected_version=shown.version)
    assert practised.last_practised_on == FIXED_TODAY
    conn = sqlite3.connect(opened_paths.database)
    try:
        stored = conn.execute(
            "SELECT created_at FROM interview_question WHERE id = ?", (asked,)
        ).fetchone()
    finally:
        conn.close()
    assert stored == (before["created_at"],)  # a round leaves its made-on text alone


def test_a_no_with_every_day_of_it_and_its_steps_written_over_opens(
    opened_paths: DataPaths, db: Database
) -> None:
    no = add_rejection(db, company="Vantage Civic")
    _write_over(opened_paths.database, "rejection", "id", no)
    _write_over(opened_paths.database, "recovery_step", "rejection_id", no)
    assert [row.company for row in plan_rows(db)] == ["Vantage Civic"]
    plan = load_plan(db, no)
    assert plan is not None
    assert plan.rejection.company == "Vantage Civic"
    assert (plan.rejection.rejected_on, plan.rejection.created_at) == (None, None)
    assert plan.steps  # every step still there, none read as done or skipped
    assert all(step.done_at is None and step.skipped_at is None for step in plan.steps)


def test_an_application_sent_after_a_no_written_over_ticks_its_step(
    opened_paths: DataPaths, db: Database
) -> None:
    """The no's plan step "send the next application" is ticked by the next one sent, as
    for any no: the time the no was written down read as none, not a crash (the Pipeline's
    `]` out of Saved ended in "Something went wrong (ArgumentError …)")."""
    from bounceback_tui.domain.stages import Stage
    from bounceback_tui.services.pipeline_moves import move_stage
    from tests.pipeline_fixtures import put

    no = add_rejection(db, company="Vantage Civic")  # its day kept: a no the step waits on
    conn = sqlite3.connect(opened_paths.database)
    try:
        with conn:
            conn.execute("UPDATE rejection SET created_at = ? WHERE id = ?", (GARBAGE, no))
    finally:
        conn.close()
    saved = put(db, "Copperline", [("saved", date(2026, 3, 14))])
    moved = move_stage(db, saved, Stage.APPLIED)
    assert moved.to_stage is Stage.APPLIED
    assert len(moved.ticked) == 1  # the no's one step for it
