"""A no recorded by hand (Recovery's `n`) for an application still open in the Pipeline.

The form recorded a separate no and plan without a word, and the application stayed in
Applied with its follow-up while Today said the company had said no. Before it saves, the
form now asks for the open applications at the company typed (``open_at_company``: the
same company as the import's duplicate check counts it, ``domain/companies.py``: case,
spaces, accents, punctuation and a legal form at its end aside, "Inc." or "Incorporated";
the one whose role is closest to the role typed first), and the person chooses: mark that
one rejected (``mark_open_rejected``: what the Pipeline's `x` does, in one transaction: it
moves to Rejected, its follow-up goes, the no and its plan are linked to it), or go on
with a separate no. `u` takes the marking back whole
(``take_back_marked``): the no and its plan go, and the application is back as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from bounceback_tui.domain import applications
from bounceback_tui.domain.companies import company_key
from bounceback_tui.domain.fuzzy_text import fold
from bounceback_tui.domain.recovery_forms import RejectionInput
from bounceback_tui.domain.stages import CLOSED_STAGES, Stage
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.wording import gone_elsewhere
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services.added import Added, Cleared, KeyOf, receipt
from bounceback_tui.services.pipeline_moves import checked_application, mark_rejected_in
from bounceback_tui.services.reached_for_no import reached_for_no
from bounceback_tui.services.recovery_views import RejectionView, rejection_view
from bounceback_tui.services.rejection_receipt import RejectionReceipt, put_back_before
from bounceback_tui.services.take_back import TakenBack, can_take_back, take_back_in
from bounceback_tui.store.cas import refresh_version
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, Rejection

# A role typed this close to an application's (rapidfuzz, 0-100) is offered first:
# "Platfrom Engineer" is "Platform Engineer" (token_sort_ratio), and a role whose words are
# all in the application's is too: "analyst" is "Data Analyst" (token_set_ratio), which
# token_sort_ratio put at 73.7 and so behind a Machine Learning Engineer changed later.
CLOSE_ROLE = 80.0


@dataclass(frozen=True)
class OpenApplication:
    """An application open in the Pipeline, as the question names it."""

    id: int
    company: str
    role: str
    stage: Stage
    next_follow_up: date | None
    date_applied: date | None
    version: int
    close: bool = False  # its role is close to the role typed


@dataclass(frozen=True)
class Marked:
    """A no recorded for an application open in the Pipeline: the no, what `u` needs to take
    it back with its plan (``added``), and the application's move (``moved``)."""

    rejection: RejectionView
    added: Added
    moved: RejectionReceipt


def open_at_company(db: Database, company: str, role: str) -> list[OpenApplication]:
    """The applications open in the Pipeline (neither closed nor accepted) at ``company``:
    those whose role is close to ``role`` first, closest first, then the rest as the
    Pipeline last changed them."""
    key = company_key(company)
    if not key:
        return []
    closed = [stage.value for stage in CLOSED_STAGES]
    query = (
        select(
            col(Application.id),
            col(Application.company),
            col(Application.role),
            col(Application.stage),
            col(Application.next_follow_up),
            col(Application.date_applied),
            col(Application.version),
        )
        .where(col(Application.stage).not_in(closed))
        .order_by(col(Application.updated_at).desc(), col(Application.id).desc())
    )
    with db.read() as session:
        found = [
            OpenApplication(row[0], row[1], row[2], Stage(row[3]), row[4], row[5], row[6])
            for row in session.execute(query)
            if company_key(row[1]) == key
        ]
    return closest_first(role, found)


def closest_first(role: str, found: list[OpenApplication]) -> list[OpenApplication]:
    """``found`` with the roles close to ``role`` first, closest first (rapidfuzz), each
    marked ``close``; the others keep their order."""
    if not found:
        return found
    from rapidfuzz import fuzz, utils

    def score(app: OpenApplication) -> tuple[float, float]:
        """Words contained first (token_set_ratio), then the whole role alike (token_sort)."""
        typed, theirs = fold(role), fold(app.role)
        contained = fuzz.token_set_ratio(typed, theirs, processor=utils.default_process)
        alike = fuzz.token_sort_ratio(typed, theirs, processor=utils.default_process)
        return max(contained, alike), alike

    scored = [(score(app), app) for app in found]
    close = sorted(
        (pair for pair in scored if pair[0][0] >= CLOSE_ROLE),
        key=lambda pair: (-pair[0][0], -pair[0][1]),
    )
    rest = [app for (best, _), app in scored if best < CLOSE_ROLE]
    return [replace(app, close=True) for _, app in close] + rest


# The stages a no most likely ends: sent and waiting for an answer. Not Saved (nothing sent
# yet), never Offer: one stray Enter would mark an offer rejected, the rarest no of all.
LIKELY_ENDED = frozenset({Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING})


def likely_ended(found: list[OpenApplication]) -> int | None:
    """Where in ``found`` (as ``open_at_company`` orders it) the question's highlight starts:
    the application a no most likely ends, or None for none pre-chosen ("A different one").
    With roles close to the one typed, the closest of them sent and waiting (the latest
    changed of equals); one open at the company, that one if sent and waiting; several with
    none close, none: which one is the person's to say."""
    close = [index for index, app in enumerate(found) if app.close]
    if close:
        waiting = [index for index in close if found[index].stage in LIKELY_ENDED]
    else:
        waiting = [0] if len(found) == 1 and found[0].stage in LIKELY_ENDED else []
    return waiting[0] if waiting else None


def what_became_of(db: Database, chosen: OpenApplication) -> str:
    """What another window did to ``chosen`` since the question showed it, as the question
    asked again says it: "Cinder Audio (Engineering Manager) was marked rejected in another
    window, with its plan."."""
    named = app_name(chosen.company, chosen.role)
    with db.read() as session:
        app = session.get(Application, chosen.id)
        if app is None:
            return gone_elsewhere(named)  # as every pane says it (domain/wording.py)
        named = app_name(app.company, app.role)
        stage = Stage(app.stage)
        if stage == Stage.REJECTED:
            linked = session.execute(
                select(col(Rejection.id)).where(col(Rejection.application_id) == app.id)
            ).first()
            plan = ", with its plan" if linked is not None else ""
            return f"{named} was marked rejected in another window{plan}."
        if stage in CLOSED_STAGES:
            return f"{named} was moved to {stage.label} in another window."
    return f"{named} was changed in another window."


def mark_open_rejected(
    db: Database, application_id: int, data: RejectionInput, *, expected_version: int | None
) -> Marked:
    """The no typed in Recovery's form, for an application open in the Pipeline, in one
    transaction: as the Pipeline's `x`, it moves to Rejected dated the no's day, its
    follow-up goes, and the no (named as the application) starts its plan, linked to it;
    how far it got as typed, or else as far as its timeline went. Only if the application
    is still the version the question showed (``expected_version``)."""
    with db.write() as session:
        app = checked_application(session, application_id, expected_version)
        if Stage(app.stage) in CLOSED_STAGES:
            raise BouncebackError(
                f"{app_name(app.company, app.role)} is no longer open in the Pipeline. "
                "Save again to choose."
            )
        got_to = Stage(data.stage_reached) if data.stage_reached else reached_for_no(session, app)
        details = applications.RejectionInput(data.rejected_on, got_to, data.reason)
        moved = mark_rejected_in(session, app, details)
        rejection = session.get(Rejection, moved.rejection_id)
        assert rejection is not None
        refresh_version(session, rejection)  # its plan's steps moved it on
        named = app_name(app.company, app.role)
        added = receipt(session, "rejection", moved.rejection_id, "the no from {name}", named)
        added = replace(added, action="Rejection")  # "Rejection taken back", as it was recorded
        return Marked(rejection_view(rejection), added, moved)


def take_back_marked(db: Database, marked: Marked, key_of: KeyOf) -> TakenBack:
    """`u` after ``mark_open_rejected``, in one transaction: the no and its plan go (only
    while they are as recorded: ``services/take_back.py``), and the application is back in
    its stage with its follow-up (only while it is as marked)."""
    with db.write() as session:
        app = _still_as_marked(session, marked.moved)
        try:
            done = take_back_in(session, marked.added, key_of)
        except BouncebackError:  # checked before anything is written
            raise BouncebackError(_no_changed(marked.moved)) from None
        put_back_before(session, app, marked.moved)
    moved = marked.moved
    named = app_name(moved.company, moved.role)
    follow_up = moved.previous_follow_up
    put = (
        Cleared(
            "application", moved.application_id, "next_follow_up", follow_up, "its follow-up", ""
        ),
    )
    return replace(
        done,
        moved_back=((named, moved.previous_stage.label),),
        put_back=done.put_back + (put if follow_up is not None else ()),
    )


def can_take_back_marked(db: Database, marked: Marked, key_of: KeyOf) -> None:
    """Read only: raise what ``take_back_marked`` would refuse with now."""
    with db.read() as session:
        _still_as_marked(session, marked.moved)
    try:
        can_take_back(db, marked.added, key_of)
    except BouncebackError:
        raise BouncebackError(_no_changed(marked.moved)) from None


def _no_changed(moved: RejectionReceipt) -> str:
    """Why `u` leaves a marking whose no changed since (a step ticked, a thought record begun
    from its plan): `d` would not take it either while the application is in Rejected."""
    named = app_name(moved.company, moved.role)
    return (
        f"The no from {named} has changed since you recorded it, so it stays, and {named} "
        "stays rejected in the Pipeline."
    )


def _still_as_marked(session: Session, moved: RejectionReceipt) -> Application:
    """The application, unless it changed since it was marked rejected (here or in another
    window, in the Pipeline or by its no): then it stays, and so does its no."""
    app = session.get(Application, moved.application_id)
    if app is None or app.stage != Stage.REJECTED or app.version != moved.version:
        named = app_name(moved.company, moved.role)
        raise BouncebackError(
            f"{named} has changed in the Pipeline since its no was recorded, so it stays as "
            "it is, and so does its no."
        )
    return app
