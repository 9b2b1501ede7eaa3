"""The domain's rules an upgrade of the store applies to the rows already there
(``store/migrations/apply.UpgradeRules``): the store imports no rule, so whoever opens a
store passes ``upgrade_rules`` in, and it is called only when an older store is upgraded (the
domain's plan template is not imported for a launch's first paint)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bounceback_tui.store.migrations.apply import UpgradeRules


def upgrade_rules() -> UpgradeRules:
    """Whether a no's reason says something, when a plan is finished, and the moment a step
    done on a day says it was done: as a new plan's own writes ask them
    (services/recovery.reason_noted, recovery_steps.sync_completion)."""
    from bounceback_tui.domain.feedback import has_feedback
    from bounceback_tui.domain.recovery import plan_is_complete
    from bounceback_tui.domain.step_timing import done_moment
    from bounceback_tui.store.migrations.apply import UpgradeRules

    return UpgradeRules(has_feedback, plan_is_complete, done_moment)
