"""A list as a pane holds it: every item, in the sort order, and the few a filter lets through.

One model for every filterable list in the app (the Pipeline's applications, Recovery's
plans, the Skills backlog, Reframe's history). No I/O: the pane hands in items read by a
service and asks what to show. Sorting and filtering run here on every keystroke, so they
stay in memory, and the fuzzy index (the shared matcher, ``domain/fuzzy``) is built once per
set of items, when the first filter word needs it, not once per letter.

A filter is typed words (matched fuzzily against ``text_of``) and, optionally, a condition
the item must meet (a stage, an open plan, a trap). With ``ranked`` the matches come best
first, ties in the sort order; without it they keep the sort order.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Generic, TypeVar

from bounceback_tui.domain.fuzzy import FuzzyIndex, words

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

Order = Callable[[Sequence[T]], list[T]]
Condition = Callable[[T], bool]


class ListModel(Generic[T, K]):
    """Items with keys, a sort order and a filter; ``visible`` is what a list shows."""

    def __init__(
        self,
        key_of: Callable[[T], K],
        text_of: Callable[[T], str],
        *,
        order: Order[T] | None = None,
        ranked: bool = False,
    ) -> None:
        self.key_of = key_of
        self.text_of = text_of
        self.ranked = ranked
        self.items: list[T] = []  # every item, as read
        self.ordered: list[T] = []  # every item, in the sort order
        self.visible: list[T] = []  # what the filter lets through, in the order shown
        self.text = ""  # the filter's typed words
        self._order = order
        self._condition: Condition[T] | None = None
        self._condition_key: Hashable = None
        self._index: FuzzyIndex[T] | None = None
        self._position: dict[K, int] = {}  # key -> place in ``items`` (and in the index)
        self._rank: list[int] = []  # place in ``items`` -> place in ``ordered``
        self._in_order: list[int] = []  # place in ``ordered`` -> place in ``items``
        self._visible_keys: set[K] | None = None

    # --- what is there ---------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.items)

    @property
    def is_filtered(self) -> bool:
        """True while a filter (words or a condition) is set, whether or not it hides anything."""
        return bool(self.text.strip()) or self._condition is not None

    def find(self, key: K) -> T | None:
        """The item with ``key`` (shown or not), or None."""
        position = self._position.get(key)
        return None if position is None else self.items[position]

    def shows(self, key: K) -> bool:
        """True if the item with ``key`` passes the filter."""
        if self._visible_keys is None:
            self._visible_keys = {self.key_of(item) for item in self.visible}
        return key in self._visible_keys

    # --- changing the items ----------------------------------------------------------------

    def replace(self, items: Iterable[T]) -> None:
        """A fresh read of every item."""
        self.items = list(items)
        self._items_changed()

    def update(self, fresh: Iterable[T], keys: Iterable[K]) -> None:
        """Items ``keys`` were re-read as ``fresh``: each keeps its place, one missing from
        ``fresh`` was deleted, one not there before comes first (newest first)."""
        wanted = set(keys)
        by_key = {self.key_of(item): item for item in fresh}
        kept: list[T] = []
        for item in self.items:
            key = self.key_of(item)
            if key not in wanted:
                kept.append(item)
            elif key in by_key:
                kept.append(by_key.pop(key))
        self.items = [*by_key.values(), *kept]
        self._items_changed()

    def put(self, item: T) -> bool:
        """An item's new values, in the places it holds now (a tick changed its counts): no
        sort and no filter run again, so it stays where the person sees it until the next
        read or filter. False if there is no item with its key."""
        key = self.key_of(item)
        position = self._position.get(key)
        if position is None:
            return False
        if self.text_of(self.items[position]) != self.text_of(item):
            self._index = None  # what the words match changed
        self.items[position] = item
        for listing in (self.ordered, self.visible):
            for place, old in enumerate(listing):
                if self.key_of(old) == key:
                    listing[place] = item
                    break
        return True

    # --- sorting and filtering -------------------------------------------------------------

    def set_order(self, order: Order[T] | None) -> None:
        """Sort with ``order`` (None: as read)."""
        self._order = order
        self._sort()
        self._apply()

    def set_filter(
        self,
        text: str = "",
        condition: Condition[T] | None = None,
        *,
        condition_key: Hashable = None,
    ) -> bool:
        """Filter by typed ``text`` and ``condition``; False when that shows the same as now.

        ``condition_key`` says what the condition is (a parsed query, a trap's key): the
        same words and the same key are taken as the same filter, so a keystroke that only
        adds a space changes nothing. A condition given without a key is always applied."""
        same_words = words(text) == words(self.text)
        same_condition = (condition is None and self._condition is None) or (
            condition is not None
            and condition_key is not None
            and condition_key == self._condition_key
        )
        self.text = text
        self._condition = condition
        self._condition_key = condition_key if condition is not None else None
        if same_words and same_condition:
            return False
        self._apply()
        return True

    def clear_filter(self) -> bool:
        """No filter at all; False if there was none."""
        return self.set_filter("")

    def prepare_index(self) -> None:
        """Build the fuzzy index ahead of the first letter (when the filter opens)."""
        if self._index is None:
            self._index = FuzzyIndex(self.items, self.text_of)

    # --- inside ----------------------------------------------------------------------------

    def _items_changed(self) -> None:
        self._index = None
        self._position = {self.key_of(item): place for place, item in enumerate(self.items)}
        self._sort()
        self._apply()

    def _sort(self) -> None:
        self.ordered = self._order(self.items) if self._order is not None else list(self.items)
        rank = [0] * len(self.items)
        position, key_of = self._position, self.key_of
        self._in_order = [position[key_of(item)] for item in self.ordered]
        for place, at in enumerate(self._in_order):
            rank[at] = place
        self._rank = rank

    def _apply(self) -> None:
        self._visible_keys = None
        condition = self._condition
        if not words(self.text):
            self.visible = (
                [item for item in self.ordered if condition(item)]
                if condition is not None
                else list(self.ordered)
            )
            return
        self.prepare_index()
        assert self._index is not None
        scores = self._index.scores(self.text)
        # Only the matches are walked, not every item: a keystroke over 10,000 rows that
        # match a few dozen costs a few dozen steps. The matches go in the sort order (as
        # the person sees it), then, when ranked, best score first: a stable sort, so
        # equal scores keep the sort order. Both sorts key on a C lookup, not a lambda.
        # When most items match (one letter typed), sorting them costs more than picking
        # them out of the sort order in one pass, in C; and when they all score the same,
        # ranking them changes nothing.
        items = self.items
        if len(scores) * 8 > len(items):
            matches = list(filter(scores.__contains__, self._in_order))
        else:
            matches = sorted(scores, key=self._rank.__getitem__)
        if condition is not None:
            matches = [position for position in matches if condition(items[position])]
        if self.ranked and matches and min(scores.values()) != max(scores.values()):
            matches.sort(key=scores.__getitem__, reverse=True)
        self.visible = list(map(items.__getitem__, matches))
