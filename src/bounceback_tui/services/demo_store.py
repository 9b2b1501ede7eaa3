"""The throw-away demo store a first launch can open: demo data, never in the real store.

It is rebuilt from scratch each time and removed when the person leaves it or
quits (its own files only), so a person always meets the same tidy example.
"""

from __future__ import annotations

import shutil

from bounceback_tui.paths import DB_FILENAME, DataPaths
from bounceback_tui.services.demo import DemoSummary, fill_demo
from bounceback_tui.store.database import Database
from bounceback_tui.store.sqlite_file import open_store

DEMO_SCALE = 60
# The store file and the files SQLite keeps next to it.
_STORE_FILES = (DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm", f"{DB_FILENAME}-journal")


def prepare_demo_store(demo: DataPaths, real: DataPaths) -> DemoSummary:
    """Build a fresh demo store at ``demo``; refuses to touch ``real``'s folder."""
    if demo.data_dir.absolute() == real.data_dir.absolute():
        raise ValueError("The demo store must not share a folder with the real store.")
    discard_demo_store(demo, real)
    open_store(demo)
    db = Database(demo.database)
    try:
        summary = fill_demo(db, DEMO_SCALE, force=True)
        # The demo store was never "first run": no tour offer when it is opened directly.
        from bounceback_tui.services.settings import save_setting

        save_setting(db, "tour_seen", True)
        return summary
    finally:
        db.dispose()


def discard_demo_store(demo: DataPaths, real: DataPaths) -> None:
    """Remove the demo store's files (and only those); the real store is never touched."""
    if demo.data_dir.absolute() == real.data_dir.absolute():
        return
    for name in _STORE_FILES:
        (demo.data_dir / name).unlink(missing_ok=True)
    if demo.backups.is_dir():
        shutil.rmtree(demo.backups)
