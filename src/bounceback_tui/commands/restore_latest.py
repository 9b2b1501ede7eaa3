"""`restore latest`: the newest backup a restore would take, its rows checked as well.

`latest` is documented as "the newest one that can be used" (docs/backups.md), and a backup
passed over for its file or layout was said and the next taken; but one whose rows a restore
refuses (an application at a stage the app does not know) stopped the command ("holds what
the app cannot use … Choose another backup.") though an older backup would have done, while
the store-problem screen already offered the next good one (commands/offered_backup.py; the
thirtieth round's left-alone list). Now each backup that passes is read whole and its rows
checked, newest first, before anything is asked; one refused for a row is said in one line,
with the row, and the next is tried. The one taken is not checked again by the restore while
its file is as it was then (``rows_checked.still_as_listed``): every row, seconds at 100,000.
"""

from __future__ import annotations

import sqlite3
import sys
from typing import TYPE_CHECKING

from bounceback_tui.commands import command_line, terminal_text
from bounceback_tui.errors import BackupRefusedError, BouncebackError, StoreError
from bounceback_tui.services.upgrade_rules import upgrade_rules
from bounceback_tui.store.rows_checked import ROWS_REFUSED

_ROWS = ROWS_REFUSED  # a backup refused for a row: said in its own line
_KEPT = "holds a column that cannot be left out"  # said in its own line too

if TYPE_CHECKING:
    from pathlib import Path

    from bounceback_tui.paths import DataPaths
    from bounceback_tui.store.backup import BackupInfo


def usable_mark(path: Path, *, rows_refused: bool = False) -> str | None:
    """How a backup a restore would refuse is marked, None for one it would take: read as
    the list reads it (``check_listed``), then, when that passes, read whole (SQLite's
    integrity check: ``refusal_mark``'s own). `restore latest` and the store-problem
    screen's offers (``restore.up_to_newest_usable``, ``OfferedBackups.next_offer``) ask
    here. ``rows_refused``: its rows were refused when last checked (store/rows_checked.py),
    so it is not read whole for nothing."""
    from bounceback_tui.store.restore import check_listed, refusal_mark

    listed = refusal_mark(path, check_listed)
    return listed or (_ROWS if rows_refused else None) or refusal_mark(path)


def newest_good(paths: DataPaths, said_from: int) -> BackupInfo:
    """The newest backup a restore would take: read as the list reads it, then whole
    (``usable_mark``), then its rows (said first from ``said_from`` applications). Newer
    ones passed over are said: one refused for a row on its own line, with the row; the
    rest as "the newest cannot be used". What checking a backup's rows found before, the
    file as it was then (store/rows_checked.py), is used as the list and the store-problem
    screen use it: one refused then is passed over without reading it whole or its rows
    again (it was read every time, seconds a backup at 10,000 applications), and the rows
    of one that passed are not read again."""
    from bounceback_tui.domain.wording import plural
    from bounceback_tui.store.backup import list_backups
    from bounceback_tui.store.rows_checked import known_checks, refused_before

    known = known_checks(paths)  # what checking each backup's rows found before
    passed: list[tuple[int, str]] = []  # each backup passed over, and why
    for number, info in enumerate(list_backups(paths), start=1):
        refused = refused_before(known, info)
        mark = usable_mark(info.path, rows_refused=refused is True)
        if mark is None and refused is None:
            mark = _rows_mark(paths, number, info, said_from)
        elif mark == _ROWS:
            said = f"it {_ROWS} (found when its rows were last checked)"
            print(terminal_text(f"Passed over backup number {number}, {info.name}: {said}."))
        if mark is not None:
            passed.append((number, mark))
            continue
        if number > 1:
            newer = "the newest" if number == 2 else f"the {plural(number - 1, 'newer one')}"
            taking = f"Taking backup number {number}, {info.name}: {newer} cannot be used."
            print(terminal_text(taking))
        return info  # its rows checked
    raise BouncebackError(none_usable(paths, passed))


def none_usable(paths: DataPaths, passed: list[tuple[int, str]]) -> str:
    """Why `restore latest` took none, said here: each backup's reason (one refused for a
    row was said in its own line above), then what can still work. It sent the person to
    `restore`, whose list ended suggesting `restore latest`, which had just failed."""
    from bounceback_tui.domain.wording import listed

    by_mark: dict[str, list[str]] = {}
    for number, mark in passed:
        by_mark.setdefault(mark, []).append(str(number))
    why = "; ".join(
        f"{'number' if len(numbers) == 1 else 'numbers'} {listed(numbers, most=6)}: "
        + (f"{mark}, as said above" if mark in (_ROWS, _KEPT) else mark)
        for mark, numbers in by_mark.items()
    )
    return (
        f"None of the backups in {paths.backups} can be used; nothing was changed ({why}). "
        f"What can still work: `{command_line(paths, 'repair')}` puts right a store another "
        f"program changed; `{command_line(paths, 'import FILE --replace')}` puts back a JSON "
        "export you made (a backup of the store is taken first); and if the store cannot be "
        f"opened, `{command_line(paths, '')}` in a terminal offers to start fresh (the file "
        "is moved aside, never deleted)."
    )


def _rows_mark(paths: DataPaths, number: int, info: BackupInfo, said_from: int) -> str | None:
    """None when a restore would take every row of ``info``; else why not, a row refused
    said on its own line. One removed or damaged since it was listed is passed over."""
    from bounceback_tui.store.restore import backup_rows_refusal, refusal_mark
    from bounceback_tui.transfer.backup_rows import backup_rows_problem

    _say_checking(info, said_from)
    try:
        problem = backup_rows_refusal(info.path, backup_rows_problem, upgrade_rules, paths)
    except BackupRefusedError as refused:  # a column that cannot be left out, say
        said = refused.without_choosing.rstrip(".").removesuffix("; nothing was changed")
        print(terminal_text(f"Passed over backup number {number}: {said}."))
        return _KEPT
    except (sqlite3.Error, OSError, StoreError):
        return refusal_mark(info.path) or "cannot be read"
    if problem is None:
        return None
    said = f"it {_ROWS} ({problem})"
    print(terminal_text(f"Passed over backup number {number}, {info.name}: {said}."))
    return _ROWS


def _say_checking(info: BackupInfo, said_from: int) -> None:
    """From ``said_from`` applications, checking the rows takes more than a moment."""
    from bounceback_tui.domain.wording import plural
    from bounceback_tui.store.contents import contents_of

    held = contents_of(info.path)
    if held is not None and held.applications >= said_from:
        print(
            terminal_text(f"Checking the backup ({plural(held.applications, 'application')})…"),
            file=sys.stderr,
            flush=True,
        )


def rows_known(paths: DataPaths, chosen: Path) -> BackupInfo | None:
    """``chosen`` (`restore N`, a name in the backups folder) as listed, when checking its
    rows found them good, the file as it is now (store/rows_checked.py): a restore takes it
    without reading them again, as `restore latest` does. One found refused is refused here
    at once, in the words the list marks it with; None: not known, its rows are read."""
    from bounceback_tui.errors import CHOOSE_ANOTHER
    from bounceback_tui.store.backup import list_backups
    from bounceback_tui.store.rows_checked import known_checks, refused_before

    wanted = chosen.expanduser().absolute()
    listed = [info for info in list_backups(paths) if info.path.absolute() == wanted]
    if not listed:
        return None
    refused = refused_before(known_checks(paths), listed[0])
    if refused:
        raise BackupRefusedError(
            f"The backup {chosen.name} {_ROWS} (found when its rows were last checked); "
            "nothing was changed.",
            choose_another=CHOOSE_ANOTHER,
        )
    return listed[0] if refused is False else None
