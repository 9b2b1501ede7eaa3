"""The timeline's first entry follows a corrected "Date applied".

An application's first timeline entry is dated the day it was applied. Editing that day
(`e`, "-10d" for one sent ten days ago) left the entry on the old day: the detail said
"Applied 2026-11-25" over a timeline starting "2026-12-05 Applied", and the days in stage
counted from the wrong one (a stranger's walk, seventeenth round).
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from bounceback_tui.domain.stages import Stage
from bounceback_tui.store.models import Application, StageChange


def move_first_entry(session: Session, app: Application, was: date | None) -> None:
    """Inside the caller's transaction: when ``app``'s date applied changed from ``was``,
    its first entry, if it was dated ``was``, moves to the new day, as long as no later
    entry would then come before it (a correction, not a rewrite of the order)."""
    now = app.date_applied
    if was is None or now is None or now == was or app.id is None:
        return
    entries = list(
        session.exec(
            select(StageChange)
            .where(StageChange.application_id == app.id)
            .order_by(col(StageChange.changed_on), col(StageChange.id))
        )
    )
    first = next((e for e in entries if e.from_stage is None), None)
    if first is None or first.changed_on != was or first.to_stage == Stage.SAVED.value:
        return
    if any(e is not first and e.changed_on < now for e in entries):
        return
    first.changed_on = now
    session.add(first)
