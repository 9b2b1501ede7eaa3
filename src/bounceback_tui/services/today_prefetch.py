"""Today's summary read in a thread at launch, while the app imports Textual: all of
``services/today.TodayPrefetch`` but the read itself (``Prefetch._load``), which is there.

What it refuses or cannot read names `repair` and `restore` as the launch names the store,
with its --data-dir, as every other read of Today does: its refusal of a store lacking a
column of the app's, and its read of Today's interviews, said a bare `bounceback-tui
repair` (the default store's) for the store given with --data-dir.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from bounceback_tui.errors import StoreDamagedError, StoreError, StoreLayoutError
from bounceback_tui.services.startup import StartupState, startup_state_from

if TYPE_CHECKING:
    from bounceback_tui.store.fastread import FastReader

Summary = TypeVar("Summary")  # services/today.TodaySummary, which is read here

REPAIR = "bounceback-tui repair"  # the default store's; a launch names its own --data-dir


def named_as_launched(refused: StoreError, path: Path, repair_command: str) -> StoreError:
    """``refused`` with `repair` and `restore` named as ``repair_command`` names the store:
    the refusal of a table or column missing (StoreLayoutError) is made with the bare
    commands where it is found (store/layout_tables.py); any other refusal as it is."""
    if not isinstance(refused, StoreLayoutError) or not repair_command.endswith(" repair"):
        return refused
    restore = f"{repair_command.removesuffix('repair')}restore"
    return StoreLayoutError(refused.problem, path, restore, repair_command)


class Prefetch(Generic[Summary]):
    """Today's summary, computed in a thread while the app imports Textual.

    sqlite3 releases the GIL while it reads, so on a machine with two cores the
    first screen's figures are ready by the time the screen is built. The app's startup
    facts (the theme, a first run) are read first through the same connection: each
    connection's first read parses the store's whole schema (its seventy triggers, about
    11 million instructions), and this one pays it on the second core. At launch it also
    makes the store's identity check first (``check_store``, store/launch_open.py), so
    that parse is the launch's only one before the first frame.
    """

    def __init__(
        self, db_path: Path, today: date, *, check_store: bool = False, repair_command: str = REPAIR
    ) -> None:
        """``check_store``: first make the launch's identity check of the store through
        this connection (store/launch_open.py); ``confirm_store`` gives its verdict.
        ``repair_command``: `bounceback-tui repair` as the launch names it, with its
        --data-dir; what the prefetch refuses or cannot read names it (and `restore`) so."""
        self.today = today
        self.db_path = db_path
        self.repair_command = repair_command
        self._summary: Summary | None = None
        self._damage: StoreDamagedError | None = None
        self._startup: StartupState | None = None
        self._people: Any = None  # services/today_people.PeopleToday, read with the summary
        self._startup_read = threading.Event()
        self._check_store = check_store
        self._store_confirmed = False
        self._tables_checked = False
        self._refused: StoreError | None = None
        self._thread = threading.Thread(
            target=self._work, args=(db_path,), name="today-prefetch", daemon=True
        )
        self._thread.start()

    def _load(self, db_path: Path, first: Callable[[FastReader], object]) -> Summary:
        """The summary, read with ``first`` first (``services/today.TodayPrefetch``: this
        module reads nothing of services/today, which names it)."""
        raise NotImplementedError

    def _work(self, db_path: Path) -> None:
        try:
            self._summary = self._load(db_path, self._read_first)
        except StoreDamagedError as exc:  # kept: reading again would only meet it again
            self._damage = exc
        except Exception:  # the pane reads it again itself, and reports any problem
            self._summary = None
        finally:
            self._startup_read.set()

    def _read_first(self, reader: FastReader) -> None:
        self._read_startup(reader)
        # Today's interviews, so that the first paint has them (ui/today/people_part.py).
        from bounceback_tui.services.today_people import people_read

        self._people = people_read(reader, self.repair_command)

    def _read_startup(self, reader: FastReader) -> None:
        import sqlite3

        from bounceback_tui.store.sqlite_file import store_is_read_only

        try:
            from bounceback_tui.store.launch_open import confirm_identity, confirm_tables

            try:
                if self._check_store:
                    confirm_identity(reader.conn, self.db_path)  # and every table the app uses
                    self._store_confirmed = True
                else:  # opened by open_store: its tables are still looked at
                    confirm_tables(reader.conn, self.db_path)
            except StoreError as refused:  # nothing more is read from it
                self._refused = named_as_launched(refused, self.db_path, self.repair_command)
                raise
            self._tables_checked = True
            self._startup = startup_state_from(reader, read_only=store_is_read_only(self.db_path))
        except (sqlite3.Error, OSError):
            self._startup = None  # the app reads them itself
        finally:
            self._startup_read.set()

    def confirm_store(self, timeout: float = 5.0) -> None:
        """The verdict of the launch's identity check (``check_store``): nothing if the
        store may be opened, else what ``open_store`` raises for it (NotADatabaseError,
        NewerStoreError, StoreError, StoreLayoutError), once its reader is closed. Without a
        verdict in time (the prefetch could not open the store, or is late) the check is made
        here."""
        self._startup_read.wait(timeout)
        if self._refused is None and not self._store_confirmed:
            from bounceback_tui.store.sqlite_file import inspect_store

            inspect_store(self.db_path)
        self.confirm_tables(timeout)

    def confirm_tables(self, timeout: float = 5.0) -> None:
        """The verdict of the check of every table the app uses (store/layout_tables.py),
        made on the prefetch's connection: StoreLayoutError for one missing, or a column of
        one; made here when there is no verdict in time."""
        self._startup_read.wait(timeout)
        if self._refused is not None:
            self._thread.join(timeout)  # nothing of it then holds the refused store open
            raise self._refused
        if not self._tables_checked:
            from bounceback_tui.store.launch_open import tables_on_the_spot

            try:
                tables_on_the_spot(self.db_path)
            except StoreLayoutError as refused:
                raise named_as_launched(refused, self.db_path, self.repair_command) from None

    def startup_state(self, timeout: float = 5.0) -> StartupState | None:
        """The startup facts, or None if they could not be read or are late (the caller
        then reads them itself, with ``read_startup_state``)."""
        self._startup_read.wait(timeout)
        return self._startup

    def people(self) -> Any:
        """The people part read with the summary (``services/today_people.PeopleToday``),
        or None: asked after ``result``."""
        return self._people

    def result(self, timeout: float = 5.0) -> Summary | None:
        """The summary, or None if it failed or is late (the caller then loads it). Damage
        the read met is raised (StoreDamagedError), as a read of its own would."""
        self._thread.join(timeout)
        if self._damage is not None:
            raise self._damage
        return self._summary
