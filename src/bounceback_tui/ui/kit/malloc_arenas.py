"""Threads sharing the C allocator's memory instead of each keeping its own.

glibc's ``malloc`` gives a thread that allocates while another holds the lock an arena of
its own (up to eight per core), and memory freed in an arena stays with it. The app runs
its reads in threads (Today's prefetch, the ORM's warm-up, the quick check, the panes'
workers, the backup), so SQLite's page caches and the rows they read were spread over
several arenas, each keeping what it had once held. ``share_malloc_arenas`` caps them at
two, once the first screen is up (the main thread's and the prefetch's are there by then):
every later thread allocates in one of those. Python's own small objects are not
concerned (they live in pymalloc's arenas); the threads do little at once, so little waits
on the shared lock.

Memory freed in the middle of an arena also stays with the process: ``free`` gives back only
what lies at the top of the heap. ``give_back_freed`` (glibc's ``malloc_trim``) hands every
free page back to the system; the app calls it when it has just let go of a lot (a screen
closed and collected, the panes of a store left), about 0.3 ms each.

Linux with glibc only; anywhere else it does nothing. docs/performance.md ("Memory, mem3's
round", "Memory: freed pages given back, mem15's round") has what each bought.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import lru_cache

# mallopt's parameter number for the cap on arenas (glibc's malloc.h).
M_ARENA_MAX = -8
ARENAS = 2


def share_malloc_arenas() -> bool:
    """Cap the C allocator's arenas at ``ARENAS`` (see the module); True if it was set."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    return bool(mallopt(M_ARENA_MAX, ARENAS))


def give_back_freed() -> bool:
    """Give the pages the C allocator holds free back to the system (see the module); True
    if any went back."""
    trim = _malloc_trim()
    return trim is not None and bool(trim(0))


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    return trim
