"""The Pipeline's rows as the pane holds them: the shared ``ListModel`` with the Pipeline's
sort (by any column) and its filter language (fuzzy words plus ``stage:``, ``since:``,
``is:quiet`` and the rest, ``domain/pipeline_query``).

No I/O: the pane hands in rows read by services/pipeline_rows and asks what to show.
Sorting and filtering run in memory on every keystroke; the fuzzy index is built once per
set of rows (``ListModel``), not once per letter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.pipeline_query import PipelineQuery
from bounceback_tui.domain.pipeline_rows import PipelineRow, query_filter, row_names, sort_rows

DEFAULT_SORT = ("applied", True)
# From this many applications on, the fuzzy index is built in a thread when the rows are
# read (about 30 ms of CPU at 2,000 rows, 170 ms at 10,000, 2 s at 100,000), and a letter
# typed before it is ready waits for it instead of building it in the keystroke.
INDEX_IN_BACKGROUND = 2_000


def _key(row: PipelineRow) -> int:
    return row.id


def _text(row: PipelineRow) -> str:
    return row.search_text


class PipelineList(ListModel[PipelineRow, int]):
    """Every application's row, in the sort order, and the filtered few;
    with words typed, the best matches first (ties keep the sort order)."""

    def __init__(self) -> None:
        self.sort: tuple[str, bool] = DEFAULT_SORT
        self.query = PipelineQuery()
        self._quiet: int | None = None  # counted once per change of rows, not per keystroke
        super().__init__(
            _key,
            _text,
            order=self._sorted,
            ranked=True,
            index_in_background=INDEX_IN_BACKGROUND,
            names_of=row_names,
        )

    def _sorted(self, rows: Sequence[PipelineRow]) -> list[PipelineRow]:
        return sort_rows(rows, self.sort[0], descending=self.sort[1])

    @property
    def rows(self) -> list[PipelineRow]:
        """Every row: as read (newest id first), then any added since."""
        return self.items

    @property
    def quiet_count(self) -> int:
        """Applications that look ghosted. The key bar asks on every keystroke (whether
        ``r`` applies), so it is counted when the rows change, not each time."""
        if self._quiet is None:
            self._quiet = sum(1 for row in self.items if row.quiet)
        return self._quiet

    def _items_changed(self, *, same_places: bool = False) -> None:
        self._quiet = None
        super()._items_changed(same_places=same_places)

    def put(self, item: PipelineRow) -> bool:
        self._quiet = None
        return super().put(item)

    def replace(self, items: Iterable[PipelineRow], today: date | None = None) -> None:
        """A fresh read of every row."""
        super().replace(items)

    def update(
        self, fresh: Iterable[PipelineRow], keys: Iterable[int], today: date | None = None
    ) -> None:
        """Rows ``keys`` were re-read as ``fresh``: missing ones were deleted, new ones added.
        Without a deletion (an edit, a move, a new application) no row moves in ``rows``
        (a new one goes last) and the fuzzy index keeps all but the changed rows' words."""
        wanted, fresh = set(keys), list(fresh)
        if {row.id for row in fresh} == wanted and self.change_in_place(fresh, adding=True):
            return
        kept = [row for row in self.items if row.id not in wanted]
        super().replace(sorted([*kept, *fresh], key=_key, reverse=True))

    def set_sort(self, key: str, descending: bool, today: date | None = None) -> None:
        self.sort = (key, descending)
        self.set_order(self._sorted)

    def set_query(self, query: PipelineQuery, today: date) -> bool:
        """Filter with ``query``; False when it would show the same as now."""
        self.query = query
        words, condition, key = query_filter(query, today)
        return self.set_filter(words, condition, condition_key=key)
