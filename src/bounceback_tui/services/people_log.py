"""The People log: what passed between you and a person or about an application.

A line about a feedback asked or received ticks the matching step of the application's
recovery plan, in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from bounceback_tui.domain.people import InteractionInput, InteractionKind, step_ticked_by
from bounceback_tui.domain.wording import changed_elsewhere
from bounceback_tui.errors import NotFoundError, ValidationError
from bounceback_tui.services.bring_back import BroughtBack, bring_back
from bounceback_tui.services.people import APPLICATION_GONE, GONE, INTERACTION_GONE
from bounceback_tui.store.cas import checked
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, Contact, Interaction
from bounceback_tui.store.undo import DeletedRows, delete_with_undo


@dataclass(frozen=True)
class LoggedInteraction:
    id: int
    ticked_step: str | None  # the title of the recovery step it ticked


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
    from bounceback_tui.services.recovery_steps import tick_plan_step

    contact = session.get(Contact, contact_id) if contact_id is not None else None
    if contact_id is not None and contact is None:
        raise NotFoundError(GONE)
    if application_id is not None and session.get(Application, application_id) is None:
        raise NotFoundError(APPLICATION_GONE)
    row = Interaction(
        application_id=application_id,
        contact_id=contact_id,
        contact_name=contact.name if contact else "",
        kind=data.kind.value,
        happened_on=data.happened_on,
        note=data.note,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    ticked = None
    step_key = ticks or step_ticked_by(data.kind)
    if tick and step_key and application_id is not None:
        via = (
            f"{contact.name}" + (f" <{contact.email}>" if contact.email else "") if contact else ""
        )
        answer = data.note if data.kind is InteractionKind.FEEDBACK_RECEIVED else ""
        step = tick_plan_step(
            session, application_id, step_key, data.happened_on, asked_via=via, answer=answer
        )
        ticked = step.title if step is not None else None
    return LoggedInteraction(row.id, ticked)


def delete_interaction(
    db: Database, interaction_id: int, *, expected_version: int | None = None
) -> DeletedRows:
    """Take a line out of the log (a step it ticked stays ticked: untick it in its plan)."""
    with db.write() as session:
        row = checked(
            session,
            Interaction,
            interaction_id,
            expected_version,
            gone=INTERACTION_GONE,
            changed=changed_elsewhere("That entry"),
        )
        session.expunge(row)
        return delete_with_undo(session, "interaction", interaction_id)


def restore_interaction(db: Database, deleted: DeletedRows) -> BroughtBack:
    return bring_back(db, deleted)
