"""Reviewing the applications that may have gone quiet (`r`): one dialog each, ghosted or
not yet."""

from __future__ import annotations

from bounceback_tui import clock
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.ui.pipeline.listing import PipelineListing


class QuietReview(PipelineListing):
    """Walks through the quiet ones, the one under the cursor first."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._review: list[int] = []
        self._reviewed: list[int] = []

    def action_review_quiet(self) -> None:
        """Walk through the applications that may have gone quiet, one dialog each."""
        quiet = [row.id for row in self._model.visible if row.quiet] or [
            row.id for row in self._model.ordered if row.quiet
        ]
        if not quiet:
            self.notify("Nothing has gone quiet.")
            return
        selected = self._selected_id()
        if selected in quiet:
            quiet.remove(selected)
            quiet.insert(0, selected)
        self._review = quiet
        self._reviewed = []
        self._review_next()

    def _review_next(self) -> None:
        from bounceback_tui.ui.pipeline.dialogs import GhostScreen

        rows = {row.id: row for row in self._model.rows}
        while self._review and self._review[0] not in rows:
            self._review.pop(0)
        if not self._review:
            self._review_done()
            return
        app_id = self._review.pop(0)
        row = rows[app_id]
        self.select_item(app_id)

        def answered(answer: str | None) -> None:
            try:
                if answer == "ghosted":
                    moves.confirm_ghosted(self.bb_app.db, app_id, expected_version=row.version)
                elif answer == "not_yet":
                    moves.dismiss_ghost(self.bb_app.db, app_id, expected_version=row.version)
            except ConflictError as exc:
                self._report(moves.retold(exc, row.company, row.stage, row.role))
            except BouncebackError as exc:
                self._report(exc)
            if answer is None:
                self._review = []
            else:
                self._reviewed.append(app_id)
            self._review_next()

        self.app.push_screen(
            GhostScreen(
                row.company,
                row.role,
                row.days_in_stage(clock.today()) or 0,
                self._ghost_days,
                len(self._review),
            ),
            answered,
        )

    def _review_done(self) -> None:
        if not self._reviewed:
            return
        last = self._reviewed[-1]
        self.refresh_rows(*self._reviewed, select=last)
        self.select_item(last)
        self._reviewed = []
