"""`bounceback-tui restore [BACKUP]`: list the backups, or put one back.

The current store is backed up first (or, if it cannot be read, moved aside:
never deleted), so a restore can itself be undone with another restore.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sized
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui.commands import command_line, confirm, terminal_text
from bounceback_tui.commands.failures import print_fitted
from bounceback_tui.errors import BouncebackError
from bounceback_tui.paths import DataPaths, wrong_kind
from bounceback_tui.services.upgrade_rules import upgrade_rules

if TYPE_CHECKING:
    from bounceback_tui.store.backup import BackupInfo
    from bounceback_tui.store.contents import Contents

DAMAGED = "damaged, cannot be used"
# From this many applications, checking a backup's rows takes more than a moment: said first.
CHECK_SAID_FROM = 2_000
HELP = "list backups, or restore one (the current store is backed up first)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help=(
            "'latest', a number from the list (refused if the list has changed since it was "
            "shown), a backup's name as listed, or a path"
        ),
    )
    parser.add_argument(
        "-y",
        "--yes",
        action="store_true",
        help="restore without asking (needed when not run at a terminal)",
    )


def holds(path: Path) -> str:
    """What a backup (or the store) holds, in words: "empty", "3 applications, 1 rejection",
    "other data, no applications", or "" when it cannot be read. Every file of a young store
    is about the same size, so the size alone told an empty first-launch backup from a full
    one to nobody (a stranger's walk). "Empty" means no table a person fills has a row
    (store/contents.py): a store of people and skills alone is not empty."""
    from bounceback_tui.store.contents import contents_of

    return holds_words(contents_of(path))


def holds_words(contents: Contents | None) -> str:
    """``holds`` for what was read already ("" for None: it could not be read)."""
    from bounceback_tui.domain.wording import plural

    if contents is None:
        return ""
    if not contents.holds_data:
        return "empty"
    if not contents.applications and not contents.rejections:
        return "other data, no applications"
    return (
        f"{plural(contents.applications, 'application')}, "
        f"{plural(contents.rejections, 'rejection')}"
    )


def marked_backups(paths: DataPaths) -> list[tuple[BackupInfo, str | None]]:
    """Every backup, newest first, with the mark the list gives one a restore would refuse
    ("damaged, cannot be used", "made by a newer version": ``refusal_mark``), or None for one
    it would take, found without reading each whole backup (``check_for_list``: a column
    SQLite cannot drop too, from the layout alone): the whole check, rows too, is made once
    one is picked. One whose rows were refused when last checked, and not written over
    since, is marked so (store/rows_checked.py): its rows are not read again."""
    from bounceback_tui.store.backup import list_backups
    from bounceback_tui.store.restore import check_for_list, refusal_mark
    from bounceback_tui.store.rows_checked import ROWS_REFUSED, known_checks, refused_before

    known = known_checks(paths)  # a backup's rows refused when last checked: marked too

    def mark(info: BackupInfo) -> str | None:
        listed = refusal_mark(info.path, check_for_list)
        return listed or (ROWS_REFUSED if refused_before(known, info) else None)

    return [(info, mark(info)) for info in list_backups(paths)]


def up_to_newest_usable(paths: DataPaths) -> Iterator[tuple[BackupInfo, str | None]]:
    """The backups newest first with their marks, up to the newest a restore would take (its
    mark None, last), for `restore latest` and the store-problem screen's offer. Each is read
    as the list reads it (``check_listed``: its header, schema and the first page of each
    table) and only one that passes is read whole (SQLite's integrity check), so a backup
    damaged in the middle is still passed over. Every page of every backup was read first:
    seconds a backup at 100,000 applications (docs/performance.md). One whose rows were
    refused when last checked, and not written over since (store/rows_checked.py), is marked
    so without reading it whole or its rows again: the screen's first offer checked them
    again on `r`, seconds a backup at 10,000 applications, to refuse it as before."""
    from bounceback_tui.commands.restore_latest import usable_mark
    from bounceback_tui.store.backup import list_backups
    from bounceback_tui.store.rows_checked import known_checks, refused_before

    known = known_checks(paths)
    for info in list_backups(paths):
        mark = usable_mark(info.path, rows_refused=refused_before(known, info) is True)
        yield info, mark
        if mark is None:
            return


def print_backups(paths: DataPaths) -> list[int]:
    """Print the numbered list; return the numbers of the backups a restore would take."""
    backups = marked_backups(paths)
    _refuse_backups_not_a_folder(paths, backups, "there are no backups to list")
    if not backups and not paths.database.is_file():  # a mistyped --data-dir, most likely
        from bounceback_tui.errors import StoreError
        from bounceback_tui.store.no_store import no_store_message

        raise StoreError(no_store_message(paths.database))
    if not backups:
        if store_damaged(paths):  # `backup` refuses it: the app is the way out
            from bounceback_tui.commands.failures import NO_BACKUP_HINT

            said = f"The store at {paths.database} is damaged. {NO_BACKUP_HINT}"
            raise BouncebackError(said)
        print_fitted(
            f"No backups yet in {paths.backups}. Make one with `{command_line(paths, 'backup')}`."
        )
        return []
    print_fitted(f"Backups in {paths.backups}, newest first:")
    from bounceback_tui.commands.listed_numbers import remember_listed

    remember_listed(paths, [info for info, _mark in backups])  # what each number means
    usable: list[int] = []
    for line in _listed(paths, backups, usable):
        print_fitted(line)
    from bounceback_tui.commands.backup_list import marks_said

    print_fitted(marks_said([mark for _info, mark in backups if mark]))
    return usable


def _listed(
    paths: DataPaths, backups: list[tuple[BackupInfo, str | None]], usable: list[int]
) -> list[str]:
    """Every backup's lines (commands/backup_list.py), each told apart from the others by
    when, why and how it differs from the store now; ``usable`` gets the numbers of those a
    restore would take."""
    from bounceback_tui.commands.backup_list import WIDTH, entry_lines, than_now
    from bounceback_tui.commands.backup_words import kind_of, told_apart
    from bounceback_tui.commands.failures import terminal_width
    from bounceback_tui.store.contents import contents_of

    now = contents_of(paths.database) if paths.database.is_file() else None
    width = terminal_width(sys.stdout) or WIDTH  # to a pipe, the lines as they were
    when = told_apart([info for info, _mark in backups])
    rows = []
    for number, (info, mark) in enumerate(backups, start=1):
        # One `restore` would refuse says so here, not only once picked; one whose counts
        # cannot be read is damaged inside (the whole check is made once one is picked).
        contents = None if mark else contents_of(info.path)
        said = mark or holds_words(contents) or DAMAGED
        if said != DAMAGED and mark is None:
            usable.append(number)
        rows.append((number, info, than_now(contents, now), said))
    widths = (
        max(len(when[info.path]) for _n, info, _d, _s in rows),
        max(len(kind_of(info)) for _n, info, _d, _s in rows),
        max(len(said) for *_rest, said in rows),
    )
    return [
        line
        for number, info, difference, said in rows
        for line in entry_lines(number, info, widths, when[info.path], difference, said, width)
    ]


def store_damaged(paths: DataPaths) -> bool:
    """Whether the store is there but cannot be opened, or is damaged inside (SQLite's quick
    check, which reads the whole file: asked only when no backup can be restored)."""
    from bounceback_tui.errors import NotADatabaseError, StoreError
    from bounceback_tui.store.backup import check_result
    from bounceback_tui.store.sqlite_file import inspect_store

    if not paths.database.is_file():
        return False
    try:
        inspect_store(paths.database)
    except NotADatabaseError:
        return True
    except StoreError:  # unreadable, newer, busy: said by the command that uses it
        return False
    return check_result(paths.database, "quick_check") != "ok"


def rows_checked_later(usable: list[int]) -> str:
    """The line under the list, when some backup is listed without a mark: the list reads
    each backup's header, schema and first pages, and its layout (a column SQLite cannot
    drop is marked), not its rows (seconds a large backup), so each listed so may still be
    refused once chosen, as the store-problem screen (which checks the rows of the one it
    offers) marks it; it names them, ``usable`` being those whose rows are not checked yet
    (tests/test_restore_list_says_rows_checked_later.py, test_restore_list_rows_passed.py)."""
    from bounceback_tui.domain.wording import listed

    many = listed([str(number) for number in usable], most=6)
    numbers = f"number {usable[0]}" if len(usable) == 1 else f"numbers {many}"
    return (
        f"A backup's rows are checked when you choose one, so {numbers}, listed without a "
        "mark, may still be refused then."
    )


def _rows_not_checked(paths: DataPaths, usable: list[int]) -> list[int]:
    """Of the numbers ``usable``, those whose rows have not been checked yet as the file is
    now (store/rows_checked.py): the line under the list named a backup whose rows passed
    their check as one that "may still be refused" (one refused is marked instead)."""
    from bounceback_tui.store.backup import list_backups
    from bounceback_tui.store.rows_checked import known_checks, refused_before

    known, backups = known_checks(paths), list_backups(paths)
    return [
        number
        for number in usable
        if number > len(backups) or refused_before(known, backups[number - 1]) is None
    ]


def _restore_hint(paths: DataPaths, usable: list[int]) -> str:
    """The line under the list. It named `restore latest` and `restore 2` when #1 was damaged
    and #2 empty (a tester's walk): it names only backups a restore would take."""
    if not usable:
        fresh = (
            f" Run `{command_line(paths, '')}` in a terminal: it offers to keep the damaged "
            "store aside (never deleted) and start fresh with an empty one."
        )
        return f"None of these backups can be used.{fresh if store_damaged(paths) else ''}"
    latest = command_line(paths, "restore latest")
    newest = usable[0]
    if newest > 1:
        return (
            f"The newest backup that can be used is number {newest}: restore it with "
            f"`{latest}` or `{command_line(paths, f'restore {newest}')}`."
        )
    other = f" or `{command_line(paths, f'restore {usable[1]}')}`" if len(usable) > 1 else ""
    return f"Restore one with `{latest}`{other}."


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    from bounceback_tui.errors import BackupRefusedError
    from bounceback_tui.store.backup import list_backups
    from bounceback_tui.store.restore import check_backup, restore_backup

    if not args.backup:
        usable = print_backups(paths)
        # Only for backups listed (the folder may hold only the lock file or an unfinished
        # one), and "restore 2" only where there is a second (an attacker's walk).
        if list_backups(paths):
            if unchecked := _rows_not_checked(paths, usable):
                print_fitted(rows_checked_later(unchecked))
            print_fitted(_restore_hint(paths, usable))
        return 0
    chosen, latest = resolve_backup(paths, args.backup)
    listing = command_line(paths, "restore")
    known: BackupInfo | None = None  # a number's rows found good before, as it is now
    try:  # one it cannot use is refused before the question (or the call for --yes)
        if latest is None:  # `latest` was checked whole, rows too, as it was found
            from bounceback_tui.commands.restore_latest import rows_known

            known = rows_known(paths, chosen)  # its rows' check remembered: not read again
            check_backup(chosen)
    except BackupRefusedError as exc:
        raise exc.said_further(f"`{listing}` lists your backups.") from exc
    from bounceback_tui.store.replaced_file import refuse_beside_a_removed_log

    refuse_beside_a_removed_log(paths.database)
    from bounceback_tui.store.contents import contents_of

    held = contents_of(chosen)
    now, then = holds(paths.database), holds_words(held)
    question = (
        f"Replace what is in {paths.database}{f' ({now})' if now else ''} with "
        f"{chosen.expanduser().absolute()}{f' ({then})' if then else ''}? The current store is "
        "backed up first."
    )
    if not confirm(question, assume_yes=args.yes, refused="Nothing was restored"):
        print("Nothing was changed.")
        return 1
    try:
        from bounceback_tui.domain.wording import plural as plural_of
        from bounceback_tui.store.rows_checked import still_as_listed
        from bounceback_tui.transfer.backup_rows import backup_rows_problem

        # `latest`'s rows were checked as it was found, and a number's may have been checked
        # before: not again while its file is as it was.
        found = latest or known
        rows = None if found is not None and still_as_listed(found) else backup_rows_problem
        if rows is not None and held is not None and held.applications >= CHECK_SAID_FROM:
            # Every row is checked first: seconds at 100,000 applications, with nothing said.
            print(
                terminal_text(
                    f"Checking the backup ({plural_of(held.applications, 'application')})…"
                ),
                file=sys.stderr,
                flush=True,
            )
        # Checked whole just now: not again; its rows by the JSON import's rules.
        result = restore_backup(paths, chosen, checked=True, rows_check=rows, rules=upgrade_rules)
    except BackupRefusedError as exc:  # another backup may do: say where they are listed
        raise exc.said_further(f"`{listing}` lists your backups.") from exc
    if result.safety_backup:
        print(terminal_text(f"Backed up the current store to {result.safety_backup}"))
    if result.moved_aside:
        state = "damaged" if ".damaged-" in result.moved_aside.name else "unreadable"
        print(terminal_text(f"Moved the {state} store aside to {result.moved_aside} (not deleted)"))
    # The full path: "Restored bounceback.sqlite3." read as the store itself.
    source = chosen.expanduser().absolute()
    print(terminal_text(f"Restored {source}. Open windows show it within a few seconds."))
    if result.left_out:  # another program's trigger in it: put back without it
        from bounceback_tui.store.layout import left_out_sentence

        print(terminal_text(left_out_sentence(list(result.left_out))))
    return 0


def _refuse_backups_not_a_folder(paths: DataPaths, backups: Sized, undone: str) -> None:
    """`restore` with a file or a link to nothing at the backups folder's name said "No
    backups yet … Make one with `backup`", which then failed (an attacker's walk)."""
    from bounceback_tui.store.backup_failure import backups_folder_refusal

    if not backups and (refusal := backups_folder_refusal(paths.backups, undone)):
        raise BouncebackError(refusal)


def resolve_backup(paths: DataPaths, text: str) -> tuple[Path, BackupInfo | None]:
    """The backup ``text`` names, and for `latest` how it was found (its rows checked)."""

    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.store.backup import list_backups

    backups = list_backups(paths)
    wanted = text.strip()
    if not backups and store_damaged(paths):
        print_backups(paths)  # says the way out, the app
    if wanted.lower() == "latest":
        _refuse_backups_not_a_folder(paths, backups, "there are no backups to restore")
        if not backups:
            raise BouncebackError(f"There are no backups in {paths.backups} yet.")
        from bounceback_tui.commands.restore_latest import newest_good

        latest = newest_good(paths, CHECK_SAID_FROM)  # a bad row passes it over too
        return latest.path, latest
    if wanted.isdigit():
        number = int(wanted)
        if not 1 <= number <= len(backups):
            listed = {0: "lists none yet", 1: "lists only one"}.get(
                len(backups), f"lists {len(backups)}"
            )
            raise BouncebackError(
                f"There is no backup number {number}; `{command_line(paths, 'restore')}` {listed}."
            )
        from bounceback_tui.commands.listed_numbers import number_changed

        if changed := number_changed(paths, number, backups):  # not the one read as N
            raise BouncebackError(changed)
        return backups[number - 1].path, None
    by_name = paths.backups / wanted
    if "/" not in wanted and by_name.is_file():
        return by_name, None
    path = Path(wanted).expanduser()
    if path.is_file():
        return path, None
    listed = f"`{command_line(paths, 'restore')}` lists your backups"
    places = ([by_name] if "/" not in wanted else []) + [path]
    for there in places if wanted else []:
        # A named pipe or a folder given by its path read "No backup called …", though it
        # is there (an attacker's walk): say what it is instead.
        if os.path.lexists(there) and (wrong := wrong_kind(there, "file")):
            raise BouncebackError(f"{wrong}, so it cannot be restored; {listed}.")
    raise BouncebackError(
        f"No backup called {wanted!r}; `{command_line(paths, 'restore')}` lists them."
    )
