"""Moving a store the app cannot use out of the way, with its journal files; never deleting it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from bounceback_tui import clock
from bounceback_tui.errors import StoreError
from bounceback_tui.paths import FILE_MODE

JOURNALS = ("-wal", "-shm")


def aside_stamp() -> str:
    """The date and time in the name of a store moved aside ("20261206-182542")."""
    return clock.now().strftime("%Y%m%d-%H%M%S")


def move_aside(db_path: Path, reason: str = "unreadable", stamp: str | None = None) -> Path:
    """Rename a store the app cannot use (and its -wal/-shm) out of the way; never delete it.

    Its journal files move with it: a stale -wal next to a fresh store would be replayed
    into it, and a -wal parted from its store takes its last writes with it. So the store
    file moves first (a file that refuses leaves everything where it was), then its
    journals; a journal that refuses puts back what had moved. ``stamp`` (``aside_stamp()``):
    the one a screen already named.
    """
    stamp = stamp or aside_stamp()
    target = db_path.with_name(f"{db_path.name}.{reason}-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = db_path.with_name(f"{db_path.name}.{reason}-{stamp}-{counter}")
    moved: list[tuple[Path, Path]] = []
    moving = db_path  # the file that refuses is named, not its folder, when it is the one
    try:
        for suffix in ("", *JOURNALS):
            moving = Path(f"{db_path}{suffix}")
            if suffix and not moving.exists():
                continue
            os.replace(moving, Path(f"{target}{suffix}"))
            moved.append((moving, Path(f"{target}{suffix}")))
        for _, kept in moved:
            os.chmod(kept, FILE_MODE)  # kept, and private whatever its mode was
    except OSError as exc:
        for back, kept in reversed(moved):
            with contextlib.suppress(OSError):  # as far as it goes: each put back alone
                os.replace(kept, back)
        from bounceback_tui.store.failure_words import describe_move_error

        raise StoreError(describe_move_error(exc, moving)) from exc
    return target
