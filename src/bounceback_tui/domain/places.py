"""The places of a list's items (0, 1, 2 ...) as one set of int objects for every list.

A list of 10,000 items keeps each item's place several times: the list model's key-to-place
table, its sort ranks, and the fuzzy index's word postings (``domain/list_model``,
``domain/fuzzy``). Python makes a new int object (32 bytes) for every number above 256 each
time one is computed, so each of those tables held its own 10,000 ints (about 0.3 MiB each
for the Pipeline of the 10,000-application demo). Taken from here, the same number is the
same object wherever it is kept (docs/performance.md, "Memory, mem4's round").
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

K = TypeVar("K", bound=Hashable)

_PLACES: list[int] = list(range(1024))
_GROWING = threading.Lock()  # the fuzzy index is built in a thread (ui/pipeline/filter_index)


def places(count: int) -> list[int]:
    """A list whose first ``count`` entries are 0 to ``count - 1`` (it may hold more): the
    same int objects for every caller. Read it, never change it."""
    if len(_PLACES) < count:
        with _GROWING:
            if len(_PLACES) < count:
                _PLACES.extend(range(len(_PLACES), max(count, 2 * len(_PLACES))))
    return _PLACES


# A key-to-place table kept as a list when the keys are ids from 0 up with few gaps: a
# dict of 10,000 int keys is about 295 KiB, a list of their places 80 KiB.
DENSE_SLACK = 1_024  # ids beyond twice the count plus this: a dict (sparse ids)


class DensePlaces:
    """``{key: place}`` for int keys, as a list indexed by key (``None`` where no key)."""

    __slots__ = ("_at",)

    def __init__(self, at: list[int | None]) -> None:
        self._at = at

    def place_of(self) -> Callable[[Any], int]:
        """The place of a key known to be there, looked up at a list's own speed."""
        return cast(Callable[[Any], int], self._at.__getitem__)

    def get(self, key: object, default: int | None = None) -> int | None:
        at = self._at
        if type(key) is int and 0 <= key < len(at):
            place = at[key]
            return default if place is None else place
        return default

    def __getitem__(self, key: object) -> int:
        place = self.get(key)
        if place is None:
            raise KeyError(key)
        return place

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None

    def __setitem__(self, key: object, place: int) -> None:
        if type(key) is not int or key < 0:
            raise TypeError(f"not an id: {key!r}")
        at = self._at
        if key >= len(at):
            at.extend([None] * (key + 1 - len(at)))
        at[key] = place

    def values(self) -> list[int]:
        return [place for place in self._at if place is not None]

    def copy(self) -> DensePlaces:
        return DensePlaces(list(self._at))


def key_places(keys: list[K]) -> dict[K, int] | DensePlaces:
    """Each key's place in ``keys`` (each key once), as shared int objects: a list indexed
    by key when every key is an int id from 0 up with few gaps, else a dict."""
    count = len(keys)
    shared = places(count)
    ids = cast(list[int], keys)  # checked next: every key an int from 0 up
    if count and all(type(key) is int and key >= 0 for key in ids):
        highest = max(ids)
        if highest < 2 * count + DENSE_SLACK:
            at: list[int | None] = [None] * (highest + 1)
            for key, place in zip(ids, shared, strict=False):
                at[key] = place
            return DensePlaces(at)
    return dict(zip(keys, shared, strict=False))
