"""The app's store (mixed into ``BouncebackApp``): the ORM-backed ``Database``, opened on
first use (after the first paint, in the warm-up thread), the theme saved in it, and what
happens when the store turns out damaged or an error nothing handled reaches the app.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from textual import events
from textual.app import App

from bounceback_tui import clock
from bounceback_tui.ui.kit.text import plain, toast_with

if TYPE_CHECKING:
    from bounceback_tui.errors import StoreDamagedError, StoreLayoutError
    from bounceback_tui.paths import DataPaths
    from bounceback_tui.services.store_access import Database, QuickCheck, StoreWatch
    from bounceback_tui.ui.kit.text import ContentNotify

    class _AppBase(ContentNotify, App[Any]):  # what the mixin is mixed with
        pass

else:
    _AppBase = object

# What the app returns when SQLite's background check finds the store damaged.
STORE_DAMAGED = "store-damaged"
# What it returns when a read or write nothing caught met a table or column of the app's
# dropped while it was open (store/missing_parts.py): run_app offers what the launch does.
STORE_LACKS = "store-lacks"


class StoreInUse(_AppBase):
    """Mix into the App (before App)."""

    if TYPE_CHECKING:  # set by BouncebackApp.__init__
        paths: DataPaths
        _real_paths: DataPaths
        _watch: StoreWatch | None
        demo: bool
        store_check: QuickCheck | None
        _read_only: bool
        store_problem: StoreDamagedError | None
        crash: BaseException | None
        _db: Database | None
        _db_lock: threading.Lock
        _import_lock: threading.Lock
        _saved_theme: str

        @property
        def store_watch(self) -> StoreWatch: ...

        def take_up_replaced_file(self) -> None: ...

    # Set once the ORM is imported whole (``orm_imported``).
    _orm_imported = False
    # The table or column found missing by a read or write nothing caught (STORE_LACKS).
    store_lacks: StoreLayoutError | None = None

    def orm_imported(self) -> None:
        """Import the ORM under ``_import_lock``, or wait for the warm-up's thread to finish
        importing it: from then on no thread meets SQLAlchemy half-imported. Asked by the
        warm-up, before each key, paste or click is acted on, and by ``db``. Escape on a first
        launch's welcome, pressed as it came up, imported SQLAlchemy for the setting it saves
        while the warm-up's thread was half-way through the same import, and the app crashed:
        "cannot import name 'AdaptedConnection' from partially initialized module
        'sqlalchemy.engine'" (a fixer's first launches)."""
        if self._orm_imported:
            return
        with self._import_lock:
            import bounceback_tui.services.applications  # noqa: F401
        self._orm_imported = True

    @property
    def db(self) -> Database:
        """The SQLModel-backed store, created on first use (that import is the slow part)."""
        with self._db_lock:
            if self._db is None:
                self.orm_imported()  # from any thread: one import of the ORM at a time
                from bounceback_tui.services.store_access import open_database
                from bounceback_tui.ui.palette_cli import command_for

                check = self.store_check
                self._db = open_database(
                    self.paths.database,
                    ready=None if check is None else check.wait_ok,
                    on_damage=self._damage_met,
                    on_replaced=self._file_replaced_met,
                    repair_command=command_for(cast(Any, self), "repair"),
                )
                # Told of this window's own commits, which are no news to its panes.
                self._db.watch = self.store_watch
            return self._db

    def on_unmount(self) -> None:
        self.close_store()

    def close_store(self) -> None:
        """Close this window's connections to its store (the engine, the watcher), then let
        SQLite fold the log into the file and delete its -wal and -shm, unless another
        window still has the store open (services/store_access.close_store). On unmount,
        and again by run_app once Textual's worker threads and the day's backup are done
        (what they had open then is closed too). A damaged store is only closed."""
        from bounceback_tui.services.store_access import close_store

        tidy = not self.store_found_damaged()
        close_store(self.paths.database, self._watch, self._db, tidy=tidy)
        if self._real_paths != self.paths:  # ending on the demo: the person's own too
            close_store(self._real_paths.database, tidy=tidy)

    def store_found_damaged(self) -> bool:
        """Whether this window found its store damaged: met by a read (``store_problem``,
        ended with STORE_DAMAGED) or by the quick check (done by run_app's call of
        ``close_store``: the backup waited for it)."""
        check = self.store_check
        return (
            self.store_problem is not None
            or self.return_value == STORE_DAMAGED
            or (check is not None and check.result != "ok")
        )

    def _damage_met(self, problem: StoreDamagedError) -> None:
        """From any thread: the store is damaged inside; close on the way-out choices."""
        try:
            self.call_from_thread(self.close_on_damage, problem)
        except RuntimeError:  # already on the app's thread (or the app has stopped)
            self.close_on_damage(problem)

    def _file_replaced_met(self) -> None:
        """From any thread: a write was refused, the file at the store's path being no longer
        the one the window opened; the window takes up the new one next (ui/app_panes.py)."""
        try:
            self.call_from_thread(self.call_later, self.take_up_replaced_file)
        except RuntimeError:  # already on the app's thread (or the app has stopped)
            self.call_later(self.take_up_replaced_file)

    def close_on_damage(self, problem: StoreDamagedError) -> None:
        """End the app with STORE_DAMAGED; run_app offers to restore a backup or start fresh.

        The practice store of the demo is thrown away anyway, so its damage is a crash."""
        if self.store_problem is None and not self.demo:
            self.store_problem = problem
            self.exit(STORE_DAMAGED)

    def _handle_exception(self, error: Exception) -> None:
        # Textual's one door for an error nothing handled. Damage met by a read (Today's
        # figures, a pane's rows) is not a crash: it goes to the same choices as at launch,
        # and so does a table or column of the app's found missing.
        from bounceback_tui.services.store_health import damage_in

        problem = None if self.demo else damage_in(error, self.paths.database)
        if problem is not None:
            self.close_on_damage(problem)
            return
        from bounceback_tui.errors import StoreLayoutError

        if isinstance(error, StoreLayoutError) and not self.demo:
            # A column or table dropped while the app is open, met where nothing said it
            # (a pane's read after a refused action): not a crash, the launch's choices.
            if self.store_lacks is None:
                self.store_lacks = error
                self.exit(STORE_LACKS)
            return
        if _quitting(self.return_code, self.return_value) and _taken_down(error):
            # Asked to end (`q`, or a signal) as a screen was being put up: its widgets went
            # before its mount asked for one (the welcome, `q` as the first screen showed).
            return
        if self.crash is None:
            self.crash = error
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        # Textual would print a traceback with local variables (a person's own text) to
        # the terminal. run_app writes the traceback, without them, to a private log instead.
        if "debug" in self.features:
            super()._fatal_error()
            return
        self.bell()
        self._close_messages_no_wait()

    def watch_theme(self, theme: str) -> None:
        """Remember every theme change (palette, settings screen) in the store."""
        if theme == self._saved_theme:
            return
        from bounceback_tui.errors import BouncebackError
        from bounceback_tui.services.settings import save_setting

        try:
            save_setting(self.db, "theme", theme)
        except BouncebackError as exc:
            self.notify(
                toast_with("$error The theme applies until you quit.", error=exc),
                severity="warning",
                title="Theme not saved",
            )
            return
        self._saved_theme = theme

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables and the lines' (``$card-line``...), the key bar's letters and
        the warning colour made readable on it; in 16 colours (TERM=xterm) with the text
        colours and lines that would land too close to their grounds moved
        (kit/theme_looks.py), in 256 a dark theme's grounds and every theme's text colours
        (kit/theme_256.py); then the scroll bar's thumb in the text colour, on its track, and
        in 16 colours told from it (kit/theme_looks_scrollbar.py)."""
        from bounceback_tui.ui.kit.theme_looks import (
            lifted_variables,
            line_variables,
            sixteen_colour_variables,
        )
        from bounceback_tui.ui.kit.theme_looks_scrollbar import (
            sixteen_colour_scrollbar,
            thumb_variables,
        )

        variables = lifted_variables(line_variables(super().get_css_variables()))
        sixteen = self.console.color_system == "standard"
        if sixteen:
            variables = sixteen_colour_variables(variables)
        elif self.console.color_system == "256":
            from bounceback_tui.ui.kit.theme_256 import eight_bit_colour_variables

            variables = eight_bit_colour_variables(variables)
        variables = thumb_variables(variables)
        if sixteen:
            variables = sixteen_colour_scrollbar(variables)
        self.theme_variables = variables
        return variables

    def check_layout(self) -> None:
        """In a warm-up thread, after the first screen: a store carrying a trigger, table or
        view the app does not make opens as before, and is said once (an attacker's trigger
        came back with a backup and fired on every add, unseen)."""
        from bounceback_tui.services.store_health import foreign_notice
        from bounceback_tui.ui.palette_cli import command_for

        window = cast(Any, self)
        notice = foreign_notice(
            self.paths.database,
            command_for(window, "repair"),
            command_for(window, "export -o FILE"),
        )
        if notice is not None:
            self.call_from_thread(
                self.notify,
                plain(notice),
                title="Something else changed your store",
                severity="warning",
                timeout=30,
            )

    # The day last kept as a day here (services/days_opened.py): None until the launch keeps
    # it (never for a read-only store, nor a damaged one).
    _day_marked: date | None = None

    def mark_day_opened(self) -> None:
        from bounceback_tui.services.days_opened import mark_opened

        self._day_marked = today = clock.today()
        mark_opened(self._real_paths.database, today)  # never the demo's throw-away folder

    def note_day_here(self, event: events.Event) -> None:
        """On the person's key, paste or click: the first of a new day (the window left open
        past midnight) keeps it as a day here, as a launch does; any other compares two dates
        and writes nothing. Not the idle tick's re-read of Today at midnight: a window left
        open a week untouched would have counted every day as one the person was here. Nor
        the pointer passing over the window, nor a wheel: no one need be there."""
        if not isinstance(event, (events.Key, events.Paste, events.MouseDown)):
            return
        marked = self._day_marked
        if marked is not None and marked != clock.today() and not (self._read_only or self.demo):
            self.mark_day_opened()

    def _await_store_check(self) -> None:
        assert self.store_check is not None
        if not self.store_check.wait_ok():
            # run_app then offers to restore a backup or start fresh.
            self.call_from_thread(self.exit, STORE_DAMAGED)
        elif not self._read_only:  # the store is sound: a day here (services/days_opened.py)
            self.mark_day_opened()


def _quitting(return_code: int | None, result: object) -> bool:
    """Ended by `q` (0, no result) or a signal (128 + n): not for damage met (its result
    says so) or by a crash (1)."""
    if return_code is None:
        return False
    return return_code > 128 or (return_code == 0 and result is None)


def _taken_down(error: Exception) -> bool:
    from textual.css.query import NoMatches

    return isinstance(error, NoMatches)
