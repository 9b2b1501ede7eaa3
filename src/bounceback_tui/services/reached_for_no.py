"""How far an application got, as a no recorded for it says ("No on 6 Jan, after
interviews"): its stages, and the interviews held for it. An application left in Applied
while an interview of it was held and rated (scheduled with the Pipeline's `I`, rated with
Today's `h`) got a plan "after applying" with the after-applying reflection steps (a
stranger's walk); a no says what happened, not where the card was left."""

from __future__ import annotations

from sqlmodel import Session, col, or_, select

from bounceback_tui import clock
from bounceback_tui.domain.stages import STAGE_ORDER, Stage
from bounceback_tui.services.application_views import ApplicationView, application_view
from bounceback_tui.services.pipeline_moves import get_application, reached
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, Interview


def rejection_defaults(db: Database, application_id: int) -> tuple[ApplicationView, Stage]:
    """The application and the stage it reached (its interviews held too), to prefill the
    rejection dialog."""
    with db.read() as session:
        app = get_application(session, application_id)
        return application_view(app), reached_for_no(session, app)


def reached_for_no(session: Session, app: Application) -> Stage:
    """``reached``, and at least Interviewing once an interview of it was held: begun by now,
    or its outcome noted (a rating or a note: "How did it go?")."""
    got_to = reached(session, app)
    if STAGE_ORDER[got_to] >= STAGE_ORDER[Stage.INTERVIEWING]:
        return got_to
    held_by = clock.now_utc().replace(tzinfo=None)  # starts_at is stored as naive UTC
    held = session.exec(
        select(Interview.id)
        .where(Interview.application_id == app.id)
        .where(
            or_(
                col(Interview.starts_at) <= held_by,
                col(Interview.outcome_at).is_not(None),
                col(Interview.rating).is_not(None),
            )
        )
        .limit(1)
    ).first()
    return Stage.INTERVIEWING if held is not None else got_to
