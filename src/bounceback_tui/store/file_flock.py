"""Locks a live process holds on a file, with ``flock``, that the kernel lets go of when the
process dies however it dies (`kill -9`): whether a file is still being written or typed is
then whether its lock can be taken. For a backup's ``.partial`` (store/partial_lock.py) and a
new application's draft (store/draft_lock.py). Where ``flock`` is not there (not POSIX),
nothing is held and nothing can be told (None).
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path


class FileLocks:
    """The locks this process holds, one a file, each until ``let_go``."""

    def __init__(self) -> None:
        self._held: dict[str, int] = {}  # a file -> the descriptor holding its lock
        self._lock = threading.Lock()

    def hold(self, path: Path, *, create: bool = False) -> None:
        """Take the lock on ``path`` (made first if ``create``, private to its owner);
        nothing if it is held here already or cannot be taken."""
        try:
            import fcntl
        except ImportError:
            return
        with self._lock:
            if str(path) in self._held:
                return
        with contextlib.suppress(OSError):
            if create:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            else:
                fd = os.open(path, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return
            with self._lock:
                self._held[str(path)] = fd

    def let_go(self, path: Path, *, remove: bool = False) -> None:
        """Give back the lock ``hold`` took; ``remove``: its file too, before the lock goes,
        so that nobody takes the lock of a file about to be gone."""
        with self._lock:
            fd = self._held.pop(str(path), None)
        if fd is None:
            return
        if remove:
            with contextlib.suppress(OSError):
                path.unlink()
        with contextlib.suppress(OSError):
            os.close(fd)

    def held(self, path: Path) -> bool | None:
        """Whether a live process (this one included) holds ``path``'s lock: False when
        nobody does or there is no such file; None when that cannot be told."""
        try:
            import fcntl
        except ImportError:
            return None
        with self._lock:
            if str(path) in self._held:
                return True  # ours: never opened and closed again here (SQLite's locks on it)
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            return False
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError:
            return None
        finally:
            os.close(fd)
        return False
