"""A store file replaced (or moved away, or deleted) by hand under an open window: noticed
before the next write and at every watch tick, and the file now at the path taken up.

The sanctioned replacements (a restore, an import with --replace, demo data with --force)
write into the store file itself and leave a note beside it (services/store_replaced.py); a
file moved over the store leaves the window holding the old one (store/replaced_file.py).
The window lets go of that one (a copy kept in the backups folder), opens the new one with a
launch's checks, and says so; a file that cannot be used is left as it was, and the window
saves nothing until a usable one is there. With no file at the path it waits: the store may
be on its way back, and no empty one is made in its place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules
from bounceback_tui.store.held_files import FileKey, FileState, file_key, file_state, stale_logs
from bounceback_tui.store.versions import StoreMarks

if TYPE_CHECKING:
    from bounceback_tui.store.database import Database
    from bounceback_tui.store.watch import StoreWatch


@dataclass(frozen=True)
class TakenUp:
    """What came of looking at a replaced store file.

    ``kept``: the copy of the file the window held, in the backups folder (None if none could
    be made). ``gone``: no file at the path; ``problem``: the file there cannot be used, and
    was left as it was (both: the window still holds the old file and writes nothing).
    ``read_only``: the file taken up is read-only. ``at``: the file the look was at, and
    ``state`` how it was then (changed in place, it is looked at again); ``marks``: the held
    file's, for the file taken up later."""

    kept: Path | None = None
    gone: bool = False
    problem: StoreError | None = None
    read_only: bool = False
    at: FileKey | None = None
    state: FileState = ()
    marks: StoreMarks = field(default_factory=StoreMarks)

    @property
    def taken(self) -> bool:
        return not self.gone and self.problem is None


def file_replaced(db: Database | None, watch: StoreWatch) -> bool:
    """Whether the file at the store's path is no longer the one the window opened (a stat
    each; the watcher's is the one its tick asks)."""
    return watch.file_replaced() or (db is not None and db.file_replaced())


def log_removed(db: Database | None, watch: StoreWatch) -> bool:
    """Whether the store's -wal or -shm the window holds was removed outside the app (a look
    at this process's open files): it saves nothing until it is opened again."""
    return db.log_removed() if db is not None else bool(stale_logs(watch.db_path))


def take_up_new_file(
    paths: DataPaths,
    db: Database | None,
    watch: StoreWatch,
    last: TakenUp | None = None,
) -> TakenUp | None:
    """On the app's thread (the watcher's connection is used on no other). None while the
    window holds the file at its path, or when that file is the one ``last`` looked at (a
    file that cannot be used, or none: said once, tried once) and has not changed since (a
    file put right in place, `repair` run from another shell, is tried again). Else: let go
    of the file the window holds (once, ``last`` kept it), open the one at the path with a
    launch's checks, and move the window's handles onto it."""
    from bounceback_tui.store.background import QuickCheck
    from bounceback_tui.store.replaced_file import LetGo, let_go, take_up

    if not file_replaced(db, watch):
        return None
    at = file_key(paths.database)
    state = file_state(paths.database)
    if last is not None and last.at == at and last.state == state:
        return None
    if last is not None:
        held = LetGo(last.marks, last.kept)
    else:
        # Through the handle that holds the old file: a handle opened after the file was
        # replaced holds the new one (the watcher then holds the old one, read-only).
        found = db.let_go(paths) if db is not None and db.file_replaced() else None
        conn = watch.held_connection() if watch.file_replaced() else None
        if found is None and conn is not None:
            found = let_go(conn, paths, writable=False)
        held = found or LetGo()
    if at is None:
        return TakenUp(kept=held.kept, gone=True, marks=held.marks)
    try:
        opened = take_up(paths, held.marks, upgrade_rules)
    except StoreError as exc:
        gone = not paths.database.exists()
        return TakenUp(kept=held.kept, gone=gone, problem=exc, at=at, state=state, marks=held.marks)
    if db is not None:
        check = QuickCheck(paths.database)  # damage deeper than the header: writes wait on it
        check.start()
        db.reopen(ready=check.wait_ok)
    watch.reopen()
    return TakenUp(kept=held.kept, read_only=opened.read_only, at=at, marks=held.marks)
