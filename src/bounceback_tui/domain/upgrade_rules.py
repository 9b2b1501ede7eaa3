"""The domain's rules an upgrade of the store applies to the rows already there, in the order
``store/migrations/apply.UpgradeRules`` takes them: the one list, which the app's opening of a
store (services/upgrade_rules.py) and the JSON import of an older export
(transfer/json_import.py) both pass on. Imported when an older store or export is brought up
to date, never for a launch's first paint (the plan template comes with them)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime


def upgrade_rule_functions() -> tuple[
    Callable[[str], bool],
    Callable[[int, int, int], bool],
    Callable[[date, datetime], datetime],
]:
    """Whether a no's reason says something, when a plan is finished, and the moment a step
    done on a day says it was done: as a new plan's own writes ask them
    (services/recovery.reason_noted, recovery_steps.sync_completion)."""
    from bounceback_tui.domain.feedback import has_feedback
    from bounceback_tui.domain.recovery import plan_is_complete
    from bounceback_tui.domain.step_timing import done_moment

    return has_feedback, plan_is_complete, done_moment
