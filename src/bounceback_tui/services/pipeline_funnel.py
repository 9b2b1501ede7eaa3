"""The funnel figures for the Pipeline's header, from aggregate SQL (one pass per figure).

An application counts as having had a reply, an interview or an offer when its
current stage or any stage in its timeline says so: one rejected after two
interviews counts in all of the first two. The median days to a first reply only
uses applications seen waiting in Applied (their timeline has an Applied entry),
so one logged straight into Interviewing does not count as an instant reply.
"""

from __future__ import annotations

from sqlalchemy import text

from bounceback_tui.domain.pipeline_funnel import Funnel
from bounceback_tui.domain.stages import (
    INTERVIEW_STAGES,
    OFFER_STAGES,
    REPLIED_STAGES,
    Stage,
)
from bounceback_tui.store.database import Database


def _in_list(stages: frozenset[Stage]) -> str:
    # Stage values are our own lower-case identifiers, never user text.
    return ", ".join(f"'{stage.value}'" for stage in sorted(stages))


def _reached(stages: frozenset[Stage]) -> str:
    values = _in_list(stages)
    return (
        f"(a.stage IN ({values}) OR EXISTS (SELECT 1 FROM stage_change s "
        f"WHERE s.application_id = a.id AND s.to_stage IN ({values})))"
    )


_COUNTS_SQL = text("SELECT stage, count(*) FROM application GROUP BY stage")

_REACH_SQL = text(
    f"""
    SELECT count(*),
           coalesce(sum({_reached(REPLIED_STAGES)}), 0),
           coalesce(sum({_reached(INTERVIEW_STAGES)}), 0),
           coalesce(sum({_reached(OFFER_STAGES)}), 0)
    FROM application a
    WHERE a.stage != 'saved'
    """
)

_MEDIAN_SQL = text(
    f"""
    WITH firsts AS (
        SELECT max(0, julianday(min(s.changed_on)) - julianday(a.date_applied)) AS days
        FROM application a
        JOIN stage_change s ON s.application_id = a.id
        WHERE a.date_applied IS NOT NULL
          AND s.from_stage IS NOT NULL
          AND s.to_stage IN ({_in_list(REPLIED_STAGES)})
          AND EXISTS (SELECT 1 FROM stage_change w
                      WHERE w.application_id = a.id AND w.to_stage = 'applied')
        GROUP BY a.id
    )
    SELECT avg(days) FROM (
        SELECT days FROM firsts ORDER BY days
        LIMIT 2 - (SELECT count(*) FROM firsts) % 2
        OFFSET ((SELECT count(*) FROM firsts) - 1) / 2
    )
    """
)


def funnel_figures(db: Database) -> Funnel:
    with db.read() as session:
        by_stage: dict[Stage, int] = {}
        for stage, count in session.execute(_COUNTS_SQL):
            try:
                by_stage[Stage(stage)] = by_stage.get(Stage(stage), 0) + int(count)
            except ValueError:
                continue
        sent, replied, interviewed, offered = session.execute(_REACH_SQL).one()
        median = session.execute(_MEDIAN_SQL).scalar()
    return Funnel(
        by_stage=by_stage,
        sent=int(sent),
        replied=int(replied),
        interviewed=int(interviewed),
        offered=int(offered),
        median_days_to_reply=None if median is None else float(median),
    )
