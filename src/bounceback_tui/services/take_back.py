"""`u` after an add: the record goes, with what the add did beside it, in one transaction,
only while it is as the add left it (``services/added.py``).

A change to it since, in this window or another (an edit, a tick, a line logged about a
person just added), means it stays, with nothing changed: what was done to it would go with
it, so `d` is the way then. A plan step the add ticked is unticked (while it is still that
tick), and a plan the add reopened is finished again as it was."""

from __future__ import annotations

from sqlmodel import Session

from bounceback_tui.domain.wording import gone_elsewhere
from bounceback_tui.errors import BouncebackError, DeletedElsewhereError
from bounceback_tui.services.added import Added
from bounceback_tui.services.plan_ticks import untick
from bounceback_tui.services.recovery_steps import sync_completion
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep, Rejection
from bounceback_tui.store.undo import delete_with_undo, footprint


def take_back(db: Database, added: Added) -> tuple[str, ...]:
    """Take back the add of ``added``; returns the titles of the plan steps unticked.

    Raises a BouncebackError, with nothing written, when the record has changed or gone."""
    with db.write() as session:
        return take_back_in(session, added)


def take_back_in(session: Session, added: Added) -> tuple[str, ...]:
    """``take_back`` inside the caller's transaction."""
    version, with_it = footprint(session, added.table, added.row_id)
    if version is None:
        raise DeletedElsewhereError(_first_up(gone_elsewhere(added.thing, name=added.name)))
    if version != added.version or with_it != added.with_it:
        raise BouncebackError(
            f"{_first_up(added.called)} has changed since you added it, so it stays. "
            "Press d to delete it."
        )
    plan = None
    if added.table == "recovery_step":
        step = session.get(RecoveryStep, added.row_id)
        plan = step.rejection_id if step is not None else None
        if step is not None:
            session.expunge(step)
    delete_with_undo(session, added.table, added.row_id)
    if plan is not None:
        done = sync_completion(session, plan)
        rejection = session.get(Rejection, plan)
        if done.finished_now and added.reopened is not None and rejection is not None:
            rejection.plan_completed_at = added.reopened  # finished when it had been
            session.add(rejection)
    return untick(session, added.ticked)


def _first_up(text: str) -> str:
    """A sentence that starts with the app's words ("the step …") starts with a capital."""
    return text[:1].upper() + text[1:]
