"""Following and unfollowing a job board on the Boards screen, and `u` taking an unfollow back.

An unfollow names the board as the screen showed it (its version): a refresh, or an unfollow
and undo, in another window meanwhile is shown first. A refusal is said and the list read
again (kit/read_failed.read_again_or_say). ``BoardsScreen`` (boards.py) builds on this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import ModalScreen

from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.read_failed import read_again_or_say
from bounceback_tui.ui.kit.text import ContentNotify, markup_with, plain, toast_with
from bounceback_tui.ui.kit.toast_room import notes_of_the_undone_go
from bounceback_tui.ui.kit.undo import say_brought_back

if TYPE_CHECKING:
    from bounceback_tui.services.board_refresh import BoardOutcome
    from bounceback_tui.services.boards import BoardView, Unfollowed
    from bounceback_tui.services.store_access import Database


class BoardFollowing(ContentNotify, ModalScreen[int]):
    """The Boards screen's part that follows a board, unfollows one and takes that back."""

    # Set by BoardsScreen: the store, each board's last refresh, and the unfollow `u` takes
    # back.
    db: Database
    _outcomes: dict[int, BoardOutcome]
    _undo: Unfollowed | None

    if TYPE_CHECKING:  # BoardsScreen's (boards.py)

        def reload(self, select_id: int | None = None) -> None: ...
        def _selected(self) -> BoardView | None: ...

    def action_follow(self, board_text: str = "", company: str = "") -> None:
        from bounceback_tui.domain.text import SHORT_TEXT_LIMIT  # follow_board's clean_text
        from bounceback_tui.errors import BouncebackError, ValidationError
        from bounceback_tui.services.boards import follow_board, parse_board
        from bounceback_tui.ui.kit.form import FieldSpec, FormScreen
        from bounceback_tui.ui.kit.stored_field import stored_field

        fields = (
            FieldSpec("board", "Board", placeholder="jobs.lever.co/acme or lever:acme",
                      required=True, value=board_text,
                      help="A Greenhouse, Lever or Ashby board, or one posting on it."),
            stored_field("followed_board.company", "Company", value=company,
                         placeholder="From the board's name", max_length=SHORT_TEXT_LIMIT),
        )  # fmt: skip

        def submit(values: dict[str, str]) -> BoardView:
            try:
                ref = parse_board(values["board"])
            except BouncebackError as exc:
                raise ValidationError.single("board", str(exc)) from exc
            try:
                return follow_board(self.db, ref, values["company"].strip() or None)
            except ValidationError:
                raise
            except BouncebackError as exc:
                raise ValidationError.single("board", str(exc)) from exc

        def followed(board: BoardView | None) -> None:
            if board is not None:
                self.reload(select_id=board.id)
                self.notify(
                    toast_with(
                        "Following $company. Press $refresh to look for openings now.",
                        company=board.company,
                        refresh=key_of(self.app, "boards.refresh", "r"),
                    ),
                    title="Board followed",
                )

        self.app.push_screen(
            FormScreen("Follow a job board", fields, submit, submit_label="Follow"), followed
        )

    def action_unfollow(self) -> None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        board = self._selected()
        if board is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._unfollow(board)

        self.app.push_screen(
            ConfirmScreen(
                markup_with("Stop following ${company}'s board?", company=board.company),
                markup_with(
                    "Openings already in your Pipeline stay. You can undo with $undo.",
                    undo=key_of(self.app, "boards.undo", "u"),
                ),
                confirm_label="Unfollow",
                cancel_label="Keep following",
            ),
            answered,
        )

    def _unfollow(self, board: BoardView) -> None:
        from bounceback_tui.errors import BouncebackError, ConflictError
        from bounceback_tui.services.boards import unfollow_board

        try:
            # Names the board as this screen showed it: a refresh, or an unfollow and
            # undo, in another window meanwhile is shown first (press d again to unfollow).
            self._undo = unfollow_board(self.db, board.id, expected_version=board.version)
        except ConflictError as exc:
            self.notify(plain(exc), severity="warning", title="Nothing changed")
            read_again_or_say(self, self.reload)
            return
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error", title="Still following")
            read_again_or_say(self, self.reload)
            return
        self._outcomes.pop(board.id, None)
        self.reload()
        self.notify(
            toast_with(
                "No longer following $company. Press $undo to undo.",
                company=board.company,
                undo=key_of(self.app, "boards.undo", "u"),
            ),
            title="Unfollowed",
        )

    def action_undo(self) -> None:
        from bounceback_tui.errors import BouncebackError
        from bounceback_tui.services.boards import undo_unfollow

        if self._undo is None:
            return
        notes_of_the_undone_go(self.app)
        unfollowed, self._undo = self._undo, None
        self.refresh_bindings()
        try:
            back = undo_unfollow(self.db, unfollowed)
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error", title="Could not undo")
            read_again_or_say(self, self.reload)
            return
        self.reload(select_id=unfollowed.board.id)
        usual = toast_with("Following $company again.", company=unfollowed.board.company)
        say_brought_back(self, back, usual)

    def drop_undo(self) -> None:
        """The unfollow `u` could take back was in a store since replaced (kit/undo.py)."""
        self._undo = None
        self.refresh_bindings()
