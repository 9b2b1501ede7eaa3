"""The backup the store-problem screen offers, and the next one when a restore refuses it.

The screen offered the newest backup its layout let through (``up_to_newest_usable``), and
`r` refused it when one of its rows was bad ("holds what the app cannot use"), offering
nothing more than to quit and run `restore` by hand, though an older backup would have done
(the twenty-eighth round's left-alone list). A refused backup is now marked as the others
passed over are, and the next older one a restore would take, its rows checked too, is
offered in its place; when none is left, the screen says so as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bounceback_tui.errors import (
    CHOOSE_ANOTHER,
    BackupRefusedError,
    BackupUnusableError,
    NewerBackupError,
    StoreError,
    UnreadableBackupError,
)
from bounceback_tui.services.upgrade_rules import upgrade_rules
from bounceback_tui.store.rows_checked import ROWS_REFUSED

if TYPE_CHECKING:
    from bounceback_tui.paths import DataPaths
    from bounceback_tui.store.backup import BackupInfo

Shown = list[tuple["BackupInfo", str | None]]
# The offer put back (``store_problem._restore_latest``), told whether its rows were checked here.
Restore = Callable[["BackupInfo", bool], str]
# The offer's label and each backup passed over with its mark (``store_problem.offer_words``).
Words = Callable[[Shown], tuple[str | None, list[str]]]


def refused_mark(refused: BackupRefusedError) -> str:
    """How a backup a restore refused is marked beside the others passed over."""
    if isinstance(refused, UnreadableBackupError):
        return refused.listed
    if isinstance(refused, NewerBackupError):
        return "made by a newer version"
    if isinstance(refused, BackupUnusableError):
        return "made by an older version that cannot be brought up to date"
    return ROWS_REFUSED


class OfferedBackups:
    """The backups the screen shows, newest first: those passed over with their marks, then
    the one offered (its mark None), if any."""

    def __init__(self, paths: DataPaths, shown: Shown, restore: Restore, words: Words) -> None:
        self.paths = paths
        self.shown = shown
        self._restore = restore
        self._words = words
        self._rows_checked: BackupInfo | None = None  # the offer, its rows checked here
        offered = self.offered
        if offered is not None:
            # Its rows passed when last checked, the file as it was then: not read again on
            # `r` (a backup known to be refused is passed over: restore.up_to_newest_usable).
            from bounceback_tui.store.rows_checked import known_checks, refused_before

            if refused_before(known_checks(paths), offered) is False:
                self._rows_checked = offered

    @property
    def offered(self) -> BackupInfo | None:
        return self.shown[-1][0] if self.shown and self.shown[-1][1] is None else None

    def words(self) -> tuple[str | None, list[str]]:
        """The offer's label and each backup passed over with its mark, as the screen says
        them."""
        return self._words(self.shown)

    def restore(self) -> str:
        """Put the offer back: its rows are not checked again when they were checked here
        (and the file is as it was: ``store_problem._restore_latest``)."""
        offered = self.offered
        if offered is None:
            raise StoreError("There are no backups to restore.")
        try:
            return self._restore(offered, offered is self._rows_checked)
        except (sqlite3.Error, OSError) as exc:
            # Removed or damaged since it was checked: refused as a backup, so the screen
            # offers the next one (it took the screen down).
            raise _unreadable(offered.path, exc) from exc

    def next_offer(self, refused: BackupRefusedError) -> tuple[str | None, list[str]]:
        """Mark the offer as ``refused`` said, then offer the next older backup a restore
        would take: read as `restore latest` reads them, and its rows checked (each, a while
        at 100,000 applications). Returns ``words()`` then."""
        from bounceback_tui.commands.restore_latest import usable_mark
        from bounceback_tui.store.backup import list_backups
        from bounceback_tui.store.restore import check_backup_rows
        from bounceback_tui.transfer.backup_rows import backup_rows_problem as rows_check

        offered = self.offered
        if offered is not None:
            self.shown[-1] = (offered, refused_mark(refused))
        seen = {info.path for info, _mark in self.shown}
        for info in list_backups(self.paths):
            if info.path in seen:
                continue
            mark = usable_mark(info.path)
            if mark is None:
                mark = _rows_mark(
                    info.path,
                    lambda path: check_backup_rows(path, rows_check, upgrade_rules, self.paths),
                )
            self.shown.append((info, mark))
            if mark is None:
                self._rows_checked = info
                break
        return self.words()


def _rows_mark(path: Path, check_rows: Callable[[Path], None]) -> str | None:
    """How a backup whose rows ``check_rows`` reads is marked when a restore would refuse it,
    None when it would take it. One damaged, removed or made unreadable since it was listed
    fails as SQLite or the system find it (``sqlite3.Error``, ``OSError``, a StoreError):
    marked as the list marks it then, and passed over; it took the screen down."""
    from bounceback_tui.store.restore import refusal_mark

    try:
        check_rows(path)
    except BackupRefusedError as exc:
        return refused_mark(exc)
    except (sqlite3.Error, OSError, StoreError):
        return refusal_mark(path) or refused_mark(UnreadableBackupError(path.name))
    return None


def _unreadable(path: Path, exc: Exception) -> UnreadableBackupError | StoreError:
    """What a backup read as SQLite or the system failed (``exc``) is refused as: marked as
    the list would mark it now; a StoreError naming ``exc`` when the backup still reads."""
    from bounceback_tui.store.restore import refusal_mark

    if (mark := refusal_mark(path)) is None:
        return StoreError(f"The backup {path.name} could not be put back ({exc}).")
    return UnreadableBackupError(
        f"The backup {path.name} could not be read ({mark}).",
        listed=mark,
        choose_another=CHOOSE_ANOTHER,
    )
