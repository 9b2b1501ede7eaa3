"""The People log: what passed between you and a person or about an application.

A line about a feedback asked or received ticks the matching step of the application's
recovery plan, in the same transaction (one dated before the day of the no ticks it as of
that day, never before the no it is a step of, and the toast says so); so does a thank-you
after a no (a "Thank-you sent", or a "Sent" line that thanks them), for the application or
the person linked to it: the "Keep the bridge intact" step, while it is open
(services/plan_ticks.py). Deleting that line takes its bridge tick back (not a tick the
person made by hand), as deleting a "Feedback asked" or a "Feedback received" takes back the
tick it made on its step (services/feedback_line.py), and `u` puts both back.

Any line dated on or after the follow-up day of its person, or of its application while
that is open, settles that follow-up in the same transaction (``domain/people.
settles_follow_up``): the day is cleared, and ``LoggedInteraction.settled`` names it for
the toast, so the person knows and can set another. `u` puts each day back (below).

A line just logged comes with the receipt `u` takes it back by (``LoggedInteraction.added``,
services/added.py): the line goes while it is as logged, and the step it ticked is unticked,
with what it wrote there (the day asked and how, a reply's answer), while the step still
holds it, and each follow-up it settled has its day back while it is still empty
(``Added.cleared``; set again since, the new day stays) (services/take_back.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, select

from bounceback_tui import clock
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.people import (
    BRIDGE_STEP,
    InteractionInput,
    InteractionKind,
    is_thank_you,
    settles_follow_up,
    step_ticked_by,
)
from bounceback_tui.domain.stages import CLOSED_STAGES
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.wording import changed_elsewhere
from bounceback_tui.errors import NotFoundError, ValidationError
from bounceback_tui.services.added import Added, Cleared, MovedDay, receipt
from bounceback_tui.services.bring_back import BroughtBack, bring_back
from bounceback_tui.services.feedback_line import feedback_ticks_of, sent_to
from bounceback_tui.services.people import (
    APPLICATION_GONE,
    GONE,
    INTERACTION_GONE,
    InteractionRow,
    stage_of,
)
from bounceback_tui.services.plan_ticks import (
    TickedStep,
    bridge_application,
    bridge_ticks_of,
    retick,
    untick,
)
from bounceback_tui.services.reply_day import (
    days_moved,
    put_back_days,
    reply_days,
    reply_without_ask,
)
from bounceback_tui.store.cas import checked, row_of, version_now
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import (
    Application,
    Contact,
    Interaction,
    RecoveryStep,
    Rejection,
)
from bounceback_tui.store.table_reads import readable_row
from bounceback_tui.store.undo import DeletedRows, delete_with_undo


@dataclass(frozen=True)
class SettledFollowUp:
    """A follow-up a line of the log settled (its day cleared): whose, and the day it had."""

    name: str  # the person's name, or the application's "Company (Role)" (``app_name``)
    day: date
    person: bool


@dataclass(frozen=True)
class LoggedInteraction:
    id: int
    ticked_step: str | None  # the title of the recovery step it ticked
    # That step was ticked before (an earlier exchange): it kept its day and its answer.
    already_ticked: bool = False
    # The line is dated before the no, this day: the step it ticked is ticked as of the
    # no's day ("asked 5 Dec" was said of the feedback step of a no on 6 Dec).
    before_no: date | None = None
    # The follow-ups it settled: its person's, its application's (``settle_follow_ups``).
    settled: tuple[SettledFollowUp, ...] = ()
    # What `u` needs to take the line back, with what it wrote in the plan (added.py).
    added: Added | None = None


def log_interaction(
    db: Database,
    data: InteractionInput,
    *,
    application_id: int | None = None,
    contact_id: int | None = None,
    ticks: str | None = None,
    tick: bool = True,
) -> LoggedInteraction:
    """Add a line to the log. A feedback asked or received ticks the matching step of the
    application's plan (``ticks`` names another step, for a sent message); ``tick=False``
    when the step itself is what was just ticked."""
    if application_id is None and contact_id is None:
        raise ValidationError.single("kind", "A log entry belongs to an application or a person.")
    with db.write() as session:
        return log_in(session, data, application_id, contact_id, ticks, tick)


def log_in(
    session: Session,
    data: InteractionInput,
    application_id: int | None,
    contact_id: int | None,
    ticks: str | None,
    tick: bool,
) -> LoggedInteraction:
    from bounceback_tui.services.recovery_steps import plan_step, tick_plan_step

    contact = session.get(Contact, contact_id) if contact_id is not None else None
    if contact_id is not None and contact is None:
        raise NotFoundError(GONE)
    app = session.get(Application, application_id) if application_id is not None else None
    if application_id is not None and app is None:
        raise NotFoundError(APPLICATION_GONE)
    # One moment for the line and the step it ticks: the delete finds the tick by it.
    moment = clock.now()
    row = Interaction(
        application_id=application_id,
        contact_id=contact_id,
        contact_name=contact.name if contact else "",
        kind=data.kind.value,
        happened_on=data.happened_on,
        note=data.note,
        created_at=moment,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    settled = settle_follow_ups(session, data.happened_on, contact, app)
    ticked = None
    already = False
    before_no: date | None = None
    made: tuple[TickedStep, ...] = ()
    moved: tuple[MovedDay, ...] = ()
    step_key = ticks or step_ticked_by(data.kind)
    if tick and not step_key and is_thank_you(data.kind, data.note):
        # A thank-you after a no: the bridge step of that no's plan, while it is open.
        found = bridge_application(session, application_id, contact_id, data.happened_on)
        if found is not None:
            step_key, application_id = BRIDGE_STEP, found
    if tick and step_key and application_id is not None:
        before = plan_step(session, application_id, step_key)
        already = before is not None and before.done_at is not None
        no = session.get(Rejection, before.rejection_id) if before is not None else None
        on = data.happened_on
        if no is not None and not already and on < no.rejected_on:
            on = before_no = no.rejected_on  # a plan's step is never done before its no
        via = sent_to(contact)
        answer = data.note if data.kind is InteractionKind.FEEDBACK_RECEIVED else ""
        was = {column: getattr(before, column) for column in _FILLED} if before else {}
        replies = reply_days(session, before.rejection_id) if before is not None else {}
        step = tick_plan_step(
            session,
            application_id,
            step_key,
            on,
            asked_via=via,
            answer=answer,
            at=moment,
        )
        ticked = step.title if step is not None else None
        made = _written_in(step, was, already) if step is not None else ()
        if before is not None:  # a late ask moved its reply's day: `u` puts it back
            moved = days_moved(session, before.rejection_id, replies)
    added = receipt(
        session,
        "interaction",
        row.id,
        f"the log line of {{name}} ({data.kind.label})",
        day_month(data.happened_on, clock.today()),  # "7 Dec", as notes say a day
        ticked=made,
        parent=contact_id,
        cleared=cleared_of(settled, contact, app),
        moved=moved,
    )
    return LoggedInteraction(row.id, ticked, already, before_no if ticked else None, settled, added)


# What ticking a plan's step for a line may write in it besides the tick.
_FILLED = ("asked_on", "asked_via", "answer")


def _written_in(step: RecoveryStep, was: dict[str, Any], already: bool) -> tuple[TickedStep, ...]:
    """The tick a line made in ``step`` (none when it was ticked ``already``) and what else
    it wrote there, the columns as they were (``was``) and as it left them: `u` takes back
    both (plan_ticks.untick)."""
    filled = tuple(
        (column, was[column], getattr(step, column))
        for column in _FILLED
        if getattr(step, column) != was[column]
    )
    if step.id is None or step.done_at is None or (already and not filled):
        return ()
    return (TickedStep(step.id, step.title, step.done_at, filled, ticked_now=not already),)


def cleared_of(
    settled: tuple[SettledFollowUp, ...], contact: Contact | None, app: Application | None
) -> tuple[Cleared, ...]:
    """The follow-up days a line (or how an interview went) settled, as `u` puts them back."""
    cleared: list[Cleared] = []
    for one in settled:
        record = contact if one.person else app
        assert record is not None and record.id is not None
        table = "contact" if one.person else "application"
        thing = "your follow-up with {name}"
        cleared.append(Cleared(table, record.id, "next_follow_up", one.day, thing, one.name))
    return tuple(cleared)


def settle_follow_ups(
    session: Session, on: date, contact: Contact | None, app: Application | None
) -> tuple[SettledFollowUp, ...]:
    """Inside the log's transaction: clear the follow-up of ``contact`` and of ``app`` (while
    it is open: a closed one's day is not followed up, and stays as it was) that a line dated
    ``on`` settles; what was cleared, the person first."""
    settled: list[SettledFollowUp] = []
    now = clock.now()
    if contact is not None and settles_follow_up(contact.next_follow_up, on):
        assert contact.next_follow_up is not None
        settled.append(SettledFollowUp(contact.name, contact.next_follow_up, person=True))
        contact.next_follow_up = None
        contact.updated_at = now
        session.add(contact)
    if (
        app is not None
        and stage_of(app.stage) not in CLOSED_STAGES
        and settles_follow_up(app.next_follow_up, on)
    ):
        assert app.next_follow_up is not None
        settled.append(
            SettledFollowUp(app_name(app.company, app.role), app.next_follow_up, person=False)
        )
        app.next_follow_up = None
        app.updated_at = now
        session.add(app)
    return tuple(settled)


def update_interaction(
    db: Database,
    interaction_id: int,
    data: InteractionInput,
    *,
    application_id: int | None,
    expected_version: int | None = None,
) -> int:
    """Change a line of the log as read at ``expected_version`` (what happened, when, the
    line, which application). The plan is left as it is: an edit ticks or unticks nothing
    (a step is ticked or unticked in Recovery)."""
    with db.write() as session:
        row = _line_as_read(session, interaction_id, expected_version)
        if application_id is not None and session.get(Application, application_id) is None:
            raise NotFoundError(APPLICATION_GONE)
        row.kind = data.kind.value
        row.happened_on = data.happened_on
        row.note = data.note
        row.application_id = application_id
        session.add(row)
        return version_now(session, Interaction, interaction_id)


def _line_as_read(
    session: Session, interaction_id: int, expected_version: int | None
) -> Interaction:
    """The log line, as the form read it (``expected_version``): gone or changed in another
    window raises as every row's check does (``checked``)."""
    return checked(
        session,
        Interaction,
        interaction_id,
        expected_version,
        gone=INTERACTION_GONE,
        changed=changed_elsewhere("That entry"),
        get=readable_row,  # its day written over elsewhere: read as none, a new one saved
    )


def has_plan(db: Database, application_id: int | None) -> bool:
    """Whether the application has a recovery plan (a rejection of it): what the note after
    an edited log line says of its plan."""
    if application_id is None:
        return False
    with db.read() as session:
        found = session.exec(
            select(Rejection.id).where(Rejection.application_id == application_id)
        ).first()
    return found is not None


def interaction_values(row: Interaction | InteractionRow) -> dict[str, str]:
    """The log form's values of a line (``InteractionRow`` as read, or a row a conflict
    found: ``interaction_of``); "application" is "" when it is about none."""
    return {
        "kind": row.kind if isinstance(row.kind, str) else row.kind.value,
        "application": str(row.application_id) if row.application_id is not None else "",
        # Written over by another program: empty, for the person to write a good day.
        "happened_on": row.happened_on.isoformat() if row.happened_on else "",
        "note": row.note,
    }


def interaction_of(columns: Mapping[str, object]) -> dict[str, str]:
    """The log form's values of the line another window left (``ConflictError.current``)."""
    return interaction_values(row_of(Interaction, columns))


@dataclass(frozen=True)
class DeletedLine:
    """What `u` brings back after a line is deleted: the line, the tick it took back, and
    the reply step's day it moved back (a "Feedback asked" line: services/reply_day.py)."""

    rows: DeletedRows
    unticked: tuple[TickedStep, ...] = ()
    moved: tuple[MovedDay, ...] = ()


def tick_of_line(db: Database, interaction_id: int) -> str | None:
    """The title of the step the line ticked ("Keep the bridge intact", "Ask for feedback",
    "Note what came back"), while the tick is still the line's (deleting the line takes it
    back); None otherwise."""
    with db.read() as session:
        row = readable_row(session, Interaction, interaction_id)  # a day written over: none
        ticked = (
            opened(bridge_ticks_of(session, row) + feedback_ticks_of(session, row)) if row else ()
        )
        return ticked[0] if ticked else None


def opened(unticked: tuple[TickedStep, ...]) -> tuple[str, ...]:
    """The titles of the steps a delete unticks (not those it only takes a day asked from)."""
    return tuple(made.title for made in unticked if made.ticked_now)


def delete_interaction(
    db: Database, interaction_id: int, *, expected_version: int | None = None
) -> DeletedLine:
    """Take a line out of the log. The bridge tick a thank-you made goes with it, while it
    is still the tick the line made (``plan_ticks.bridge_ticks_of``: not one the person made
    by hand); so does the tick a feedback line made on its step, with what it wrote there
    (the day asked; a reply's answer), while no other line of its kind about the application
    is in the log (``feedback_line.feedback_ticks_of``: else the step is ticked from that
    line). The reply step a "Feedback asked" line counted from it no longer does: it is due as it
    would be without that ask (``reply_day.reply_without_ask``)."""
    with db.write() as session:
        row = _line_as_read(session, interaction_id, expected_version)
        unticked = bridge_ticks_of(session, row) + feedback_ticks_of(session, row)
        moved = reply_without_ask(session, row)
        session.expunge(row)
        deleted = delete_with_undo(session, "interaction", interaction_id)
        untick(session, unticked)
        return DeletedLine(deleted, unticked, moved)


@dataclass(frozen=True)
class LineBack(BroughtBack):
    """A deleted line brought back, and the reply step's days put back with it."""

    days_back: tuple[MovedDay, ...] = ()


def restore_interaction(db: Database, deleted: DeletedLine) -> LineBack:
    """The line back, the tick its delete took back while that step is still open, and the
    reply's day it moved while the reply still has the day the delete gave it."""
    days: list[MovedDay] = []

    def then(session: Session) -> None:
        retick(session, deleted.unticked)
        days.extend(put_back_days(session, deleted.moved))

    back = bring_back(db, deleted.rows, then=then)
    return LineBack(back.what, back.lost, back.many, again_as=back.again_as, days_back=tuple(days))
