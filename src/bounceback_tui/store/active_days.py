"""The days the person acted on: one row a day in ``activity_day``, counting its actions.

Every write counts one (``store/database.Database.write`` with ``count_activity``), which is
the streak Today shows; an undo that leaves a day as it was before takes its action back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlmodel import Session

from bounceback_tui import clock

if TYPE_CHECKING:
    from datetime import date


def mark_active_day(session: Session) -> None:
    session.execute(
        text(
            "INSERT INTO activity_day (day, actions) VALUES (:day, 1) "
            "ON CONFLICT (day) DO UPDATE SET actions = actions + 1"
        ),
        {"day": clock.today().isoformat()},
    )


def unmark_active_day(session: Session, day: date) -> None:
    """Take back one action counted on ``day`` (``mark_active_day``), for an undo that leaves
    the day as it was before the action: the row goes once it counts none."""
    where = {"day": day.isoformat()}
    session.execute(
        text("UPDATE activity_day SET actions = actions - 1 WHERE day = :day AND actions > 0"),
        where,
    )
    session.execute(text("DELETE FROM activity_day WHERE day = :day AND actions <= 0"), where)
