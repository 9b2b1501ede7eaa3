"""Today's nudge for a plan in its first days, or a plan gone quiet, never suggests "Note
what came back" while nothing was asked.

A plan whose earlier steps are all done and whose feedback request was skipped, not asked:
its reply waits (domain/step_timing.waits_for_ask; Today's due list and Recovery already
leave it out). Before, the early and the quiet plan's nudges took the first undone step
whatever it was, and told the person to note a reply to a question never asked.

Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from bounceback_tui.services.today_plans import early_plan, stuck_plan
from bounceback_tui.store.database import Database
from bounceback_tui.store.fastread import FastReader
from bounceback_tui.store.models import RecoveryStep
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection, recorded_on_its_day, steps_of

REPLY = "Note what came back"


def _all_but_the_reply_behind(db: Database, no_day: date) -> None:
    """Every step up to the reply's day done, the feedback request skipped (never asked)."""
    rid = add_rejection(db, "Contoso", rejected_on=no_day)
    recorded_on_its_day(db, rid)
    steps = steps_of(db, rid)
    reply = next(s for s in steps if s.template_key == "feedback.response")
    assert reply.title == REPLY
    moved = datetime.combine(no_day + timedelta(days=1), time(20, 0))
    with db.write() as session:
        for step in steps:
            if step.id == reply.id or step.offset_days > reply.offset_days:
                continue
            found = session.get(RecoveryStep, step.id)
            assert found is not None
            if found.template_key == "feedback.ask":
                found.skipped_at = moved  # the person chose not to ask
            else:
                found.done_at = moved
            session.add(found)


@pytest.mark.parametrize("nudge", ["early", "quiet"])
def test_the_plan_nudge_does_not_suggest_a_reply_to_nothing_asked(db: Database, nudge: str) -> None:
    # In its first days: a no yesterday; gone quiet: a no two weeks ago, last moved then.
    no_day = FIXED_TODAY - timedelta(days=1 if nudge == "early" else 14)
    _all_but_the_reply_behind(db, no_day)
    with FastReader(db.path) as reader:
        if nudge == "early":
            found = early_plan(reader, FIXED_TODAY)
            suggested = found.step_title if found else None
        else:
            quiet = stuck_plan(reader, FIXED_TODAY)
            assert quiet is not None  # still a plan gone quiet
            suggested = quiet.next_step_title
    assert suggested != REPLY
