"""Whether the log already holds what ticking a plan step offers to log.

Ticking "Ask for feedback" (or "Note what came back") offers to log "Feedback asked" (or
"Feedback received") with the no's application. A step unticked and ticked again asked
again, and a yes made a second line for the one ask. The offer is made only while the
application's log has no line of that kind (one dated before the no counts as on its day, as
logging it ticks the step: services/feedback_line.py).
"""

from __future__ import annotations

from sqlmodel import select

from bounceback_tui.domain.people import InteractionKind
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Interaction


def logged_already(db: Database, application_id: int, kind: InteractionKind) -> bool:
    """True when the application's log has a ``kind`` line."""
    with db.read() as session:
        found = session.exec(
            select(Interaction.id).where(
                Interaction.application_id == application_id,
                Interaction.kind == kind.value,
            )
        ).first()
    return found is not None
