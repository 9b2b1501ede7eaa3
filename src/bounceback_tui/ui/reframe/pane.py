"""Reframe: a guided thought record for the thoughts that do the most damage.

Three views in one pane: the history (list, filters and a small figure), the guided
exercise, and a record's summary card. Practice ("spot the trap") is a modal screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import ContentSwitcher, Static

from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.reframe.history import ReframeHistory
from bounceback_tui.ui.reframe.history_keys import HistoryKeys
from bounceback_tui.ui.reframe.showing import ReframeShowing
from bounceback_tui.ui.reframe.summary import ReframeSummary

if TYPE_CHECKING:
    pass


class ReframePane(HistoryKeys, ReframeShowing):
    """The Reframe pane: its keys and layout (see showing.py for the rest)."""

    PANE_ID = "reframe"
    UNREAD_WHAT = "your thought records"
    ROW_TABLE = "thought_record"
    # The key bar's labels when it is short of room (ui/kit/key_bar.py).
    BAR_LABELS: ClassVar[dict[str, str]] = {
        "reframe.clear_filter": "Filter",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "new", "New", id="reframe.new"),
        Binding("e", "open", "Open", id="reframe.open"),
        Binding("t", "trap_filter", "Trap", id="reframe.trap_filter"),
        Binding("slash", "filter", "Filter", id="reframe.filter"),
        Binding("p", "practice", "Practice", id="reframe.practice"),
        Binding("d", "delete", "Delete", id="reframe.delete"),
        Binding("u", "undo", "Undo", id="reframe.undo"),
        Binding("ctrl+n", "next_step", "Next step", id="reframe.next"),
        Binding("ctrl+b", "previous_step", "Back", id="reframe.previous"),
        Binding("e", "edit", "Edit", id="reframe.edit"),
        Binding("o", "open_plan", "Its plan", id="reframe.plan"),
        # Not `k`: on the summary `j`/`k` scroll, as in every long text (kit/scroll_text.py).
        Binding("c", "keep_card", "Keep card", id="reframe.keep_card"),
        Binding("escape", "close", "Close", id="reframe.close"),
        Binding("escape", "clear_filter", "Clear filter", id="reframe.clear_filter"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="reframe-header", classes="pane-header")
        with ContentSwitcher(initial="rf-history-view", id="rf-views"):
            yield ReframeHistory(id="rf-history-view")
            # The exercise (eight steps of widgets) is mounted the first time it is needed.
            yield ReframeSummary(id="rf-summary")
        yield EmptyState(
            "No thought records yet",
            'After a rejection, thoughts like "I\'ll never get hired" can hurt more than the '
            "no itself. A thought record walks you through one of them, step by step, to a "
            "view you can believe.",
            "Press [b]{reframe.new|a}[/b] to start one, or [b]{reframe.practice|p}[/b] to practise "
            "spotting thinking traps.",
            id="reframe-empty",
        )

    def unsaved_typing(self) -> str | None:
        """What the step being written holds that its save refuses (a feeling named twice, a
        rating of 150, a pasted control character): quitting would lose it, so it is asked
        first (kit/quit_guard.py). ctrl+q quit at once (the twenty-third round's list)."""
        if self.mode != "exercise":
            return None
        refused = self.exercise.refused_on_quitting()
        return f"This thought record holds what cannot be saved: {refused}" if refused else None

    def focus_unsaved_typing(self) -> None:
        """The cursor to the field the step refuses (a rating of 150), as Escape puts it."""
        if self.mode == "exercise" and self.exercise.refused_on_quitting():
            self.exercise.view().focus_refused()
