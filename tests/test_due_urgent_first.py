"""Every urgent ("!") item comes first on Today, in the `today` text and in `today --json`,
however many items are due.

A power user's store (the demo and 5,000 imported rows, over a thousand things due): the
due list reads the oldest few of each kind, then puts the urgent first. The two flagged
feedback requests were younger than the oldest forty imported ones, so they were never
read: `today --json` (which reads everything) began with them, while the app and the text
began with a follow-up, and one of the two requests showed nowhere on screen.

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bounceback_tui.domain.due import active_since
from bounceback_tui.domain.feedback import has_feedback
from bounceback_tui.domain.step_timing import StepKind, feedback_flag_days, is_feedback_flagged
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.store.fastread import FastReader
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection, recorded_on_its_day
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes

URGENT = "Ask Lumen (Engineer) for feedback"


def _many_requests_and_one_urgent(db: Database) -> None:
    """Forty-five noes from three weeks back, written down today (an import of old rows):
    their feedback requests are due, older than any other, and not flagged yet (a no is
    not flagged the moment it is written down). And one no from eight days back, written
    down on its day: its request is flagged, the one urgent line."""
    for n in range(45):
        add_rejection(db, f"Imported {n:02d}", rejected_on=FIXED_TODAY - timedelta(days=21))
    rid = add_rejection(db, "Lumen", rejected_on=FIXED_TODAY - timedelta(days=8))
    recorded_on_its_day(db, rid)


def _text_due_lines(out: str) -> list[str]:
    lines = out.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("Due now"))
    end = lines.index("", start)
    return [line.strip() for line in lines[start + 1 : end]]


async def test_the_urgent_request_comes_first_everywhere(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.cli import main

    _many_requests_and_one_urgent(db)
    where = ["--data-dir", str(opened_paths.data_dir)]
    assert main(["today", "--json", *where]) == 0
    due = json.loads(capsys.readouterr().out)["due"]
    assert due[0]["title"] == URGENT and due[0]["flagged"], due[:3]
    assert not any(item["flagged"] for item in due[1:]), "one urgent item"
    assert main(["today", *where]) == 0
    text = _text_due_lines(capsys.readouterr().out)
    assert text[0].startswith(f"! {URGENT}"), text[:3]
    # The text lists what the JSON lists, in its order (its last line counts the rest).
    listed = [line for line in text if not line.startswith("and ")]
    assert len(listed) > 1
    for line, item in zip(listed, due, strict=False):
        assert line[2:].startswith(item["title"]), (listed, due[: len(listed)])
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        shown = screen_text(app)
    # The due list's first line (the next step, above it, is another thing).
    rows = [row for row in shown.splitlines() if "│" in row and ("Ask " in row or "Imp" in row)]
    assert rows and URGENT in rows[0], rows[:3]


def test_the_store_reads_flagged_what_the_domain_flags(
    opened_paths: DataPaths, db: Database
) -> None:
    """The requests the read puts first are those the domain flags: noes of every age in an
    active plan, some written down on their day, some today."""
    for age in range(31):
        add_rejection(db, f"Today{age}", rejected_on=FIXED_TODAY - timedelta(days=age))
        rid = add_rejection(db, f"OnItsDay{age}", rejected_on=FIXED_TODAY - timedelta(days=age))
        recorded_on_its_day(db, rid)
    active = active_since(FIXED_TODAY)
    with FastReader(opened_paths.database) as reader:
        every, total = reader.feedback_requests_due(FIXED_TODAY, active, 1000, has_feedback)
        flagged = {
            row.step_id
            for row in every
            if is_feedback_flagged(
                StepKind.FEEDBACK,
                row.rejected_on,
                row.offset_days,
                asked_on=None,
                done=False,
                today=FIXED_TODAY,
                recorded_on=row.recorded_on,
            )
        }
        assert 0 < len(flagged) < total  # some flagged, some not: the check says something
        first, _ = reader.feedback_requests_due(
            FIXED_TODAY, active, len(flagged), has_feedback, flagged=feedback_flag_days()
        )
    assert {row.step_id for row in first} == flagged


def test_the_sql_rule_flags_what_the_domain_flags_on_every_day(
    opened_paths: DataPaths, db: Database
) -> None:
    """``due_conditions.ask_flagged`` and ``step_timing.is_feedback_flagged``, step by step
    on the same rows, over a spread of days on either side of where a flag begins and ends:
    noes of many ages, written down on their day, a few days after, or today; requests
    suggested on the no's day or days after it."""

    from bounceback_tui.store.due_conditions import ask_flagged
    from bounceback_tui.stored_dates import stored_day

    for age in range(0, 40, 3):
        for late in (None, 0, 4):
            rid = add_rejection(db, f"N{age}-{late}", rejected_on=FIXED_TODAY - timedelta(days=age))
            if late is not None:
                recorded_on_its_day(db, rid)
                another_program_writes(
                    opened_paths,
                    "UPDATE rejection SET created_at = datetime(created_at, ?) WHERE id = ?",
                    (f"+{late} days", rid),
                )
                another_program_writes(
                    opened_paths,
                    "UPDATE recovery_step SET offset_days = ? WHERE rejection_id = ? "
                    "AND kind = 'feedback'",
                    (age % 7, rid),
                )
    flag_rule = ask_flagged(feedback_flag_days())
    sql = (
        f"SELECT s.id, r.rejected_on, s.offset_days, r.created_at, {flag_rule} "
        "FROM recovery_step s JOIN rejection r ON r.id = s.rejection_id WHERE s.kind = 'feedback'"
    )
    compared = flagged_days = 0
    with FastReader(opened_paths.database) as reader:
        for shift in range(-10, 60):
            today = FIXED_TODAY + timedelta(days=shift)
            for step_id, rejected_on, offset, created_at, urgent in reader.conn.execute(
                sql, {"today": today.isoformat()}
            ).fetchall():
                day, recorded = stored_day(rejected_on), stored_day(created_at)
                assert day is not None
                expected = is_feedback_flagged(
                    StepKind.FEEDBACK,
                    day,
                    offset,
                    asked_on=None,
                    done=False,
                    today=today,
                    recorded_on=recorded,
                )
                assert bool(urgent) == expected, (step_id, day, offset, recorded, today)
                compared += 1
                flagged_days += expected
    assert 0 < flagged_days < compared  # both answers met: the check says something
