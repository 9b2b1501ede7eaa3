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

Linux with glibc only; anywhere else it does nothing. docs/performance.md ("Memory, mem3's
round") has what it bought.
"""

from __future__ import annotations

import sys

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
