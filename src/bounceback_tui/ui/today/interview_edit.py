"""Today's `N` (and the palette's "Edit a coming interview…"): change or delete one of the
interviews Today lists; Today's `u` brings a deleted one back (ui/today/actions.py).

`N` picks among the coming week's interviews and the ones just past that Today asks "how did
it go" about; those are marked as past in the pick ("· past"), so they do not read as coming.
The palette's "Edit a coming interview…" picks among the coming ones alone: it listed the two
just past after them, as if they were coming on a later day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bounceback_tui.ui.kit.text import toast_with

if TYPE_CHECKING:
    from bounceback_tui.ui.today.actions import TodayActions


def edit_today_interview(
    pane: TodayActions, interview_id: int | None = None, *, coming_only: bool = False
) -> None:
    """Picked, or ``interview_id`` (a click on its line of the strip); ``coming_only``: from
    now on, not the ones just past. A delete's receipt (or an edit saved as new) is kept for
    Today's `u`, as on People and the Pipeline: deleted here, it came back nowhere."""
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.services.interview_undo import AddedInterview, DeletedInterview
    from bounceback_tui.services.interviews import awaiting_outcome, upcoming_interviews
    from bounceback_tui.ui.kit.undo import undo_of_add
    from bounceback_tui.ui.people.interview_edits import change_interview

    db = pane.bb_app.db
    try:
        rows = upcoming_interviews(db) + ([] if coming_only else awaiting_outcome(db))
    except BouncebackError as exc:
        pane.report(exc)
        return
    rows = [row for row in rows if row.id == interview_id] or rows  # gone: all of them

    def done(receipt: DeletedInterview | AddedInterview | None) -> None:
        if isinstance(receipt, AddedInterview):  # saved as new: `u` takes it away
            pane.remember_undo(undo_of_add(db, receipt.added))
        elif receipt is not None:
            pane.remember_undo(receipt)
        pane._read_people_later()
        pane.focus_target_shown().focus()

    change_interview(
        pane,
        rows,
        done,
        none_yet=toast_with(
            "No interviews coming up: press $key on the Pipeline to schedule one.",
            key=pane.bb_app.key_label("pipeline.interview", "I"),
        ),
        mark_past=True,
    )
