"""The domain's rules an upgrade of the store applies to the rows already there
(``store/migrations/apply.UpgradeRules``): the store imports no rule, so whoever opens a
store passes ``upgrade_rules`` in, and it is called only when an older store is upgraded (the
domain's plan template is not imported for a launch's first paint)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bounceback_tui.store.migrations.apply import UpgradeRules


def upgrade_rules() -> UpgradeRules:
    """The domain's rules (``domain.upgrade_rules``: the JSON import passes the same)."""
    from bounceback_tui.domain.upgrade_rules import upgrade_rule_functions
    from bounceback_tui.store.migrations.apply import UpgradeRules

    return UpgradeRules(*upgrade_rule_functions())
