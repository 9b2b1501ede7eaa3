"""Applications: adding, editing, following up, and listing them.

Deleting one (with undo) is services/application_delete.py; reading one in full, for the
Pipeline's detail, services/application_detail.py.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm.attributes import flag_modified
from sqlmodel import Session, col, func, select

from bounceback_tui import clock
from bounceback_tui.domain.applications import (
    FORM_FIELDS,
    ApplicationInput,
    RejectionInput,
)
from bounceback_tui.domain.follow_up_rules import closed_follow_up_message, follow_up_problem
from bounceback_tui.domain.stages import CLOSED_STAGES, Stage
from bounceback_tui.errors import BouncebackError, ValidationError
from bounceback_tui.services.application_views import ApplicationView, application_view
from bounceback_tui.services.application_views import form_values as form_values
from bounceback_tui.services.application_views import form_values_of as form_values_of
from bounceback_tui.services.applied_entry import move_first_entry
from bounceback_tui.services.pipeline_moves import (
    RejectionReceipt,
    change_stage,
    checked_application,
    enter_rejected,
)
from bounceback_tui.services.plan_ticks import TickedStep, sent_ticks
from bounceback_tui.services.reached_for_no import reached_for_no
from bounceback_tui.services.rejection_receipt import stored_before
from bounceback_tui.store.cas import version_now
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, Rejection, StageChange

# Fields an ApplicationInput sets; everything else (ids, times, ghost_dismissed_on) is kept.
# The contact name and email are not the application's: they name a person to link.
_PERSON_FIELDS = ("contact_name", "contact_email")
_DATA_FIELDS = tuple(name for name in FORM_FIELDS if name != "stage" and name not in _PERSON_FIELDS)


def _field_value(data: ApplicationInput, name: str) -> object:
    value = getattr(data, name)
    return value.value if hasattr(value, "value") else value


def _application_from_input(data: ApplicationInput) -> Application:
    app = Application(stage=data.stage.value, company=data.company, role=data.role)
    for name in _DATA_FIELDS:
        setattr(app, name, _field_value(data, name))
    return app


@dataclass(frozen=True)
class SaveResult:
    """A saved application; with the rejection (and how to undo it) when it entered Rejected."""

    application: ApplicationView
    rejection_id: int | None = None
    receipt: RejectionReceipt | None = None
    # The application's version after the save.
    version: int = 0
    # Plan steps the save stands for, ticked with it (services/plan_ticks.py).
    ticked: tuple[TickedStep, ...] = ()


def insert_application(
    session: Session,
    data: ApplicationInput,
    rejection: RejectionInput | None = None,
    *,
    its_no: Rejection | None = None,
) -> tuple[Application, tuple[TickedStep, ...]]:
    """Add the application and its first timeline entry inside ``session``; with the plan
    steps sending it ticked (``plan_ticks.sent_ticks``), for `u` to take back with it.

    Added straight into Rejected (logging an old no), it gets two entries (the stage
    it reached, then Rejected on the day it was heard) and its rejection and plan; or, given
    ``its_no`` (a rejection already stored, with its plan), that one is linked to it.
    """
    app = _application_from_input(data)
    today = clock.today()
    if data.stage is Stage.REJECTED:
        details = rejection or RejectionInput(
            rejected_on=today, stage_reached=Stage.APPLIED if data.date_applied else Stage.SAVED
        )
        app.stage = details.stage_reached.value
        _add_first_entry(session, app, data.date_applied or details.rejected_on)
        change_stage(session, app, Stage.REJECTED, details.rejected_on)
        if its_no is None:
            enter_rejected(session, app, details)
        else:  # named as the application is now, as a rename renames it
            its_no.application_id, its_no.company, its_no.role = app.id, app.company, app.role
            session.add(its_no)
    else:
        _add_first_entry(session, app, data.date_applied or today)
    _link_named_person(session, app, data)
    return app, sent_ticks(session, app, None)


def _link_named_person(session: Session, app: Application, data: ApplicationInput) -> None:
    """A contact name or email typed with the application (or read from an import) is a
    person: found among the contacts, or added to them, and linked."""
    if data.contact_name or data.contact_email:
        from bounceback_tui.services.people import link_named_person

        assert app.id is not None
        link_named_person(session, app.id, app.company, data.contact_name, data.contact_email)


def _add_first_entry(session: Session, app: Application, on: date) -> None:
    session.add(app)
    session.flush()
    assert app.id is not None
    session.add(
        StageChange(application_id=app.id, from_stage=None, to_stage=app.stage, changed_on=on)
    )


def add_application(
    db: Database, data: ApplicationInput, rejection: RejectionInput | None = None
) -> ApplicationView:
    with db.write() as session:
        app, _ = insert_application(session, data, rejection)
        return application_view(app, version=_version_of(session, app))


def _version_of(session: Session, app: Application) -> int:
    """The application's version now: its timeline's first entry already moved it."""
    assert app.id is not None
    return version_now(session, Application, app.id)


def add_application_result(
    db: Database, data: ApplicationInput, rejection: RejectionInput | None = None
) -> SaveResult:
    """Like add_application, also saying which rejection was recorded (to offer its plan) and
    which plans' "Send the next application" step it ticked."""
    with db.write() as session:
        app, ticked = insert_application(session, data, rejection)
        return replace(added_result(session, app), ticked=ticked)


def added_result(session: Session, app: Application, *, new_no: bool = True) -> SaveResult:
    """An application just added in ``session``, with the rejection recorded for it if it
    went straight into Rejected and ``new_no`` (a no linked back is not new: no plan offer);
    the steps adding it ticked are the caller's to add (``replace``)."""
    rejection_id = None
    if new_no and app.stage == Stage.REJECTED.value:
        rejection_id = session.exec(
            select(Rejection.id).where(Rejection.application_id == app.id)
        ).first()
    return SaveResult(application_view(app, version=_version_of(session, app)), rejection_id)


def update_application(
    db: Database,
    application_id: int,
    data: ApplicationInput,
    rejection: RejectionInput | None = None,
    *,
    expected_version: int | None = None,
    rewritten: Collection[str] = (),
) -> SaveResult:
    """Save an edit in one transaction. A stage change joins the timeline (dated today, or
    the day of the rejection); entering Rejected also records the rejection and its plan.

    With ``expected_version`` (the version the form read), a record changed or deleted
    since raises ConflictError and nothing is written. ``rewritten``: the days whose stored
    value was not a day (read as none) that the person changed, written even when emptied
    (none over none would write nothing); the other such days are left as stored."""
    today = clock.today()
    with db.write() as session:
        app = checked_application(session, application_id, expected_version)
        previous = (Stage(app.stage), app.updated_at, app.date_applied, app.next_follow_up)
        as_stored = stored_before(session, app)  # its days written over elsewhere, as stored
        got_to = reached_for_no(session, app)  # its interviews held too
        named = (app.company, app.role)
        for name in _DATA_FIELDS:
            setattr(app, name, _field_value(data, name))
        for name in rewritten:
            flag_modified(app, name)
        rename_its_rejections(session, app, named)
        move_first_entry(session, app, previous[2])  # services/applied_entry.py
        app.updated_at = clock.now()
        session.add(app)
        _link_named_person(session, app, data)
        if data.stage is previous[0] or data.stage is not Stage.REJECTED:
            if data.stage is not previous[0]:
                change_stage(session, app, data.stage, today)
            ticked = sent_ticks(session, app, previous[2])  # a date applied now: sent
            version = version_now(session, Application, application_id)
            return SaveResult(application_view(app, version=version), None, None, version, ticked)
        details = rejection or RejectionInput(rejected_on=today, stage_reached=got_to)
        entry = change_stage(session, app, Stage.REJECTED, details.rejected_on)
        recorded = enter_rejected(session, app, details)
        ticked = sent_ticks(session, app, previous[2])
        assert entry.id is not None and recorded.id is not None
        receipt = RejectionReceipt(
            application_id=application_id,
            rejection_id=recorded.id,
            stage_change_id=entry.id,
            previous_stage=previous[0],
            previous_updated_at=previous[1],
            previous_date_applied=previous[2],
            company=app.company,
            role=app.role,
            version=version_now(session, Application, application_id),
            previous_follow_up=previous[3],  # the form's save cleared it (closed)
            ticked=ticked,  # a date applied typed with it: `u` unticks them too
            as_stored=as_stored,
        )
        view = application_view(app, version=receipt.version)
        return SaveResult(view, recorded.id, receipt, receipt.version, ticked)


def rename_its_rejections(session: Session, app: Application, named: tuple[str, str]) -> None:
    """A rejection keeps a copy of its application's company and role; a correction (a typo),
    made in the Pipeline or from one of its noes in Recovery (``recovery_edits``), reaches each
    copy that still reads as the application did, never one named apart. Their versions move
    on (a form open on one meets it)."""
    if (app.company, app.role) == named:
        return
    for rejection in session.exec(select(Rejection).where(Rejection.application_id == app.id)):
        if rejection.company == named[0]:
            rejection.company = app.company
        if rejection.role == named[1]:
            rejection.role = app.role
        session.add(rejection)


def set_follow_up(
    db: Database, application_id: int, day: date | None, *, expected_version: int | None = None
) -> ApplicationView:
    """Set (or with None clear) the next follow-up. A day before the application was sent
    is refused (ValidationError on ``next_follow_up``), and so is any day for a closed
    application: there is nothing left to follow up."""
    with db.write() as session:
        app = checked_application(session, application_id, expected_version)
        stage = Stage(app.stage)
        if day is not None and stage in CLOSED_STAGES:
            raise BouncebackError(closed_follow_up_message(stage))
        if problem := follow_up_problem(day, app.date_applied):
            raise ValidationError.single("next_follow_up", problem)
        app.next_follow_up = day
        app.updated_at = clock.now()
        session.add(app)
        return application_view(app, version=version_now(session, Application, application_id))


def list_applications(db: Database) -> list[ApplicationView]:
    """Every application, most recently touched first."""
    with db.read() as session:
        statement = select(Application).order_by(
            col(Application.updated_at).desc(), col(Application.id).desc()
        )
        return [application_view(app) for app in session.exec(statement)]


def count_applications(db: Database) -> int:
    with db.read() as session:
        return session.exec(select(func.count()).select_from(Application)).one()
