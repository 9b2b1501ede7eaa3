"""The selected application's interviews (`N`): change one, or delete it (`u` takes the
delete back, and an edit saved as new over one deleted elsewhere). The flow is People's
(ui/people/interview_edits.py); this reads the application's interviews fresh and re-reads
its row and detail after."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bounceback_tui.errors import BouncebackError
from bounceback_tui.services.interviews import interviews_of_application
from bounceback_tui.ui.pipeline.listing import PipelineListing

if TYPE_CHECKING:
    from bounceback_tui.services.interview_undo import AddedInterview, DeletedInterview


class PipelineInterviews(PipelineListing):
    # Not in STATEFUL_ACTIONS: the key bar does not show `N` here (help and palette do).

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "edit_interview":
            # Hidden on an empty Pipeline, dimmed with nothing selected (as Edit is).
            return (True if self.selected_row else None) if self._model.rows else False
        return super().check_action(action, parameters)

    def action_edit_interview(self) -> None:
        from bounceback_tui.ui.people.interview_edits import change_interview

        if (row := self._need_row()) is None:
            return
        try:
            interviews = interviews_of_application(self.bb_app.db, row.id)
        except BouncebackError as exc:
            self._report(exc)
            return

        def done(receipt: DeletedInterview | AddedInterview | None) -> None:
            if receipt is not None:
                self._undo.push(receipt)
            self.refresh_rows(row.id)
            self._focus_view()

        change_interview(
            self,
            interviews,
            done,
            none_yet="No interviews for this application yet: People's n schedules one.",
        )
