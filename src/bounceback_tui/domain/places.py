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
