"""Rich's cache of cut segments, without the long ones, and smaller.

Rich keeps every cut of a piece of text that has wide or zero-width characters (Chinese,
Japanese, emoji: ``Segment._split_cells``, an ``lru_cache`` of 16,384 entries): the piece
and both halves. Textual cuts every line it crops at the widget's edges, so a name in
Chinese is cut the same way on every frame and the cache saves the work. A long text is cut
at a new place whenever it scrolls or its cursor moves, though, and each entry then keeps
the whole text three times: the hostile corpus's 10,000 characters with a 株 in them (20 KB
a copy) cost about 60 KB an entry, and the long random walk (seed 2114) kept adding them
for as long as it ran (docs/performance.md, "Memory: the long walk, walk5's round").

``skip_long_splits`` makes a text of ``LONG`` characters or more cut without the cache
(the same function, so the same halves); shorter ones use a cache of their own. ``LONG``
is rich's own limit for caching a text's width (``rich.cells.cell_len``): wider than any
line a terminal shows, so what a person sees is still cut from the cache.

That cache keeps ``KEPT`` cuts, not rich's 16,384: a cut of a short text with wide
characters keeps about 1 KB (the piece, both halves, the key), and the long walk kept
adding them, about 265 a thousand steps (151 entries at step 1,000, 682 at step 3,000),
with no sign of stopping short of rich's cap (16 MB). Played through caches of each size,
the walk's 1,513 cuts over its first 1,500 steps (321 different) find 78.8% of their
answers in 256 entries as in 16,384 (docs/performance.md, "Memory: the long walk, mem11's
round").

It patches rich's class, so it checks that the method is the one it knows (an
``lru_cache`` on a classmethod); otherwise it leaves the class alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rich.segment import Segment

# Characters: rich.cells.cell_len caches the width of texts shorter than this, not longer.
LONG = 512
# Cuts of shorter texts kept (rich keeps 16,384).
KEPT = 1024

_state: dict[str, bool] = {"patched": False}


def skip_long_splits() -> bool:
    """Cut long texts without rich's cache (see the module). True if the class is patched
    (now or before)."""
    if _state["patched"]:
        return True
    entry = vars(Segment).get("_split_cells")
    if not isinstance(entry, classmethod):
        return False
    riches = entry.__func__
    uncached = getattr(riches, "__wrapped__", None)
    if uncached is None or not hasattr(riches, "cache_info"):
        return False
    cached: Any = lru_cache(maxsize=KEPT)(uncached)

    def _split_cells(cls: type[Segment], segment: Segment, cut: int) -> Any:
        if len(segment[0]) >= LONG:
            return uncached(cls, segment, cut)
        return cached(cls, segment, cut)

    _split_cells.cached = cached  # type: ignore[attr-defined]  # the cache, for the tests
    Segment._split_cells = classmethod(_split_cells)  # type: ignore[assignment,method-assign]  # the patch itself
    _state["patched"] = True
    return True
