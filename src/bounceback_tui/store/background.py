"""Work on the store that runs in a thread beside the app: SQLite's quick check of the whole
file, and the day's rolling backup.

Both start once the first screen is up, so neither competes with it. Standard library only
(sqlite3 releases the GIL while it reads); nothing here knows about Textual: the backup says
what went wrong through the ``notify`` callback it is given (``commands/run_app.py`` passes
one that shows a toast in the app).
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from bounceback_tui.errors import (
    BouncebackError,
    DiskFullError,
    LayoutHeldError,
    NotADatabaseError,
)
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.held_files import HeldConnection

# The first screen paints in about half a second; the backup waits until well after.
BACKUP_DELAY_S = 1.5


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
        try:
            from bounceback_tui.store.sqlite_file import read_only_uri

            conn = sqlite3.connect(
                read_only_uri(self.db_path), uri=True, timeout=5.0, factory=HeldConnection
            )
            try:
                # 256 KiB of pages, as other short-lived readers (store/sqlite_file.connect):
                # the check reads the whole store, and SQLite's default 2 MB cache, freed
                # with the connection, stayed in the app's resident memory (the memory was
                # not given back, and the app's own objects did not need it all again).
                with suppress(sqlite3.DatabaseError):  # damage: the check says so, as before
                    conn.execute("PRAGMA cache_size = -256")
                from bounceback_tui.store.sound_check import faults_said

                self.result = faults_said(row[0] for row in conn.execute("PRAGMA quick_check(1)"))
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
        from bounceback_tui.store.damage import damaged_inside

        # SQLite's check's first fault, said as `import`, `backup` and a read that meets
        # damage say it (store/damage.damaged_inside): it was "is damaged" here, the fault
        # on a details line under it.
        fault = self.result.splitlines()[0] if self.result else "no fault named"
        return NotADatabaseError(f"{damaged_inside(self.db_path, fault)}. It was left untouched.")


class DailyBackup:
    """Today's rolling backup, in a thread that starts after the first paint.

    If the person quits before the delay is over, the backup is taken right then
    (the screen is gone, so it slows nothing down). A failure is passed to ``notify``
    while the app runs (printed to standard error once it has closed), never raised.
    """

    def __init__(
        self,
        paths: DataPaths,
        notify: Callable[[str], None] | None = None,
        delay: float = BACKUP_DELAY_S,
        *,
        check: QuickCheck | None = None,
        say: Callable[[str], None] | None = None,
        again: Callable[[], str] | None = None,
        layout_told: bool = False,
    ):
        self.paths = paths
        # The window says once itself that the store is not as the app makes it, backups
        # held (ui/app_store.check_layout): a refusal for that (LayoutHeldError) is not said
        # again in it, a second notice in a row at launch. Once it has closed, it is said.
        self.layout_told = layout_told
        # How to take the backup by hand in the running app ("choose “Back up now” in the
        # palette (ctrl+p)", the key as bound): said when a full disk stopped it.
        self.again = again
        self.notify = notify
        # Once the app has closed: one line on stderr. The CLI passes its own, which shows a
        # path's escape sequences harmlessly (commands/failures.say); the store has no such rule.
        self.say = say or _print
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
        self._app_closed.wait(self.delay)
        # Imported once the wait is over, not while the first screen is being built.
        from bounceback_tui.store.backup import daily_backup, remove_stale_partials
        from bounceback_tui.store.sqlite_file import store_is_read_only

        if self.check is not None and not self.check.wait_ok():
            return  # never back up a damaged store over a good backup
        if store_is_read_only(self.paths.database):
            return  # it cannot change, and its folder may not take a backup either
        full = False
        try:
            remove_stale_partials(self.paths)
            daily_backup(self.paths, checked=self.check is not None)
        except DiskFullError:
            full = True
        except LayoutHeldError as exc:
            self.error = f"Today's backup was not taken. {exc} Your store is unchanged."
            if self.layout_told and self.notify is not None and not self._app_closed.is_set():
                return  # the window's own notice says it (backups held until put right)
        except BouncebackError as exc:
            self.error = f"Today's backup was not taken. {exc} Your store is unchanged."
        except Exception as exc:  # a backup must never take the app down
            self.error = f"Today's backup was not taken ({exc}). Your store is unchanged."
        if full or self.error:
            self._tell(full)

    def _tell(self, full: bool) -> None:
        if self.notify is None or self._app_closed.is_set():
            self.say(self._message(full, "run `bounceback-tui backup`"))
            return
        in_app = self._message(full, self.again() if self.again else "back up again")
        try:
            self.notify(in_app)
        except Exception:
            self.say(self._message(full, "run `bounceback-tui backup`"))

    def _message(self, full: bool, again: str) -> str:
        """What went wrong; a full disk said once ("The disk is full, so the backup was not
        made. Free some space and try again." followed "not taken." before), with how to
        take the backup again. Kept in ``error``, as it was last said."""
        if full:
            self.error = (
                f"Today's backup was not taken: the disk is full. Free some space, then "
                f"{again}. Your store is unchanged."
            )
        return str(self.error)


def _print(message: str) -> None:
    print(f"bounceback-tui: {message}", file=sys.stderr)
