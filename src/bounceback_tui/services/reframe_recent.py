"""Which no a thought record begun without one is about: the latest recent no.

A low check-in's "Write the hard thought down and reframe it", Reframe's `a` and the
palette's "Start a reframe" name no rejection; on the day of a no, the thought is almost
always about it. Linked, the record's situation is prefilled with that no and finishing it
ticks its plan's "Watch for negative thought patterns", as a record begun from the plan does.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import col, select

from bounceback_tui.domain.care import RECENT_NO_DAYS, is_recent_no
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Rejection


def recent_no(db: Database, today: date) -> int | None:
    """The id of the latest no from the last few days (``domain/care.is_recent_no``), or None."""
    with db.read() as session:
        found = session.exec(
            select(col(Rejection.id), col(Rejection.rejected_on))
            .where(
                col(Rejection.rejected_on) >= today - timedelta(days=RECENT_NO_DAYS),
                col(Rejection.rejected_on) <= today,
            )
            .order_by(col(Rejection.rejected_on).desc(), col(Rejection.id).desc())
            .limit(1)
        ).first()
    if found is None or not is_recent_no(found[1], today):
        return None
    return found[0]
