"""Interviews: scheduling, who is in them, what is coming up, and how they went.

Times are stored as a UTC instant plus the zone they were typed in (``domain/interviews``);
the views carry both and the UI shows them in the person's zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete
from sqlmodel import Session, col

from bounceback_tui import clock
from bounceback_tui.domain.called_off import refuse_called_off
from bounceback_tui.domain.interviews import (
    ASK_DAYS,
    CALLED_OFF_STAGES,
    InterviewInput,
    OutcomeInput,
    in_zone,
)
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.wording import changed_elsewhere, gone_elsewhere
from bounceback_tui.errors import NotFoundError
from bounceback_tui.services.added import Added, Cleared, receipt
from bounceback_tui.services.bring_back import BroughtBack, bring_back
from bounceback_tui.services.interview_rows import InterviewRow as InterviewRow
from bounceback_tui.services.interview_rows import interview_kind, raw_connection
from bounceback_tui.services.interview_rows import interview_of as interview_of
from bounceback_tui.services.interview_rows import interview_rows as interview_rows
from bounceback_tui.store.cas import checked, version_now
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, Contact, Interview, InterviewContact
from bounceback_tui.store.table_reads import readable_row
from bounceback_tui.store.undo import DeletedRows, delete_with_undo

if TYPE_CHECKING:
    from bounceback_tui.domain.unreadable import UnreadableInterview
    from bounceback_tui.services.people_log import SettledFollowUp

GONE = gone_elsewhere("That interview")


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def interviews_of_application(
    db: Database, application_id: int, *, unread: list[UnreadableInterview] | None = None
) -> list[InterviewRow]:
    """The application's interviews; those whose time another program wrote over go to
    ``unread`` where given (the caller says them), else are left out."""
    with db.read() as session:
        return interview_rows(session, "v.application_id = ?", (application_id,), unread=unread)


def get_interview(db: Database, interview_id: int) -> InterviewRow:
    with db.read() as session:
        rows = interview_rows(session, "v.id = ?", (interview_id,))
    if not rows:
        raise NotFoundError(GONE)
    return rows[0]


def upcoming_interviews(db: Database, days: int = 7, *, limit: int = 20) -> list[InterviewRow]:
    """Interviews that have not ended yet and start within ``days`` days, soonest first."""
    now = clock.now_utc()
    with db.read() as session:
        return interview_rows(
            session,
            "datetime(v.starts_at) <= ? "
            "AND datetime(v.starts_at, '+' || v.length_minutes || ' minutes') > ? "
            f"AND a.stage NOT IN ({', '.join('?' * len(CALLED_OFF_STAGES))})",
            (_utc_text(now + timedelta(days=days)), _utc_text(now), *CALLED_OFF_STAGES),
            limit=limit,
        )


def awaiting_outcome(db: Database, *, limit: int = 10) -> list[InterviewRow]:
    """Interviews that ended in the last two weeks and have no "how did it go" yet
    (take-homes are deadlines, not conversations: not asked)."""
    now = clock.now_utc()
    with db.read() as session:
        return interview_rows(
            session,
            "v.outcome_at IS NULL AND v.kind != 'take_home' "
            "AND datetime(v.starts_at, '+' || v.length_minutes || ' minutes') <= ? "
            "AND datetime(v.starts_at) >= ?",
            (_utc_text(now), _utc_text(now - timedelta(days=ASK_DAYS))),
            limit=limit,
        )


def checked_interview(
    session: Session, interview_id: int, expected_version: int | None
) -> Interview:
    """The interview as read at ``expected_version`` (a ConflictError if another window
    changed or deleted it)."""
    return checked(
        session,
        Interview,
        interview_id,
        expected_version,
        get=readable_row,  # a day written over elsewhere: read as none
        gone=GONE,
        changed=changed_elsewhere("That interview"),
    )


def _set_people(session: Session, interview_id: int, contact_ids: tuple[int, ...]) -> None:
    current = {
        r[0]
        for r in raw_connection(session).execute(
            "SELECT contact_id FROM interview_contact WHERE interview_id = ?", (interview_id,)
        )
    }
    wanted = set(contact_ids)
    if current == wanted:
        return
    for contact_id in wanted - current:
        if session.get(Contact, contact_id) is None:
            raise NotFoundError("One of the people you picked is no longer there.")
    session.execute(
        delete(InterviewContact).where(
            col(InterviewContact.interview_id) == interview_id,
            col(InterviewContact.contact_id).in_(current - wanted),
        )
    )
    session.add_all(
        InterviewContact(interview_id=interview_id, contact_id=c) for c in wanted - current
    )


def _apply(interview: Interview, data: InterviewInput) -> None:
    interview.kind = data.kind.value
    interview.starts_at = data.starts_at
    interview.zone = data.zone
    interview.length_minutes = data.length_minutes
    interview.place = data.place
    interview.link = data.link
    interview.prep_notes = data.prep_notes
    interview.updated_at = clock.now()


def add_interview(
    db: Database,
    application_id: int,
    data: InterviewInput,
    contact_ids: tuple[int, ...] = (),
    otherwise: str | None = None,  # what a refusal says to do, if not to pick another one
) -> int:
    return add_interview_undoable(db, application_id, data, contact_ids, otherwise).row_id


def add_interview_undoable(
    db: Database,
    application_id: int,
    data: InterviewInput,
    contact_ids: tuple[int, ...] = (),
    otherwise: str | None = None,
) -> Added:
    """``add_interview``, returning what `u` needs to take it back (services/added.py): it
    goes, with who was in it, while it is as scheduled.

    Booked ahead (today or later), the company has answered: the application's follow-up for
    a day up to the interview's is done, in the same transaction, as a move on to
    Interviewing ends it (``domain/follow_up_rules.answered_by_move``); `u` puts it back. It
    stayed "4 days late" on Today beside the interview booked. One logged after it was held
    leaves it to how it went (``save_outcome``), which settles it by the same day."""
    from bounceback_tui.services.people_log import cleared_of, settle_follow_ups

    with db.write() as session:
        application = session.get(Application, application_id)
        if application is None:
            raise NotFoundError(gone_elsewhere("That application"))
        refuse_called_off(application, data, clock.now_utc(), "application", otherwise)
        interview = Interview(
            application_id=application_id,
            kind=data.kind.value,
            starts_at=data.starts_at,
            zone=data.zone,
        )
        _apply(interview, data)
        session.add(interview)
        session.flush()
        assert interview.id is not None
        _set_people(session, interview.id, contact_ids)
        if contact_ids:
            # Linking its people bumped its version (a write to a child is one to the
            # parent); made in this one write, it is still new: version 1, SEQUENCE 0 in
            # the calendar (RFC 5545, 3.8.7.4).
            session.flush()
            raw_connection(session).execute(
                "UPDATE interview SET version = 1 WHERE id = ?", (interview.id,)
            )
        day = in_zone(data.starts_at, clock.zone()).date()
        ahead = day >= clock.today()
        settled = settle_follow_ups(session, day, None, application) if ahead else ()
        return receipt(
            session,
            "interview",
            interview.id,
            f"the {data.kind.label} interview with {{name}}",
            app_name(application.company, application.role),
            parent=contact_ids[0] if contact_ids else None,
            cleared=cleared_of(settled, None, application),
        )


def update_interview(
    db: Database,
    interview_id: int,
    data: InterviewInput,
    contact_ids: tuple[int, ...] | None = None,
    *,
    expected_version: int | None = None,
) -> int:
    with db.write() as session:
        interview = checked_interview(session, interview_id, expected_version)
        application = session.get(Application, interview.application_id)
        if application is not None and data.starts_at != interview.starts_at:
            refuse_called_off(application, data, clock.now_utc(), "day")  # moved: as a new one
        _apply(interview, data)
        session.add(interview)
        if contact_ids is not None:
            session.flush()
            _set_people(session, interview_id, contact_ids)
        return version_now(session, Interview, interview_id)


@dataclass(frozen=True)
class OutcomeSaved:
    version: int  # the interview's, after the save
    questions_added: int  # new entries in the answer bank
    # The application's follow-up the interview settled (held on its day or after it), as
    # the toast names it, and as `u` puts it back (``take_back.put_back``).
    settled: tuple[SettledFollowUp, ...] = ()
    cleared: tuple[Cleared, ...] = ()


def save_outcome(
    db: Database, interview_id: int, data: OutcomeInput, *, expected_version: int | None = None
) -> OutcomeSaved:
    """How it went: a line and a rating; Today stops asking. The questions they asked join
    the answer bank (those not in it yet), in the same transaction: all of it or nothing.
    An interview held on the day of its application's follow-up or after it settles that
    follow-up, as a line of the log does (``people_log.settle_follow_ups``): it was left
    "overdue" after the interview, while a call logged that day cleared it."""
    from bounceback_tui.domain.answers import QuestionSource
    from bounceback_tui.services.answers import add_found_questions_in
    from bounceback_tui.services.people_log import cleared_of, settle_follow_ups

    with db.write() as session:
        interview = checked_interview(session, interview_id, expected_version)
        interview.outcome_note = data.note
        interview.rating = data.rating
        interview.outcome_at = clock.now()
        session.add(interview)
        application = session.get(Application, interview.application_id)
        added = add_found_questions_in(
            session,
            data.questions,
            source_kind=QuestionSource.INTERVIEW_NOTE,
            application_id=interview.application_id,
            asked_at=asked_at_text(interview, application),
        )
        held_on = in_zone(interview.starts_at, clock.zone()).date()  # the person's own day
        settled = settle_follow_ups(session, held_on, None, application)
        return OutcomeSaved(
            version_now(session, Interview, interview_id),
            len(added),
            settled,
            cleared_of(settled, None, application),
        )


def asked_at_text(interview: Interview, application: Application | None) -> str:
    """Where a question was asked, for the answer bank: "Technical at Initech (Analyst), Fri
    13 Mar 2026" (``interview_place``; the day in the zone the interview was typed in)."""
    from bounceback_tui.domain.answers import interview_place

    try:
        local = in_zone(interview.starts_at, interview.zone)
    except (ValueError, KeyError):  # a zone this system does not know (a hand-edited store)
        local = interview.starts_at
    company, role = (application.company, application.role) if application else ("", "")
    day = f"{local:%a} {local.day} {local:%b %Y}"
    return interview_place(interview_kind(interview.kind).label, day, company, role)


def delete_interview(
    db: Database, interview_id: int, *, expected_version: int | None = None
) -> DeletedRows:
    with db.write() as session:
        session.expunge(checked_interview(session, interview_id, expected_version))
        return delete_with_undo(session, "interview", interview_id)


def restore_interview(db: Database, deleted: DeletedRows, what: str | None = None) -> BroughtBack:
    return bring_back(db, deleted, what)
