"""Whether a disk is full, when SQLite's own words do not say so.

SQLite says "database or disk is full" when a write runs out of room, but growing the
``-shm`` index of a store in WAL mode (or a backup's) on a full disk fails as "disk I/O
error": a stranger who filled the disk under the store was told to check the disk. When
SQLite reports an I/O error, the free space of the folder tells the two apart.
"""

from __future__ import annotations

from pathlib import Path

# Less than this free is a full disk: SQLite's smallest growth of a store's files (the
# -shm index, 32 KiB; a page of the log) no longer fits.
FULL_BELOW = 64 * 1024


def disk_is_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` (or its nearest existing parent) has less than
    ``FULL_BELOW`` bytes free; False when that cannot be asked."""
    import shutil  # only once something has failed

    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free < FULL_BELOW
    except OSError:
        return False


def sqlite_says_full(exc: BaseException, folder: Path) -> bool:
    """Whether SQLite's error ``exc`` means the disk under ``folder`` is full: it says so,
    or it reports an I/O error while the disk has no room left."""
    text = str(exc).lower()
    return "full" in text or ("disk i/o" in text and disk_is_full(folder))
