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

import contextlib
import os
import threading
from pathlib import Path

_held: dict[str, int] = {}  # a partial this process writes -> the descriptor holding its lock
_lock = threading.Lock()


def hold(partial: Path) -> None:
    """Take the lock on ``partial`` (just made by this process) until ``let_go``."""
    try:
        import fcntl
    except ImportError:
        return
    with contextlib.suppress(OSError):
        fd = os.open(partial, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return
        with _lock:
            _held[str(partial)] = fd


def let_go(partial: Path) -> None:
    """Give back the lock ``hold`` took (the partial renamed into place, or removed)."""
    with _lock:
        fd = _held.pop(str(partial), None)
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)


def written_by_nobody(partial: Path) -> bool | None:
    """Whether no live process holds ``partial``'s lock: True (a killed backup's, or gone),
    False (a backup in progress, in this process or another); None when that cannot be told
    (no ``flock`` here)."""
    try:
        import fcntl
    except ImportError:
        return None
    with _lock:
        if str(partial) in _held:
            return False  # ours: never opened and closed again here (SQLite's locks on it)
    try:
        fd = os.open(partial, os.O_RDONLY)
    except FileNotFoundError:
        return True
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return None
    finally:
        os.close(fd)
    return True
