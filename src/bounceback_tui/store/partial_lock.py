"""Who is writing a backup's ``.partial`` file: a lock held by the process writing it.

`kill -9` during a backup (the safety backup of `restore` or `repair`, the day's, a
`backup`) left its ``…-before-restore.sqlite3.partial`` and ``.partial-journal`` behind, and
they were removed only once nobody had touched them for 15 minutes: the next restore or
repair, sooner, left them. Now the process that reserves a partial holds ``flock`` on it
until the backup is renamed into place or given up; the kernel lets go of it when that
process dies, however it dies. The next backup, restore or repair removes every partial
whose lock it can take (nobody is writing it), and leaves one another window is writing.
Where ``flock`` is not there (not POSIX), what nobody wrote to for 15 minutes goes, as before.
"""

from __future__ import annotations

from pathlib import Path

from bounceback_tui.store.file_flock import FileLocks

_locks = FileLocks()  # the partials this process writes


def hold(partial: Path) -> None:
    """Take the lock on ``partial`` (just made by this process) until ``let_go``."""
    _locks.hold(partial)


def let_go(partial: Path) -> None:
    """Give back the lock ``hold`` took (the partial renamed into place, or removed)."""
    _locks.let_go(partial)


def written_by_nobody(partial: Path) -> bool | None:
    """Whether no live process holds ``partial``'s lock: True (a killed backup's, or gone),
    False (a backup in progress, in this process or another); None when that cannot be told
    (no ``flock`` here)."""
    held = _locks.held(partial)
    return None if held is None else not held
