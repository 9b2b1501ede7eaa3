"""`bounceback-tui backup`: a consistent copy of the store, safe while the app is open."""

from __future__ import annotations

import argparse

from bounceback_tui.commands import terminal_text
from bounceback_tui.paths import DataPaths

HELP = "save a consistent copy of the store in the backups folder (safe while the app is open)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--list", action="store_true", help="list the backups instead")


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    if args.list:
        from bounceback_tui.commands.restore import print_backups

        print_backups(paths)
        return 0
    from bounceback_tui.services.exports import back_up

    done = back_up(paths, "manual")  # another program's trigger or table left out, and said
    print(terminal_text(f"Backed up the store to {done.path}"))
    if done.left_out:
        print(terminal_text(done.left_out))
    return 0
