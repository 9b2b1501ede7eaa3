"""`u` after an add: the record goes, with what the add did beside it, in one transaction,
only while it is as the add left it (``services/added.py``).

A change to it since, in this window or another (an edit, a tick, a line logged about a
person just added), means it stays, with nothing changed: what was done to it would go with
it, so `d` is the way then (People's `I` or `N`, then `d`, for a line of the log or an
interview). A plan step the add ticked is unticked, with what else the add wrote in it,
while it is still so (changed since, it stays as it is, and the note says so), a plan
the add reopened is finished again as it was, a reply step's day a late ask moved is back
while it is as the ask left it, and what the add cleared elsewhere (the follow-up a line
settled) is put back while it is still empty: set again since, the new
value stays, and the note says so."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlmodel import Session, col, func, select

from bounceback_tui import clock
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.wording import gone_elsewhere
from bounceback_tui.errors import BouncebackError, DeletedElsewhereError
from bounceback_tui.services.added import HERE, Added, Cleared, KeyOf, MovedDay
from bounceback_tui.services.plan_ticks import untick_saying
from bounceback_tui.services.recovery_steps import sync_completion
from bounceback_tui.services.reply_day import put_back_days
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import (
    Application,
    Contact,
    Interaction,
    Interview,
    RecoveryStep,
    Rejection,
    Skill,
    ThoughtRecord,
)
from bounceback_tui.store.undo import delete_with_undo, fill_if_empty, footprint


@dataclass(frozen=True)
class TakenBack:
    """What taking an add back did beside removing it, for the note after it."""

    unticked: tuple[str, ...] = ()  # titles of the plan steps open again
    finished_again: bool = False  # the plan a step reopened is finished again
    # Titles of the plan steps the add ticked that stay as they are: changed since.
    kept: tuple[str, ...] = ()
    # What the add cleared that is back as it was (a follow-up's day), and what was set
    # again since and stays, each with the value it has now.
    put_back: tuple[Cleared, ...] = ()
    set_since: tuple[Cleared, ...] = ()
    # The plan steps' days the add moved that are back as they were (a late ask's reply).
    days_back: tuple[MovedDay, ...] = ()
    # The applications back in the stage they were in before the add marked them rejected
    # (Recovery's `n` for one open in the Pipeline), each (named, the stage's label).
    moved_back: tuple[tuple[str, str], ...] = ()


def take_back(db: Database, added: Added, key_of: KeyOf) -> TakenBack:
    """Take back the add of ``added``: the plan steps unticked, and whether a plan is
    finished again.

    Raises a BouncebackError, with nothing written, when the record has changed or gone."""
    with db.write() as session:
        return take_back_in(session, added, key_of)


def put_back(db: Database, cleared: tuple[Cleared, ...]) -> TakenBack:
    """`u` after what settled a follow-up and stays itself (how an interview went): each day
    ``cleared`` back in its place while that is still empty, in one transaction; one set
    again since stays (``TakenBack.set_since``). No action of the day: nothing is counted."""
    with db.write(count_activity=False) as session:
        done, since = _put_back(session, cleared)
    return TakenBack(put_back=done, set_since=since)


def can_take_back(db: Database, added: Added, key_of: KeyOf) -> None:
    """Read only: raise what ``take_back`` would refuse with now, before `u` asks about an
    add that holds the person's writing (asked, then refused, it quoted text long gone)."""
    with db.read() as session:
        _still_as_added(session, added, key_of)


def take_back_in(session: Session, added: Added, key_of: KeyOf) -> TakenBack:
    """``take_back`` inside the caller's transaction."""
    _still_as_added(session, added, key_of)
    plan = None
    if added.table == "recovery_step":
        step = session.get(RecoveryStep, added.row_id)
        plan = step.rejection_id if step is not None else None
        if step is not None:
            session.expunge(step)
    delete_with_undo(session, added.table, added.row_id)
    finished_again = False
    if plan is not None:
        done = sync_completion(session, plan)
        rejection = session.get(Rejection, plan)
        if done.finished_now and added.reopened is not None and rejection is not None:
            rejection.plan_completed_at = added.reopened  # finished when it had been
            session.add(rejection)
            finished_again = True
    unticked, kept = untick_saying(session, added.ticked)
    put_back, set_since = _put_back(session, added.cleared)
    days_back = put_back_days(session, added.moved)
    return TakenBack(unticked, finished_again, kept, put_back, set_since, days_back)


def _put_back(
    session: Session, cleared: tuple[Cleared, ...]
) -> tuple[tuple[Cleared, ...], tuple[Cleared, ...]]:
    """Each value the add cleared back in its place while that is still empty; (put back,
    set again since, with the value now). A record deleted since is neither."""
    put_back: list[Cleared] = []
    set_since: list[Cleared] = []
    at = clock.now()
    for one in cleared:
        done, now = fill_if_empty(session, one.table, one.row_id, one.column, one.value, at=at)
        if done:
            put_back.append(one)
        elif now is not None:
            set_since.append(replace(one, value=now))
    return tuple(put_back), tuple(set_since)


def _still_as_added(session: Session, added: Added, key_of: KeyOf) -> None:
    """Raise a BouncebackError saying why, unless the record is as the add left it; the
    way to delete it named with the keys as bound (``key_of``)."""
    version, with_it = footprint(session, added.table, added.row_id)
    if version is None:
        raise DeletedElsewhereError(_first_up(gone_elsewhere(added.thing, name=added.name)))
    if added.table == "rejection" and (begun := _records_begun(session, added.row_id)):
        # A thought record started from its plan would lose its link: the real reason.
        said = f"{_first_up(added.called)} stays: {begun} started from its plan."
        raise BouncebackError(said + _how_deleted(added.table, "it", key_of))
    if version != added.version or with_it != added.with_it:
        now = replace(added, name=_name_now(session, added))
        it, stays = ("them", "they stay") if added.table == "contact" else ("it", "it stays")
        verb = _ADDED_HOW.get(added.table, "added")
        said = f"{_first_up(now.called)} has changed since you {verb} {it}, so {stays}."
        raise BouncebackError(said + _how_deleted(added.table, it, key_of))


def _how_deleted(table: str, it: str, key_of: KeyOf) -> str:
    """ " Press d to delete it.", " Press I, then d, to delete it.": the keys as bound."""
    keys = [key_of(*binding) for binding in _DELETED_WITH.get(table, ())]
    if not keys:
        return ""
    pressed = keys[0] if len(keys) == 1 else ", then ".join(keys) + ","
    return f" Press {pressed} to delete {it}."


# How a note names the add of a line of People's log and of an interview.
_ADDED_HOW = {"interaction": "logged", "interview": "scheduled"}
# Where each added record is deleted, the bindings (id, usual key) pressed in turn: a line
# of People's log and an interview are chosen first, then deleted (`d` on the person
# deletes the person); an interview with the `N` of the pane the person is on (``HERE``).
_DELETED_WITH: dict[str, tuple[tuple[str, str], ...]] = {
    "interaction": (("people.edit_log", "I"), ("interview_choice.delete", "d")),
    "interview": ((f"{HERE}edit_interview", "N"), ("interview_choice.delete", "d")),
    "contact": (("people.delete", "d"),),
    "rejection": (("recovery.delete", "d"),),
    "recovery_step": (("recovery.delete", "d"),),
    "skill": (("skills.delete", "d"),),
    "thought_record": (("reframe.delete", "d"),),
}


def _records_begun(session: Session, rejection_id: int) -> str:
    """ "a thought record was" (or "2 thought records were") started from the no's plan."""
    query = select(func.count()).where(col(ThoughtRecord.rejection_id) == rejection_id)
    count = int(session.exec(query).one())
    if count == 0:
        return ""
    return "a thought record was" if count == 1 else f"{count} thought records were"


def _name_now(session: Session, added: Added) -> str:
    """The record's name as it reads now (renamed since: the new name), else as added."""
    name: str | None = None
    if added.table == "skill" and (skill := session.get(Skill, added.row_id)):
        name = skill.title
    elif added.table == "recovery_step" and (step := session.get(RecoveryStep, added.row_id)):
        name = step.title
    elif added.table == "contact" and (person := session.get(Contact, added.row_id)):
        name = person.name
    elif added.table == "rejection" and (no := session.get(Rejection, added.row_id)):
        return app_name(no.company, no.role)  # "Company (Role)", clipped already
    elif added.table == "thought_record" and (record := session.get(ThoughtRecord, added.row_id)):
        name = record.thought or record.situation
    elif added.table == "interaction" and (line := session.get(Interaction, added.row_id)):
        name = day_month(line.happened_on, clock.today())  # "16 Mar", as notes say a day
    elif added.table == "interview" and (interview := session.get(Interview, added.row_id)):
        application = session.get(Application, interview.application_id)
        if application is not None:  # "Company (Role)", clipped already
            return app_name(application.company, application.role)
    return " ".join((name or "").split()) or added.name


def _first_up(text: str) -> str:
    """A sentence that starts with the app's words ("the step …") starts with a capital."""
    return text[:1].upper() + text[1:]
