"""Today's care part: the coping card (or a return's line in its place) and What's working's
suggestions under the board, read just after the first paint.

The card and the trends' mood by week and reframe averages are a few small aggregates, read
once the figures are on screen; the suggestions take longer (on a 100,000 store, 5 s of
Python) and are read in a thread. Fitted to the rows the board gives them in
ui/today/care_lines.py.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.content import Content

from bounceback_tui import clock
from bounceback_tui.ui.kit.text import plain

if TYPE_CHECKING:
    from collections.abc import Hashable

    from bounceback_tui.ui.today.actions import TodayActions
    from bounceback_tui.ui.today.board import TodayBoard

    _Pane = TodayActions
else:
    _Pane = object  # a mixin, before TodayActions (ui/today/actions.py says why)


class CarePart(_Pane):
    care_filled: bool = False
    """True once the first paint's follow-up (mood by week, reframe averages, card) has run:
    the moment the screen stops changing on its own, which tests wait for."""

    _card: str | None = None
    _care_line: str | None = None  # a return's, in the card's place (domain/care.return_line)

    if TYPE_CHECKING:

        def _board_part(self) -> TodayBoard: ...  # the pane's (ui/today/pane.py)

        def _refit_due(self) -> None: ...  # the pane's

    def _fill_care(self) -> None:
        """Just after the first paint: the card and the trends' mood by week and reframe
        averages (a few small aggregates), then What's working's suggestions in a thread."""
        from bounceback_tui.services.care import load_care_today

        try:
            care = load_care_today(
                self.bb_app.paths.database, clock.today(), with_suggestions=False
            )
        except Exception as exc:  # the figures above stand; the quick check reports damage
            self.log.warning(f"Today's care pieces were not read: {exc!r}")
            self.care_filled = True
            return
        self._card, self._care_line = care.card, care.care_line
        self._board_part().trends.set_care(
            care.mood_per_week, care.belief_drop, care.intensity_drop
        )
        self._show_care(())
        self.care_filled = True
        stamp = self.bb_app.kept_stamp()  # asked here: the watcher belongs to this thread
        work = partial(self._read_suggestions, stamp)
        self.run_worker(work, thread=True, group="today-care", exclusive=True)

    def _read_suggestions(self, stamp: Hashable | None) -> None:
        from bounceback_tui.services.care import today_suggestions
        from bounceback_tui.ui.palette_cli import command_for

        # After the warm-up's import of the ORM, which the first key waits for: on a 100,000
        # store this read (then 5 s of Python) shared the interpreter with that import, and the
        # first `2` waited 2-5 s with Today on screen (a stranger's walk).
        self.bb_app.orm_imported()
        repair = command_for(self.bb_app, "repair")  # with this window's --data-dir
        try:
            found = today_suggestions(self.bb_app.paths.database, stamp, repair)
        except Exception:  # as above: nothing shown rather than a crash
            return
        self.app.call_from_thread(self._show_care, found)

    def _show_care(self, suggestions: tuple[str, ...]) -> None:
        lines = []
        if self._care_line:
            lines.append(plain(self._care_line, "italic"))
        elif self._card:
            lines.append(
                Content.assemble(
                    ("A card you kept: ", "$text-muted"), plain(f"“{self._card}”", "italic")
                )
            )
        lines += [plain(f"→ {text}", "$text-success") for text in suggestions]
        board = self._board_part()
        board.care = Content("\n").join(lines) if lines else None
        board.care_parts = tuple(lines)
        board.changed()
        self._refit_due()
