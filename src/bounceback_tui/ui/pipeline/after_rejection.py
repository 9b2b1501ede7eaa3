"""What follows a rejection recorded in the Pipeline: the offer to open its recovery plan,
and to follow the company's job board."""

from __future__ import annotations

from bounceback_tui.errors import BouncebackError
from bounceback_tui.ui.kit.cells import TITLE_NAME_CELLS, clip_app_name
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import markup_with, plain, toast_with
from bounceback_tui.ui.pipeline.listing import PipelineListing


class AfterRejection(PipelineListing):
    """Offered after `x`, or after a form that set the stage to Rejected."""

    def _offer_plan(self, rejection_id: int, company: str, link: str = "", role: str = "") -> None:
        from bounceback_tui.ui.pipeline.dialogs import PlanOfferScreen

        def answered(go: bool | None) -> None:
            if go:
                self.call_later(self._open_plan, rejection_id)
            else:
                undo = key_of(self.app, "pipeline.undo", "u")
                said = markup_with("If that was a mistake, [b]$u[/b] takes it back.", u=undo)
                self.notify(said, timeout=4)
            self._offer_to_follow(company, link)

        self.app.push_screen(
            PlanOfferScreen(clip_app_name(company, role, TITLE_NAME_CELLS)), answered
        )

    async def _open_plan(self, rejection_id: int) -> None:
        """The plan's steps, its first step selected: space ticks it at once."""
        pane = await self.bb_app.go_to("recovery", rejection_id)
        if hasattr(pane, "focus_first_step"):
            pane.focus_first_step()

    def _offer_to_follow(self, company: str, link: str) -> None:
        """After a no, the company's next opening is often the best next step: if the
        posting came from a public job board not yet followed, offer to follow it."""
        from bounceback_tui.services import boards as board_service
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        board = board_service.board_to_offer(self.bb_app.db, link)
        if board is None:
            return

        def answered(follow: bool | None) -> None:
            if not follow:
                return
            try:
                board_service.follow_board(self.bb_app.db, board, company)
            except BouncebackError as exc:
                self.notify(plain(exc), severity="error", title="Not followed")
                return
            self.notify(
                toast_with(
                    "Following ${company}'s job board. [b]$boards[/b] lists your boards and "
                    "refreshes them.",
                    company=company,
                    boards=key_of(self.app, "pipeline.boards", "b"),
                ),
                title="Following",
            )

        self.app.push_screen(
            ConfirmScreen(
                markup_with("Follow ${company}'s job board?", company=company),
                markup_with(
                    "Their next opening may suit you better. Nothing is fetched until you "
                    "refresh your boards ($boards).",
                    boards=key_of(self.app, "pipeline.boards", "b"),
                ),
                confirm_label="Follow",
                cancel_label="Not now",
                danger=False,
            ),
            answered,
        )
