"""A comfort step past its day is offered gently on Today, never as a late chore.

A tester in a hard week met "Sunny Labs: Let yourself feel it for a while (+8 more) was due
5 Jan": a step about letting yourself feel it, made a chore that was late. A comfort step
(let yourself feel it, talk it through) past its day now reads "when you are ready", and a
plan with other steps due names one of those, with its day, the comfort steps still counted
in its "(+N more)". The next step never says a comfort step "was due".
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection, steps_of
from tests.written_over import another_program_writes

CAME = FIXED_TODAY - timedelta(days=4)  # Thursday 12 March
CARE = ("breathe.feel", "breathe.talk")


def _plan(paths: DataPaths, db: Database, *, left: tuple[str, ...]) -> int:
    """A no from four days ago, recorded that day, every step ticked but those ``left``."""
    rid = add_rejection(db, "Sunny Labs", "Analyst", rejected_on=CAME)
    for step in steps_of(db, rid):
        if step.template_key not in left:
            step_service.set_step_done(db, step.id, True)
    another_program_writes(paths, "UPDATE rejection SET created_at = ?", (f"{CAME} 18:00:00",))
    return rid


def test_a_missed_comfort_step_is_offered_when_you_are_ready(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _plan(opened_paths, db, left=CARE)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "Sunny Labs" in line and "(+1 more)" in line)
    assert line.endswith("Let yourself feel it for a while (+1 more) (when you are ready)"), out
    assert "was due" not in out and "late" not in out
    step = load_today(opened_paths.database, FIXED_TODAY).next_step
    assert "was due" not in step.reason
    assert step.title != "Let yourself feel it for a while"


def test_a_plan_with_another_step_due_names_that_step_and_its_day(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _plan(opened_paths, db, left=(*CARE, "guardrails.bridge"))
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert (
        "Sunny Labs (Analyst): Keep the bridge intact: send a gracious reply (+2 more) "
        "(was due 13 Mar)" in out
    ), out
    assert "Let yourself feel it" not in out


async def test_todays_pane_offers_it_when_you_are_ready(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.ui.app import BouncebackApp
    from tests.quiet import until_quiet
    from tests.screen_text import screen_lines

    _plan(opened_paths, db, left=CARE)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_quiet(pilot)
        (line,) = [line for line in screen_lines(app) if "Sunny Labs" in line and "☐" in line]
        # The comfort step named, its words as the room allows, and no day it is late by.
        assert re.search(r"Let yourself feel it[^(]*… \(\+1 more\) +when you are ready", line), line
        assert "was due" not in line and "late" not in line
