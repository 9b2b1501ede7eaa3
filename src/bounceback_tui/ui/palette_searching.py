"""The command palette's "Searching…" line: shown once a search takes longer than a moment.

Textual searches in a worker per keystroke and shows the results when it has them; until
then its list showed the previous ones, for 0.2-1 s "Go to Today", "Go to Pipeline", … under
"paperk" (a stranger's walk), so the list came to say "Searching…" from the keystroke on.
Most searches take a few milliseconds, though, and typing a word then showed the line and
hid it again at every letter (shown, hidden, shown). It is shown now only once the search
for what the input holds has run ``SEARCHING_AFTER`` without a result shown: a quick search
goes from one list to the next, a slow one says so. ``ui/commands.Palette`` is this palette
with Enter and Down held for the query just typed.

Relies on Textual's CommandPalette internals (its search worker's group, its
``_refresh_command_list`` and ``_list_visible``): tests/test_palette_timing.py and
tests/test_palette_searching_line.py fail if they change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.command import Command, CommandInput, CommandList, CommandPalette
from textual.content import Content
from textual.widgets import Input
from textual.worker import WorkerState

if TYPE_CHECKING:
    from textual.timer import Timer

# The palette's list while a query's search runs, once it has run this long (seconds): longer
# than a search takes on 10,000 records (docs/performance.md), shorter than the 0.25 s
# Textual waits before showing the first of a slow search's results.
SEARCHING = "Searching…"
SEARCHING_AFTER = 0.2


class SearchingPalette(CommandPalette):
    """Textual's palette, saying "Searching…" when a search takes longer than a moment."""

    _searching_line_timer: Timer | None = None
    _results_since_typed = False  # the search for what the input holds has shown some

    def _searching(self) -> bool:
        """Is the search for what the input holds still running?"""
        return any(
            worker.node is self
            and worker.group == self._GATHER_COMMANDS_GROUP
            and not worker.is_cancelled
            and worker.state in (WorkerState.PENDING, WorkerState.RUNNING)
            for worker in self.workers
        )

    @on(Input.Changed)
    def _searching_line_soon(self, event: Input.Changed) -> None:
        """A keystroke: the line is due ``SEARCHING_AFTER`` from now, if still searching
        then. An empty query lists the actions again: nothing is due."""
        if self._searching_line_timer is not None:
            self._searching_line_timer.stop()
            self._searching_line_timer = None
        self._results_since_typed = False
        if event.value.strip():
            self._searching_line_timer = self.set_timer(SEARCHING_AFTER, self.still_searching)

    def still_searching(self) -> None:
        """``SEARCHING_AFTER`` after a keystroke (its timer calls this): if the search for
        what the input holds still runs and has shown nothing yet, the list says so instead
        of the previous query's results. Textual's search replaces the line with its
        results, or with nothing, then "No matches found"."""
        self._searching_line_timer = None
        query = self.query_one(CommandInput).value
        if self._results_since_typed or not query.strip() or not self._searching():
            return
        from textual.widgets.option_list import Option

        results = self.query_one(CommandList)
        results.clear_options()
        results.add_option(Option(Content.styled(SEARCHING, "italic"), disabled=True))
        self._list_visible = True

    def _refresh_command_list(
        self, command_list: CommandList, commands: list[Command], clear_current: bool
    ) -> None:
        super()._refresh_command_list(command_list, commands, clear_current)
        self._results_since_typed = True
