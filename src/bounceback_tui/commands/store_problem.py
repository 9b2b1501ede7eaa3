"""The store-problem screen's choices, as the launch offers them (``run_app``): the backup
offered and those passed over, restoring it, starting fresh; and the way out said on the
command line where no screen can be shown.

Split from commands/run_app.py, which opens the store and runs the app; this is what it
offers when the store cannot be opened (``resolve_store_problem``, which run_app names too
and loads this module from only then: the launch loads no other command's module).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bounceback_tui.commands import command_line, name_data_dir
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules

if TYPE_CHECKING:
    from bounceback_tui.errors import StoreError
    from bounceback_tui.store.backup import BackupInfo
    from bounceback_tui.ui.screens.store_problem_repair import LayoutOffer


def resolve_store_problem(
    paths: DataPaths, problem: StoreError, *, layout: LayoutOffer | None = None
) -> bool | None:
    """Offer the ways out of an unreadable store (``problem`` a NotADatabaseError), or of one
    refused for its layout (``layout``: "Repair it" first, commands/layout_refused.py); True
    if the app should open now, None if the store was put right and the person then quit
    ("Ready to go", q: nothing failed, exit 0; it exited 1), False if it was not."""
    from bounceback_tui.commands import not_a_terminal
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.store.aside import aside_stamp

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
        _with_details(
            name_data_dir(str(problem), paths) if layout is None else str(problem), problem
        ),
        backup_label=label,
        passed_over=passed_over,
        aside_name=f"{paths.database.name}.{aside}-{stamp}",
        aside_folder=str(paths.database.parent),
        restore=offers.restore,
        fresh=lambda: _start_fresh(paths, stamp, aside),
        settings_file=paths.settings_file,
        restore_command=command_line(paths, "restore"),
        next_offer=offers.next_offer,
        layout=layout,
    )
    from bounceback_tui.commands.quiet_keys import while_textual_runs
    from bounceback_tui.commands.signals import ENDING, end_politely

    # SIGTERM and SIGHUP end the screen as `q` does (commands/signals.py): they ended the
    # process where it stood, the terminal left in the screen's modes.
    with while_textual_runs(held=ENDING), end_politely(chooser) as ended:
        opened = bool(chooser.run())
    if ended.signal is not None:
        from bounceback_tui.commands.failures import say

        say(f"stopped by {ended.name}; the store was left as the screen had it.")
        raise SystemExit(ended.status)
    if not opened and chooser.done and not chooser.return_code:
        _say_left(paths, chooser.outcome)
        return None
    return opened


def _say_left(paths: DataPaths, outcome: str) -> None:
    """After `q` on "Ready to go": the state the store was left in (what the choice did,
    as the screen said it) and how to open the app, one line. The terminal said nothing:
    whether the store was put right, and where the old file went, was gone with the screen."""
    import shutil
    import sys

    from bounceback_tui.commands import terminal_text
    from bounceback_tui.domain.command_wrap import wrapped

    said = f"{outcome} Open bounceback with `{command_line(paths, '')}`."
    if sys.stdout is not None and sys.stdout.isatty():  # no word, path or command folded
        said = wrapped(said, shutil.get_terminal_size().columns)
    print(terminal_text(said))


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


def _with_details(message: str, problem: StoreError) -> str:
    """``message``, then SQLite's own words behind it on a line of their own ("Details:
    database disk image is malformed"): in the message itself they read as the app's."""
    return f"{message}\nDetails: {problem.details}" if problem.details else message


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
    from bounceback_tui.store.rows_checked import still_as_listed
    from bounceback_tui.transfer.backup_rows import backup_rows_problem

    latest = offered or restore_offer(paths)[0]
    if latest is None:
        raise StoreError("There are no backups to restore.")
    # The screen's check of its offer stands only while the file is as it was then.
    checked = offered is None or still_as_listed(offered)
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


def _start_fresh(paths: DataPaths, stamp: str | None = None, aside: str = "unreadable") -> str:
    """Move the store aside (``aside``: why, in its new name), never deleting it, and start
    an empty one."""
    from bounceback_tui.store.aside import move_aside
    from bounceback_tui.store.sqlite_file import open_store

    moved = move_aside(paths.database, aside, stamp)
    open_store(paths, rules=upgrade_rules)
    old = "unreadable file" if aside == "unreadable" else "old store, as it was,"
    return f"Started a fresh store. The {old} is kept as {moved}; nothing was deleted."
