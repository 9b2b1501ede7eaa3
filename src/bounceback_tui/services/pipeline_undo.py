"""What `u` can take back in the Pipeline while the app is open: an add (of an application,
or of an interview saved as new from `N` over one deleted elsewhere), a delete (of an
application or of one of its interviews), a rejection, or a stage move (`[` or `]`, with a
follow-up a move forward ended: services/move_answered.py), in the order this window did them.

Each entry holds the version its own action wrote; this window's later writes to the same
application (an edit, a move, an undone delete) do not stand in the way of taking it back,
as ``Database.own_writes`` knows them (store/own_writes.py). Only another window's change
is called one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlmodel import col, select

from bounceback_tui.domain.feedback import reply_noted
from bounceback_tui.domain.text import app_name
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.added import KeyOf, TickedStep
from bounceback_tui.services.application_delete import DeletedApplication, restore_application
from bounceback_tui.services.bring_back import BroughtBack
from bounceback_tui.services.interview_undo import (
    AddedInterview,
    DeletedInterview,
    bring_back_interview,
)
from bounceback_tui.services.move_answered import MovedOn
from bounceback_tui.services.pipeline_moves import checked_application
from bounceback_tui.services.plan_ticks import untick
from bounceback_tui.services.rejection_receipt import RejectionReceipt
from bounceback_tui.services.take_back import take_back
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep, Rejection, StageChange
from bounceback_tui.store.table_reads import put_back
from bounceback_tui.store.undo import delete_with_undo


@dataclass(frozen=True)
class AddedApplication:
    """What `u` needs to take back an application just added: it goes only as it was saved."""

    application_id: int
    company: str
    # The application's version once added.
    version: int
    # The plan steps adding it ticked ("Send the next application"): `u` unticks them too.
    ticked: tuple[TickedStep, ...] = ()
    role: str = ""


UndoEntry = (
    AddedApplication
    | DeletedApplication
    | RejectionReceipt
    | DeletedInterview
    | AddedInterview
    | MovedOn
)

# How many actions `u` can take back, newest first. Each entry holds what a delete removed
# (an application and its timeline) or a rejection's receipt; with no limit the stack grew
# for as long as the app stayed open.
UNDO_DEPTH = 50


class UndoStack:
    """Newest last, the last ``UNDO_DEPTH`` actions. Entries live only in memory: closing
    the app forgets them."""

    def __init__(self, depth: int = UNDO_DEPTH) -> None:
        self._entries: list[UndoEntry] = []
        self._depth = depth

    def __bool__(self) -> bool:
        return bool(self._entries)

    def push(self, entry: UndoEntry) -> None:
        self._entries.append(entry)
        del self._entries[: -self._depth]

    def peek(self) -> UndoEntry | None:
        return self._entries[-1] if self._entries else None

    def last_move(self, application_id: int) -> MovedOn | None:
        """The newest move of the application `u` could still take back, if any: `[` the
        same day takes it back itself, and it is no longer `u`'s to take."""
        for entry in reversed(self._entries):
            if isinstance(entry, MovedOn) and entry.application_id == application_id:
                return entry
        return None

    def clear(self) -> None:
        """Forget every entry (the store they were taken in was replaced)."""
        self._entries.clear()

    def discard(self, entry: UndoEntry) -> None:
        if entry in self._entries:
            self._entries.remove(entry)


def work_at_risk(db: Database, entry: UndoEntry) -> int:
    """Plan steps already worked on that undoing ``entry`` would remove (0 for a delete)."""
    if isinstance(entry, RejectionReceipt):
        return plan_progress(db, entry.rejection_id)
    return 0


def plan_progress(db: Database, rejection_id: int) -> int:
    """Steps of a plan already ticked or written in (undoing the rejection would lose them);
    not its reply noted from the reason typed with the no (``domain/feedback.reply_noted``),
    which the person wrote in the no itself."""
    with db.read() as session:
        rejection = session.get(Rejection, rejection_id)
        reason = rejection.reason if rejection is not None else ""
        steps = session.exec(
            select(RecoveryStep).where(RecoveryStep.rejection_id == rejection_id)
        ).all()
        return sum(
            1
            for step in steps
            if (step.done_at is not None or step.answer or step.answer_draft)
            and not (reply_noted(step.kind, step.answer, reason) and not step.answer_draft)
        )


def undo(db: Database, entry: UndoEntry, key_of: KeyOf) -> BroughtBack | None:
    """Take ``entry`` back in one transaction: what a delete brought back (None for an add
    or a rejection taken back).

    Raises a BouncebackError (with a message for the person) when it cannot be done."""
    if isinstance(entry, DeletedApplication):
        return restore_application(db, entry)
    if isinstance(entry, DeletedInterview):
        return bring_back_interview(db, entry)
    if isinstance(entry, AddedApplication):
        take_back_add(db, entry, key_of)
        return None
    if isinstance(entry, AddedInterview):
        take_back(db, entry.added, key_of)
        return None
    if isinstance(entry, MovedOn):
        take_back_move(db, entry)
        return None
    moves.undo_rejection(db, entry)
    return None


def take_back_move(db: Database, moved: MovedOn) -> None:
    """Put the application back in the stage it left, with a follow-up the move ended, in
    one transaction: its timeline entry goes, and any plan step the move ticked is open again.
    Refused once it has moved on since, or another window changed it."""
    named = app_name(moved.company, moved.role)
    with db.write() as session:
        app = checked_application(session, moved.application_id, None)
        if (
            app.stage != moved.to_stage.value
            or session.get(StageChange, moved.stage_change_id) is None
        ):
            raise BouncebackError(
                f"{named} has moved on from {moved.to_stage.label} since, so there is nothing "
                "to undo."
            )
        if not db.own_writes.made_by_me(moved.application_id, moved.version, app.version):
            raise ConflictError(
                f"{named} was changed in another window since it moved to "
                f"{moved.to_stage.label}, so nothing was taken back.",
                current=app.model_dump(),
                current_version=app.version,
            )
        session.execute(delete(StageChange).where(col(StageChange.id) == moved.stage_change_id))
        app.stage = moved.from_stage.value
        app.next_follow_up = app.next_follow_up or moved.follow_up  # one set since stays
        before = {
            "updated_at": moved.previous_updated_at,
            "date_applied": moved.previous_date_applied,
        }
        put_back(session, app, before, moved.as_stored)  # a day written over: as stored
        untick(session, moved.ticked)


def take_back_add(db: Database, added: AddedApplication, key_of: KeyOf) -> tuple[str, ...]:
    """Delete an application just added, if nobody has changed it since (this window
    included: what was added to it since would go with it, so `d` is the way then), and
    untick the steps adding it ticked, in one transaction."""
    try:
        with db.write() as session:
            app = checked_application(session, added.application_id, added.version)
            session.expunge(app)
            delete_with_undo(session, "application", added.application_id)
            return untick(session, added.ticked)
    except ConflictError as exc:
        if exc.current is None:
            raise
        raise BouncebackError(
            f"{app_name(added.company, added.role)} has changed since you added it, so it stays. "
            f"Press {key_of('pipeline.delete', 'd')} to delete it."
        ) from None


def named(entry: UndoEntry) -> str:
    """The application ``entry`` is about as notes name it, "Company (Role)" (``app_name``:
    two at one company told apart), an interview's too."""
    return app_name(entry.company, entry.role)


def what_it_takes_back(entry: UndoEntry) -> str:
    """What `u` would take back, for a note ("marking Acme (Engineer) rejected")."""
    if isinstance(entry, DeletedInterview):
        return f"deleting the interview with {named(entry)}"
    if isinstance(entry, AddedInterview) and entry.scheduled:
        return f"scheduling the interview with {named(entry)}"
    if isinstance(entry, AddedInterview):
        return f"saving the interview with {named(entry)} as new"
    if isinstance(entry, AddedApplication):
        return f"adding {named(entry)}"
    if isinstance(entry, DeletedApplication):
        return f"deleting {named(entry)}"
    if isinstance(entry, MovedOn):
        return f"moving {named(entry)} to {entry.to_stage.label}"
    return f"marking {named(entry)} rejected"
