"""On a hard day Today says what is late without how late, and without the warning colour.

Checked in as 1 ("rough") or 2, Today's next step still read "The suggested day passed 24
days ago" and the due list "overdue 8 days" in the warning colour. A hard day is the one the
coping card already knows (``domain/care.is_hard_day``: a no today, or a check-in of 1 or
2); on it, as the days after a no let the weekly goal wait, what is late can wait too.

The store is tests/today_fixtures.py: today is Monday 16 March 2026, Romeo's feedback
request was due on 8 March ("overdue 8 days"), Echo's follow-up on 13 March.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due import DueItem, feedback_item, follow_up_item
from bounceback_tui.domain.next_step import StepFacts, choose_next_step
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_text
from tests.today_fixtures import build_store
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes

SOFT_FEEDBACK = (
    "It can wait for a lighter day; when you are ready, a short, friendly note is enough."
)
SOFT_FOLLOW_UP = "It can wait for a lighter day; a line or two when you feel up to it is plenty."
SUMMARY: Any = SimpleNamespace(today=FIXED_TODAY)  # the one field a due line reads


def _feedback(late_by: int) -> DueItem:
    # The plan's feedback step is due three days after the no.
    on = FIXED_TODAY - timedelta(days=late_by + 3)
    return feedback_item(7, 3, "Romeo", on, 3, FIXED_TODAY)


def _facts(**kw: object) -> StepFacts:
    # Sent this week already: no "send one application" before the late items.
    return StepFacts(
        today=FIXED_TODAY,
        has_data=True,
        last_application_on=FIXED_TODAY,
        **kw,  # type: ignore[arg-type]
    )


def test_a_late_feedback_request_is_said_without_how_late_on_a_hard_day() -> None:
    item = _feedback(24)
    assert item.flagged
    ordinary = choose_next_step(_facts(flagged_feedback=item))
    assert ordinary.reason == ("It was due 20 Feb. A short, friendly note is enough.")
    soft = choose_next_step(_facts(flagged_feedback=item, hard_day=True))
    assert soft.title == "Ask Romeo for feedback"  # the same step, in kinder words
    assert soft.reason == SOFT_FEEDBACK


def test_an_overdue_follow_up_is_said_without_how_late_on_a_hard_day() -> None:
    item = follow_up_item(5, "Echo", "Engineer", date(2026, 3, 13), FIXED_TODAY)
    assert choose_next_step(_facts(overdue_follow_up=item)).reason == "It is 3 days late."
    soft = choose_next_step(_facts(overdue_follow_up=item, hard_day=True))
    assert soft.title == "Follow up with Echo (Engineer)"
    assert soft.reason == SOFT_FOLLOW_UP


def _mood(opened_paths: DataPaths, mood: int) -> None:
    another_program_writes(
        opened_paths, "UPDATE check_in SET mood = ? WHERE day = '2026-03-16'", (mood,)
    )


@pytest.mark.parametrize(("mood", "soft"), [(1, True), (2, True), (3, False), (4, False)])
def test_a_check_in_of_1_or_2_makes_it_a_hard_day(
    opened_paths: DataPaths, mood: int, soft: bool
) -> None:
    build_store(opened_paths.database)
    _mood(opened_paths, mood)
    step = load_today(opened_paths.database, FIXED_TODAY).next_step
    assert step.title == "Ask Romeo (Engineer) for feedback"
    assert step.reason == (
        SOFT_FEEDBACK if soft else "It was due 8 Mar. A short, friendly note is enough."
    )


def _styles(item: DueItem, hard: bool) -> set[str]:
    first, late, *_ = due_prompt(item, SUMMARY, hard=hard)
    return {str(span.style) for part in (first, late) for span in part.spans}


def test_a_flagged_line_loses_the_warning_colour_on_a_hard_day() -> None:
    item = _feedback(8)
    assert any("$text-warning" in style for style in _styles(item, hard=False))
    assert not any("$text-warning" in style for style in _styles(item, hard=True))
    first, late, *_ = due_prompt(item, SUMMARY, hard=True)
    # The day at the line's end, as how late is on other days, muted (no warning above).
    assert first.plain == "? Ask Romeo for feedback"
    assert late.plain == "  was due 8 Mar"  # a plan's step: its day


async def test_today_on_a_rough_day_says_nothing_is_overdue(opened_paths: DataPaths) -> None:
    build_store(opened_paths.database)
    _mood(opened_paths, 1)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        text = screen_text(app)
    assert "Mood today: 1/5 (rough)" in text
    assert SOFT_FEEDBACK in text
    # Each day at its line's end, the words padded to it.
    assert re.search(r"\? Ask Romeo \(Engineer\) for feedback {2,}was due 8 Mar", text), text
    # Late, never how late: the pane said "3 days late" on a check-in of 1 (a tester's month).
    assert re.search(r"✉ Follow up with Echo \(Engineer\) {2,}late\b", text), text
    assert "days late" not in text and "d late" not in text
    assert "overdue" not in text
    assert "passed" not in text


def test_the_today_command_on_a_rough_day_says_it_as_the_pane_does(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    # The pane said "due 8 days ago" on a rough day; the command still printed
    # "! Ask Romeo for feedback (overdue 8 days)" beside the gentler next step. Both say
    # it alike now ("was due 8 Mar", a plan's step), the pane muted, the command with "-"
    # rather than "!".
    from bounceback_tui.cli import main

    build_store(opened_paths.database)
    _mood(opened_paths, 1)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert f"  {SOFT_FEEDBACK}" in out  # the next step, as before
    assert "  - Ask Romeo (Engineer) for feedback (was due 8 Mar)" in out
    assert "  - Follow up with Echo (Engineer) (late)" in out  # late, never how late
    assert "days late" not in out
    assert "overdue" not in out
    assert "  ! " not in out
    _mood(opened_paths, 3)  # an ordinary day: how late, as ever
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "  ! Ask Romeo (Engineer) for feedback (was due 8 Mar)" in out
    assert "  ! Follow up with Echo (Engineer) (3 days late)" in out
