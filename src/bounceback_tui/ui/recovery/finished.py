"""The note for a plan whose last step was just done (a tick here or in a step's screen, a
skip, or `u` on one), naming its no as every note does: "Company (Role)". A plan finished with
some steps skipped is not said to be all done: every step is done or set aside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bounceback_tui.domain.text import app_name
from bounceback_tui.ui.kit.text import ContentNotify, toast_with

if TYPE_CHECKING:
    from bounceback_tui.services.recovery_plans import Plan

FINISHED_TITLE = "Plan finished"
FINISHED_MESSAGE = (
    "Every step after the no from $company is done. That took steadiness; "
    "take a moment to notice it."
)
# Some steps were skipped: the plan is finished, but not every step was done. Short enough
# to fit a toast whole at 80x24.
FINISHED_WITH_SKIPS = (
    "Nothing is left to do after the no from $company: every step is done or set aside."
)


def say_finished(node: ContentNotify, plan: Plan | None) -> None:
    """Say that ``plan`` is finished (nothing when no plan is shown)."""
    if plan is None:
        return
    named = app_name(plan.rejection.company, plan.rejection.role)
    skipped = any(step.skipped_at is not None for step in plan.steps)
    message = FINISHED_WITH_SKIPS if skipped else FINISHED_MESSAGE
    node.notify(toast_with(message, company=named), title=FINISHED_TITLE, timeout=8)
