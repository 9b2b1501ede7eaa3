"""`bounceback-tui repair`: back the store up, then drop what the app does not make.

A trigger, table or view of another program's (or one that came back with a backup before
backups were checked) stays in the store until it is removed: a trigger `AFTER INSERT ON
application` fired on every add, and `backup` and `export` refuse the store while it is there.
This takes a backup, then drops each such thing (triggers and views first) in one transaction,
and says what it removed. Anything else the layout check finds (a column missing) is said,
not mended: a backup made before it is the way back.
"""

from __future__ import annotations

import argparse

from bounceback_tui.commands import command_line, terminal_text
from bounceback_tui.paths import DataPaths

HELP = (
    "remove a trigger, table or view bounceback-tui does not make from the store "
    "(a backup is taken first)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "Exit status: 0 when the store is left as bounceback-tui makes it; 1 when something "
        "else about it is not (said, and left as it is)."
    )


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    from bounceback_tui.errors import StoreError
    from bounceback_tui.store.backup import back_up_store
    from bounceback_tui.store.layout import drop_foreign, removed_sentence, store_foreign_parts
    from bounceback_tui.store.replaced_file import refuse_beside_a_removed_log
    from bounceback_tui.store.sqlite_file import open_store, read_only_message
    from bounceback_tui.store.sqlite_write import write_transaction

    refuse_beside_a_removed_log(paths.database)
    opened = open_store(paths, create=False)  # no store there: refused, nothing made
    if opened.read_only:
        raise StoreError(read_only_message(opened.path))
    if store_foreign_parts(opened.path):
        saved = back_up_store(paths, "before-repair", before="removed", whole=True)
        print(terminal_text(f"Backed up the store to {saved}"))
        with write_transaction(opened.path, clearing_foreign=True) as conn:
            dropped = drop_foreign(conn)
        print(terminal_text(removed_sentence(dropped) if dropped else "Nothing was removed."))
    else:
        print(
            terminal_text(
                f"The store at {opened.path} holds nothing bounceback-tui does not make; "
                "nothing was removed."
            )
        )
    return _still_not_ours(paths)


def _still_not_ours(paths: DataPaths) -> int:
    from bounceback_tui.store.layout import store_layout_problem

    found = store_layout_problem(paths.database)
    if found is None:
        return 0
    print(
        terminal_text(
            f"The store is still not as bounceback-tui makes it: {found}. repair does not "
            f"mend that; `{command_line(paths, 'restore')}` lists your backups to put one "
            "made before it back."
        )
    )
    return 1
