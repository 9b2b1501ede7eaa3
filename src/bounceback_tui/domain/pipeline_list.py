"""The Pipeline's rows as the pane holds them: all of them, sorted, and the filtered few.

No I/O: the pane hands in rows read by services/pipeline_rows and asks what to show.
Sorting and filtering run here on every keystroke, so they stay in memory and the
fuzzy index is built once per set of rows, not once per letter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from bounceback_tui.domain.pipeline_query import PipelineQuery
from bounceback_tui.domain.pipeline_rows import (
    PipelineRow,
    RowIndex,
    apply_query,
    make_index,
    sort_rows,
)

DEFAULT_SORT = ("applied", True)


class PipelineList:
    def __init__(self) -> None:
        self.rows: list[PipelineRow] = []  # every row, newest id first
        self.ordered: list[PipelineRow] = []  # every row, in the sort order
        self.visible: list[PipelineRow] = []  # what the filter lets through, in order
        self.sort: tuple[str, bool] = DEFAULT_SORT
        self.query = PipelineQuery()
        self._index: RowIndex | None = None

    @property
    def quiet_count(self) -> int:
        return sum(1 for row in self.rows if row.quiet)

    def find(self, application_id: int) -> PipelineRow | None:
        return next((row for row in self.rows if row.id == application_id), None)

    def shows(self, application_id: int) -> bool:
        return any(row.id == application_id for row in self.visible)

    def replace(self, rows: Sequence[PipelineRow], today: date) -> None:
        """A fresh read of every row."""
        self.rows = list(rows)
        self._rows_changed(today)

    def update(self, fresh: Iterable[PipelineRow], ids: Iterable[int], today: date) -> None:
        """Rows ``ids`` were re-read as ``fresh``: missing ones were deleted, new ones added."""
        wanted = set(ids)
        kept = [row for row in self.rows if row.id not in wanted]
        self.rows = sorted([*kept, *fresh], key=lambda row: row.id, reverse=True)
        self._rows_changed(today)

    def set_sort(self, key: str, descending: bool, today: date) -> None:
        self.sort = (key, descending)
        self.ordered = sort_rows(self.rows, key, descending=descending)
        self._apply(today)

    def set_query(self, query: PipelineQuery, today: date) -> bool:
        """Filter with ``query``; False when it would show the same as now."""
        if query == self.query:
            return False
        self.query = query
        self._apply(today)
        return True

    def prepare_index(self) -> None:
        """Build the fuzzy index ahead of the first letter (when `/` is pressed)."""
        if self._index is None:
            self._index = make_index(self.rows)

    def _rows_changed(self, today: date) -> None:
        self._index = None
        self.ordered = sort_rows(self.rows, self.sort[0], descending=self.sort[1])
        self._apply(today)

    def _apply(self, today: date) -> None:
        if self.query.words:
            self.prepare_index()
        self.visible = apply_query(self.ordered, self.query, today, self._index)
