"""Textual's caches of its geometry's small sums, sized to what the app asks of them.

Textual caches the answers of a few region sums in ``lru_cache``s of 4,096 entries each
(``Region.__contains__``, ``shrink``, ``grow``, ``union``) and a scalar's resolved size in
another (``Scalar.resolve``). An entry keeps its arguments and its answer (regions of four
numbers, sizes, fractions: about 0.2-0.35 KB) for as long as the app runs, and the caches
only fill: in seed 2114's long walk ``Region.__contains__`` went from 835 entries at step
1,000 to 4,032 at step 3,000, ``shrink`` from 1,314 to 1,709, ``grow`` and ``union`` by
about 90 a thousand steps (docs/performance.md, "Memory: the long walk, mem11's round").

The walk's own calls, played through caches of each size (``Region.__contains__``: 4,755
calls over 1,500 steps, 1,346 different; ``shrink`` 273,121 calls, 1,443 different), find
as many answers in 1,024 entries as in 4,096: 71.4% against 71.7% for ``__contains__``,
99.4% against 99.5% for ``shrink``, the same for ``grow``, ``union`` and ``resolve``.
``cap_small_caches`` puts each of these functions under an ``lru_cache`` of ``CAP``
entries: the same function, so the same answers. Textual's other geometry caches are
left alone (``intersection`` and ``overlaps`` are full before step 1,000 and find fewer
answers in fewer entries).

It patches Textual's classes, so it checks that each is the ``lru_cache`` it knows (its
size); any other is left alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from textual.css.scalar import Scalar
from textual.geometry import Region

# Entries kept by each cache capped here.
CAP = 1024

# (class, method, Textual's own size): the caches capped.
CAPPED: tuple[tuple[type, str, int], ...] = (
    (Region, "__contains__", 4096),
    (Region, "shrink", 4096),
    (Region, "grow", 4096),
    (Region, "union", 4096),
    (Scalar, "resolve", 4096),
)

_state: dict[str, bool] = {"capped": False}


def _known(entry: Any, size: int) -> bool:
    info = getattr(entry, "cache_info", None)
    return info is not None and hasattr(entry, "__wrapped__") and info().maxsize == size


def cap_small_caches() -> bool:
    """Put each cache of ``CAPPED`` under ``CAP`` entries (see the module). True if every
    one is capped (now or before); a cache that is not the one this module knows is left
    as it is."""
    if _state["capped"]:
        return True
    capped = True
    for owner, name, size in CAPPED:
        entry: Any = vars(owner).get(name)
        if _known(entry, CAP):
            continue
        if not _known(entry, size):
            capped = False
            continue
        setattr(owner, name, lru_cache(maxsize=CAP)(entry.__wrapped__))
    _state["capped"] = capped
    return capped
