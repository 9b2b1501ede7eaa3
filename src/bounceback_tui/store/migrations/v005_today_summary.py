"""Today's summary kept in the store, and the indexes Today and the Pipeline read by.

Today's first screen used to aggregate the whole store (the bounce-back figures took about
a minute with 100,000 applications). It now reads a small summary that holds only facts
that do not depend on today's date; the day-relative figures (bounce-back days, this
week, streaks) are worked out from it at paint time (``services/today.py``). Four tables:

- ``summary_day``: per day, the applications sent (dated) that day, the rejections dated
  that day, and of those the plans still open and the plans finished. A row whose counts
  are all zero is removed.
- ``summary_bounce_back``: per rejection, its day and the date of the first application
  sent after it (docs/metrics.md, "Bounce-back time"; null: none yet).
- ``summary_open_plan``: per rejection whose plan is unfinished, the suggested day of its
  earliest undone step other than a feedback request, of its earliest unsent feedback
  request, and the day the plan last moved (the rejection day or the last tick; null when
  the plan has no steps).
- ``summary_plan_length``: finished plans counted by the days each took.

SQLite triggers keep them right for every writer (the app's windows, the command line's
JSON import, an undo, a hand edit), inside the writer's own transaction: an action and
the summary it changes are committed together or not at all. Each trigger recomputes
only the rows its change can affect, with indexed lookups (never a walk of the store).
A later migration that rebuilds one of the tables these triggers name must drop them
first and create them again (as v004 did with the version triggers): ``triggers()``
lists them.

The summary is derived data: the JSON export leaves it out (``transfer/schema.py``) and
an import rebuilds it through the triggers. The backfill fills it from the rows already
in the store, in set-based statements (seconds even with 100,000 applications).
"""

from __future__ import annotations

import sqlite3

VERSION = 5
DESCRIPTION = "Today's summary kept by triggers, and indexes for Today and the Pipeline"

SUMMARY_TABLES = (
    "summary_day",
    "summary_bounce_back",
    "summary_open_plan",
    "summary_plan_length",
)

_TABLES = (
    """
    CREATE TABLE summary_day (
        day DATE PRIMARY KEY NOT NULL,
        sent INTEGER NOT NULL DEFAULT 0,
        rejections INTEGER NOT NULL DEFAULT 0,
        plans_open INTEGER NOT NULL DEFAULT 0,
        plans_finished INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE summary_bounce_back (
        rejection_id INTEGER PRIMARY KEY NOT NULL,
        rejected_on DATE NOT NULL,
        next_sent_on DATE
    )
    """,
    "CREATE INDEX ix_summary_bounce_back_day ON summary_bounce_back (rejected_on, next_sent_on)",
    "CREATE INDEX ix_summary_bounce_back_next ON summary_bounce_back (next_sent_on)",
    """
    CREATE TABLE summary_open_plan (
        rejection_id INTEGER PRIMARY KEY NOT NULL,
        rejected_on DATE NOT NULL,
        next_step_on DATE,
        next_feedback_on DATE,
        moved_on DATE
    )
    """,
    "CREATE INDEX ix_summary_open_plan_day "
    "ON summary_open_plan (rejected_on, next_step_on, next_feedback_on)",
    "CREATE INDEX ix_summary_open_plan_moved ON summary_open_plan (moved_on, rejected_on)",
    """
    CREATE TABLE summary_plan_length (
        days REAL PRIMARY KEY NOT NULL,
        plans INTEGER NOT NULL DEFAULT 0
    )
    """,
)

# Indexes for the reads on the first paint and in the Pipeline. The first four replace a
# one-column index whose column now leads a wider one.
_INDEXES = (
    "DROP INDEX ix_application_date_applied",
    # The bounce-back lookups: the first application sent on or after a day (and, on the
    # rejection's own day, recorded after it).
    "CREATE INDEX ix_application_date_applied ON application (date_applied, created_at)",
    "DROP INDEX ix_stage_change_changed_on",
    "CREATE INDEX ix_stage_change_changed_on ON stage_change (changed_on, from_stage, created_at)",
    # Follow-ups due: counted within the index, without reading the rows.
    "DROP INDEX ix_application_next_follow_up",
    "CREATE INDEX ix_application_next_follow_up ON application (next_follow_up, stage)",
    # "Ghosted?" suggestions: applications still in Applied, by the day they were sent.
    "DROP INDEX ix_application_stage",
    "CREATE INDEX ix_application_stage ON application (stage, date_applied, ghost_dismissed_on)",
    # Unfinished thought records and completed ones by day.
    "CREATE INDEX ix_thought_record_status ON thought_record (status, created_at)",
    # Unsent feedback requests of a plan.
    "CREATE INDEX ix_recovery_step_feedback_open ON recovery_step (rejection_id, offset_days) "
    "WHERE kind = 'feedback' AND done_at IS NULL AND asked_on IS NULL",
)

# The first application sent after rejection ``r`` (docs/metrics.md): one on the rejection's
# own day that was recorded as sent (entered, or moved out of Saved) after the rejection was
# recorded, else the first one dated after that day; never the rejected application itself.
# Each branch is an index lookup (ix_application_date_applied, ix_stage_change_changed_on).
NEXT_SENT = """
CASE WHEN EXISTS (
    SELECT 1 FROM application a WHERE a.date_applied = r.rejected_on
    AND a.created_at > r.created_at AND a.id IS NOT r.application_id
) OR EXISTS (
    SELECT 1 FROM stage_change c JOIN application a ON a.id = c.application_id
    WHERE c.changed_on = r.rejected_on AND c.from_stage = 'saved'
    AND c.created_at > r.created_at AND a.date_applied = r.rejected_on
    AND a.id IS NOT r.application_id
) THEN r.rejected_on ELSE (
    SELECT a.date_applied FROM application a WHERE a.date_applied > r.rejected_on
    AND a.id IS NOT r.application_id ORDER BY a.date_applied LIMIT 1
) END
"""


def _step_day(where: str) -> str:
    """The suggested day of the earliest step of plan ``r`` matching ``where``."""
    return (
        "(SELECT CASE WHEN count(*) > 0 THEN "
        "date(r.rejected_on, printf('%+d days', min(s.offset_days))) END "
        f"FROM recovery_step s WHERE s.rejection_id = r.id AND {where})"
    )


# One open plan's summary row, from rejection ``r`` and its steps.
OPEN_PLAN_ROW = (
    "SELECT r.id, r.rejected_on, "
    + _step_day("s.done_at IS NULL AND s.kind != 'feedback'")
    + ", "
    + _step_day("s.kind = 'feedback' AND s.done_at IS NULL AND s.asked_on IS NULL")
    + ", (SELECT CASE WHEN count(*) > 0 THEN "
    "max(r.rejected_on, coalesce(date(max(s.done_at)), '')) END "
    "FROM recovery_step s WHERE s.rejection_id = r.id) "
    "FROM rejection r WHERE r.plan_completed_at IS NULL"
)

# The days a finished plan took (as Today has always counted them).
PLAN_DAYS = "julianday(date({r}.plan_completed_at)) - julianday({r}.rejected_on)"


def _refresh_bounce_backs(where: str) -> str:
    """Recompute the next application of the summary rows matching ``where``."""
    return (
        "UPDATE summary_bounce_back SET next_sent_on = "
        f"(SELECT {NEXT_SENT} FROM rejection r WHERE r.id = summary_bounce_back.rejection_id) "
        f"WHERE {where};"
    )


def _refresh_plan(rejection_id: str) -> str:
    return (
        f"DELETE FROM summary_open_plan WHERE rejection_id = {rejection_id}; "
        f"INSERT INTO summary_open_plan {OPEN_PLAN_ROW} AND r.id = {rejection_id};"
    )


def _count_day(day: str, column: str, step: int, when: str = "1") -> str:
    """Add one to (``step`` 1) or take one off (-1) ``column`` of ``day``'s row; a row
    left with nothing to count is removed. Taking off never creates a row."""
    if step > 0:
        return (
            f"INSERT INTO summary_day (day, {column}) SELECT {day}, 1 "
            f"WHERE {day} IS NOT NULL AND ({when}) "
            f"ON CONFLICT (day) DO UPDATE SET {column} = {column} + 1; "
        )
    return (
        f"UPDATE summary_day SET {column} = {column} - 1 WHERE day = {day} AND ({when}); "
        f"DELETE FROM summary_day WHERE day = {day} AND sent = 0 AND rejections = 0 "
        "AND plans_open = 0 AND plans_finished = 0; "
    )


def _count_plan_length(row: str, step: int) -> str:
    days = PLAN_DAYS.format(r=row)
    if step > 0:
        return (
            f"INSERT INTO summary_plan_length (days, plans) SELECT {days}, 1 "
            f"WHERE {days} IS NOT NULL ON CONFLICT (days) DO UPDATE SET plans = plans + 1; "
        )
    return (
        f"UPDATE summary_plan_length SET plans = plans - 1 WHERE days = {days}; "
        "DELETE FROM summary_plan_length WHERE plans = 0; "
    )


def _rejection_counts(row: str, step: int) -> str:
    """The per-day counts of rejection ``row`` (NEW or OLD), added (+1) or taken off (-1)."""
    day = f"{row}.rejected_on"
    return (
        _count_day(day, "rejections", step)
        + _count_day(day, "plans_open", step, f"{row}.plan_completed_at IS NULL")
        + _count_day(day, "plans_finished", step, f"{row}.plan_completed_at IS NOT NULL")
        + _count_plan_length(row, step)
    )


def _sent_after(day: str) -> str:
    """Summary rows an application sent on ``day`` may now come first for: rejections on
    or before that day with nothing sent yet, or only later."""
    return _refresh_bounce_backs(
        f"next_sent_on IS NULL AND rejected_on <= {day}"
    ) + _refresh_bounce_backs(f"next_sent_on > {day} AND rejected_on <= {day}")


def triggers() -> list[str]:
    """Every trigger that keeps the summary, as CREATE statements."""
    return [
        # -- rejections ------------------------------------------------------------
        "CREATE TRIGGER summary_rejection_insert AFTER INSERT ON rejection BEGIN "
        f"INSERT INTO summary_bounce_back SELECT r.id, r.rejected_on, {NEXT_SENT} "
        "FROM rejection r WHERE r.id = NEW.id; "
        + _refresh_plan("NEW.id")
        + _rejection_counts("NEW", 1)
        + "END",
        "CREATE TRIGGER summary_rejection_delete AFTER DELETE ON rejection BEGIN "
        "DELETE FROM summary_bounce_back WHERE rejection_id = OLD.id; "
        "DELETE FROM summary_open_plan WHERE rejection_id = OLD.id; "
        + _rejection_counts("OLD", -1)
        + "END",
        "CREATE TRIGGER summary_rejection_update AFTER UPDATE OF "
        "id, rejected_on, created_at, application_id, plan_completed_at ON rejection BEGIN "
        "DELETE FROM summary_bounce_back WHERE rejection_id = OLD.id; "
        f"INSERT INTO summary_bounce_back SELECT r.id, r.rejected_on, {NEXT_SENT} "
        "FROM rejection r WHERE r.id = NEW.id; "
        "DELETE FROM summary_open_plan WHERE rejection_id = OLD.id; "
        + _refresh_plan("NEW.id")
        + _rejection_counts("OLD", -1)
        + _rejection_counts("NEW", 1)
        + "END",
        # -- applications ----------------------------------------------------------
        "CREATE TRIGGER summary_application_insert AFTER INSERT ON application "
        "WHEN NEW.date_applied IS NOT NULL BEGIN "
        + _count_day("NEW.date_applied", "sent", 1)
        + _sent_after("NEW.date_applied")
        + "END",
        "CREATE TRIGGER summary_application_delete AFTER DELETE ON application "
        "WHEN OLD.date_applied IS NOT NULL BEGIN "
        + _count_day("OLD.date_applied", "sent", -1)
        + _refresh_bounce_backs("next_sent_on = OLD.date_applied")
        + "END",
        "CREATE TRIGGER summary_application_update AFTER UPDATE OF "
        "id, date_applied, created_at ON application BEGIN "
        + _count_day("OLD.date_applied", "sent", -1)
        + _count_day("NEW.date_applied", "sent", 1)
        + _refresh_bounce_backs("next_sent_on = OLD.date_applied")
        + _sent_after("NEW.date_applied")
        + "END",
        # -- moves out of Saved (a same-day application counts from when it moved) ---
        "CREATE TRIGGER summary_stage_change_insert AFTER INSERT ON stage_change "
        "WHEN NEW.from_stage = 'saved' BEGIN "
        + _refresh_bounce_backs("rejected_on = NEW.changed_on")
        + "END",
        "CREATE TRIGGER summary_stage_change_delete AFTER DELETE ON stage_change "
        "WHEN OLD.from_stage = 'saved' BEGIN "
        + _refresh_bounce_backs("rejected_on = OLD.changed_on")
        + "END",
        "CREATE TRIGGER summary_stage_change_update AFTER UPDATE ON stage_change "
        "WHEN OLD.from_stage = 'saved' OR NEW.from_stage = 'saved' BEGIN "
        + _refresh_bounce_backs("rejected_on IN (OLD.changed_on, NEW.changed_on)")
        + "END",
        # -- plan steps --------------------------------------------------------------
        "CREATE TRIGGER summary_recovery_step_insert AFTER INSERT ON recovery_step BEGIN "
        + _refresh_plan("NEW.rejection_id")
        + "END",
        "CREATE TRIGGER summary_recovery_step_delete AFTER DELETE ON recovery_step BEGIN "
        + _refresh_plan("OLD.rejection_id")
        + "END",
        "CREATE TRIGGER summary_recovery_step_update AFTER UPDATE OF "
        "rejection_id, kind, offset_days, done_at, asked_on ON recovery_step BEGIN "
        + _refresh_plan("OLD.rejection_id")
        + _refresh_plan("NEW.rejection_id")
        + "END",
    ]


def backfill(conn: sqlite3.Connection, open_plan_row: str = OPEN_PLAN_ROW) -> None:
    """Fill the summary from the rows in the store (set-based, one statement a table);
    ``open_plan_row``: an open plan's row as the store's version writes it (v009's since
    steps can be skipped, for a restore's rebuild: store/summary_rebuild.py)."""
    conn.execute(
        "INSERT INTO summary_day (day, sent) SELECT date_applied, count(*) FROM application "
        "WHERE date_applied IS NOT NULL GROUP BY date_applied"
    )
    conn.execute(
        "INSERT INTO summary_day (day, rejections, plans_open, plans_finished) "
        "SELECT rejected_on, count(*), coalesce(sum(plan_completed_at IS NULL), 0), "
        "coalesce(sum(plan_completed_at IS NOT NULL), 0) FROM rejection WHERE true "
        "GROUP BY rejected_on ON CONFLICT (day) DO UPDATE SET rejections = excluded.rejections, "
        "plans_open = excluded.plans_open, plans_finished = excluded.plans_finished"
    )
    conn.execute(
        f"INSERT INTO summary_bounce_back SELECT r.id, r.rejected_on, {NEXT_SENT} FROM rejection r"
    )
    conn.execute(f"INSERT INTO summary_open_plan {open_plan_row}")
    days = PLAN_DAYS.format(r="r")
    conn.execute(
        f"INSERT INTO summary_plan_length (days, plans) SELECT {days} AS d, count(*) "
        "FROM rejection r WHERE r.plan_completed_at IS NOT NULL AND d IS NOT NULL GROUP BY d"
    )


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in (*_TABLES, *_INDEXES):
        conn.execute(statement)
    backfill(conn)
    for statement in triggers():
        conn.execute(statement)
