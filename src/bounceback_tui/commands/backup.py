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
    from bounceback_tui.store.backup import back_up_store
    from bounceback_tui.store.layout import require_store_layout

    if paths.database.is_file():  # a missing one is refused by back_up_store, as before
        require_store_layout(paths.database, "backed up")  # nothing foreign carried on
    saved = back_up_store(paths, "manual")
    print(terminal_text(f"Backed up the store to {saved}"))
    return 0
