"""`bounceback-tui restore [BACKUP]`: list the backups, or put one back.

The current store is backed up first (or, if it cannot be read, moved aside:
never deleted), so a restore can itself be undone with another restore.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bounceback_tui.commands import command_line, confirm, terminal_text
from bounceback_tui.paths import DataPaths

HELP = "list backups, or restore one (the current store is backed up first)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="'latest', a number from the list, a file name in the backups folder, or a path",
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
    from bounceback_tui.domain.wording import plural
    from bounceback_tui.store.contents import contents_of

    contents = contents_of(path)
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


def print_backups(paths: DataPaths) -> None:
    from bounceback_tui.store.backup import describe_backup, list_backups
    from bounceback_tui.store.restore import refusal_mark

    backups = list_backups(paths)
    if not backups:
        print(
            terminal_text(
                f"No backups yet in {paths.backups}. Make one with "
                f"`{command_line(paths, 'backup')}`."
            )
        )
        return
    print(terminal_text(f"Backups in {paths.backups}, newest first:"))
    for number, info in enumerate(backups, start=1):
        # One `restore` would refuse says so here, not only once picked.
        said = refusal_mark(info.path) or holds(info.path)
        line = f"{number:>3}  {describe_backup(info)}  {said:<30}  {info.name}"
        print(terminal_text(line))


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    from bounceback_tui.errors import BackupRefusedError
    from bounceback_tui.store.restore import restore_backup

    if not args.backup:
        from bounceback_tui.store.backup import list_backups

        print_backups(paths)
        # Only for backups listed (the folder may hold only the lock file or an unfinished
        # one), and "restore 2" only where there is a second (an attacker's walk).
        count = len(list_backups(paths))
        if count:
            numbered = f" or `{command_line(paths, 'restore 2')}`" if count > 1 else ""
            latest = command_line(paths, "restore latest")
            print(terminal_text(f"Restore one with `{latest}`{numbered}."))
        return 0
    chosen = resolve_backup(paths, args.backup)
    now, then = holds(paths.database), holds(chosen)
    question = (
        f"Replace what is in {paths.database}{f' ({now})' if now else ''} with "
        f"{chosen.name}{f' ({then})' if then else ''}? The current store is backed up first."
    )
    if not confirm(question, assume_yes=args.yes, refused="Nothing was restored"):
        print("Nothing was changed.")
        return 1
    try:
        result = restore_backup(paths, chosen)
    except BackupRefusedError as exc:  # another backup may do: say where they are listed
        listing = command_line(paths, "restore")
        raise BackupRefusedError(f"{exc} `{listing}` lists your backups.") from exc
    if result.safety_backup:
        print(terminal_text(f"Backed up the current store to {result.safety_backup}"))
    if result.moved_aside:
        state = "damaged" if ".damaged-" in result.moved_aside.name else "unreadable"
        print(terminal_text(f"Moved the {state} store aside to {result.moved_aside} (not deleted)"))
    print(terminal_text(f"Restored {chosen.name}. Open windows show it within a few seconds."))
    return 0


def resolve_backup(paths: DataPaths, text: str) -> Path:

    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.store.backup import list_backups

    backups = list_backups(paths)
    wanted = text.strip()
    if wanted.lower() == "latest":
        if not backups:
            raise BouncebackError(f"There are no backups in {paths.backups} yet.")
        return backups[0].path
    if wanted.isdigit():
        number = int(wanted)
        if not 1 <= number <= len(backups):
            listed = f"lists {len(backups)}" if backups else "lists none yet"
            raise BouncebackError(
                f"There is no backup number {number}; `{command_line(paths, 'restore')}` {listed}."
            )
        return backups[number - 1].path
    by_name = paths.backups / wanted
    if "/" not in wanted and by_name.is_file():
        return by_name
    path = Path(wanted).expanduser()
    if path.is_file():
        return path
    raise BouncebackError(
        f"No backup called {wanted!r}; `{command_line(paths, 'restore')}` lists them."
    )
