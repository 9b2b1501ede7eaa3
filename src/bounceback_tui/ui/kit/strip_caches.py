"""Textual's drawn lines without their seven empty caches.

Every ``Strip`` (one drawn line, or a piece of one the compositor cut) makes seven
``FIFOCache``s when it is made, for the crops, styles, filters and cuts that may later be
asked of it: 14 objects and about 900 bytes a line. After every pane has been shown, about
7,300 strips are alive and two thirds of them have never had anything cached: 6.5 MiB of
empty caches. ``lazy_strip_caches`` makes each cache on its first use instead: a cache slot
left unset is filled by ``Strip.__getattr__`` (called only when the slot is unset, so a
cache in use is read as before, at the slot's own speed) with the same ``FIFOCache`` of the
same size. What a strip draws and caches does not change; making a strip is cheaper.

It patches Textual's class, so it checks that the class is the one it knows (the same slots,
caches made by ``__init__``); with any other Textual it leaves the class alone.

docs/performance.md ("Memory, mem3's round") has what it bought.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.segment import Segment
from textual.cache import FIFOCache
from textual.strip import Strip

# The slots Textual's Strip.__init__ fills with something other than a cache.
PLAIN_SLOTS = frozenset({"_segments", "_cell_length", "_render_cache", "_link_ids", "_cell_count"})

_state: dict[str, bool] = {"lazy": False}


def _cache_sizes() -> dict[str, int] | None:
    """Each cache slot's size, read from a strip made by Textual's own ``__init__``; None
    if the class is not the one this module knows."""
    probe = Strip([])
    sizes: dict[str, int] = {}
    plain: set[str] = set()
    for name in Strip.__slots__:
        value = getattr(probe, name, None)
        if type(value) is FIFOCache:
            sizes[name] = value._maxsize
        else:
            plain.add(name)
    if plain != PLAIN_SLOTS or not sizes or "__getattr__" in vars(Strip):
        return None
    return sizes


def lazy_strip_caches() -> bool:
    """Make Textual's strips make their caches on first use (see the module). True if the
    class is patched (now or before)."""
    if _state["lazy"]:
        return True
    sizes = _cache_sizes()
    if sizes is None:
        return False

    def __init__(self: Strip, segments: Iterable[Segment], cell_length: int | None = None) -> None:
        self._segments = list(segments)
        self._cell_length = cell_length
        self._render_cache = None
        self._link_ids = None
        self._cell_count = None

    def __getattr__(self: Strip, name: str, _sizes: dict[str, int] = sizes) -> Any:
        size = _sizes.get(name)
        if size is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        cache: FIFOCache[Any, Any] = FIFOCache(size)
        object.__setattr__(self, name, cache)
        return cache

    Strip.__init__ = __init__  # type: ignore[method-assign]  # the patch itself (see the module)
    Strip.__getattr__ = __getattr__  # type: ignore[attr-defined]  # called for an unset slot only
    _state["lazy"] = True
    return True
