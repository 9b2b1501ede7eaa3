"""Whether the form that keeps a draft is still open: a lock held by the window typing it.

A new application's draft names the form that keeps it (a token), but a name says nothing of
whether that form is still open: another window's `a` offered a draft the first window was
still typing as "You were adding …", and both saved it. Now the form that keeps the draft
holds ``flock`` on a small file beside the store, named after its token, until it is saved or
thrown away; the kernel lets go of it when its process dies, however it dies (`kill -9`). So a
draft whose lock can be taken was left by a window that is gone, and one whose lock cannot is
being typed now. Where ``flock`` is not there (not POSIX), that cannot be told (None).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from bounceback_tui.store.file_flock import FileLocks

_locks = FileLocks()  # the drafts' lock files this process holds


def lock_path(store: Path, holder: str) -> Path:
    """The lock file of the form ``holder`` of the store at ``store``."""
    return store.with_name(f"{store.name}.draft-{holder}.lock")


def hold(path: Path) -> None:
    """Take the lock on ``path`` (made if need be) until ``let_go``; nothing if held here."""
    _locks.hold(path, create=True)


def let_go(path: Path) -> None:
    """Give back the lock ``hold`` took, and remove its file."""
    _locks.let_go(path, remove=True)


def held_elsewhere(path: Path) -> bool | None:
    """Whether a live form (another window's, or another of this one's) holds ``path``'s
    lock: True; False when nobody does (its window is gone, or there is no such file); None
    when that cannot be told (no ``flock`` here)."""
    return _locks.held(path)


def remove_left(path: Path) -> None:
    """Remove the lock file a window that is gone left behind (nobody holds it)."""
    if held_elsewhere(path) is False:
        with contextlib.suppress(OSError):
            path.unlink()
