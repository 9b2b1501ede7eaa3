"""The job boards the person follows: follow, unfollow (with undo), refresh them all.

A refresh runs in an async worker: the boards are fetched a few at a time, a
ProgressBar advances as each one finishes, and the new openings are stored as
Saved applications in one transaction at the end. A board that cannot be read
shows its reason in its row (and in full under the table when selected); the
others are still stored. The screen dismisses with the number of applications it
added, so the caller can reload its list. Following, unfollowing and `u` are
boards_follow.py's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import DataTable, ProgressBar, Static
from textual.worker import Worker

from bounceback_tui.domain.wording import checked_words, plural
from bounceback_tui.ui.kit.button_rows import ButtonRow
from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.kit.focus_box import FocusBox
from bounceback_tui.ui.kit.help_key import HELP_KEY
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.list_table import ListTable
from bounceback_tui.ui.kit.read_failed import read_again_or_say
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.pipeline.boards_follow import BoardFollowing
from bounceback_tui.ui.pipeline.boards_table import BoardRow, BoardsTable
from bounceback_tui.ui.pipeline.boards_text import checked_when, keys_line

if TYPE_CHECKING:
    import httpx

    from bounceback_tui.services.board_refresh import BoardFetcher, BoardOutcome, RefreshProgress
    from bounceback_tui.services.boards import BoardView, Unfollowed
    from bounceback_tui.services.store_access import Database


# Below this many rows the blank lines above the title and under the keys line go: at 60x20
# the keys line fell below the box (styles/importers.tcss, ``-short``).
SHORT_BELOW = 24


class BoardsScreen(BoardFollowing):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "follow", "Follow", id="boards.follow"),
        Binding("d", "unfollow", "Unfollow", id="boards.unfollow"),
        Binding("u", "undo", "Undo", id="boards.undo"),
        Binding("r", "refresh", "Refresh all", id="boards.refresh"),
        Binding("o", "open", "Open board", id="boards.open"),
        Binding("escape", "close", "Close", id="boards.close"),
        HELP_KEY,
    ]
    HELP_TITLE: ClassVar[str] = "Job boards"  # `?` names it (ui/app_screens.show_help)
    DEFAULT_CLASSES = "boards-screen"

    def __init__(
        self,
        db: Database,
        *,
        fetch: BoardFetcher | None = None,
        timeout: float | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self._fetch = fetch
        self._timeout = timeout
        self._transport = transport
        self._boards: list[BoardView] = []
        self._outcomes: dict[int, BoardOutcome] = {}
        self._undo: Unfollowed | None = None
        self._worker: Worker[None] | None = None
        self.added = 0

    def compose(self) -> ComposeResult:
        with FocusBox(id="boards-box", classes="form"):
            yield Static("Followed job boards", classes="form-title")
            yield Static(
                "After a no, a company's next opening can be the best next step. Refresh adds "
                "new openings from these boards to your Pipeline as Saved.",
                classes="form-intro",
            )
            yield EmptyState(
                "No boards followed yet",
                "Follow a company's Greenhouse, Lever or Ashby job board to hear about its "
                "new roles.",
                "Press [b]{boards.follow|a}[/b] and paste the board's link.",
                id="boards-empty",
            )
            yield BoardsTable(id="boards-table")
            yield Static("", id="boards-detail", classes="boards-detail")
            yield ProgressBar(id="boards-progress", show_eta=False)
            yield Static("", id="boards-status", classes="boards-status")
            with ButtonRow(classes="form-buttons"):
                yield KeysHint(keys_line(self.app), classes="form-keys")

    def on_mount(self) -> None:
        self.query_one("#boards-progress").display = False
        self.reload()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.height < SHORT_BELOW, "-short")  # styles/importers.tcss

    # --- showing ---------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        from bounceback_tui.services.boards import list_boards

        table = self.query_one("#boards-table", BoardsTable)
        keep = select_id if select_id is not None else self._selected_id()
        self._boards = list_boards(self.db)
        rows = [
            BoardRow(
                str(board.id),
                board.company,
                f"{board.provider_label} · {board.token}",
                checked_when(board.last_checked_at),
                self._result_cell(board),
            )
            for board in self._boards
        ]
        table.show(rows, None if keep is None else str(keep))
        has_rows = bool(self._boards)
        table.display = has_rows
        self.query_one("#boards-empty").display = not has_rows
        # With no board the box holds focus (a screen cannot), so its keys stay on.
        (table if has_rows else self.query_one("#boards-box", FocusBox)).focus()
        self._show_detail()
        self.refresh_bindings()

    def _result_cell(self, board: BoardView) -> Text:
        """A short word for the table; the full sentence is under it (``_result_text``)."""
        outcome = self._outcomes.get(board.id)
        if outcome is not None and not outcome.error:
            added = len(outcome.added)
            if added:
                return Text(f"{added} new", style="bold green")
            return Text("no open roles" if outcome.openings == 0 else "nothing new")
        if outcome.error if outcome is not None else board.last_error:
            return Text("not read", style="bold red")
        return Text("")

    def _result_text(self, board: BoardView) -> tuple[str, bool]:
        """The last result in full, and whether it is an error."""
        outcome = self._outcomes.get(board.id)
        if outcome is not None and not outcome.error:
            return outcome.summary(), False
        if error := outcome.error if outcome is not None else board.last_error:
            when = checked_when(board.last_checked_at)
            return f"Last checked: {checked_words(when, error)}", True  # as `boards` says it
        return "", False

    def _selected_id(self) -> int | None:
        key = self.query_one("#boards-table", ListTable).selected_key
        return int(key) if key is not None else None

    def _selected(self) -> BoardView | None:
        board_id = self._selected_id()
        return next((b for b in self._boards if b.id == board_id), None)

    @on(DataTable.RowHighlighted, "#boards-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        """The selected board's link and, in full, its last result or error."""
        board = self._selected()
        detail = self.query_one("#boards-detail", Static)
        if board is None:
            detail.update("")
            return
        text, is_error = self._result_text(board)
        shown = markup_with("[b]$company[/b]  $url", company=board.company, url=board.public_url)
        if text:
            shown += plain("\n") + plain(text, "$text-error" if is_error else "")
        detail.update(shown)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        busy = self._worker is not None and self._worker.is_running
        if action in ("unfollow", "open"):
            return self._selected_id() is not None and not busy
        if action == "undo":
            return self._undo is not None and not busy
        if action == "refresh":
            return bool(self._boards) and not busy
        if action == "follow":
            return not busy
        return True

    def refused_key_note(self, action: str, parameters: tuple[object, ...]) -> str | None:
        """`u` with nothing to undo says so, as on the panes (kit/refused_keys.py)."""
        return "Nothing to undo here." if action == "undo" else None

    def on_key(self, event: events.Key) -> None:
        from bounceback_tui.ui.kit.refused_keys import say_refused

        say_refused(self, event.key)

    def action_open(self) -> None:
        board = self._selected()
        if board is not None:
            self.app.open_url(board.public_url)

    # --- refreshing ------------------------------------------------------------------------

    def action_refresh(self) -> None:
        if not self._boards or (self._worker is not None and self._worker.is_running):
            return
        bar = self.query_one("#boards-progress", ProgressBar)
        bar.update(total=len(self._boards), progress=0)
        bar.display = True
        self._status(f"Checking {plural(len(self._boards), 'board')}…")
        self._worker = self.run_worker(
            self._refresh(), group="boards-refresh", exclusive=True, exit_on_error=False
        )
        self.refresh_bindings()

    async def _refresh(self) -> None:
        from bounceback_tui.errors import BouncebackError
        from bounceback_tui.services.board_refresh import refresh_boards

        try:
            report = await refresh_boards(
                self.db,
                fetch=self._fetch,
                on_progress=self._progress,
                timeout=self._timeout,
                transport=self._transport,
            )
        except Exception as exc:  # the store refused a board (or a surprise)
            message = (
                str(exc)
                if isinstance(exc, BouncebackError)
                else f"The refresh stopped ({type(exc).__name__})."
            )
            self.query_one("#boards-progress").display = False
            self._status(message, error=True)
            self._worker = None
            read_again_or_say(self, self.reload)  # each board is stored on its own
            self.refresh_bindings()
            return
        self._outcomes = {o.board.id: o for o in report.outcomes}
        self.added += report.added
        self.query_one("#boards-progress").display = False
        self._status(report.summary(), error=bool(report.failed))
        self._worker = None
        self.reload()

    def _progress(self, progress: RefreshProgress) -> None:
        self.query_one("#boards-progress", ProgressBar).update(progress=progress.done)
        what = "could not be read" if progress.error else "read"
        self._status(
            markup_with(
                "$company $what ($done of $total)…",
                company=progress.board.company,
                what=what,
                done=progress.done,
                total=progress.total,
            )
        )

    def _status(self, message: str | Content, *, error: bool = False) -> None:
        """A line under the table: ``message`` as plain text (or Content built with the kit)."""
        status = self.query_one("#boards-status", Static)
        status.set_class(error, "-error")
        status.update(message if isinstance(message, Content) else plain(message))

    def action_close(self) -> None:
        if self._worker is not None and self._worker.is_running:
            self._worker.cancel()
        self.dismiss(self.added)
