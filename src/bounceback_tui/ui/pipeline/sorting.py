"""Sorting the Pipeline (`s`, `S`, a click on a column's title), and saying the sort in the
header while the table's sorted column is out of sight (scrolled off, or a narrower
terminal): sorted by Salary at 80x24, then at 60x20, no title said it (an attacker's walk)."""

from __future__ import annotations

from textual import on

from bounceback_tui import clock
from bounceback_tui.ui.kit.text import toast_with
from bounceback_tui.ui.kit.toast_room import notes_starting_go
from bounceback_tui.ui.pipeline.header import PipelineHeader
from bounceback_tui.ui.pipeline.listing import PipelineListing
from bounceback_tui.ui.pipeline.table import COLUMN_KEYS, COLUMNS, PipelineTable

# Which way a column sorts first: dates and scores newest/highest first, names A to Z.
_DESCENDING_FIRST = frozenset({"applied", "in_stage", "excitement", "salary"})


def sort_words(key: str, descending: bool) -> str:
    """The column's name and the sort's arrow: "Salary ▼", "Excitement ▼" (its title,
    "Excite", is cut to fit the table; the toast said "Sorted by Excite ▼")."""
    name = next(c.name or c.title for c in COLUMNS if c.key == key)
    return f"{name} {'▼' if descending else '▲'}"


class Sorting(PipelineListing):
    """The sort's keys, and the header's "sorted by …" while its column is out of sight."""

    _sort_hidden = False

    def _show_header(self) -> None:
        super()._show_header()
        hidden = self._sort_hidden and self._view == "table" and bool(self._model.rows)
        note = f"sorted by {sort_words(*self._model.sort)}" if hidden else ""
        self.query_one("#pipeline-header", PipelineHeader).show_sort(note)

    @on(PipelineTable.SortInView)
    def _sort_in_view(self, event: PipelineTable.SortInView) -> None:
        event.stop()
        if self._sort_hidden != (not event.in_view):
            self._sort_hidden = not event.in_view
            self._show_header()

    async def action_switch_view(self) -> None:
        await super().action_switch_view()
        self._show_header()  # the board has no columns: the note is the table's

    @on(PipelineTable.SortRequested)
    def _sort_clicked(self, event: PipelineTable.SortRequested) -> None:
        key, descending = self._model.sort
        if event.key == key:
            self._set_sort(key, not descending)
        else:
            self._set_sort(event.key, event.key in _DESCENDING_FIRST)

    def action_sort(self) -> None:
        key, _ = self._model.sort
        following = COLUMN_KEYS[(COLUMN_KEYS.index(key) + 1) % len(COLUMN_KEYS)]
        self._set_sort(following, following in _DESCENDING_FIRST)

    def action_reverse_sort(self) -> None:
        key, descending = self._model.sort
        self._set_sort(key, not descending)

    def _set_sort(self, key: str, descending: bool) -> None:
        keep = self._selected_id()
        self._model.set_sort(key, descending, clock.today())
        self._show_view(keep, data_changed=False)
        if self._view == "table":  # the column sorted by in sight, and named: `s` goes
            self.table.show_column(key)  # through eleven, some off to the right
        what = "Sorted" if self._view == "table" else "Cards sorted"
        notes_starting_go(self.app, "Sorted by ", "Cards sorted by ")  # one at a time
        self.notify(toast_with("$what by $sort", what=what, sort=sort_words(key, descending)))
        self._show_header()  # the note, if the column sorted by is still out of sight
