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


# SQLite's index of a store's log is 32 KiB once a process has the store open in WAL mode.
_INDEX_SET_UP = 32 * 1024


def stuck_on_full_disk(path: Path) -> bool:
    """Whether the store at ``path`` is on a full disk and nobody has it open: its log and
    any rollback journal are empty or absent, and its ``-shm`` index was never set up (a
    reader that fails to grow it on the full disk leaves it a few bytes long). The main file
    alone is then the whole store, and it is read as immutable, which needs no room: a full
    disk refused even `export -o` to another disk (a stranger's walk)."""
    from bounceback_tui.store.untouched import side_file

    if _size(side_file(path, "-shm")) >= _INDEX_SET_UP:
        return False  # some process has it open, or had it: read it as any reader does
    if _size(side_file(path, "-wal")) or _size(side_file(path, "-journal")):
        return False
    return disk_is_full(path.parent)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def full_disk_launch(path: Path) -> str:
    """Why the app cannot open a store stuck on a full disk, and what still reads it."""
    return (
        f"The disk holding the store at {path} is full, so the app cannot open it to make "
        "changes; nothing was changed. Free some space and try again. Until then, "
        "`bounceback-tui today` and `bounceback-tui export` can still read it."
    )


READ_WHILE_FULL = (
    "The disk holding the store is full, so it was read as it is: nothing can be saved "
    "until you free some space."
)
