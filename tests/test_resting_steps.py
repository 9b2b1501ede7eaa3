"""Steps whose moment has passed rest: open in the plan, never due or late.

A tester's month with a frozen clock: 7 to 25 days after a no, the next step and Today's due
list still said "Let yourself feel it for a while (+10 more) (25 days late)": telling someone
they are 25 days late to feel their feelings reads as a reproach. And "Ask … for feedback"
was the next step, "N days late", for two weeks.

The first days' comfort steps ("Take a breath", and the optional "Extra support") are due
for a week from their day (``domain/step_timing.COMFORT_DAYS``); after that they rest. An
unsent feedback request is flagged, and the next step, for a week from its first flagged
day, suggested once more a week later, and then rests (``feedback_rests``): off Today's due
list, never the next step, still open in the plan. Today, the `today` command and the
Recovery pane say it alike, and the fast read (store/fastread_plans.py) asks what the domain
says.

Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bounceback_tui.domain.due import active_since
from bounceback_tui.domain.feedback import has_feedback
from bounceback_tui.domain.people import FEEDBACK_ASK_STEP
from bounceback_tui.domain.step_timing import (
    COMFORT_DAYS,
    COMFORT_GROUPS,
    feedback_rests,
    feedback_suggested_days,
    is_feedback_flagged,
    is_feedback_suggested,
    is_step_due,
    step_rests,
    waits_for_ask,
)
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from bounceback_tui.services.today_due import gather_due
from bounceback_tui.store.database import Database
from bounceback_tui.store.fastread import FastReader
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection, recorded_on_its_day, steps_of
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle, settle_workers

FEEL = "Let yourself feel it for a while"
TALK = "Talk it through with someone close"


def test_a_comfort_step_is_due_for_its_first_week_then_rests() -> None:
    no = date(2026, 3, 1)
    # "Let yourself feel it" (day 0): due 1–7 March, resting from the 8th.
    assert is_step_due(no, 0, False, date(2026, 3, 7), "breathe")
    assert not step_rests("breathe", no, 0, date(2026, 3, 7))
    assert step_rests("breathe", no, 0, date(2026, 3, 8))
    assert not is_step_due(no, 0, False, date(2026, 3, 26), "breathe")
    assert step_rests("optional", no, 1, date(2026, 3, 9))  # expressive writing (day 1)
    # Other steps stay due until ticked, as before.
    assert is_step_due(no, 2, False, date(2026, 3, 26), "reflect")
    assert not step_rests("reflect", no, 2, date(2026, 3, 26))


def test_a_feedback_request_is_the_next_step_twice_then_rests_from_it() -> None:
    no = date(2026, 3, 1)  # asked for on day 3, flagged from 6 March

    def suggested(day: date) -> bool:
        return is_feedback_suggested(no, 3, day, no)

    assert not suggested(date(2026, 3, 5))
    assert suggested(date(2026, 3, 6)) and suggested(date(2026, 3, 12))
    assert not suggested(date(2026, 3, 13))  # a week of it as the next step is enough
    assert suggested(date(2026, 3, 20))  # once more
    assert not feedback_rests(no, 3, date(2026, 3, 20), no)
    assert feedback_rests(no, 3, date(2026, 3, 21), no)  # then it rests from it
    assert not suggested(date(2026, 3, 21))
    # Still flagged on the list, as before, until 30 days after the no.
    assert is_feedback_flagged(
        "feedback", no, 3, asked_on=None, done=False, today=date(2026, 3, 21), recorded_on=no
    )


def _plans(db: Database, ages: range) -> dict[int, int]:
    """A no (after an interview, recorded on its day) for each age in days: id -> age."""
    made = {}
    for age in ages:
        rid = add_rejection(db, f"Co{age}", rejected_on=FIXED_TODAY - timedelta(days=age))
        recorded_on_its_day(db, rid)
        made[rid] = age
    return made


def test_the_fast_read_asks_what_the_domain_says(opened_paths: DataPaths, db: Database) -> None:
    plans = _plans(db, range(0, 30))
    # id -> (steps due, earliest offset: of a step other than a comfort step where one is due,
    # as a comfort step past its day is offered, not late: tests/test_care_steps_not_late.py)
    expected_steps: dict[int, tuple[int, int]] = {}
    expected_asks: set[int] = set()
    for rid, age in plans.items():
        no = FIXED_TODAY - timedelta(days=age)
        steps = steps_of(db, rid)
        ask = next(s for s in steps if s.template_key == FEEDBACK_ASK_STEP)
        due = [
            (s.group_key in COMFORT_GROUPS, s.offset_days)
            for s in steps
            if s.kind != "feedback"
            and is_step_due(
                no,
                s.offset_days,
                False,
                FIXED_TODAY,
                s.group_key,
                recorded_on=no,
                waits=waits_for_ask(s.kind, ask.done_at is not None, ask.asked_on),
            )
        ]
        if due:
            expected_steps[rid] = (len(due), min(due)[1])
        expected_asks |= {rid for s in steps if s.kind == "feedback" and s.offset_days <= age}
    with FastReader(opened_paths.database) as reader:
        rows, total = reader.recovery_steps_due(
            FIXED_TODAY,
            active_since(FIXED_TODAY),
            100,
            resting_groups=COMFORT_GROUPS,
            rests_after=COMFORT_DAYS,
            ask_key=FEEDBACK_ASK_STEP,
        )
        asks, ask_total = reader.feedback_requests_due(
            FIXED_TODAY, active_since(FIXED_TODAY), 100, has_feedback
        )
        suggested, _ = reader.feedback_requests_due(
            FIXED_TODAY,
            active_since(FIXED_TODAY),
            100,
            has_feedback,
            suggested=feedback_suggested_days(),
        )
    assert {r.rejection_id: (r.steps_due, r.offset_days) for r in rows} == expected_steps
    assert total == len(expected_steps)
    assert {a.rejection_id for a in asks} == expected_asks
    assert ask_total == len(expected_asks)
    expected_suggested = {
        a.rejection_id
        for a in asks
        if is_feedback_suggested(a.rejected_on, a.offset_days, FIXED_TODAY, a.recorded_on)
    }
    assert {a.rejection_id for a in suggested} == expected_suggested
    assert len(expected_suggested) == 8  # days 5 to 11 from the no, and day 19
    # Some comfort steps rest, so the check above says something: plans whose first step
    # listed is no longer day 0's, beside the younger ones whose first step still is.
    assert any(offset > 0 for _count, offset in expected_steps.values())
    assert any(offset == 0 for _count, offset in expected_steps.values())


def _due_titles(paths: DataPaths) -> list[str]:
    return [item.title for item in load_today(paths.database, FIXED_TODAY).due]


def test_twenty_five_days_after_a_no_its_line_names_no_comfort_step(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Lumen", rejected_on=FIXED_TODAY - timedelta(days=25))
    recorded_on_its_day(db, rid)
    summary = load_today(opened_paths.database, FIXED_TODAY)
    line = next(item for item in summary.due if item.title.startswith("Lumen"))
    assert FEEL not in line.title and TALK not in line.title, line.title
    # Its earliest step due is now the gracious reply of day 1 (a guardrail, not comfort).
    assert line.title.startswith("Lumen (Engineer): Keep the bridge intact"), line.title
    assert FEEL not in summary.next_step.title
    # Its request was the next step for a week from day 5 and on day 19: not now.
    assert not summary.next_step.title.startswith("Ask Lumen")


def test_a_plan_with_only_comfort_steps_left_is_not_listed(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Lumen", rejected_on=FIXED_TODAY - timedelta(days=12))
    recorded_on_its_day(db, rid)
    with db.write() as session:
        for step in steps_of(db, rid):
            if step.group_key != "breathe":
                step.skipped_at = FIXED_TODAY - timedelta(days=1)  # type: ignore[assignment]
                session.add(step)
    assert not any(title.startswith("Lumen") for title in _due_titles(opened_paths))


@pytest.mark.parametrize(
    ("age", "next_step"),
    [
        (8, True),  # flagged from day 5: a week of it
        (12, False),  # quiet: another step comes first
        (19, True),  # suggested once more
        (20, False),  # and then it rests
    ],
)
def test_the_feedback_request_is_the_next_step_twice(
    opened_paths: DataPaths, db: Database, age: int, next_step: bool
) -> None:
    rid = add_rejection(db, "Lumen", rejected_on=FIXED_TODAY - timedelta(days=age))
    recorded_on_its_day(db, rid)
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert (summary.next_step.title == "Ask Lumen (Engineer) for feedback") is next_step


async def test_today_the_command_and_recovery_agree_on_a_resting_step(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.cli import main

    rid = add_rejection(db, "Lumen", rejected_on=FIXED_TODAY - timedelta(days=25))
    recorded_on_its_day(db, rid)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert FEEL not in out and "Next step: Ask Lumen" not in out, out
    assert "Lumen (Engineer): Keep the bridge intact" in out, out
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        text = screen_text(app)
        assert "Lumen" in text and FEEL not in text, text
        assert "Next step: Ask Lumen" not in text, text
        await pilot.press("3")
        await settle_workers(pilot)
        await pilot.press("enter")  # its plan
        await settle_workers(pilot)
        await settle(pilot)
        text = screen_text(app)
        line = next(row for row in text.splitlines() if FEEL in row)
        assert "whenever it helps" in line and "since" not in line, line
        assert "[ ]" in line  # still open in the plan


def test_the_suggested_request_is_found_behind_many_resting_ones(
    opened_paths: DataPaths, db: Database
) -> None:
    # A review's walk: with more unsent requests than the due list reads (40), all older
    # and resting, the one that should be the next step was never read, so never suggested.
    for age in range(20, 31):
        for n in range(5):
            rid = add_rejection(
                db, f"Resting{age}x{n}", rejected_on=FIXED_TODAY - timedelta(days=age)
            )
            recorded_on_its_day(db, rid)
    rid = add_rejection(db, "Lumen", rejected_on=FIXED_TODAY - timedelta(days=8))
    recorded_on_its_day(db, rid)
    with FastReader(opened_paths.database) as reader:
        items = gather_due(reader, FIXED_TODAY, 21)[2]
    assert [item.title for item in items["feedback_suggested"]] == [
        "Ask Lumen (Engineer) for feedback"
    ]
