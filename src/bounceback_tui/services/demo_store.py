"""The throw-away demo store a first launch can open: demo data, never in the real store.

It is rebuilt from scratch each time and removed when the person leaves it or
quits (its own files only), so a person always meets the same tidy example.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from bounceback_tui.paths import (
    BACKUP_DIRNAME,
    DB_FILENAME,
    DEMO_DIRNAME,
    DEMO_TEMP_PREFIX,
    DataPaths,
    ensure_private_dir,
)
from bounceback_tui.services.demo import DemoSummary, fill_demo
from bounceback_tui.services.upgrade_rules import upgrade_rules
from bounceback_tui.store.database import Database
from bounceback_tui.store.in_use import store_in_use
from bounceback_tui.store.sqlite_file import open_store

DEMO_SCALE = 60
# The store file and the files SQLite keeps next to it.
_STORE_FILES = (DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm", f"{DB_FILENAME}-journal")


def prepare_demo_store(demo: DataPaths, real: DataPaths) -> DemoSummary:
    """Build a fresh demo store at ``demo``; refuses to touch ``real``'s folder."""
    if demo.data_dir.absolute() == real.data_dir.absolute():
        raise ValueError("The demo store must not share a folder with the real store.")
    discard_demo_store(demo, real, keep_folder=True)
    if _is_window_folder(demo.data_dir):
        # The folder of every window's demo, private as a data folder is (its own is too).
        ensure_private_dir(demo.data_dir.parent)
    _clear_demos_left_behind(demo, real)
    open_store(demo, rules=upgrade_rules)
    db = Database(demo.database)
    try:
        summary = fill_demo(db, DEMO_SCALE, force=True)
        # The demo store was never "first run": no tour offer when it is opened directly.
        from bounceback_tui.services.settings import save_setting

        save_setting(db, "tour_seen", True)
        return summary
    finally:
        db.dispose()


def discard_demo_store(demo: DataPaths, real: DataPaths, *, keep_folder: bool = False) -> None:
    """Remove the demo store's files (and only those), then its folder if the app made it
    and it is empty now; the real store is never touched. ``keep_folder`` keeps the folder
    (about to be filled again: a temporary one, once removed, is not made again by name)."""
    if demo.data_dir.absolute() == real.data_dir.absolute():
        return
    for name in _STORE_FILES:
        (demo.data_dir / name).unlink(missing_ok=True)
    if demo.backups.is_dir():
        shutil.rmtree(demo.backups)
    if not keep_folder and (
        _is_window_folder(demo.data_dir) or _is_temporary_folder(demo.data_dir)
    ):
        with contextlib.suppress(OSError):  # not empty (something else put there): kept
            demo.data_dir.rmdir()


def _is_window_folder(folder: Path) -> bool:
    """A folder ``demo_paths`` names after an app's process (the cache folder's demo/<pid>)."""
    return folder.name.isdecimal() and folder.parent.name == DEMO_DIRNAME


def _is_temporary_folder(folder: Path) -> bool:
    """A temporary folder ``demo_paths`` made (when the real store lives in the cache's demo
    folder); before, each demo left one behind, emptied but never removed."""
    return (
        folder.name.startswith(DEMO_TEMP_PREFIX)
        and folder.absolute().parent == Path(tempfile.gettempdir()).absolute()
    )


def _clear_demos_left_behind(demo: DataPaths, real: DataPaths) -> None:
    """Throw away the demo stores nobody will open again, all of them the app's own:

    - the folders of apps that have ended without doing so (killed, or the machine
      stopped): the other folders named after a process that no longer runs;
    - the one shared demo store of earlier versions (before each app had a folder of its
      own), in the demo folder itself, unless an app of such a version still has it open.

    Only what the app puts there goes (the store, the files SQLite keeps beside it, a copy
    moved aside or half written, its backups folder); a folder holding anything else stays,
    and so does everything when the real store lives in or around the demo folder."""
    if os.name != "posix" or not _is_window_folder(demo.data_dir):
        return  # no cheap way to ask whether a process runs: left (they are small)
    shared = demo.data_dir.parent
    here = real.data_dir.absolute()
    if here == shared or shared in here.parents or here in shared.parents:
        return  # never reached (demo_paths picks a temporary folder then), but never that
    with contextlib.suppress(OSError):
        _clear_store_files(shared)  # the shared store of earlier versions
    try:
        folders = [f for f in shared.iterdir() if f != demo.data_dir]
    except OSError:
        return
    for folder in folders:
        if (
            not _is_window_folder(folder)
            or folder.is_symlink()
            or not folder.is_dir()
            or _runs(int(folder.name))
        ):
            continue
        with contextlib.suppress(OSError):
            if _clear_store_files(folder):
                folder.rmdir()  # only if empty now: anything else in it keeps it


def _clear_store_files(folder: Path) -> bool:
    """Remove the app's store files from ``folder`` unless someone has the store open;
    True if they are gone (or there were none)."""
    if store_in_use(folder / DB_FILENAME):
        return False
    for entry in folder.iterdir():
        if entry.name.startswith(DB_FILENAME) and entry.is_file() and not entry.is_symlink():
            # The store, its -wal, -shm and -journal, a .partial copy, a copy moved aside.
            entry.unlink(missing_ok=True)
    backups = folder / BACKUP_DIRNAME
    if backups.is_dir() and not backups.is_symlink():
        shutil.rmtree(backups)
    return True


def _runs(pid: int) -> bool:
    """Whether the app whose folder is named ``pid`` may still run: a process of that number
    is there and, where Linux's /proc tells its command line, it names this app. A number
    the system gave again to another program (after a restart, say) no longer keeps an
    ended app's folder for as long as that program runs; a store someone has open is never
    cleared anyway (``_clear_store_files``)."""
    try:
        os.kill(pid, 0)  # signal 0: nothing is sent, only whether the process is there
    except ProcessLookupError:
        return False
    except OSError:
        return True  # there, but someone else's (or it cannot be told): left alone
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # cannot be told (no /proc): left alone
    return b"bounceback" in command
