"""The Pipeline's funnel counts the stage a rejection says its application got as far as.

A no recorded with "Got as far as: Interviewing" on an application whose timeline went
straight from Applied to Rejected was counted as a reply only: the header said "interviews
33%" where the person had told the app about two interviews in three. The definition is
docs/metrics.md's "stages reached" (``stages_reached``, tests/insights_oracle.py now): the
timeline and the stage each of the application's rejections reports. This migration
writes that definition into v006's per-application row
(``_reached`` also looks at the application's rejections, by their application index),
replaces every v006 trigger that writes the row, adds triggers on ``rejection`` (a no added,
changed, moved to another application or deleted rewrites its application's row) and
rebuilds the three summary tables from the rows.

v006's triggers that only add rows up (``summary_funnel_add``, ``summary_funnel_take``) and
the one that drops a deleted application's row are the same and are created again as they
were, so the rebuild can run with none of them in place.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.store.migrations import v006_funnel_summary as v006

VERSION = 8
DESCRIPTION = "the Pipeline's funnel counts the stage a rejection reports"

# The stage groups of domain/stages.py, as SQL lists (frozen, as v006's).
_REPLIED = "'accepted', 'interviewing', 'offer', 'rejected', 'screening'"
_INTERVIEW = "'accepted', 'interviewing', 'offer'"
_OFFER = "'accepted', 'offer'"


def _reached(stages: str) -> str:
    return (
        f"(a.stage IN ({stages}) OR EXISTS (SELECT 1 FROM stage_change s "
        f"WHERE s.application_id = a.id AND s.to_stage IN ({stages})) "
        "OR EXISTS (SELECT 1 FROM rejection r "
        f"WHERE r.application_id = a.id AND r.stage_reached IN ({stages})))"
    )


FUNNEL_ROW = v006.FUNNEL_ROW.replace(
    f"{v006._reached(v006._REPLIED)}, {v006._reached(v006._INTERVIEW)}, "
    f"{v006._reached(v006._OFFER)}",
    f"{_reached(_REPLIED)}, {_reached(_INTERVIEW)}, {_reached(_OFFER)}",
)


def _refresh(application_id: str) -> str:
    return (
        f"DELETE FROM summary_funnel_application WHERE application_id = {application_id}; "
        f"INSERT INTO summary_funnel_application {FUNNEL_ROW} WHERE a.id = {application_id}; "
    )


def triggers() -> list[str]:
    """Every trigger that keeps the funnel, as CREATE statements: v006's, writing the new
    row, and three on the rejections."""
    kept = [statement.replace(v006.FUNNEL_ROW, FUNNEL_ROW) for statement in v006.triggers()]
    return [
        *kept,
        "CREATE TRIGGER summary_funnel_rejection_insert AFTER INSERT ON rejection BEGIN "
        + _refresh("NEW.application_id")
        + "END",
        "CREATE TRIGGER summary_funnel_rejection_delete AFTER DELETE ON rejection BEGIN "
        + _refresh("OLD.application_id")
        + "END",
        "CREATE TRIGGER summary_funnel_rejection_update AFTER UPDATE OF "
        "application_id, stage_reached ON rejection BEGIN "
        + _refresh("OLD.application_id")
        + _refresh("NEW.application_id")
        + "END",
    ]


def _name(statement: str) -> str:
    """The trigger a CREATE TRIGGER statement makes ("CREATE TRIGGER name AFTER ...")."""
    return statement.split()[2]


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in v006.triggers():
        conn.execute(f"DROP TRIGGER {_name(statement)}")
    for table in ("summary_funnel_application", "summary_funnel_stage", "summary_reply_days"):
        conn.execute(f"DELETE FROM {table}")
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
    for statement in triggers():
        conn.execute(statement)
