"""Saving a deleted application's form as a new one ("save as new" after another window
deleted it): the copy keeps its no.

Deleting an application leaves its rejection in Recovery, unlinked (``delete_application``).
A copy in Rejected was recorded as rejected again, today: a second plan beside the first,
and Today's "Last no" and bounce-back counted from today (a stranger's two windows). The
copy is linked to the rejection the form read instead, plan, ticks and day kept; if that is
gone too, its no is recorded again on the day it had.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlmodel import Session

from bounceback_tui import clock
from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services.applications import SaveResult, added_result, insert_application
from bounceback_tui.services.recovery_views import RejectionView
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Rejection


def add_again(
    db: Database,
    data: ApplicationInput,
    rejection: RejectionInput | None,
    read_noes: Sequence[RejectionView],
) -> SaveResult:
    """Add ``data`` as a new application in one transaction. In Rejected with no new
    rejection asked for, it takes the latest of ``read_noes`` (the rejections the form read,
    oldest first) left unlinked, or else records that one's no again on its day."""
    with db.write() as session:
        its_no = None
        if data.stage is Stage.REJECTED and rejection is None and read_noes:
            its_no = _latest_unlinked(session, [no.id for no in read_noes])
            latest = its_no or read_noes[-1]
            rejection = RejectionInput(
                # A day another program wrote over: today, as a no given without one is.
                latest.rejected_on or clock.today(),
                _stage_or_applied(latest.stage_reached),
                latest.reason,
            )
        app, ticked = insert_application(session, data, rejection, its_no=its_no)
        return replace(added_result(session, app, new_no=its_no is None), ticked=ticked)


def _latest_unlinked(session: Session, ids: Sequence[int]) -> Rejection | None:
    rows = [row for i in ids if (row := session.get(Rejection, i)) is not None]
    unlinked = [row for row in rows if row.application_id is None]
    # A day that could not be read (None) counts as the earliest.
    return max(unlinked, key=lambda row: (row.rejected_on or date.min, row.id or 0), default=None)


def _stage_or_applied(value: str) -> Stage:
    try:
        return Stage(value)
    except ValueError:
        return Stage.APPLIED
