"""The store as the UI holds it: the handle every use case takes, and how it is opened and
watched.

The UI never imports ``store/`` (the contract ``ui-through-services``); it names these types
and calls these functions instead, and passes the handle to the use cases unopened. Nothing
here imports the ORM until a handle is opened: the app imports this module before its first
paint.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui.store.background import QuickCheck
from bounceback_tui.store.watch import StoreWatch

if TYPE_CHECKING:
    from bounceback_tui.errors import StoreDamagedError
    from bounceback_tui.store.closing import Closable
    from bounceback_tui.store.database import Database
    from bounceback_tui.store.undo import DeletedRows

__all__ = [
    "Database",
    "DeletedRows",
    "QuickCheck",
    "StoreWatch",
    "close_store",
    "open_database",
    "watch_store",
]


def open_database(
    path: Path,
    *,
    ready: Callable[[], bool] | None = None,
    on_damage: Callable[[StoreDamagedError], None] | None = None,
    on_replaced: Callable[[], None] | None = None,
    repair_command: str = "bounceback-tui repair",
) -> Database:
    """The SQLModel-backed handle on the store at ``path`` (importing the ORM: the slow part).

    ``ready``: every write waits for it (the launch's quick check) and is refused if it says
    no; ``on_damage``: called from any thread with damage a read or a write met;
    ``on_replaced``: from any thread, a write was refused because the file at ``path`` is
    no longer the one the handle opened (services/replaced_file.py); ``repair_command``:
    `bounceback-tui repair` as this window names it, in the refusal of every write while the
    store holds what the app does not make (store/foreign_guard.py)."""
    from bounceback_tui.store.database import Database

    return Database(
        path,
        ready=ready,
        on_damage=on_damage,
        on_replaced=on_replaced,
        repair_command=repair_command,
    )


def watch_store(path: Path) -> StoreWatch:
    """Tells whether another connection has committed since the last look (cheap: a pragma)."""
    return StoreWatch(path)


def close_store(path: Path, *held: Closable | None, tidy: bool = True) -> bool:
    """Close what the app holds open on the store at ``path`` (its ``Database``, its
    ``StoreWatch``) and, with ``tidy``, let SQLite fold the log into the file and delete
    ``-wal`` and ``-shm`` if no other window has the store open (store/closing.py). True
    if neither is left. ``tidy`` False for a store found damaged: it is left as it is."""
    from bounceback_tui.store.closing import close_store as close

    return close(path, *held, tidy=tidy)
