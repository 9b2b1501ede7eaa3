"""Open (and if needed upgrade) the store, then run the Textual app.

What can go wrong at launch, and what the person sees:

- the file at the store's path is not a readable store (not SQLite, another
  program's, or damaged: SQLite's quick check runs in a thread from launch; writes
  wait for it, and damage it finds closes the app before anything is written):
  the app does not use it and does not touch it; in a terminal a small
  screen offers to restore the latest backup or start fresh (the file is moved
  aside, never deleted); where no screen can be shown (the launch's own rule,
  commands.not_a_terminal) the message says how to do either;
- a read-only folder, a full disk, a store from a newer version: one clear
  sentence and exit code 1 (raised as StoreError, printed by the CLI);
- standard input, output or error not a terminal (`> out.txt`, `< /dev/null`, `2> log`),
  or TERM naming none: refused by the command line before this module is reached, so
  before the data folder or the store is touched (cli.main, commands.not_a_terminal).

Once the app is up, a thread takes the day's rolling backup (store/background.py, on
store/backup.py) after a short wait, so it never competes with the first paint. When it
ends, every connection it opened is closed, and the store's -wal and -shm are folded in and
deleted unless another window still has it open (store/closing.py). What the store-problem
screen offers, and the way out said without a terminal, are commands/store_problem.py's.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from bounceback_tui.commands import terminal_text
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules
from bounceback_tui.store.background import BACKUP_DELAY_S, DailyBackup, QuickCheck

if TYPE_CHECKING:
    from bounceback_tui.errors import StoreError
    from bounceback_tui.services.today import TodayPrefetch
    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.screens.store_problem_repair import LayoutOffer


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
    from bounceback_tui.errors import ForeignLayoutError, NotADatabaseError, StoreLayoutError
    from bounceback_tui.store.launch_open import open_store_at_launch

    check: QuickCheck | None = None
    prefetch: TodayPrefetch | None = None
    alone = _alone(paths)  # nothing beside the store yet: what appears is this launch's
    try:
        # An up-to-date store's identity is checked by the prefetch below, through its own
        # connection: the schema is parsed once, and not on this thread (store/launch_open.py).
        left_to_prefetch = open_store_at_launch(paths, upgrade_rules)
        # Damage deeper in the file than the header shows only on reading it. SQLite's
        # quick check reads the whole file, so it starts once the first screen is up
        # (on a large store it would compete with it for the machine); every write
        # waits for it, and damage it finds closes the app before it touches the file.
        check = QuickCheck(paths.database)
        # Today's figures are read in another thread meanwhile, for the same reason.
        from bounceback_tui import clock
        from bounceback_tui.paths import command_line
        from bounceback_tui.services.today import TodayPrefetch

        # What it refuses names `repair` and `restore` with this launch's --data-dir.
        prefetch = TodayPrefetch(
            paths.database,
            clock.today(),
            check_store=left_to_prefetch,
            repair_command=command_line(paths, "repair"),
        )
        from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp

        if left_to_prefetch:
            prefetch.confirm_store()  # what open_store would have raised, if anything
        else:  # every table the app uses, as the check above looks at them
            prefetch.confirm_tables()
    except StoreLayoutError as missing:  # up to date, a table or column of the app's missing
        from bounceback_tui.commands.layout_refused import missing_refusal

        if alone:
            _tidy_own_readers(paths)
        check, prefetch = None, None  # made for a store that is not to be read
        said, layout = missing_refusal(paths, missing)  # Restore, Start fresh; no repair
        if not (opened := resolve_store_problem(paths, said, layout=layout)):
            return _not_opened(opened)
        alone = _alone(paths)
        from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp
    except ForeignLayoutError as refused:  # behind, and what `repair` mends holds it back
        from bounceback_tui.commands.layout_refused import layout_refusal

        said, layout = layout_refusal(paths, refused)  # "Repair it" offered first
        if not (opened := resolve_store_problem(paths, said, layout=layout)):
            return _not_opened(opened)
        check, prefetch, alone = None, None, _alone(paths)
        from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp
    except NotADatabaseError as problem:
        if alone:
            _tidy_own_readers(paths)
        check, prefetch = None, None  # made for a store that is not to be read
        if not (opened := resolve_store_problem(paths, problem)):
            return _not_opened(opened)
        alone = _alone(paths)  # another file now: what is beside it, as with the first
        from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp

    from bounceback_tui.commands.quiet_keys import while_textual_runs
    from bounceback_tui.commands.signals import ENDING, end_politely
    from bounceback_tui.ui.kit.cursor_mark import colourless

    while True:
        app = BouncebackApp(paths, today=prefetch, store_check=check, welcome=True)
        # A terminal without colour (TERM=xterm-mono) is told as NO_COLOR is: the styles'
        # `:nocolor` rules (the focused field's bar) and Textual's own (ui/kit/cursor_mark.py).
        app.no_color = colourless(app)
        backup = days_backup(app, paths, check)
        backup.start()
        # SIGTERM and SIGHUP end the window as `q` does, up to the end of its tidying
        # (commands/signals.py); the launch's own handlers hold them until then.
        with while_textual_runs(held=ENDING), end_politely(app) as ended:
            try:
                result = app.run()
            finally:
                app.discard_demo_store()
                backup.finish()
                # The app closed its connections when it ended; Textual's worker threads and
                # the backup have finished since, so close again what they used and tidy the
                # store's -wal and -shm (store/closing.py), as the last window on it.
                app.close_store()
                if alone and app.store_found_damaged():  # only closed: its readers' files go
                    _tidy_own_readers(paths)
        if app.crash is None and ended.signal is not None:
            with contextlib.suppress(OSError):  # SIGHUP: the terminal may be gone
                print(
                    terminal_text(
                        f"bounceback-tui: stopped by {ended.name}; everything saved is kept."
                    ),
                    file=sys.stderr,
                )
            return ended.status
        if app.crash is not None or (app.return_code or 0) != 0:
            # Never a quiet exit 0 after a crash: one line, the details in a private log.
            from bounceback_tui.commands.failures import EXIT_CRASHED, report_crash

            return report_crash(app.crash) if app.crash is not None else EXIT_CRASHED
        if app.store_lacks is not None:  # a table or column dropped while it was open
            from bounceback_tui.commands.layout_refused import missing_refusal

            said, layout = missing_refusal(paths, app.store_lacks)  # as at launch
            if not (opened := resolve_store_problem(paths, said, layout=layout)):
                return _not_opened(opened)
            check, prefetch, alone = None, None, _alone(paths)
            continue
        if result != STORE_DAMAGED:
            if app.said_on_leaving:  # typing kept as a draft: what brings it back
                print(terminal_text(f"bounceback-tui: {app.said_on_leaving}"))
            return 0
        # Damage met after the first screen (by the check or by a read): offer the ways
        # out, as at launch.
        damage = app.store_problem or (check.problem() if check is not None else None)
        if damage is None:
            return 1
        if not (opened := resolve_store_problem(paths, damage)):
            return _not_opened(opened)
        check, prefetch = None, None
        alone = _alone(paths)


def _alone(paths: DataPaths) -> bool:
    from bounceback_tui.store.closing import side_files

    try:
        return not side_files(paths.database)
    except OSError:  # a folder that cannot be read: nothing is tidied
        return False


def _tidy_own_readers(paths: DataPaths) -> None:
    """The -wal and -shm the launch's own readers made beside a store it then refused (a
    damaged one whose header looked right): closed away before the store-problem screen, as
    a refused command does (cli._run_command). "Quit and leave everything as it is" left a
    32 KB -shm and an empty -wal beside a store that had none, and a restore kept them aside
    as the damaged file's own (a stranger's walk). So too after a window that found its store
    damaged inside (a page in the middle, met by a read or by the quick check once the first
    screen was up): the app only closes such a store, and its connections' files were left
    beside it. Only an empty log is let go: nothing in it is folded into the refused file, and
    a log holding what the window saved stays with its index."""
    from pathlib import Path

    from bounceback_tui.store.closing import tidy_store

    try:
        empty = Path(f"{paths.database}-wal").stat().st_size == 0
    except FileNotFoundError:
        empty = True
    except OSError:
        return
    if empty:
        tidy_store(paths.database)


def days_backup(
    app: BouncebackApp, paths: DataPaths, check: QuickCheck | None, delay: float = BACKUP_DELAY_S
) -> DailyBackup:
    """Today's backup for the window ``app``: a failure said in it as a toast (on standard
    error once it has closed), but not a refusal its launch notice says already (a store
    not as the app makes it: "Nothing is saved, backed up or exported until …")."""
    return DailyBackup(
        paths,
        _toast_in(app),
        delay,
        check=check,
        say=_say,
        again=_by_hand(app),
        layout_told=True,
    )


def _toast_in(app: BouncebackApp) -> Callable[[str], None]:
    """How the backup thread tells the person it failed: a toast in the running app."""

    def notify(message: str) -> None:
        app.call_from_thread(
            app.notify, message, title="Backup", severity="warning", timeout=10, markup=False
        )

    return notify


def _by_hand(app: BouncebackApp) -> Callable[[], str]:
    """How to take a backup by hand in the app, the palette's key as the keymap has it."""

    def again() -> str:
        palette = app.key_label("app.palette", "ctrl+p")
        return f"choose “Back up now” in the palette ({palette})"

    return again


def _not_opened(outcome: bool | None) -> int:
    """The exit status when the store-problem screen did not open the app: 0 when the store
    was put right and the person quit (``resolve_store_problem`` None), else 1."""
    return 0 if outcome is None else 1


def resolve_store_problem(
    paths: DataPaths, problem: StoreError, *, layout: LayoutOffer | None = None
) -> bool | None:
    """The store-problem screen for ``problem`` (commands/store_problem.py); True if the app
    should open now, None if the store was put right and the person quit, False if not."""
    from bounceback_tui.commands import store_problem

    return store_problem.resolve_store_problem(paths, problem, layout=layout)


def _say(message: str) -> None:
    """One line on stderr, escape sequences shown harmlessly (commands/failures.py, imported
    only if the daily backup has something to say once the app has closed)."""
    from bounceback_tui.commands.failures import say

    say(message)
