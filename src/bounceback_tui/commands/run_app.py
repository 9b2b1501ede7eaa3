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
deleted unless another window still has it open (store/closing.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from bounceback_tui.commands import command_line, name_data_dir, terminal_text
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules
from bounceback_tui.store.background import BACKUP_DELAY_S, DailyBackup, QuickCheck

if TYPE_CHECKING:
    from bounceback_tui.errors import StoreError
    from bounceback_tui.services.today import TodayPrefetch
    from bounceback_tui.store.backup import BackupInfo
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
    from bounceback_tui.errors import ForeignLayoutError, NotADatabaseError
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
        from bounceback_tui.services.today import TodayPrefetch

        prefetch = TodayPrefetch(paths.database, clock.today(), check_store=left_to_prefetch)
        from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp

        if left_to_prefetch:
            prefetch.confirm_store()  # what open_store would have raised, if anything
    except ForeignLayoutError as refused:  # behind, and what `repair` mends holds it back
        from bounceback_tui.commands.layout_refused import layout_refusal

        said, layout = layout_refusal(paths, refused)  # "Repair it" offered first
        if not resolve_store_problem(paths, said, layout=layout):
            return 1
        check, prefetch, alone = None, None, _alone(paths)
        from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp
    except NotADatabaseError as problem:
        if alone:
            _tidy_own_readers(paths)
        check, prefetch = None, None  # made for a store that is not to be read
        if not resolve_store_problem(paths, problem):
            return 1
        alone = _alone(paths)  # another file now: what is beside it, as with the first
        from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp

    from bounceback_tui.commands.signals import EXIT_TERMINATED, end_politely_on_sigterm
    from bounceback_tui.ui.kit.cursor_mark import colourless

    while True:
        app = BouncebackApp(paths, today=prefetch, store_check=check, welcome=True)
        # A terminal without colour (TERM=xterm-mono) is told as NO_COLOR is: the styles'
        # `:nocolor` rules (the focused field's bar) and Textual's own (ui/kit/cursor_mark.py).
        app.no_color = colourless(app)
        backup = DailyBackup(
            paths, _toast_in(app), BACKUP_DELAY_S, check=check, say=_say, again=_by_hand(app)
        )
        backup.start()
        try:
            with end_politely_on_sigterm(app):  # commands/signals.py
                result = app.run()
        finally:
            app.discard_demo_store()
            backup.finish()
            # The app closed its connections when it ended; Textual's worker threads and the
            # backup have finished since, so close again what they used and tidy the store's
            # -wal and -shm (store/closing.py), as the last window on it.
            app.close_store()
            if alone and app.store_found_damaged():  # only closed: its readers' files go
                _tidy_own_readers(paths)
        if app.crash is None and app.return_code == EXIT_TERMINATED:
            print(
                "bounceback-tui: stopped by SIGTERM; everything saved is kept.",
                file=sys.stderr,
            )
            return EXIT_TERMINATED
        if app.crash is not None or (app.return_code or 0) != 0:
            # Never a quiet exit 0 after a crash: one line, the details in a private log.
            from bounceback_tui.commands.failures import EXIT_CRASHED, report_crash

            return report_crash(app.crash) if app.crash is not None else EXIT_CRASHED
        if result != STORE_DAMAGED:
            if app.said_on_leaving:  # typing kept as a draft: what brings it back
                print(terminal_text(f"bounceback-tui: {app.said_on_leaving}"))
            return 0
        # Damage met after the first screen (by the check or by a read): offer the ways
        # out, as at launch.
        damage = app.store_problem or (check.problem() if check is not None else None)
        if damage is None or not resolve_store_problem(paths, damage):
            return 1
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


def resolve_store_problem(
    paths: DataPaths, problem: StoreError, *, layout: LayoutOffer | None = None
) -> bool:
    """Offer the ways out of an unreadable store (``problem`` a NotADatabaseError), or of one
    refused for its layout (``layout``: "Repair it" first, commands/layout_refused.py); True
    if the app should open now."""
    from bounceback_tui.commands import not_a_terminal
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.store.backup import aside_stamp

    # The launch's own rule (TERM, all three streams, or a driver chosen): the screen asked
    # only of input and output, and drew itself into `2> log` when damage was met.
    if not_a_terminal() is not None:
        raise BouncebackError(_way_out_without_a_terminal(paths, problem))
    from bounceback_tui.commands.offered_backup import OfferedBackups
    from bounceback_tui.commands.restore import up_to_newest_usable
    from bounceback_tui.ui.screens.store_problem import StoreProblemApp

    # One stamp, said on the screen and used by the choice: the restore took the time of
    # its key, ten seconds after the screen said another (a stranger's walk).
    stamp = aside_stamp()
    from bounceback_tui.commands.layout_refused import KEPT_ASIDE_AS

    aside = "unreadable" if layout is None else KEPT_ASIDE_AS  # it reads: named for why
    # Only the offered one, and none older, read whole; the next found once it is refused.
    offers = OfferedBackups(
        paths,
        list(up_to_newest_usable(paths)),
        restore=lambda info, rows: _restore_latest(paths, info, stamp, rows_checked=rows),
        words=_label_and_passed,
    )
    label, passed_over = offers.words()
    chooser = StoreProblemApp(
        # The store's own sentence quotes `bounceback-tui restore`: named with this --data-dir.
        name_data_dir(str(problem), paths) if layout is None else str(problem),
        backup_label=label,
        passed_over=passed_over,
        aside_name=f"{paths.database.name}.{aside}-{stamp}",
        restore=offers.restore,
        fresh=lambda: _start_fresh(paths, stamp, aside),
        settings_file=paths.settings_file,
        restore_command=command_line(paths, "restore"),
        next_offer=offers.next_offer,
        layout=layout,
    )
    return bool(chooser.run())


def _way_out_without_a_terminal(paths: DataPaths, problem: StoreError) -> str:
    """The store's problem and the ways out, said on the command line: no screen to offer
    them on. Each command named with this store's --data-dir, if one was given: run as
    written, `restore latest` acted on the default store (an attacker's walk)."""
    offered, passed_over, _label = _offer(paths)
    if offered:
        newest = "newest backup that can be used" if passed_over else "latest backup"
        latest = command_line(paths, "restore latest")
        how = f"To put back the {newest} ({offered.name}): `{latest}`. "
    elif passed_over:
        listing = command_line(paths, "restore")
        how = f"None of your backups can be used (`{listing}` lists them and says why). "
    else:
        how = "There are no backups to restore. "
    return (
        f"{problem} {how}To start fresh, run `{command_line(paths, '')}` in a terminal and "
        "choose 'Start fresh': the file is moved aside, never deleted."
    )


def restore_offer(paths: DataPaths) -> tuple[BackupInfo | None, list[str]]:
    """The backup the screen offers to restore, the newest a restore would take (as `restore
    latest`), and each newer one it passes over with the list's mark ("daily, today 09:30:
    damaged, cannot be used"); every backup so, when none can be used. The screen offered
    the newest backup, damaged or not, and said nothing of the marks `restore` gives them."""
    offered, passed_over, _label = _offer(paths)
    return offered, passed_over


def _offer(paths: DataPaths) -> tuple[BackupInfo | None, list[str], str | None]:
    """``restore_offer``, and the offered backup's ``backup_label``."""
    from bounceback_tui.commands.restore import up_to_newest_usable

    return offer_words(list(up_to_newest_usable(paths)))  # the offer, none older, read whole


def offer_words(
    shown: list[tuple[BackupInfo, str | None]],
) -> tuple[BackupInfo | None, list[str], str | None]:
    """The offer of ``shown`` (newest first, the offer last with its mark None, if any), the
    marks of those passed over, and the offer's ``backup_label``, each backup named so that
    it can be told from the others shown (``commands.backup_words.told_apart``)."""
    from bounceback_tui.commands.backup_words import kind_of, told_apart

    when = told_apart([info for info, _mark in shown])
    passed_over = [f"{kind_of(info)}, {when[info.path]}: {mark}" for info, mark in shown if mark]
    if shown and shown[-1][1] is None:
        offered = shown[-1][0]
        return offered, passed_over, backup_label(offered, when[offered.path])
    return None, passed_over, None


def _label_and_passed(shown: list[tuple[BackupInfo, str | None]]) -> tuple[str | None, list[str]]:
    """``offer_words``' label of the offer and marks of those passed over, for the screen."""
    _offered, passed_over, label = offer_words(shown)
    return label, passed_over


def backup_label(latest: BackupInfo, when: str | None = None) -> str:
    """What the restore choice says of the latest backup: when, what kind, and what it holds
    ("daily, today 22:37: empty"). A stranger restored a backup taken at the first launch,
    before anything was added, and met the first-run welcome: nothing had said it was empty.
    ``when``: as ``told_apart`` says it, beside others shown."""
    from bounceback_tui.commands.backup_words import kind_of, when_taken
    from bounceback_tui.commands.restore import holds

    label = f"{kind_of(latest)}, {when or when_taken(latest)}"
    return f"{label}: {held}" if (held := holds(latest.path)) else label


def _restore_latest(
    paths: DataPaths,
    offered: BackupInfo | None = None,
    stamp: str | None = None,
    *,
    rows_checked: bool = False,
) -> str:
    """Restore ``offered``, or else the newest backup a restore would take; a store moved
    aside is named with ``stamp``, when given (the one the screen said). Either was read
    whole as it was found (``up_to_newest_usable``) and is not read whole again, as with
    `restore latest`: the screen made SQLite's integrity check of its offer twice, to offer
    it and again on `r` (every page: seconds a backup at 100,000 applications)."""
    from bounceback_tui.errors import BackupUnusableError, StoreError
    from bounceback_tui.store.restore import restore_backup
    from bounceback_tui.transfer.backup_rows import backup_rows_problem

    latest = offered or restore_offer(paths)[0]
    if latest is None:
        raise StoreError("There are no backups to restore.")
    # The screen's check of its offer stands only while the file is as it was then.
    checked = offered is None or _unchanged(offered)
    # Rows checked as the offer was found (OfferedBackups.next_offer): not again, unchanged.
    rows = None if rows_checked and offered is not None and checked else backup_rows_problem
    try:
        result = restore_backup(
            paths,
            latest.path,
            aside_stamp=stamp,
            checked=checked,
            rows_check=rows,
            rules=upgrade_rules,
        )
    except BackupUnusableError as exc:
        # Said plainly (the command line's message names the schema and SQLite's reason);
        # refused as a backup, so the screen offers the next one.
        raise BackupUnusableError(
            f"The latest backup ({latest.name}) cannot be used: it was made by an older "
            "version of bounceback-tui and could not be brought up to date. Nothing was "
            "changed."
        ) from exc
    moved = f" The old file is kept as {result.moved_aside}." if result.moved_aside else ""
    if result.safety_backup is not None and not result.moved_aside:
        # A store refused for its layout is copied whole first, what it holds included.
        kept = result.safety_backup.name
        moved = f" The store as it was is kept whole as {kept} in the backups folder."
    if result.left_out:
        from bounceback_tui.store.layout import left_out_sentence

        moved += f" {left_out_sentence(list(result.left_out))}"
    return f"Restored {latest.name}.{moved}"


def _unchanged(info: BackupInfo) -> bool:
    """Whether the backup file has the size and time it had when it was checked: one changed
    while the screen was up (written over, damaged) is checked again, not taken on trust."""
    try:
        now = info.path.stat()
    except OSError:
        return False  # gone: restore_backup says so
    return (now.st_size, now.st_mtime_ns) == (info.size, info.modified_ns)


def _start_fresh(paths: DataPaths, stamp: str | None = None, aside: str = "unreadable") -> str:
    """Move the store aside (``aside``: why, in its new name), never deleting it, and start
    an empty one."""
    from bounceback_tui.store.backup import move_aside
    from bounceback_tui.store.sqlite_file import open_store

    moved = move_aside(paths.database, aside, stamp)
    open_store(paths, rules=upgrade_rules)
    old = "unreadable file" if aside == "unreadable" else "old store, as it was,"
    return f"Started a fresh store. The {old} is kept as {moved}; nothing was deleted."


def _say(message: str) -> None:
    """One line on stderr, escape sequences shown harmlessly (commands/failures.py, imported
    only if the daily backup has something to say once the app has closed)."""
    from bounceback_tui.commands.failures import say

    say(message)
