"""A recovery plan's line on Today's due list says its step's words before its role.

A tester at 100x30, two rejections with their plans: the due list read "☐ Acme [ Ltd (SRE…):
Talk it… (+11 more)  due 10 Mar", the role's first letters where "Talk it through…" fits
beside the company alone. Alone at its company, a plan is told apart by the company; what
to do is what the line is for. The role is kept only where it costs the step none of its
words (ui/today/plan_words.plan_cut).

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due_plans import recovery_step_item
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.today.due_fit import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection, recorded_on_its_day
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SUMMARY: Any = SimpleNamespace(today=FIXED_TODAY)  # the one field a due line reads
STEP = "Talk it through with someone close"


async def test_at_100x30_a_plan_says_its_step_before_its_role(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:  # two nos a week ago, their plans' steps due since
        for company, role in (("Acme [ Ltd", "SRE (Platform) Lead"), ("Sunny Labs", "Designer")):
            no = add_rejection(db, company, role, rejected_on=FIXED_TODAY - timedelta(days=7))
            recorded_on_its_day(db, no)
    finally:
        db.dispose()
    async with app_on(opened_paths, size=(100, 30)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = [line.split("│")[1].strip() for line in screen_lines(run.app) if "│ ☐ " in line]
    (acme,) = [line for line in lines if "Acme" in line]
    # The company whole (a bracket in it as typed), then the step's words, not "Talk it…".
    # ("Talk it through" is a comfort step, not named as due: the next one is.)
    assert acme.startswith("☐ Acme [ Ltd: Keep the bridge"), acme
    assert "(SRE" not in acme, acme


def _line(width: int, role: str) -> str:
    # A plan's step due 10 days ago, four more due after it.
    item = recovery_step_item(1, "Acme Ltd", FIXED_TODAY - timedelta(days=13), 5, 3, 2, STEP, role)
    return DuePrompt(partial(due_prompt, item, SUMMARY)).fitted(width).plain


@pytest.mark.parametrize("width", range(40, 80))
def test_a_role_never_costs_the_step_a_word(width: int) -> None:
    """At every width the line with a role says as much of its step as without one."""
    with_role = _line(width, "Site Reliability Engineer").partition(": ")[2]
    without = _line(width, "").partition(": ")[2]
    said, said_alone = (words.split(" (+")[0].rstrip("…").split() for words in (with_role, without))
    assert said == said_alone, (width, with_role, without)
