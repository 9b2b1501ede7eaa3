"""Recovery plans whose dates another program wrote over ("[b]garbage[/]", a number, "now").

A step's ``done_at`` (or ``skipped_at``) that cannot be read is read as none: the plan
shows the step not done (not skipped), and the list of plans counts it the same way (it
counted it done: "1/15" beside a plan with nothing ticked). A linked thought record's
``created_at`` written over no longer stops the plan from opening.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bounceback_tui.domain.recovery_forms import RejectionInput
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services.recovery import add_rejection
from bounceback_tui.services.reframe import new_draft, save_draft
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.written_over import another_program_writes

WRITTEN_OVER = pytest.mark.parametrize(
    "value", ["[b]garbage[/]", 42, "now"], ids=["text", "number", "now"]
)


def _plan(db: Database) -> int:
    rejected = FIXED_TODAY - timedelta(days=3)
    return add_rejection(db, RejectionInput("Contoso", "Engineer", rejected_on=rejected)).id


@WRITTEN_OVER
@pytest.mark.parametrize("column", ["done_at", "skipped_at"])
def test_the_list_counts_a_step_as_its_plan_shows_it(
    db: Database, value: object, column: str
) -> None:
    rejection_id = _plan(db)
    before = plan_service.load_plan(db, rejection_id)
    assert before is not None and before.done == 0
    first = before.steps[0].id
    changed = another_program_writes(
        db.path, f"UPDATE recovery_step SET {column} = ? WHERE id = ?", (value, first)
    )
    assert changed == 1
    plan = plan_service.load_plan(db, rejection_id)
    assert plan is not None
    # Read as none in the plan: the step is neither done nor skipped there.
    shown = next(step for step in plan.steps if step.id == first)
    assert shown.done_at is None and shown.skipped_at is None
    listed = plan_service.plan_row(db, rejection_id)
    assert listed is not None
    assert (listed.done, listed.total) == (0, len(plan.steps))
    assert (listed.done, listed.total) == (plan.done, plan.total)
    (in_list,) = [row for row in plan_service.plan_rows(db) if row.rejection_id == rejection_id]
    assert (in_list.done, in_list.total) == (plan.done, plan.total)


def test_a_readable_tick_still_counts(db: Database) -> None:
    rejection_id = _plan(db)
    plan = plan_service.load_plan(db, rejection_id)
    assert plan is not None
    first, second = plan.steps[0].id, plan.steps[1].id
    another_program_writes(
        db.path,
        "UPDATE recovery_step SET done_at = ? WHERE id = ?",
        ("2026-03-14 10:00:00", first),
    )
    another_program_writes(
        db.path,
        "UPDATE recovery_step SET skipped_at = ? WHERE id = ?",
        ("2026-03-14T11:00:00", second),
    )
    plan = plan_service.load_plan(db, rejection_id)
    listed = plan_service.plan_row(db, rejection_id)
    assert plan is not None and listed is not None
    assert (listed.done, listed.total) == (1, len(plan.steps) - 1)
    assert (listed.done, listed.total) == (plan.done, plan.total)


@WRITTEN_OVER
def test_a_plan_opens_with_a_linked_record_written_over(db: Database, value: object) -> None:
    rejection_id = _plan(db)
    draft = new_draft(db, rejection_id)
    saved = save_draft(db, draft)
    assert saved.id is not None
    changed = another_program_writes(
        db.path, "UPDATE thought_record SET created_at = ? WHERE id = ?", (value, saved.id)
    )
    assert changed == 1
    plan = plan_service.load_plan(db, rejection_id)
    assert plan is not None
    assert [record.id for record in plan.thought_records] == [saved.id]
    assert plan.thought_records[0].created_on is None
