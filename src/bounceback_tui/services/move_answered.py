"""A stage move's receipt: what `u` needs to take the move back (its stage, its timeline entry,
and a follow-up the move ended: a move forward past Applied settles one,
``domain/follow_up_rules.answered_by_move``), and what `[` the same day needs to put that
follow-up back when it takes the move back as a slip (services/pipeline_moves.move_stage).

Every move that adds to the timeline has one: `]` `]` kept only the first move's (it ended
the follow-up), and `u` then refused ("has moved on from Screening since"), so the second
move could not be taken back, nor the follow-up the first had ended (a tester's walk)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from bounceback_tui.domain.follow_up_rules import answered_by_move
from bounceback_tui.domain.stages import CLOSED_STAGES, Stage
from bounceback_tui.services.plan_ticks import TickedStep
from bounceback_tui.store.models import Application, StageChange
from bounceback_tui.store.table_reads import unreadable_values

if TYPE_CHECKING:
    from sqlmodel import Session

# What taking a move back puts back as it was before (its stage and timeline aside).
PUT_BACK = ("updated_at", "date_applied")


@dataclass(frozen=True)
class MovedOn:
    """A move, as `u` takes it back: the stage before, the timeline entry the move added, and
    the day of the follow-up the move ended (None when it ended none)."""

    application_id: int
    company: str
    role: str
    from_stage: Stage
    to_stage: Stage
    stage_change_id: int
    follow_up: date | None
    previous_updated_at: datetime
    previous_date_applied: date | None
    # The application's version once moved: undo goes ahead only from there (this
    # window's own later writes do not stand in the way: store/own_writes.py).
    version: int = 0
    # Plan steps the move ticked (out of Saved with no day sent): undo unticks them.
    ticked: tuple[TickedStep, ...] = ()
    # Its days in ``PUT_BACK`` another program wrote over (read as none), as stored: undo
    # puts them back so, byte for byte (store/table_reads.put_back).
    as_stored: tuple[tuple[str, object], ...] = ()

    @property
    def stages(self) -> tuple[Stage, Stage]:
        return (self.from_stage, self.to_stage)

    @property
    def answered(self) -> bool:
        """The move said the company answered, and so ended the follow-up (its toast says so)."""
        return self.follow_up is not None and answered_by_move(self.from_stage, self.to_stage)


def settle_follow_up(app: Application, current: Stage, to: Stage) -> None:
    """Inside the caller's transaction, before ``app`` moves ``current`` → ``to``: a move that
    says the company answered ends the follow-up set before it."""
    if answered_by_move(current, to):
        app.next_follow_up = None


@dataclass(frozen=True)
class Before:
    """The application as it was before a move, for the move's receipt."""

    follow_up: date | None
    updated_at: datetime
    date_applied: date | None
    as_stored: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, session: Session, app: Application) -> Before:
        """Read before anything changes: with its days written over elsewhere, as stored."""
        assert app.id is not None
        stored = unreadable_values(session, Application, app.id)
        kept = tuple((name, stored[name]) for name in PUT_BACK if name in stored)
        return cls(app.next_follow_up, app.updated_at, app.date_applied, kept)

    def moved_on(
        self,
        app: Application,
        current: Stage,
        entry: StageChange,
        version: int,
        ticked: tuple[TickedStep, ...],
    ) -> MovedOn | None:
        """The receipt of the move, with the follow-up it ended (into an exit too,
        ``pipeline_moves.close_follow_up``), if any."""
        if entry.id is None or app.id is None:
            return None
        ended = self.follow_up if app.next_follow_up is None else None
        return MovedOn(
            *(app.id, app.company, app.role, current, Stage(app.stage), entry.id),
            *(ended, self.updated_at, self.date_applied, version, ticked, self.as_stored),
        )


def put_follow_up_back(
    app: Application, taken_back: StageChange | None, settled: MovedOn | None
) -> date | None:
    """`[` the same day took back the move ``settled`` records (its timeline entry is
    ``taken_back``): its follow-up is back, unless one was set since. The day put back."""
    if settled is None or settled.follow_up is None or taken_back is None:
        return None
    if taken_back.id != settled.stage_change_id:
        return None
    if app.next_follow_up is not None or Stage(app.stage) in CLOSED_STAGES:
        return None
    app.next_follow_up = settled.follow_up
    return settled.follow_up
