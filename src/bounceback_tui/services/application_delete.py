"""Deleting an application, what goes with it, and bringing it back (`u`).

An application is deleted with its timeline, and only if it is still the version the screen
showed; a rejection it had stays in Recovery, unlinked until it is brought back. Before it
asks, the Pipeline's delete counts what goes with it (the people linked, interviews, log
lines and rejections). ``DeletedApplication`` is the receipt `u` brings it back from.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, func, select

from bounceback_tui.domain.text import app_name
from bounceback_tui.services.bring_back import BroughtBack, bring_back
from bounceback_tui.services.pipeline_moves import checked_application
from bounceback_tui.store.database import Database
from bounceback_tui.store.undo import DeletedRows, delete_with_undo


@dataclass(frozen=True)
class DeletedApplication:
    deleted: DeletedRows
    company: str
    role: str

    @property
    def application_id(self) -> int:
        return int(self.deleted.row_id)


def delete_application(
    db: Database, application_id: int, *, expected_version: int | None = None
) -> DeletedApplication:
    """Delete with its timeline; a rejection it had stays in Recovery, unlinked until undo.
    With ``expected_version``, only if it is still the version the screen showed."""
    with db.write() as session:
        app = checked_application(session, application_id, expected_version)
        company, role = app.company, app.role
        session.expunge(app)
        deleted = delete_with_undo(session, "application", application_id)
        return DeletedApplication(deleted, company, role)


@dataclass(frozen=True)
class GoesWith:
    """What deleting an application takes with it besides its timeline, counted."""

    people: int  # linked: the people stay in People, unlinked
    interviews: int
    log_lines: int
    rejections: int  # they stay in Recovery, their plans with them


def goes_with(db: Database, application_id: int) -> GoesWith:
    """The Pipeline's delete says these before it asks (it said only "Its timeline goes with
    it", and the interviews and log lines vanished from People: a tester's walk)."""
    from bounceback_tui.store.models import ApplicationContact, Interaction, Interview, Rejection

    with db.read() as session:
        counts = [
            int(session.exec(select(func.count()).where(col(column) == application_id)).one())
            for column in (
                ApplicationContact.application_id,
                Interview.application_id,
                Interaction.application_id,
                Rejection.application_id,
            )
        ]
    return GoesWith(*counts)


def restore_application(db: Database, deleted: DeletedApplication) -> BroughtBack:
    return bring_back(db, deleted.deleted, app_name(deleted.company, deleted.role))
