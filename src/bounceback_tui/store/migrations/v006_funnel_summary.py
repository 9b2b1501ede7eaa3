"""The Pipeline's funnel kept in the store, as Today's summary is (v005).

The header's funnel (applications by stage, how many of those sent ever had a reply, an
interview, an offer, and the median days to a first reply: services/pipeline_funnel.py)
was three queries over every application and its timeline: 0.45-0.5 s of CPU at 100,000
applications on every save. Three tables keep it instead:

- ``summary_funnel_application``: per application, its stage, whether it ever reached a
  reply, an interview, an offer (its stage or any entry of its timeline says so), and the
  days from its date to its first reply (null unless it was seen waiting in Applied).
- ``summary_funnel_stage``: those rows added up by stage (a handful of rows).
- ``summary_reply_days``: applications by days to a first reply, for the median.

Triggers on applications and their timelines rewrite the one application's row in the
writer's own transaction (indexed lookups of its own timeline); triggers on that row add
it to and take it off the two small tables. The header reads about a dozen rows.
Derived data, like v005's: the export leaves out every ``summary_`` table, an import or a
hand edit goes through the triggers. A later migration that rebuilds ``application`` or
``stage_change`` must drop these triggers first and create them again (``triggers()``).
"""

from __future__ import annotations

import sqlite3

VERSION = 6
DESCRIPTION = "the Pipeline's funnel kept by triggers"

# The stage groups of domain/stages.py, as SQL lists (the migration is frozen: a later
# change of the groups needs a migration that rebuilds the rows).
_REPLIED = "'accepted', 'interviewing', 'offer', 'rejected', 'screening'"
_INTERVIEW = "'accepted', 'interviewing', 'offer'"
_OFFER = "'accepted', 'offer'"

_TABLES = (
    """
    CREATE TABLE summary_funnel_application (
        application_id INTEGER PRIMARY KEY NOT NULL,
        stage TEXT NOT NULL,
        replied INTEGER NOT NULL,
        interviewed INTEGER NOT NULL,
        offered INTEGER NOT NULL,
        reply_days REAL
    )
    """,
    """
    CREATE TABLE summary_funnel_stage (
        stage TEXT PRIMARY KEY NOT NULL,
        applications INTEGER NOT NULL DEFAULT 0,
        replied INTEGER NOT NULL DEFAULT 0,
        interviewed INTEGER NOT NULL DEFAULT 0,
        offered INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE summary_reply_days (
        days REAL PRIMARY KEY NOT NULL,
        applications INTEGER NOT NULL DEFAULT 0
    )
    """,
)


def _reached(stages: str) -> str:
    return (
        f"(a.stage IN ({stages}) OR EXISTS (SELECT 1 FROM stage_change s "
        f"WHERE s.application_id = a.id AND s.to_stage IN ({stages})))"
    )


# One application's row (``a``). Days to a first reply: from its date to the first move
# into a replied stage (not its first entry), for one seen waiting in Applied; never below 0.
FUNNEL_ROW = (
    "SELECT a.id, a.stage, "
    f"{_reached(_REPLIED)}, {_reached(_INTERVIEW)}, {_reached(_OFFER)}, "
    "(SELECT max(0, julianday(min(s.changed_on)) - julianday(a.date_applied)) "
    "FROM stage_change s WHERE s.application_id = a.id AND s.from_stage IS NOT NULL "
    f"AND s.to_stage IN ({_REPLIED}) AND a.date_applied IS NOT NULL "
    "AND EXISTS (SELECT 1 FROM stage_change w "
    "WHERE w.application_id = a.id AND w.to_stage = 'applied')) "
    "FROM application a"
)


def _refresh(application_id: str) -> str:
    return (
        f"DELETE FROM summary_funnel_application WHERE application_id = {application_id}; "
        f"INSERT INTO summary_funnel_application {FUNNEL_ROW} WHERE a.id = {application_id}; "
    )


def triggers() -> list[str]:
    """Every trigger that keeps the funnel, as CREATE statements."""
    return [
        # -- the per-application rows, added up ---------------------------------------------
        "CREATE TRIGGER summary_funnel_add AFTER INSERT ON summary_funnel_application BEGIN "
        "INSERT INTO summary_funnel_stage (stage, applications, replied, interviewed, offered) "
        "VALUES (NEW.stage, 1, NEW.replied, NEW.interviewed, NEW.offered) "
        "ON CONFLICT (stage) DO UPDATE SET applications = applications + 1, "
        "replied = replied + excluded.replied, interviewed = interviewed + excluded.interviewed, "
        "offered = offered + excluded.offered; "
        "INSERT INTO summary_reply_days (days, applications) SELECT NEW.reply_days, 1 "
        "WHERE NEW.reply_days IS NOT NULL "
        "ON CONFLICT (days) DO UPDATE SET applications = applications + 1; "
        "END",
        "CREATE TRIGGER summary_funnel_take AFTER DELETE ON summary_funnel_application BEGIN "
        "UPDATE summary_funnel_stage SET applications = applications - 1, "
        "replied = replied - OLD.replied, interviewed = interviewed - OLD.interviewed, "
        "offered = offered - OLD.offered WHERE stage = OLD.stage; "
        "DELETE FROM summary_funnel_stage WHERE stage = OLD.stage AND applications = 0; "
        "UPDATE summary_reply_days SET applications = applications - 1 "
        "WHERE days = OLD.reply_days; "
        "DELETE FROM summary_reply_days WHERE days = OLD.reply_days AND applications = 0; "
        "END",
        # -- applications --------------------------------------------------------------------
        "CREATE TRIGGER summary_funnel_application_insert AFTER INSERT ON application BEGIN "
        + _refresh("NEW.id")
        + "END",
        "CREATE TRIGGER summary_funnel_application_delete AFTER DELETE ON application BEGIN "
        "DELETE FROM summary_funnel_application WHERE application_id = OLD.id; "
        "END",
        "CREATE TRIGGER summary_funnel_application_update AFTER UPDATE OF "
        "id, stage, date_applied ON application BEGIN "
        "DELETE FROM summary_funnel_application WHERE application_id = OLD.id; "
        + _refresh("NEW.id")
        + "END",
        # -- their timelines ----------------------------------------------------------------
        "CREATE TRIGGER summary_funnel_stage_change_insert AFTER INSERT ON stage_change BEGIN "
        + _refresh("NEW.application_id")
        + "END",
        "CREATE TRIGGER summary_funnel_stage_change_delete AFTER DELETE ON stage_change BEGIN "
        + _refresh("OLD.application_id")
        + "END",
        "CREATE TRIGGER summary_funnel_stage_change_update AFTER UPDATE OF "
        "application_id, from_stage, to_stage, changed_on ON stage_change BEGIN "
        + _refresh("OLD.application_id")
        + _refresh("NEW.application_id")
        + "END",
    ]


def backfill(conn: sqlite3.Connection) -> None:
    """Fill the funnel from the rows in the store (set-based, before the triggers exist)."""
    conn.execute(f"INSERT INTO summary_funnel_application {FUNNEL_ROW}")
    conn.execute(
        "INSERT INTO summary_funnel_stage (stage, applications, replied, interviewed, offered) "
        "SELECT stage, count(*), sum(replied), sum(interviewed), sum(offered) "
        "FROM summary_funnel_application GROUP BY stage"
    )
    conn.execute(
        "INSERT INTO summary_reply_days (days, applications) "
        "SELECT reply_days, count(*) FROM summary_funnel_application "
        "WHERE reply_days IS NOT NULL GROUP BY reply_days"
    )


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in _TABLES:
        conn.execute(statement)
    backfill(conn)
    for statement in triggers():
        conn.execute(statement)
