"""What a list model shows: a view over its items by their places, not a copy of the rows.

A ``ListModel`` keeps every item once. What it shows (every item in the sort order, or the
ones a filter lets through) is a ``Shown``: the items and the places of those shown, in the
order shown. A list on screen reads only the rows it draws, so a ``Shown`` can be lazy: given
the sort order and the set of places that match, it walks the sort order only as far as it
is read (a chunk at a time, in C), and knows its length from the set. A letter that matches
98,000 of 100,000 applications then costs the walk to the first screenful, not a copy of
98,000 rows and a position for each.

A ``Shown`` is a snapshot: the model never changes the lists it was given, except that
``ListModel.put`` writes an item's new values in its place, which every view of it sees.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Hashable, Iterator, Sequence
from itertools import filterfalse
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")

# The least of the sort order walked at a time when a lazy view is read further.
_CHUNK = 1024


class Shown(Sequence[T], Generic[T]):
    """``items[place]`` for each place shown, in order; ``index_of_key`` finds an item."""

    __slots__ = (
        "_ahead",
        "_count",
        "_found",
        "_items",
        "_order",
        "_place_of_key",
        "_walked",
        "_within",
    )

    def __init__(
        self,
        items: Sequence[T],
        places: list[int],
        place_of_key: Callable[[Any], int | None],
        *,
        within: Container[int] | None = None,
        count: int = 0,
        ahead: Container[int] | None = None,
    ) -> None:
        """``places`` in the order shown; or, with ``within``, the sort order to pick the
        ``count`` places in ``within`` from, as far as they are read; with ``ahead`` too,
        those of them in ``ahead`` first, then the rest (each in the sort order: one letter
        typed, ``FuzzyIndex.leading``): the order is walked twice."""
        self._items = items
        self._place_of_key = place_of_key
        self._within = within
        self._ahead = ahead
        if within is None:
            self._found, self._order, self._count = places, places, len(places)
            self._walked = len(places)
        else:
            self._found, self._order, self._count = [], places, count
            self._walked = 0

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("Shown index out of range")
        if index >= len(self._found):
            self._walk(index + 1)
        return self._items[self._found[index]]

    def __iter__(self) -> Iterator[T]:
        self._walk(self._count)
        return map(self._items.__getitem__, self._found)

    def __eq__(self, other: object) -> bool:
        """Equal to a list or view of the same items in the same order (as a list was)."""
        if isinstance(other, Shown | list | tuple):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # a view of changing items, like a list

    def __repr__(self) -> str:
        return f"Shown({self._count} of {len(self._items)})"

    @property
    def places(self) -> list[int]:
        """Every place shown, in order (walked to the end)."""
        self._walk(self._count)
        return self._found

    def index_of_key(self, key: Hashable) -> int | None:
        """Where the item with ``key`` is shown (None: not shown), walking no further than
        to it."""
        place = self._place_of_key(key)
        if place is None or (self._within is not None and place not in self._within):
            return None
        found = self._found
        start = 0
        while True:
            try:
                return found.index(place, start)
            except ValueError:
                if self._walked >= self._walk_end():
                    return None
                start = len(found)
                self._walk(len(found) + 1)

    def shows_key(self, key: Hashable) -> bool:
        """True if the item with ``key`` is shown."""
        place = self._place_of_key(key)
        if place is None:
            return False
        if self._within is not None:
            return place in self._within
        return self.index_of_key(key) is not None

    def _walk(self, wanted: int) -> None:
        """Pick matches out of the sort order until ``wanted`` are found (or it ends)."""
        within, order, found = self._within, self._order, self._found
        if within is None:
            return
        contains, ahead, length = within.__contains__, self._ahead, len(order)
        while len(found) < wanted and self._walked < self._walk_end():
            # Enough of the order to find what is missing at the matches' density, at least
            # a chunk: one pass for a screenful, a few for a long jump.
            missing = wanted - len(found)
            step = max(_CHUNK, missing * length // max(1, self._count) * 2)
            start = self._walked
            if ahead is None:
                found.extend(filter(contains, order[start : start + step]))
            elif start < length:  # the first walk: the places ahead
                step = min(step, length - start)
                chunk = order[start : start + step]
                found.extend(filter(ahead.__contains__, filter(contains, chunk)))
            else:  # the second: the rest
                chunk = order[start - length : start - length + step]
                found.extend(filterfalse(ahead.__contains__, filter(contains, chunk)))
            self._walked = start + step

    def _walk_end(self) -> int:
        """How far ``_walked`` goes: the sort order's length, or twice it with ``ahead``."""
        return len(self._order) * (1 if self._ahead is None else 2)
