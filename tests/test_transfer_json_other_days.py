"""A JSON import checks every day a row holds as the forms check it (``dates.record_day``),
not only its form: a person's follow-up, a log line's day, a skill's target, a step's "asked
on", a stage move's day, a question's review and an application's dismissal were taken on
0001-01-01 or 9999-12-31 (a fixer's walk). Each is refused naming its table, row and column,
in the forms' words, and nothing is written; what the app keeps, years old, still imports.

Then a tester's walk: every time a row holds (made, changed, done, finished) took
0001-01-01 and 9999-12-31 (the Skills card read "done 1 Jan 1"), a stage move, a question's
practice and a dismissal took days to come (the Pipeline showed "Interviewing 0d"), and
"2026-02-30" was refused only as "expected a date like 2026-03-16". Each is refused now,
saying why; the demo store's own export still imports whole."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bounceback_tui import clock
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.json_import import import_json, load_json_export
from tests.transfer_fixtures import count, demo_export, write_json

TOMORROW = "tomorrow"  # the day after the suite's today, worked out in the test

# (table, column, the value set on its first row, the line the refusal holds).
REFUSED = [
    (
        "contact",
        "next_follow_up",
        "9999-12-31",
        "contact row 1, next_follow_up: Follow up on: pick a day within ten years of today.",
    ),
    (
        "contact",
        "next_follow_up",
        "0001-01-01",
        "contact row 1, next_follow_up: Follow up on: pick a day from 1970 on.",
    ),
    (
        "interaction",
        "happened_on",
        "9999-12-31",
        "interaction row 1, happened_on: When: pick a day within ten years of today.",
    ),
    (
        "interaction",
        "happened_on",
        TOMORROW,
        "interaction row 1, happened_on: That date has not come yet; log it once it has.",
    ),
    (
        "recovery_step",
        "asked_on",
        "0001-01-01",
        "recovery_step row 1, asked_on: Asked on: pick a day from 1970 on.",
    ),
    (
        "recovery_step",
        "asked_on",
        TOMORROW,
        "recovery_step row 1, asked_on: That day has not come yet; note it once asked.",
    ),
    (
        "skill",
        "target_date",
        "9999-12-31",
        "skill row 1, target_date: Target date: pick a day within ten years of today.",
    ),
    (
        "stage_change",
        "changed_on",
        "0001-01-01",
        "stage_change row 1, changed_on: The day of the move: pick a day from 1970 on.",
    ),
    (
        "interview_question",
        "next_review_on",
        "9999-12-31",
        "interview_question row 1, next_review_on: Next review: pick a day within ten years "
        "of today.",
    ),
    (
        "stage_change",
        "changed_on",
        TOMORROW,
        "stage_change row 1, changed_on: The day of the move has not come yet; a move is "
        "noted on the day it is made.",
    ),
    (
        "interview_question",
        "last_practised_on",
        TOMORROW,
        "interview_question row 1, last_practised_on: That practice day has not come yet; a "
        "practice is noted on its day.",
    ),
    (
        "application",
        "ghost_dismissed_on",
        TOMORROW,
        "application row 1, ghost_dismissed_on: That day has not come yet; a dismissal is "
        "noted on the day it is made.",
    ),
    (
        "application",
        "ghost_dismissed_on",
        "9999-12-31",
        "application row 1, ghost_dismissed_on: Dismissed on: pick a day within ten years of "
        "today.",
    ),
]


@pytest.mark.parametrize(("table", "column", "value", "line"), REFUSED)
def test_a_day_the_forms_refuse_is_refused_naming_table_row_and_column(
    opened_paths: DataPaths, tmp_path: Path, table: str, column: str, value: str, line: str
) -> None:
    document = demo_export(opened_paths, tmp_path)
    if value == TOMORROW:
        value = (clock.today() + timedelta(days=1)).isoformat()
    document["tables"][table][0][column] = value
    fresh = resolve_paths(tmp_path / "other")
    open_store(fresh)
    with pytest.raises(TransferError) as refused:
        import_json(fresh, load_json_export(write_json(tmp_path, document)))
    lines = str(refused.value).splitlines()
    assert lines[0].endswith("nothing was written:")
    assert f"  - {line}" in lines
    assert count(fresh.database, table) == 0


def test_old_days_the_app_kept_still_import(opened_paths: DataPaths, tmp_path: Path) -> None:
    """Years back is history, not a slip: each of these days, twelve years before the suite's
    today, imports as it is (ten years is a rule for typing a new day)."""
    document = demo_export(opened_paths, tmp_path)
    old = (clock.today() - timedelta(days=365 * 12)).isoformat()
    for table, column, _value, _line in REFUSED:
        document["tables"][table][0][column] = old
    fresh = resolve_paths(tmp_path / "other")
    open_store(fresh)
    result = import_json(fresh, load_json_export(write_json(tmp_path, document)))
    assert result.rows["contact"] == len(document["tables"]["contact"])
    assert count(fresh.database, "stage_change") == len(document["tables"]["stage_change"])


# Every time a row holds, by table (interview.starts_at, a time to come, is the interview
# form's: tests/test_transfer_interview_rules.py).
MOMENTS = [
    ("application", "created_at"),
    ("application", "updated_at"),
    ("application_contact", "created_at"),
    ("check_in", "updated_at"),
    ("contact", "created_at"),
    ("contact", "updated_at"),
    ("coping_card", "created_at"),
    ("followed_board", "created_at"),
    ("followed_board", "last_checked_at"),
    ("interaction", "created_at"),
    ("interview", "outcome_at"),
    ("interview", "created_at"),
    ("interview", "updated_at"),
    ("interview_question", "created_at"),
    ("interview_question", "updated_at"),
    ("recovery_step", "done_at"),
    ("recovery_step", "updated_at"),
    ("rejection", "plan_completed_at"),
    ("rejection", "created_at"),
    ("skill", "created_at"),
    ("skill", "started_at"),
    ("skill", "finished_at"),
    ("stage_change", "created_at"),
    ("thought_record", "created_at"),
    ("thought_record", "updated_at"),
    ("thought_record", "completed_at"),
]
TOO_EARLY = "The time is before 1970; the app keeps none so early."
TO_COME = "The time has not come yet; it says when something was done."


def _refusal_lines(tmp_path: Path, document: dict[str, Any]) -> list[str]:
    with pytest.raises(TransferError) as refused:
        load_json_export(write_json(tmp_path, document))
    return str(refused.value).splitlines()


@pytest.mark.parametrize(("table", "column"), MOMENTS)
def test_a_time_before_1970_or_to_come_is_refused_naming_table_row_and_column(
    opened_paths: DataPaths, tmp_path: Path, table: str, column: str
) -> None:
    document = demo_export(opened_paths, tmp_path)
    rows = document["tables"][table]
    rows[0][column] = "0001-01-01 00:00:00"
    rows[1][column] = "9999-12-31 23:59:59"
    assert _refusal_lines(tmp_path, document)[1:] == [
        f"  - {table} row 1, {column}: {TOO_EARLY}",
        f"  - {table} row 2, {column}: {TO_COME}",
    ]


def test_a_time_later_today_is_taken_and_two_days_on_is_not(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    """The suite's now is 2026-03-16 09:30: the app writes some of today's later in the day,
    and a store kept in a zone ahead holds its own now, so a day's slack is given."""
    document = demo_export(opened_paths, tmp_path)
    skills = document["tables"]["skill"]
    skills[0]["finished_at"] = "2026-03-16 23:59:00"
    skills[1]["finished_at"] = "2026-03-17 09:00:00"
    skills[2]["finished_at"] = "2026-03-18 09:00:00"
    assert _refusal_lines(tmp_path, document)[1:] == [f"  - skill row 3, finished_at: {TO_COME}"]


def test_an_impossible_day_says_why_naming_table_row_and_column(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    document = demo_export(opened_paths, tmp_path)
    tables = document["tables"]
    tables["application"][0]["date_applied"] = "2026-02-30"
    tables["check_in"][0]["day"] = "2026-13-01"
    tables["rejection"][0]["plan_completed_at"] = "2026-02-29 10:00:00"
    assert _refusal_lines(tmp_path, document)[1:] == [
        "  - application row 1, date_applied: 2026-02-30 is not a day: February 2026 has 28 days.",
        "  - check_in row 1, day: 2026-13-01 is not a day: there is no month 13.",
        "  - rejection row 1, plan_completed_at: 2026-02-29 is not a day: February 2026 has "
        "28 days.",
    ]


def test_the_demo_stores_own_export_imports_whole(opened_paths: DataPaths, tmp_path: Path) -> None:
    """What the app writes itself comes back: the demo made interviews "five days before"
    days still to come, so its export held times to come until it made them at midnight."""
    document = demo_export(opened_paths, tmp_path)
    fresh = resolve_paths(tmp_path / "other")
    open_store(fresh)
    result = import_json(fresh, load_json_export(write_json(tmp_path, document)))
    for table in ("interview", "skill", "stage_change", "recovery_step", "thought_record"):
        assert result.rows[table] == len(document["tables"][table])
        assert count(fresh.database, table) == len(document["tables"][table])
