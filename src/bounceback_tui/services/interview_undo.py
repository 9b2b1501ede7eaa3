"""Deleting an interview with a receipt `u` can take back: what the delete removed (the
interview and who was in it) plus the few words a toast needs to say which one it was; and
an interview saved as new over one deleted elsewhere, or scheduled from the Pipeline, with
the receipt `u` takes it away by (``AddedInterview``), as after `n`."""

from __future__ import annotations

from dataclasses import dataclass

from bounceback_tui.domain.text import interview_named
from bounceback_tui.services.added import Added
from bounceback_tui.services.bring_back import BroughtBack
from bounceback_tui.services.interviews import (
    checked_interview,
    interview_rows,
    restore_interview,
)
from bounceback_tui.store.database import Database
from bounceback_tui.store.undo import DeletedRows, delete_with_undo


@dataclass(frozen=True)
class DeletedInterview:
    rows: DeletedRows
    interview_id: int
    application_id: int
    company: str
    kind_label: str
    role: str = ""


@dataclass(frozen=True)
class AddedInterview:
    """An interview saved as new from its edit form, its original deleted in another window
    (the form's "Save as new"), or scheduled from the Pipeline (``scheduled``): the add's
    receipt (``interviews.add_interview_undoable``), and the application it is about, for
    the Pipeline's own `u`."""

    added: Added
    application_id: int
    company: str
    role: str = ""
    scheduled: bool = False


def remove_interview(
    db: Database, interview_id: int, *, expected_version: int | None = None
) -> DeletedInterview:
    """Delete it, as read at ``expected_version`` (a ConflictError if another window changed
    or deleted it meanwhile); one transaction."""
    with db.write() as session:
        interview = checked_interview(session, interview_id, expected_version)
        (row,) = interview_rows(session, "v.id = ?", (interview_id,))
        session.expunge(interview)
        rows = delete_with_undo(session, "interview", interview_id)
    return DeletedInterview(
        rows, interview_id, row.application_id, row.company, row.kind.label, row.role
    )


def bring_back_interview(db: Database, receipt: DeletedInterview) -> BroughtBack:
    """Restore it with its links to the people still there, in one transaction."""
    what = f"The {interview_named(receipt.kind_label, receipt.company, receipt.role)}"
    return restore_interview(db, receipt.rows, what)
