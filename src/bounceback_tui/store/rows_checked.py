"""What checking a backup's rows found, remembered so `restore`'s list can mark it.

A backup refused only for a row (an application at a stage the app does not know) was listed
with no mark, and `restore latest`, the store-problem screen and `restore N` each found it
again: its rows are read only once one is chosen (every row, about six seconds a backup at
10,000 applications, too slow for the list to do for every backup each time). Each time the
rows are checked, whether they were refused is kept in one small file in the data folder,
``backups-checked.json`` (0600, written whole or not at all), by the backup's name, its size,
the time it was last written (both as they were before the check read it), the app's version
and the day of the check: a backup written over since (or during the check), a check by
another version (its rules may differ), or one made on another day (the rules look at the
clock: a row dated ahead is refused until its day comes) is not taken as known; a refusal
for a time still to come (a day's slack past now) is kept only until that time is taken,
which can be before midnight (``refusal_ends``). Only the result is kept, never the row.
A backup in another folder (`restore FILE`) is not remembered, nor anything beside a data
folder or store made read-only. Standard library only (and the app's clock), like
restore.py: the CLI's restore never loads the ORM.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui import __version__, clock

if TYPE_CHECKING:
    from bounceback_tui.paths import DataPaths
    from bounceback_tui.store.backup import BackupInfo

# Beside the backups folder; its name starts as that folder's, so the data folder still
# holds only the app's own files (paths._in_data_folder).
FILE_NAME = "backups-checked.json"
# How the list marks a backup whose rows a restore refused (as `restore latest` says it).
ROWS_REFUSED = "holds what the app cannot use"
_MOST_BYTES = 1024 * 1024  # a name each backup: far more than anyone keeps
Known = dict[str, list[object]]
# A backup file as it was before its rows were checked: its size and time (``as_found``).
Found = tuple[int, int]


def as_found(backup: Path) -> Found | None:
    """``backup``'s size and time, looked at before its rows are read (None: it cannot be),
    to be remembered under: looked at after, a file written during the check was remembered
    as it is now, as checked."""
    try:
        found = backup.stat()
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns


def still_as_listed(info: BackupInfo) -> bool:
    """Whether ``info``'s file has the size and time it had when it was listed: what was
    checked of it then stands. One written over since (or damaged, or gone) is checked
    again, not taken on trust (`restore latest`'s and the store-problem screen's offer)."""
    return as_found(info.path) == (info.size, info.modified_ns)


# The moments a check running now said its refusal ends at (``refusal_ends``).
_ENDS: ContextVar[list[datetime] | None] = ContextVar("refusal_ends", default=None)


def refusal_ends(moment: datetime) -> None:
    """Said by the rows' check (transfer/backup_rows.py) of the refusal it is about to
    give: it depends on the clock and would not be given from ``moment`` on."""
    if (ends := _ENDS.get()) is not None:
        ends.append(moment)


@contextlib.contextmanager
def refusal_ending() -> Iterator[list[datetime]]:
    """Gathers what a check run inside says with ``refusal_ends``."""
    ends: list[datetime] = []
    token = _ENDS.set(ends)
    try:
        yield ends
    finally:
        _ENDS.reset(token)


def remember(
    paths: DataPaths,
    backup: Path,
    found: Found | None,
    *,
    refused: bool,
    ends: datetime | None = None,
) -> None:
    """Keep what checking the rows of ``backup`` (``found`` before the check) found
    (``refused``), today, if it is in the backups folder; a refusal that ``ends`` at a
    moment (the clock's) no longer than that. Nothing is said when it cannot be kept (a
    read-only folder): it is found again."""
    if found is None:
        return
    try:
        if backup.expanduser().absolute().parent.resolve() != paths.backups.resolve():
            return
        if not writable_by_owner(paths):
            return  # a folder or store made read-only is left exactly as it is
    except OSError:
        return
    known = known_checks(paths)  # those of backups gone since are let go
    kept = {name: entry for name, entry in known.items() if (paths.backups / name).is_file()}
    size, modified_ns = found
    until = ends.isoformat(" ") if refused and ends is not None else None
    kept[backup.name] = [size, modified_ns, __version__, clock.today().isoformat(), refused, until]
    _write(paths.data_dir / FILE_NAME, kept)


def known_checks(paths: DataPaths) -> Known:
    """Every check remembered, by backup name ({} when none, or the file cannot be read)."""
    try:
        fd = os.open(paths.data_dir / FILE_NAME, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return {}
    try:
        with os.fdopen(fd, "rb") as file:
            text = file.read(_MOST_BYTES + 1)
        read = json.loads(text) if len(text) <= _MOST_BYTES else {}
    except (OSError, ValueError):
        return {}
    if not isinstance(read, dict):
        return {}
    return {str(name): entry for name, entry in read.items() if isinstance(entry, list)}


def refused_before(known: Known, info: BackupInfo) -> bool | None:
    """Whether the rows of ``info`` were refused when last checked (``known``), None when
    that is not known: never checked, written over since, checked by another version, on
    another day, or past the moment its refusal ended (what the check refuses depends on the
    clock)."""
    entry = known.get(info.path.name)
    if entry is None or len(entry) not in (5, 6):
        return None
    size, modified_ns, version, day, refused, *until = entry
    today = clock.today().isoformat()
    if (size, modified_ns, version, day) != (info.size, info.modified_ns, __version__, today):
        return None
    if until and until[0] is not None and not _before(until[0]):
        return None
    return refused if isinstance(refused, bool) else None


def _before(until: object) -> bool:
    """Whether the clock is still before ``until`` (a moment as ``remember`` keeps it);
    False for anything else: not known."""
    try:
        return isinstance(until, str) and clock.now() < datetime.fromisoformat(until)
    except (TypeError, ValueError):
        return False


def writable_by_owner(paths: DataPaths) -> bool:
    """Whether the data folder, and the store in it if there is one, are writable by their
    owner: one the person made read-only on purpose gets nothing new beside it."""
    if not paths.data_dir.stat().st_mode & 0o200:
        return False
    try:
        return bool(paths.database.stat().st_mode & 0o200)
    except FileNotFoundError:
        return True


def _write(path: Path, kept: Known) -> None:
    """Write ``kept`` to ``path`` whole or not at all, private (mkstemp makes it 0600)."""
    try:
        fd, temporary = tempfile.mkstemp(prefix=f"{FILE_NAME}.", suffix=".partial", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(kept, file)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
