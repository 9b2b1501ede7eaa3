"""`bounceback-tui repair`: back the store up, then drop what the app does not make.

A trigger, table, view, index or column of another program's (or one that came back with a
backup before backups were checked) stays in the store until it is removed: a trigger `AFTER
INSERT ON application` fired on every add; one of the app's own triggers replaced under its
own name deleted every skill on one edit. Nothing is written while one is there (a backup
or export leaves another program's out; one of the app's own changed holds them back too).
This takes a backup, then in one transaction drops each such thing (triggers
and views first, a column with ALTER TABLE … DROP COLUMN) and makes the app's own triggers,
indexes and views that were changed or dropped as its migrations make them, and says what
it removed and put back (store/layout_faults.py). Anything else the layout check finds (a
table or column of the app's missing) is said, not mended: a backup made before it is the
way back. A store behind this version is not upgraded while it holds such a thing
(migrations/apply.py): it is put right at its own version, then upgraded.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from bounceback_tui.commands import command_line, terminal_text
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules

if TYPE_CHECKING:
    from bounceback_tui.store.layout_faults import Fault

HELP = (
    "remove a trigger, table, view, index or column bounceback-tui does not make from the "
    "store, and put back its own (a backup is taken first)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = (
        "Exit status: 0 when the store is left as bounceback-tui makes it; 1 when something "
        "else about it is not (said, and left as it is)."
    )


class Repaired(NamedTuple):
    status: int  # the command's exit status: 0 when the store is left as the app makes it
    saved: Path | None = None  # the copy taken first (None: nothing was to be put right)
    done: tuple[Fault, ...] = ()  # what was put right
    upgraded_from: int = 0  # the version it was brought up from once put right; 0: none
    met: str = ""  # SQLite's words, when it would not put the store right (nothing changed)


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    return repair_store(paths, lambda line: print(terminal_text(line))).status


def repair_store(paths: DataPaths, say: Callable[[str], None]) -> Repaired:
    """What `repair` does, each sentence given to ``say`` as it happens (printed by the
    command; the store-problem screen's "Repair it" shows them: commands/layout_refused.py).
    """
    import sqlite3

    from bounceback_tui.errors import ForeignLayoutError, StoreError
    from bounceback_tui.store.backup import back_up_store, remove_stale_partials
    from bounceback_tui.store.layout import (
        drop_foreign,
        removed_sentence,
        store_foreign_parts,
        store_layout_problem,
    )
    from bounceback_tui.store.replaced_file import refuse_beside_a_removed_log
    from bounceback_tui.store.sqlite_file import open_store, read_only_message
    from bounceback_tui.store.sqlite_write import write_transaction

    refuse_beside_a_removed_log(paths.database)
    try:
        # No store there: refused, nothing made.
        opened = open_store(paths, create=False, rules=upgrade_rules)
    except ForeignLayoutError as refused:
        # Behind this version, and not upgraded while it holds what the app does not make
        # (migrations/apply.py): put right at its own version, then upgraded below; not one
        # with what repair does not mend (its refusal says so: layout_check.unmended_refusal)
        # whose later tables, in a newer store said to be older, would go as not the app's.
        if store_layout_problem(paths.database, fixable=False) is not None:
            say(str(refused))
            return Repaired(1)
        behind = True
    else:
        behind = False
        if opened.read_only:
            raise StoreError(read_only_message(opened.path))
    remove_stale_partials(paths)  # a killed backup's, even when nothing is to be put right
    if not store_foreign_parts(paths.database):
        return Repaired(_still_not_ours(paths, say, clean=True))
    noted: list[str] = []  # another program's index the copy's check cannot read
    saved = back_up_store(paths, "before-repair", before="repaired", whole=True, noted=noted.append)
    say(f"Backed up the store to {saved}")
    for note in noted:
        say(note)
    # Kept whole, to look at what was removed; restore puts it right again (store/restore.py).
    say(
        "The copy kept first is the store as it was, including what follows, for you to "
        f"look at. If you restore it (`{command_line(paths, 'restore')}`), it is put right "
        "again the same way."
    )
    try:
        with write_transaction(paths.database, clearing_foreign=True) as conn:
            done = drop_foreign(conn)
    except sqlite3.Error as exc:  # a column SQLite cannot drop (one with a constraint)
        say(
            f"Nothing was changed: SQLite could not put the store right ({exc}). "
            f"`{command_line(paths, 'restore')}` lists your backups to put one made "
            "before it back."
        )
        return Repaired(1, saved, met=str(exc))
    say(removed_sentence(done) if done else "Nothing was changed.")
    upgraded_from = 0
    if behind:
        # The upgrade held back, after its own backup.
        opened = open_store(paths, create=False, rules=upgrade_rules)
        upgraded_from = opened.migrated_from or 0
    return Repaired(_still_not_ours(paths, say, clean=False), saved, tuple(done), upgraded_from)


def _still_not_ours(paths: DataPaths, say: Callable[[str], None], *, clean: bool) -> int:
    """0 when the store is as the app makes it (``clean``: it was already, said so); else
    what is not, in one sentence, 1."""
    from bounceback_tui.store.layout import store_layout_problem

    found = store_layout_problem(paths.database)
    if found is None:
        if clean:
            say(
                f"The store at {paths.database} is as bounceback-tui makes it; nothing was changed."
            )
        return 0
    say(
        f"The store {'is' if clean else 'is still'} not as bounceback-tui makes it: "
        f"{found}. repair does not mend that; `{command_line(paths, 'restore')}` lists "
        "your backups to put one made before it back."
    )
    return 1
