"""The funnel figures for the Pipeline's header, read from the summary the store keeps.

An application counts as having had a reply, an interview or an offer when its
current stage, any stage in its timeline or the stage one of its rejections says it
got as far as says so (docs/metrics.md, "stages reached"): one rejected after two
interviews counts in all of the first two, even when only the no was recorded. The
median days to a first reply only uses applications seen waiting in Applied (their
timeline has an Applied entry), so one logged straight into Interviewing does not
count as an instant reply.

SQLite's triggers keep those facts per application and added up (migrations v006 and
v008, ``summary_funnel_*``) in the same transaction as every write, so the header reads a
dozen rows instead of every application and its timeline (0.45-0.5 s of CPU at
100,000 applications, on every save).
"""

from __future__ import annotations

from sqlalchemy import text

from bounceback_tui.domain.pipeline_funnel import Funnel
from bounceback_tui.domain.stages import Stage
from bounceback_tui.store.database import Database

_STAGES_SQL = text(
    "SELECT stage, applications, replied, interviewed, offered FROM summary_funnel_stage"
)
_REPLY_DAYS_SQL = text("SELECT days, applications FROM summary_reply_days ORDER BY days")


def median_of_counts(counted: list[tuple[float, int]]) -> float | None:
    """The median of values given as (value, how many), sorted by value; None if none."""
    total = sum(n for _value, n in counted)
    if total <= 0:
        return None
    low, high = (total - 1) // 2, total // 2  # the middle one, or the middle two
    found: list[float] = []
    seen = 0
    for value, n in counted:
        while len(found) < 2 and seen + n > (low, high)[len(found)]:
            found.append(float(value))
        seen += n
        if len(found) == 2:
            break
    return (found[0] + found[1]) / 2


def funnel_figures(db: Database) -> Funnel:
    with db.read() as session:
        stages = session.execute(_STAGES_SQL).all()
        reply_days = [(float(d), int(n)) for d, n in session.execute(_REPLY_DAYS_SQL)]
    by_stage: dict[Stage, int] = {}
    sent = replied = interviewed = offered = 0
    for stage, count, reached_reply, reached_interview, reached_offer in stages:
        if stage != Stage.SAVED.value:
            sent += int(count)
            replied += int(reached_reply)
            interviewed += int(reached_interview)
            offered += int(reached_offer)
        try:
            by_stage[Stage(stage)] = by_stage.get(Stage(stage), 0) + int(count)
        except ValueError:
            continue
    return Funnel(
        by_stage=by_stage,
        sent=sent,
        replied=replied,
        interviewed=interviewed,
        offered=offered,
        median_days_to_reply=median_of_counts(reply_days),
    )
