"""Saving a deleted application's form as a new one ("save as new" after another window
deleted it): the copy keeps its no.

Deleting an application leaves its rejection in Recovery, unlinked (``delete_application``).
A copy in Rejected was recorded as rejected again, today: a second plan beside the first,
and Today's "Last no" and bounce-back counted from today (a stranger's two windows). The
copy is linked to the rejection the form read instead, plan, ticks and day kept; if that is
gone too, its no is recorded again on the day it had (``kept``).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, select

from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services.application_views import application_view
from bounceback_tui.services.applications import SaveResult, insert_application
from bounceback_tui.store.cas import version_now
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, Rejection


def add_again(
    db: Database,
    data: ApplicationInput,
    rejection: RejectionInput | None,
    read_noes: Sequence[int],
    kept: RejectionInput | None,
) -> SaveResult:
    """Add ``data`` as a new application in one transaction. In Rejected with no new
    rejection asked for, it takes the latest of ``read_noes`` (the rejections the form
    read) left unlinked, or else records ``kept`` (that no's details)."""
    with db.write() as session:
        its_no = None
        if data.stage is Stage.REJECTED and rejection is None:
            its_no = _latest_unlinked(session, read_noes)
            if its_no is not None:
                reached = _stage_or_applied(its_no.stage_reached)
                rejection = RejectionInput(its_no.rejected_on, reached, its_no.reason)
            else:
                rejection = kept
        app = insert_application(session, data, rejection, its_no=its_no)
        assert app.id is not None
        # A no recorded anew is offered its plan, as any; the one linked back is not new.
        rejection_id = None
        if data.stage is Stage.REJECTED and its_no is None:
            rejection_id = _newest_of(session, app.id)
        version = version_now(session, Application, app.id)
        return SaveResult(application_view(app, version=version), rejection_id)


def _latest_unlinked(session: Session, ids: Sequence[int]) -> Rejection | None:
    rows = [row for i in ids if (row := session.get(Rejection, i)) is not None]
    unlinked = [row for row in rows if row.application_id is None]
    return max(unlinked, key=lambda row: (row.rejected_on, row.id or 0), default=None)


def _newest_of(session: Session, app_id: int) -> int | None:
    return session.exec(select(Rejection.id).where(Rejection.application_id == app_id)).first()


def _stage_or_applied(value: str) -> Stage:
    try:
        return Stage(value)
    except ValueError:
        return Stage.APPLIED
