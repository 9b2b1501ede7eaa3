"""What marking an application rejected leaves for taking it back (`u`, Recovery's undo of a
no recorded for an application open here): the receipt, and putting the application back as
it was before, inside the caller's transaction. Marking and undoing, each one user action,
are services/pipeline_moves.py's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete
from sqlmodel import Session, col

from bounceback_tui.domain.stages import Stage
from bounceback_tui.services.plan_ticks import TickedStep, untick
from bounceback_tui.store.models import Application, StageChange
from bounceback_tui.store.table_reads import put_back, unreadable_values


@dataclass(frozen=True)
class RejectionReceipt:
    """What `u` needs to take a mistaken rejection back."""

    application_id: int
    rejection_id: int
    stage_change_id: int
    previous_stage: Stage
    previous_updated_at: datetime
    previous_date_applied: date | None
    company: str
    role: str
    # The application's version once marked rejected: undo goes ahead only from there.
    version: int = 0
    # Its follow-up before: marking it rejected clears it (``close_follow_up``); undo puts
    # it back.
    previous_follow_up: date | None = None
    # Plan steps the same save ticked (the edit form's date applied): undo unticks them.
    ticked: tuple[TickedStep, ...] = ()
    # Its days in ``PUT_BACK`` another program wrote over (read as none), as stored
    # (``stored_before``): undo puts them back so, byte for byte.
    as_stored: tuple[tuple[str, object], ...] = ()


# What taking a no back puts back as it was before (its stage and timeline aside).
PUT_BACK = ("updated_at", "date_applied", "next_follow_up")


def stored_before(session: Session, app: Application) -> tuple[tuple[str, object], ...]:
    """Read before it is marked rejected: its days in ``PUT_BACK`` another program wrote
    over, as stored (store/table_reads.unreadable_values)."""
    assert app.id is not None
    stored = unreadable_values(session, Application, app.id)
    return tuple((name, stored[name]) for name in PUT_BACK if name in stored)


def put_back_before(session: Session, app: Application, receipt: RejectionReceipt) -> None:
    """The application as it was before it was marked rejected (its no already gone), inside
    the caller's transaction: its stage, its timeline, the day sent, its follow-up."""
    session.execute(delete(StageChange).where(col(StageChange.id) == receipt.stage_change_id))
    app.stage = receipt.previous_stage.value
    before: dict[str, object] = {
        "updated_at": receipt.previous_updated_at,
        "date_applied": receipt.previous_date_applied,
        "next_follow_up": receipt.previous_follow_up,
    }
    put_back(session, app, before, receipt.as_stored)  # a day written over: as stored
    untick(session, receipt.ticked)
