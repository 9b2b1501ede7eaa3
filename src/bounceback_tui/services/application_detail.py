"""One application in full, as the Pipeline's detail panel shows it.

Its fields, its timeline in the order the moves were made, the rejections it had, when it
entered its stage and the furthest stage it reached, whether it has gone quiet, and the
people, interviews and log lines linked to it. Read over the tables, not through the ORM
(store/table_reads.py): showing an application configures no mapper.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bounceback_tui import clock
from bounceback_tui.domain.applications import FORM_FIELDS
from bounceback_tui.domain.stages import CLOSED_STAGES, Stage, is_quiet
from bounceback_tui.domain.unreadable import as_typed
from bounceback_tui.services.application_views import (
    ApplicationView,
    StageChangeView,
    form_values,
)
from bounceback_tui.services.pipeline_moves import ghost_days_setting, reached_in, since_in
from bounceback_tui.services.recovery_views import RejectionView
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, Rejection, StageChange
from bounceback_tui.store.table_reads import columns, read_as, unreadable_values


@dataclass(frozen=True)
class ApplicationDetail:
    """One application with everything the detail panel shows."""

    application: ApplicationView
    history: list[StageChangeView]
    rejections: list[RejectionView] = field(default_factory=list)
    in_stage_since: date | None = None
    reached: Stage = Stage.SAVED
    quiet: bool = False
    ghost_after_days: int = 21
    # The people linked to it (services.people.ContactRow) and its interviews
    # (services.interviews.InterviewRow), soonest first.
    people: tuple[Any, ...] = ()
    interviews: tuple[Any, ...] = ()
    # Its interviews whose time could not be read (domain.unreadable.UnreadableInterview).
    unreadable_interviews: tuple[Any, ...] = ()
    interactions: tuple[Any, ...] = ()  # services.people.InteractionRow, newest first
    # Its date columns another program wrote over (read as no date): "unreadable" is shown.
    unreadable: frozenset[str] = frozenset()
    stored: dict[str, object] = field(default_factory=dict)  # what those columns hold

    @property
    def days_as_stored(self) -> dict[str, str]:
        """The edit form's days whose stored value is not a day, each as its field shows it
        (the value stored, ``domain.unreadable.as_typed``), to be seen and corrected."""
        return {
            name: as_typed(self.stored.get(name))
            for name in FORM_FIELDS
            if self.unreadable_day(name)
        }

    def form_values(self) -> dict[str, str]:
        """The application as the edit form's values, a day written over elsewhere as the
        text stored (not an empty field, as if none were stored)."""
        return {**form_values(self.application), **self.days_as_stored}

    @property
    def follow_up(self) -> date | None:
        """The next follow-up to show: none once the application is closed."""
        app = self.application
        return None if Stage(app.stage) in CLOSED_STAGES else app.next_follow_up

    def unreadable_day(self, name: str) -> bool:
        """Whether the date column ``name`` holds something that is not a day (the
        follow-up only while it is shown: not once the application is closed)."""
        if name == "next_follow_up" and Stage(self.application.stage) in CLOSED_STAGES:
            return False
        return name in self.unreadable


def get_detail(db: Database, application_id: int) -> ApplicationDetail | None:
    # Read over the tables, not through the ORM (store/table_reads): showing an application
    # configures no mapper.
    with db.read() as session:
        applications, changes, rejected = (
            columns(t) for t in (Application, StageChange, Rejection)
        )
        unreadable: set[str] = set()
        found = read_as(
            session,
            ApplicationView,
            Application,
            applications.id == application_id,
            unreadable=unreadable,
        )
        if not found:
            return None
        app = found[0]
        # Read once: since and reached use it. In the order the moves were made (history).
        timeline = read_as(
            session,
            StageChangeView,
            StageChange,
            changes.application_id == application_id,
            order_by=[changes.id],
            unreadable=set(),  # a day written over elsewhere: None, said in the timeline
        )
        since = since_in(timeline, app)
        # What the quiet rule reads of it (domain/stages.is_quiet), its follow-up after.
        dated = (app.date_applied, since, app.ghost_dismissed_on)
        days = ghost_days_setting(session)
        rejections = read_as(
            session,
            RejectionView,
            Rejection,
            rejected.application_id == application_id,
            order_by=[rejected.rejected_on, rejected.id],
        )
        from bounceback_tui.services.interviews import interview_rows
        from bounceback_tui.services.people import interactions_in, people_in

        unread: list[Any] = []  # domain.unreadable.UnreadableInterview: said in their place
        interviews = tuple(
            interview_rows(session, "v.application_id = ?", (application_id,), unread=unread)
        )
        return ApplicationDetail(
            people=tuple(people_in(session, application_id)),
            interactions=tuple(interactions_in(session, application_id)),
            interviews=interviews,
            unreadable_interviews=tuple(unread),
            application=app,
            history=timeline,
            rejections=rejections,
            in_stage_since=since,
            reached=reached_in(timeline, app),
            quiet=is_quiet(
                Stage(app.stage),
                *dated,
                clock.today(),
                days,
                app.next_follow_up,
                bool(interviews or unread),
            ),
            ghost_after_days=days,
            unreadable=frozenset(unreadable),
            stored=unreadable_values(session, Application, application_id),
        )
