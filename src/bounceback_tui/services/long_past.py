"""Follow-ups from a while back (``domain.due.LONG_PAST_DAYS``; on a return, grouped by the
day the person was last here: ``domain.due.long_past_groups``): read for their review on
Today, and let go or moved on together.

After a long break Today listed a dozen "Follow up with … overdue 403 days" lines, offers
and interviews among them. Today now shows them as one line; its review lists them and the
person lets them all go (no follow-up day) or moves them all on to one day. That is one
transaction, and it names the versions the review read: a follow-up changed in another
window meanwhile changes nothing, and the review says so. `u` then brings back each one as
the review left it, and names any changed or deleted elsewhere since, which stay as they are.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import NamedTuple

from sqlmodel import Session

from bounceback_tui.domain.due import NO_FOLLOW_UP_STAGES, WHILE_BACK, long_past_groups
from bounceback_tui.domain.stages import ghost_days, quiet_before
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.time_away import here_before_away
from bounceback_tui.domain.wording import changed_elsewhere, gone_elsewhere
from bounceback_tui.services.days_opened import days_here
from bounceback_tui.services.people import raw_connection
from bounceback_tui.services.settings import get_setting
from bounceback_tui.store.active_days import unmark_active_day
from bounceback_tui.store.cas import checked
from bounceback_tui.store.database import Database
from bounceback_tui.store.due_conditions import not_quiet
from bounceback_tui.store.models import Application, Contact

# Moved on, they come back this many days from today: a week to pick them up again.
MOVED_ON_DAYS = 7


class LongPastFollowUp(NamedTuple):
    person: bool  # a person's follow-up (People), else an application's (Pipeline)
    item_id: int
    name: str  # the company, or the person's name
    detail: str  # the role, or the person's company
    day: date
    version: int

    @property
    def called(self) -> str:
        """How a sentence names it: the person, or "Company (Role)" (``app_name``)."""
        return self.name if self.person else app_name(self.name, self.detail)


def long_past_follow_ups(
    db: Database, today: date, group: int = WHILE_BACK
) -> list[LongPastFollowUp]:
    """Every follow-up of ``group`` (``domain.due.long_past_groups``: more than
    ``LONG_PAST_DAYS`` days past; on a return, due while the person was away or before),
    oldest first, as Today counts them: an application's only in a stage that takes one,
    and not one Today asks about as "ghosted?" (that is its one line). None when today has
    no such group."""
    marks = ", ".join("?" * len(NO_FOLLOW_UP_STAGES))
    with db.read() as session:
        connection = raw_connection(session)
        quiet = quiet_before(today, ghost_days(get_setting(session, "ghost_after_days")))
        last_here = here_before_away(days_here(connection, db.path, today), today)
        _, spans = long_past_groups(today, last_here)
        span = next((span for span in spans if span.group == group), None)
        if span is None:
            return []
        not_asked, asked_params = not_quiet(quiet, today)
        days = (span.since.isoformat(), span.before.isoformat())
        rows = connection.execute(
            "SELECT 0, a.id, a.company, a.role, a.next_follow_up, a.version FROM application a "
            "WHERE a.next_follow_up >= ? AND a.next_follow_up < ? "
            f"AND a.stage NOT IN ({marks}){not_asked} "
            "UNION ALL SELECT 1, id, name, company, next_follow_up, version FROM contact "
            "WHERE next_follow_up >= ? AND next_follow_up < ? ORDER BY 5, 1, 2",
            (*days, *NO_FOLLOW_UP_STAGES, *asked_params, *days),
        ).fetchall()
    return [
        LongPastFollowUp(bool(person), item_id, name, detail, date.fromisoformat(day), version)
        for person, item_id, name, detail, day, version in rows
    ]


def settle_long_past(
    db: Database, follow_ups: list[LongPastFollowUp], moved_to: date | None
) -> list[LongPastFollowUp]:
    """Let every one of ``follow_ups`` go (``moved_to`` None: no follow-up day) or move it
    to ``moved_to``, in one transaction, each as the review read it: one changed or deleted
    elsewhere meanwhile raises ConflictError and changes none. Returns what changed, each
    with the day it had and the version it has now: what ``bring_back_long_past`` takes."""
    with db.write() as session:
        for follow_up in follow_ups:
            row = _checked(session, follow_up)
            row.next_follow_up = moved_to
            session.add(row)
        session.flush()  # the versions are bumped by the store's triggers: read them back
        connection = raw_connection(session)
        return [
            follow_up._replace(version=_version_now(connection, follow_up))
            for follow_up in follow_ups
        ]


class BroughtBack(NamedTuple):
    """What `u` after a review did: how many follow-ups got their day back, and the names of
    those it left as they are now, changed (``changed``) or deleted (``gone``) elsewhere."""

    back: int
    changed: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()


def bring_back_long_past(
    db: Database, settled: list[LongPastFollowUp], acted_on: date | None = None
) -> BroughtBack:
    """`u` after a review: each follow-up ``settled`` (``settle_long_past``'s answer) gets its
    day back, in one transaction, while it is as the review left it; one changed or deleted
    elsewhere since stays as it is there now (it was all or none: one changed elsewhere kept
    every other let go), and is named in the answer. The take-back is no action of the day:
    nothing is counted for it, and once every one is back the review's own count on
    ``acted_on`` (the day it was made) is taken back too, so the day is as it was before it."""
    changed: list[str] = []
    gone: list[str] = []
    with db.write(count_activity=False) as session:
        for follow_up in settled:
            row: Application | Contact | None = (
                session.get(Contact, follow_up.item_id)
                if follow_up.person
                else session.get(Application, follow_up.item_id)
            )
            if row is None:
                gone.append(follow_up.called)
            elif row.version != follow_up.version:
                changed.append(follow_up.called)
            else:
                row.next_follow_up = follow_up.day
                session.add(row)
        if acted_on is not None and not changed and not gone:
            unmark_active_day(session, acted_on)
    return BroughtBack(len(settled) - len(changed) - len(gone), tuple(changed), tuple(gone))


def _checked(session: Session, follow_up: LongPastFollowUp) -> Application | Contact:
    model: type[Application] | type[Contact] = Contact if follow_up.person else Application
    thing = "That person" if follow_up.person else "That application"
    return checked(
        session,
        model,
        follow_up.item_id,
        follow_up.version,
        gone=gone_elsewhere(thing),
        changed=changed_elsewhere("{name}", name=follow_up.called),
    )


def _version_now(connection: sqlite3.Connection, follow_up: LongPastFollowUp) -> int:
    table = "contact" if follow_up.person else "application"
    row = connection.execute(f"SELECT version FROM {table} WHERE id = ?", (follow_up.item_id,))
    return int(row.fetchone()[0])
