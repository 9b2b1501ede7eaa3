"""A plan's feedback request and a plan gone quiet say the day, not a count that grows.

A recovery plan's steps past their day had come to say "was due 18 Feb" (test_plan_steps_
was_due.py), but its flagged "Ask … for feedback" line still said "24 days late", its next
step "It is 24 days late", and a plan gone quiet "has not moved in 27 days": counts that
grew every morning for someone finding their feet after a no. They now say the day it was
for, as the rest of the plan does, on Today and in the `today` command alike; the request
keeps its flag (its own rule, domain/step_timing.py).

The store is tests/today_fixtures.py: today is Monday 16 March 2026, Romeo's feedback
request was due on 8 March.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.next_step import StepFacts, StuckPlan, choose_next_step
from bounceback_tui.paths import DataPaths
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_text
from tests.today_fixtures import build_store
from tests.ui_harness import app_on, settle_workers

ASK = "Ask Romeo (Engineer) for feedback"
REASON = "It was due 8 Mar. A short, friendly note is enough."


def test_the_today_command_says_when_the_request_was_due(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.cli import main

    build_store(opened_paths.database)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert f"Next step: {ASK}\n  {REASON}\n" in out, out
    assert f"  ! {ASK} (was due 8 Mar)\n" in out, out  # flagged still
    assert "days late" not in "".join(line for line in out.splitlines() if "Romeo" in line)


async def test_today_says_when_the_request_was_due(opened_paths: DataPaths) -> None:
    build_store(opened_paths.database)
    async with app_on(opened_paths, size=(120, 40)) as (app, _pilot, _pane):
        await settle_workers(_pilot)
        text = screen_text(app)
        assert REASON in " ".join(text.split()), text
        lines = [line for line in text.splitlines() if f"? {ASK}" in line]
        assert lines and all("was due 8 Mar" in line for line in lines), text
        assert "late" not in "".join(lines), text


def test_a_plan_gone_quiet_says_since_when() -> None:
    stuck = StuckPlan(3, "Lumen", date(2026, 2, 17), None, None, role="Engineer")
    facts = StepFacts(today=FIXED_TODAY, has_data=True, stuck_plan=stuck)
    step = choose_next_step(facts)
    assert step.reason == "Your plan for Lumen (Engineer) has not moved since 17 Feb."
