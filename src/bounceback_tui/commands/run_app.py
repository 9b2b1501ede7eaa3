"""Open (and if needed upgrade) the store, then run the Textual app.

What can go wrong at launch, and what the person sees:

- the file at the store's path is not a readable store (not SQLite, another
  program's, or damaged: SQLite's quick check runs in a thread from launch; writes
  wait for it, and damage it finds closes the app before anything is written):
  the app does not use it and does not touch it; in a terminal a small
  screen offers to restore the latest backup or start fresh (the file is moved
  aside, never deleted), otherwise the message says how to do either;
- a read-only folder, a full disk, a store from a newer version: one clear
  sentence and exit code 1 (raised as StoreError, printed by the CLI).

Once the app is up, a thread takes the day's rolling backup (see store/backup.py)
after a short wait, so it never competes with the first paint.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bounceback_tui.commands import interactive
from bounceback_tui.paths import DataPaths

if TYPE_CHECKING:
    from textual.app import App

    from bounceback_tui.errors import NotADatabaseError
    from bounceback_tui.services.today import TodayPrefetch

# The first screen paints in about half a second; the backup waits until well after.
BACKUP_DELAY_S = 1.5


def run_app(paths: DataPaths) -> int:
    import gc

    # No garbage collection until the first screen is up and its long-lived objects are
    # frozen (ui/app.freeze_long_lived turns it back on): a full collection in the middle
    # of importing Textual walks every object made so far, for nothing.
    gc.disable()
    try:
        return _open_and_run(paths)
    finally:
        gc.enable()


def _open_and_run(paths: DataPaths) -> int:
    from bounceback_tui.errors import NotADatabaseError
    from bounceback_tui.store.sqlite_file import open_store

    check: QuickCheck | None = None
    prefetch: TodayPrefetch | None = None
    try:
        open_store(paths)
        # Damage deeper in the file than the header shows only on reading it. SQLite's
        # quick check reads the whole file, so it starts once the first screen is up
        # (on a large store it would compete with it for the machine); every write
        # waits for it, and damage it finds closes the app before it touches the file.
        check = QuickCheck(paths.database)
        # Today's figures are read in another thread meanwhile, for the same reason.
        from bounceback_tui import clock
        from bounceback_tui.services.today import TodayPrefetch

        prefetch = TodayPrefetch(paths.database, clock.today())
        from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp
    except NotADatabaseError as problem:
        if not resolve_store_problem(paths, problem):
            return 1
        from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp

    while True:
        app = BouncebackApp(paths, today=prefetch, store_check=check, welcome=True)
        backup = DailyBackup(paths, app, check=check)
        backup.start()
        try:
            result = app.run()
        finally:
            app.discard_demo_store()
            backup.finish()
        if app.crash is not None or (app.return_code or 0) != 0:
            # Never a quiet exit 0 after a crash: one line, the details in a private log.
            from bounceback_tui.commands.failures import EXIT_CRASHED, report_crash

            return report_crash(app.crash) if app.crash is not None else EXIT_CRASHED
        if result != STORE_DAMAGED:
            return 0
        # Damage met after the first screen (by the check or by a read): offer the ways
        # out, as at launch.
        damage = app.store_problem or (check.problem() if check is not None else None)
        if damage is None or not resolve_store_problem(paths, damage):
            return 1
        check, prefetch = None, None


class QuickCheck:
    """``PRAGMA quick_check`` of the store in a thread (sqlite3 releases the GIL while it reads)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.result = "ok"
        self._thread = threading.Thread(target=self._work, name="store-check", daemon=True)
        self._lock = threading.Lock()
        self._started = False

    def start(self) -> None:
        """Start the check (once; later calls do nothing)."""
        with self._lock:
            if not self._started:
                self._started = True
                self._thread.start()

    def _work(self) -> None:
        import sqlite3

        try:
            from bounceback_tui.store.sqlite_file import read_only_uri

            conn = sqlite3.connect(read_only_uri(self.db_path), uri=True, timeout=5.0)
            try:
                self.result = conn.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.OperationalError:
            self.result = "ok"  # busy or locked is not damage; the app reports those itself
        except sqlite3.DatabaseError as exc:
            self.result = str(exc)

    def wait_ok(self, timeout: float | None = None) -> bool:
        """Wait for the check (starting it if needed); True if the store is sound."""
        self.start()
        self._thread.join(timeout)
        return self.result == "ok"

    def problem(self) -> NotADatabaseError:
        from bounceback_tui.errors import NotADatabaseError

        first = self.result.splitlines()[0] if self.result else "unknown"
        return NotADatabaseError(
            f"The store at {self.db_path} is damaged (SQLite's check says: {first}). "
            "It was left untouched."
        )


class DailyBackup:
    """Today's rolling backup, in a thread that starts after the first paint.

    If the person quits before the delay is over, the backup is taken right then
    (the screen is gone, so it slows nothing down). Failures are shown in the
    app as a notification, never raised.
    """

    def __init__(
        self,
        paths: DataPaths,
        app: App[Any] | None,
        delay: float = BACKUP_DELAY_S,
        *,
        check: QuickCheck | None = None,
    ):
        self.paths = paths
        self.app = app
        self.delay = delay
        self.check = check
        self.error: str | None = None
        self._app_closed = threading.Event()
        self._thread = threading.Thread(target=self._work, name="daily-backup")

    def start(self) -> None:
        self._thread.start()

    def finish(self) -> None:
        self._app_closed.set()
        self._thread.join()

    def _work(self) -> None:
        from bounceback_tui.errors import BouncebackError
        from bounceback_tui.store.backup import daily_backup, remove_stale_partials
        from bounceback_tui.store.sqlite_file import store_is_read_only

        self._app_closed.wait(self.delay)
        if self.check is not None and not self.check.wait_ok():
            return  # never back up a damaged store over a good backup
        if store_is_read_only(self.paths.database):
            return  # it cannot change, and its folder may not take a backup either
        try:
            remove_stale_partials(self.paths)
            daily_backup(self.paths, checked=self.check is not None)
        except BouncebackError as exc:
            self.error = f"Today's backup was not taken. {exc} Your store is unchanged."
        except Exception as exc:  # a backup must never take the app down
            self.error = f"Today's backup was not taken ({exc}). Your store is unchanged."
        if self.error:
            self._tell(self.error)

    def _tell(self, message: str) -> None:
        if self.app is None or self._app_closed.is_set():
            print(f"bounceback-tui: {message}", file=sys.stderr)
            return
        try:
            self.app.call_from_thread(
                self.app.notify, message, title="Backup", severity="warning", timeout=10
            )
        except Exception:
            print(f"bounceback-tui: {message}", file=sys.stderr)


def resolve_store_problem(paths: DataPaths, problem: NotADatabaseError) -> bool:
    """Offer the ways out of an unreadable store; True if the app should open now."""
    from bounceback_tui import clock
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.store.backup import kind_of, latest_backup, when_taken

    latest = latest_backup(paths)
    if not interactive():
        how = (
            f"To put back the latest backup ({latest.name}): bounceback-tui restore latest. "
            if latest
            else "There are no backups to restore. "
        )
        raise BouncebackError(
            f"{problem} {how}To start fresh, run bounceback-tui in a terminal and choose "
            "'Start fresh': the file is moved aside, never deleted."
        )
    from bounceback_tui.ui.screens.store_problem import StoreProblemApp

    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    chooser = StoreProblemApp(
        str(problem),
        backup_label=f"{kind_of(latest)}, {when_taken(latest)}" if latest else None,
        aside_name=f"{paths.database.name}.unreadable-{stamp}",
        restore=lambda: _restore_latest(paths),
        fresh=lambda: _start_fresh(paths),
        settings_file=paths.settings_file,
    )
    return bool(chooser.run())


def _restore_latest(paths: DataPaths) -> str:
    from bounceback_tui.errors import StoreError
    from bounceback_tui.store.backup import latest_backup, restore_backup

    latest = latest_backup(paths)
    if latest is None:
        raise StoreError("There are no backups to restore.")
    result = restore_backup(paths, latest.path)
    moved = f" The old file is kept as {result.moved_aside}." if result.moved_aside else ""
    return f"Restored {latest.name}.{moved}"


def _start_fresh(paths: DataPaths) -> str:
    from bounceback_tui.store.backup import move_aside
    from bounceback_tui.store.sqlite_file import open_store

    moved = move_aside(paths.database)
    open_store(paths)
    return f"Started a fresh store. The unreadable file is kept as {moved}; nothing was deleted."
