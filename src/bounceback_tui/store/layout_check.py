"""Whether a store's layout is the app's at a schema version (``layout_problem``, said as a
person would), and the check an upgrade makes before it writes (``upgrade_layout_check``).
Apart from store/layout.py, which reads files through ``untouched_read`` (over
``sqlite_file``): ``sqlite_file.open_store`` runs this one. Standard library only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from bounceback_tui.paths import DataPaths, command_line
from bounceback_tui.store.foreign_guard import refuse_foreign
from bounceback_tui.store.layout_read import Part, expected_layout, latest_version, layout_of

if TYPE_CHECKING:
    from bounceback_tui.store.layout_faults import Fault


def upgrade_layout_check(conn: sqlite3.Connection, paths: DataPaths) -> Callable[[int], None]:
    """For ``migrations.apply.upgrade_store``: under the lock, before the backup and the first
    step, refuse (ForeignLayoutError, nothing changed, no copy taken) a store that holds what
    the app does not make at its own version, or one of its own triggers, indexes or views
    changed or missing, as every write is refused (store/foreign_guard.py). A file replaced
    by hand with an older one carrying another program's trigger was upgraded with it in
    place: a step that writes rows fired it, one that makes a table or index ran into another
    program's of that name, and the copy taken before carried it on. `repair` (named with the
    store's --data-dir) puts it right at its own version, then opens it.

    A store whose layout `repair` cannot mend (an app's column missing; a newer one said to
    be older, whose later tables would be taken for another program's and dropped, rows and
    all) is refused too while it holds a trigger not the app's (another program's, or one of
    the app's own replaced): the steps' writes would fire it. It was upgraded through it
    (the trigger fired on the upgrade's writes) when anything else was wrong with it. The
    refusal says what `repair` does not mend, so it leaves such a store as it is
    (commands/repair.py); without such a trigger its steps run into it and fail as they did,
    the store left as it was."""

    def check(version: int) -> None:
        kept = layout_problem(conn, version, extras=False)
        if kept is None:
            refuse_foreign(conn, command_line(paths, "repair"))
            return
        from bounceback_tui.errors import ForeignLayoutError
        from bounceback_tui.store.layout_faults import MISSING, layout_faults

        # Not one the app makes at a later version, as it makes it (a newer store said to
        # be older): its steps run into that and fail as they did.
        later, have = expected_layout(latest_version()), layout_of(conn)
        fired = [
            f
            for f in layout_faults(conn)
            if f.kind == "trigger"
            and f.state != MISSING
            and not _made_so(later.get(f.name.lower()), have.get(f.name.lower()))
        ]
        if fired:
            raise ForeignLayoutError(unmended_refusal(fired, kept, paths))

    return check


def unmended_refusal(fired: list[Fault], kept: str, paths: DataPaths) -> str:
    """A store behind this version refused for a trigger not the app's, which also has what
    `repair` does not mend (``kept``, from ``layout_problem``): "Nothing was changed: your
    store holds a trigger (zz_evil) that bounceback-tui does not make, so it is not brought
    up to this version (the upgrade would fire it), and its table application lacks the
    column notes, which `bounceback-tui repair` does not mend: … restore … lists your
    backups to put one made before it back." Names plain text, clipped to one line."""
    from bounceback_tui.store.foreign_guard import clipped_name
    from bounceback_tui.store.layout_faults import told

    said = told(fired, clipped_name, "holds")
    return (
        f"Nothing was changed: your store {said.what}, so it is not brought up to this "
        f"version (the upgrade would fire {'it' if len(fired) == 1 else 'them'}), and {kept}. "
        f"`{command_line(paths, 'repair')}` removes such a trigger but does not mend that, so "
        f"it leaves this store as it is: `{command_line(paths, 'restore')}` lists your backups "
        "to put one made before it back."
    )


def layout_problem(
    conn: sqlite3.Connection, version: int, *, extras: bool = True, first: str = ""
) -> str | None:
    """What sets ``conn``'s layout apart from the app's at ``version``, said as a person
    would ("it has a trigger zz_evil the app does not make"), or None when it is the app's;
    ``extras`` False: what `repair` puts right (``layout_faults``: what the app does not
    make at all, a column added, one of its own triggers, indexes or views changed or
    missing) is not counted, but a part the app makes at a later version still is (a newer
    layout said to be older: taken for extras, its table would be dropped with its rows).
    ``first``: the table or column a failed statement named, said before any other."""
    from bounceback_tui.store.layout_faults import an

    have, want = layout_of(conn), expected_layout(version)
    if first and (named := _named_missing(have, want, first.lower())):
        return named
    later = set() if extras else set(expected_layout(latest_version()))
    for name, part in have.items():
        if name not in want and (extras or name in later):
            return f"it has {an(part.kind)} {_shown(conn, name)} the app does not make"
    for name, part in want.items():
        own = part.kind != "table"  # made again by `repair`
        found = have.get(name)
        if found is None:
            if own and not extras:
                continue
            return f"its {part.kind} {name} is missing"
        if found.kind != part.kind:
            return f"its {name} is {an(found.kind)}, not {an(part.kind)}"
        if part.kind == "table":
            lacking = [c for c in part.columns if c not in found.columns]
            if lacking:
                return f"its table {name} lacks the column {lacking[0]}"
            extra = [c for c in found.columns if c not in part.columns]
            if extra and extras:
                return f"its table {name} has a column {extra[0]} the app does not make"
            if extra:
                continue  # its statement is looked at once the column is dropped
        if found.table != part.table or found.sql != part.sql:
            if own and not extras:
                continue
            return f"its {part.kind} {name} is not as the app makes it"
    return None


def _named_missing(have: dict[str, Part], want: dict[str, Part], first: str) -> str | None:
    """The app's table named ``first`` missing, or one lacking the column ``first``."""
    for name, part in want.items():
        found = have.get(name)
        if part.kind != "table" or (found is not None and found.kind != "table"):
            continue
        if found is None:
            if name == first:
                return f"its table {name} is missing"
        elif first in part.columns and first not in found.columns:
            return f"its table {name} lacks the column {first}"
    return None


def _shown(conn: sqlite3.Connection, name: str) -> str:
    row = conn.execute("SELECT name FROM sqlite_master WHERE lower(name) = ?", (name,)).fetchone()
    return str(row[0]) if row else name


def _made_so(part: Part | None, found: Part | None) -> bool:
    """Whether ``found`` (in the store) is ``part`` as the app makes it."""
    if part is None or found is None:
        return False
    return (found.sql, found.table) == (part.sql, part.table)
