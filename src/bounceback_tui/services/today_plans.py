"""What Today's next step knows of the recovery plans: a no not yet looked at, a plan in its
first days and a plan gone quiet, each with the step to suggest.

A feedback request that its no's own reason answers already (``domain/feedback.has_feedback``:
"They wanted more SQL", not "No reason given.") is never the step suggested.
"""

# Annotations are evaluated (no `from __future__ import annotations`), as in services/today.py.
from datetime import date, timedelta

from bounceback_tui.domain.due import (
    EARLY_PLAN_DAYS,
    FRESH_REJECTION_DAYS,
    STUCK_PLAN_DAYS,
    active_since,
)
from bounceback_tui.domain.feedback import has_feedback, reply_noted
from bounceback_tui.domain.next_step import EarlyPlan, FreshRejection, StuckPlan
from bounceback_tui.domain.step_timing import (
    COMFORT_DAYS,
    COMFORT_GROUPS,
    FEEDBACK_ASK_STEP,
    feedback_rests_after_days,
)
from bounceback_tui.store.fastread import FastReader


def fresh_untouched(reader: FastReader, today: date) -> FreshRejection | None:
    row = reader.fresh_untouched_rejection(
        today - timedelta(days=FRESH_REJECTION_DAYS), noted=reply_noted
    )
    return FreshRejection(*row) if row else None


def early_plan(reader: FastReader, today: date) -> EarlyPlan | None:
    # A reply while nothing was asked is no step yet (domain/step_timing.waits_for_ask).
    since = today - timedelta(days=EARLY_PLAN_DAYS)
    row = reader.early_plan(since, answered=has_feedback, ask_key=FEEDBACK_ASK_STEP)
    if row is None:
        return None
    step_due_on = row.rejected_on + timedelta(days=row.offset_days)
    return EarlyPlan(
        row.rejection_id,
        row.company,
        row.rejected_on,
        row.step_id,
        row.step_title,
        step_due_on,
        row.role,
    )


def stuck_plan(reader: FastReader, today: date) -> StuckPlan | None:
    quiet_since = today - timedelta(days=STUCK_PLAN_DAYS)
    # A step that rests (domain/step_timing.py) is not the one suggested.
    resting = (COMFORT_GROUPS, COMFORT_DAYS, feedback_rests_after_days())
    row = reader.stuck_plan(
        active_since(today),
        quiet_since,
        answered=has_feedback,
        today=today,
        resting=resting,
        ask_key=FEEDBACK_ASK_STEP,
    )
    return StuckPlan(*row) if row else None
