"""A plan step can be skipped: ``recovery_step.skipped_at``, the moment the person said they
will not do it.

After a no that came without feedback the plan asks the person to ask for some, and later to
note what came back. Someone who decides not to ask (the company said it gives none) could
only tick the step, which counted as done in every figure, or leave it due for ever. A
skipped step is neither done nor due: it is left out of the plan's count (a plan finishes
when every step not skipped is ticked), of Today's due list and next step, and of Today's
summary.

This migration adds the column and writes the new rule into Today's summary
(``summary_open_plan``, v005): the earliest undone step and the earliest unsent feedback
request leave skipped steps out. Every v005 trigger that writes an open plan's row is
replaced by the same trigger writing the new row, the step trigger also firing when
``skipped_at`` changes; the partial index of unsent feedback requests leaves skipped ones
out too. No step of a store before this version is skipped, so the rows already in the
summary stay as they are.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.store.migrations import v005_today_summary as v005

VERSION = 9
DESCRIPTION = "a plan step can be skipped, neither done nor due"

_NOT_SKIPPED = "s.skipped_at IS NULL AND "

OPEN_PLAN_ROW = v005.OPEN_PLAN_ROW.replace(
    "s.done_at IS NULL AND s.kind != 'feedback'",
    _NOT_SKIPPED + "s.done_at IS NULL AND s.kind != 'feedback'",
).replace(
    "s.kind = 'feedback' AND s.done_at IS NULL AND s.asked_on IS NULL",
    _NOT_SKIPPED + "s.kind = 'feedback' AND s.done_at IS NULL AND s.asked_on IS NULL",
)

# v005's triggers that write an open plan's row (the others are left as they are).
_REPLACED = (
    "summary_rejection_insert",
    "summary_rejection_update",
    "summary_recovery_step_insert",
    "summary_recovery_step_delete",
    "summary_recovery_step_update",
)

_STEP_COLUMNS = "rejection_id, kind, offset_days, done_at, asked_on"

_INDEXES = (
    "DROP INDEX ix_recovery_step_feedback_open",
    "CREATE INDEX ix_recovery_step_feedback_open ON recovery_step (rejection_id, offset_days) "
    "WHERE kind = 'feedback' AND done_at IS NULL AND asked_on IS NULL AND skipped_at IS NULL",
)


def _name(statement: str) -> str:
    """The trigger a CREATE TRIGGER statement makes ("CREATE TRIGGER name AFTER ...")."""
    return statement.split()[2]


def triggers() -> list[str]:
    """The v005 triggers this migration replaces, writing the new open plan's row."""
    return [
        statement.replace(v005.OPEN_PLAN_ROW, OPEN_PLAN_ROW).replace(
            f"UPDATE OF {_STEP_COLUMNS} ON", f"UPDATE OF {_STEP_COLUMNS}, skipped_at ON"
        )
        for statement in v005.triggers()
        if _name(statement) in _REPLACED
    ]


def upgrade(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE recovery_step ADD COLUMN skipped_at DATETIME")
    for statement in _INDEXES:
        conn.execute(statement)
    for name in _REPLACED:
        conn.execute(f"DROP TRIGGER {name}")
    for statement in triggers():
        conn.execute(statement)
