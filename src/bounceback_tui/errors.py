"""Errors that carry a message meant for the person, not a traceback."""

from __future__ import annotations

from typing import NamedTuple


class BouncebackError(Exception):
    """Base for every error whose message can be shown as is."""

    # SQLite's own words behind it, if any: not in the message (said in the person's words),
    # but where a screen keeps details (the store-problem screen's details line).
    details = ""

    @property
    def in_app(self) -> str:
        """The message as the app shows it: without a hint only the command line can act on
        (an option to add), where an error has one (``TransferError``)."""
        return str(self)


class StoreError(BouncebackError):
    """The database cannot be opened or used safely."""


# Another process holds the store's write lock past the wait: only our own windows and
# commands write to it, and a command-line import can hold it for minutes.
STORE_BUSY = (
    "The store is busy: another bounceback-tui window or command, such as an import, is "
    "writing to it; try again once it has finished."
)


class DiskFullError(StoreError):
    """A backup not made because the disk is full: the daily backup's notice then says how to
    take it again once there is room, rather than the backup's own "try again"."""


class NewerStoreError(StoreError):
    """The store was written by a newer version of the app."""


class NotADatabaseError(StoreError):
    """The file at the database path is not a readable SQLite database."""


# A refusal's advice to choose another backup: alone ("… nothing was changed. Choose another
# backup."), or after a way to mend it ("Upgrade bounceback-tui to restore it, or choose
# another backup.").
CHOOSE_ANOTHER = " Choose another backup."
OR_CHOOSE_ANOTHER = ", or choose another backup."


class BackupRefusedError(StoreError):
    """A backup that cannot be put back, refused before anything changed: another backup may
    do (the command line then names the command that lists them).

    ``choose_another`` (``CHOOSE_ANOTHER``, ``OR_CHOOSE_ANOTHER`` or nothing) ends the
    message; ``without_choosing`` is the message without it, for a screen with no list to
    choose from (ui/screens/store_problem_restore.py). Carried apart, not found in the
    words: a refusal reworded keeps its advice where it belongs."""

    def __init__(self, message: str, *, choose_another: str = "") -> None:
        super().__init__(f"{message}{choose_another}")
        self.without_choosing = message + ("." if choose_another.startswith(",") else "")

    def said_further(self, more: str) -> BackupRefusedError:
        """The same refusal (its kind, ``without_choosing``, how the list marks it) with
        ``more`` said after it on the command line ("`bounceback-tui restore` lists your
        backups.")."""
        import copy

        told = copy.copy(self)
        told.args = (f"{self} {more}",)
        return told


class BackupUnusableError(BackupRefusedError):
    """A backup from an older version that cannot be brought up to this version's schema:
    refused, nothing changed; another backup may do."""


class NewerBackupError(NewerStoreError, BackupRefusedError):
    """A backup written by a newer version of the app."""


class UnreadableBackupError(NotADatabaseError, BackupRefusedError):
    """A backup SQLite cannot read, or finds damaged, or one that holds no store; ``listed``
    is how `restore`'s list marks it."""

    def __init__(
        self, message: str, listed: str = "damaged, cannot be used", *, choose_another: str = ""
    ) -> None:
        super().__init__(message, choose_another=choose_another)
        self.listed = listed


class StoreDamagedError(NotADatabaseError):
    """The store opened, but SQLite found damage inside it while reading or writing."""


class StoreReplacedError(StoreError):
    """The file at the store's path is no longer the one this window opened (moved over,
    deleted or renamed outside the app): nothing is written into the file it still holds."""


class StoreLogRemovedError(StoreError):
    """The store's ``-wal`` or ``-shm`` this window holds was deleted (or replaced) outside the
    app: what it wrote would go where no other window or command reads it."""


class StoreRefusedError(StoreError):
    """SQLite refused a save as breaking one of the store's rules (a constraint, or a
    trigger's RAISE): nothing was saved, the form stays as typed (store/database.py)."""


class ForeignLayoutError(StoreError):
    """The store holds a trigger, table, view or index the app does not make (another
    program's): nothing is written to it until `bounceback-tui repair` removes it, or such a
    trigger would run on every change (store/foreign_guard.py)."""


class LayoutHeldError(StoreError):
    """A backup or export refused because one of the app's own triggers, indexes or views is
    changed or missing, or the store holds what `repair` cannot remove
    (store/layout.require_store_layout): what the launch's notice already says
    (services/store_health.foreign_notice: "Nothing is saved, backed up or exported until
    …"), so the day's backup in a window that said it says nothing more."""


class StoreLayoutError(StoreError):
    """A table the app uses, or one of its columns, is missing from the store (another
    program changed it, or it came back with a backup): the launch refuses it, nothing
    changed, and `repair` does not mend it (store/layout_tables.py). ``problem``: what is
    missing, as `backup` says it ("its table contact lacks the column phone"); ``restore``
    and ``repair``: `bounceback-tui restore` and `… repair` as the caller names them (with
    the window's or the run's --data-dir: a bare `repair` is the default store's)."""

    def __init__(
        self,
        problem: str,
        path: object,
        restore: str = "bounceback-tui restore",
        repair: str = "bounceback-tui repair",
    ) -> None:
        super().__init__(
            f"The store at {path} is not as bounceback-tui makes it: {problem} (another "
            "program changed it, or it came back with a backup). Nothing was changed: it "
            f"cannot be used as it is, and `{repair}` does not mend that: restore "
            f"a backup made before it (`{restore}` lists them)."
        )
        self.problem = problem


class NotFoundError(BouncebackError):
    """A record the person pointed at no longer exists."""


class ConflictError(BouncebackError):
    """A save named the version it read, and the record has changed (or gone) since:
    another window, the command line or a restore wrote it. Nothing was written.

    ``current`` is the record as it is now (its columns), None when it was deleted;
    ``current_version`` is the version a save over it would name. ``settled``: why saving
    over it cannot work, and what to do instead (the form's dialog then offers reload only).
    """

    def __init__(
        self,
        message: str,
        *,
        current: dict[str, object] | None = None,
        current_version: int | None = None,
        settled: str = "",
    ) -> None:
        super().__init__(message)
        self.current = current
        self.current_version = current_version
        self.settled = settled

    @property
    def deleted(self) -> bool:
        return self.current is None


class DeletedElsewhereError(ConflictError, NotFoundError):
    """The record a save or move named is gone: deleted in another window, or by a restore."""


# Neither is a dataclass: every launch imports this module before its first paint, and
# making a dataclass costs about eight times a NamedTuple (docs/performance.md).
class FieldError(NamedTuple):
    field: str
    message: str


class ValidationError(BouncebackError):
    """One or more fields were refused; nothing was written."""

    def __init__(self, errors: list[FieldError] | None = None) -> None:
        self.errors: list[FieldError] = [] if errors is None else errors
        super().__init__(self.summary())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ValidationError) and (type(other), other.errors) == (
            type(self),
            self.errors,
        )

    __hash__ = None  # type: ignore[assignment]  # as the dataclass it was: compared, not hashed

    def __repr__(self) -> str:
        return f"{type(self).__name__}(errors={self.errors!r})"

    def summary(self) -> str:
        return " ".join(e.message for e in self.errors)

    def for_field(self, name: str) -> str | None:
        return next((e.message for e in self.errors if e.field == name), None)

    @classmethod
    def single(cls, field_name: str, message: str) -> ValidationError:
        return cls([FieldError(field_name, message)])
