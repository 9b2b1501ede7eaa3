"""Opening the SQLite file safely with the standard library (no ORM needed).

This is the path every launch takes before the first paint: check that the file
is ours and not from a newer version, take a backup and migrate if needed, and
switch on WAL. Anything wrong raises a StoreError whose message is shown as is,
and the file is left exactly as it was.
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
import os
import sqlite3
import stat
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from bounceback_tui import __version__
from bounceback_tui.errors import (
    NewerStoreError,
    NotADatabaseError,
    StoreError,
)
from bounceback_tui.paths import DataPaths, create_private_file_once, make_private
from bounceback_tui.store.damage import damaged_error, is_damage
from bounceback_tui.store.disk_space import full_disk_launch, stuck_on_full_disk
from bounceback_tui.store.failure_words import describe_operational_error, describe_os_error
from bounceback_tui.store.held_files import HeldConnection
from bounceback_tui.store.migrations import APPLICATION_ID
from bounceback_tui.store.no_store import no_store_message

if TYPE_CHECKING:
    from collections.abc import Callable

    from bounceback_tui.store.migrations.apply import UpgradeRules

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0
# How long opening waits for another process holding the store (creating, upgrading it).
OPEN_WAIT_S = 30.0


class OpenedStore(NamedTuple):  # not a dataclass: made before every first paint
    path: Path
    created: bool
    version: int
    migrated_from: int | None = None
    backup: Path | None = None
    read_only: bool = False


def store_is_read_only(path: Path) -> bool:
    """Whether the person made the store read-only: the file or its folder has no write
    permission for its owner, cannot be written by this process, or is on a read-only
    mount (a snapshot, say). Such a store is opened read-only and its modes are left alone.
    """
    try:
        file_mode = path.stat().st_mode
        folder_mode = path.parent.stat().st_mode
    except OSError:
        return False
    if not file_mode & stat.S_IWUSR or not folder_mode & stat.S_IWUSR:
        return True
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return True
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows)
        return False


def read_only_uri(path: Path, immutable: bool = False) -> str:
    """The URI that reads the store without writing anything next to it.

    A store in WAL mode normally needs its ``-shm`` file, which SQLite creates even
    for a reader; in a read-only folder it cannot. When the person made the store
    read-only and its journal holds nothing to fold in, it is opened as immutable:
    no ``-wal``, no ``-shm``, no lock files. ``immutable``: so in any case."""
    uri = f"{path.absolute().as_uri()}?mode=ro"  # "restore good.sqlite3": a relative path
    if immutable or stuck_on_full_disk(path):  # a reader's -shm would need room it lacks
        return f"{uri}&immutable=1"
    if store_is_read_only(path):
        wal = Path(f"{path}-wal")
        if not wal.exists() or wal.stat().st_size == 0:
            uri += "&immutable=1"
    return uri


def unreadable_message(path: Path) -> str:
    """A store whose permissions let nobody read it (chmod 000): said so, with what to do.
    It was "read-only ... (chmod u+w)", which does not let it be read (a fixer's walk)."""
    import shlex

    return (
        f"Cannot read the store at {path}: its permissions do not let you read it. It was left "
        f"as it was; to use it, make it readable and writable again (chmod u+rw "
        f"{shlex.quote(str(path))})."
    )


def read_only_message(path: Path) -> str:
    return (
        f"The store at {path} is read-only; nothing was saved. To change it, make the file "
        "and its folder writable again (chmod u+w)."
    )


def connect(
    path: Path,
    *,
    read_only: bool = False,
    header_only: bool = False,
    timeout: float = BUSY_TIMEOUT_S,
    immutable: bool = False,
) -> sqlite3.Connection:
    """A standard-library connection with the store's pragmas, in autocommit mode.

    Callers manage transactions explicitly (``BEGIN`` / ``COMMIT``). A store the person
    made read-only is only ever opened for reading (StoreError otherwise).

    ``header_only`` (read-only): a connection that only asks what the file's header holds
    (``user_version``, ``application_id``, ``data_version``), so it does without the small
    cache, whose pragma makes SQLite parse the whole schema first (its seventy triggers:
    about 11 million instructions, several milliseconds before a first paint).
    ``immutable`` (read-only): a reader that makes no -wal or -shm (store/untouched.py).
    """
    if read_only:
        conn = sqlite3.connect(
            read_only_uri(path, immutable),
            timeout,
            uri=True,
            isolation_level=None,
            factory=HeldConnection,
        )
        if not header_only:
            with suppress(sqlite3.DatabaseError):  # damage: the first read says so, as before
                conn.execute("PRAGMA cache_size = -256")  # short-lived readers: 256 KiB, not 2 MB
    else:
        if path.exists() and store_is_read_only(path):
            raise StoreError(read_only_message(path))
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, factory=HeldConnection)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def check_header(path: Path) -> bool:
    """Refuse a file that is not SQLite, without modifying it; True if it is in WAL mode
    (the file format's read and write versions, bytes 18 and 19 of the header, are 2).
    False, unread, for the store this process has open (``held_files``): the caller's
    connection then finds the journal mode itself."""
    from bounceback_tui.store.held_files import read_head

    try:
        head = read_head(path, 20)
    except PermissionError as exc:
        raise StoreError(unreadable_message(path)) from exc
    except OSError as exc:
        raise StoreError(f"Cannot read the store at {path}: {exc.strerror or exc}.") from exc
    if head is None:
        return False  # this process's own open store: SQLite, which opened it, reads it
    if head and head[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise NotADatabaseError(
            f"The file at {path} is not a bounceback-tui store (it is not an SQLite database). "
            "It was left untouched."
        )
    return head[18:20] == b"\x02\x02"


def read_identity(conn: sqlite3.Connection, path: Path) -> tuple[int, int, bool]:
    """(user_version, application_id, has_tables), or NotADatabaseError.

    The count of tables reads the whole schema, so a file whose schema is damaged is
    refused here."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        has_tables = conn.execute(tables).fetchone()[0] > 0
    except sqlite3.OperationalError as exc:
        # Locked, read-only, cannot open: the file itself may be fine.
        raise StoreError(describe_operational_error(exc, path)) from exc
    except sqlite3.DatabaseError as exc:
        # SQLite's words ("database disk image is malformed") kept for a details line: the
        # message says it plainly.
        unreadable = NotADatabaseError(
            f"The store at {path} is damaged and cannot be read. It was left untouched; "
            "restore a backup with `bounceback-tui restore`."
        )
        unreadable.details = str(exc)
        raise unreadable from exc
    return version, app_id, has_tables


def checked_version(conn: sqlite3.Connection, path: Path) -> int:
    """The store's schema version, once it is known to be ours and not from a newer app."""
    version, app_id, has_tables = read_identity(conn, path)
    _check_identity(version, app_id, has_tables, path)
    return version


def _check_identity(version: int, app_id: int, has_tables: bool, db_path: Path) -> None:
    """Refuse another program's database and a store from a newer version."""
    from bounceback_tui.store.migrations import LATEST_VERSION

    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and version == 0 and has_tables):
        raise NotADatabaseError(
            f"The file at {db_path} is an SQLite database from another program. "
            "It was left untouched."
        )
    if version > LATEST_VERSION:
        raise NewerStoreError(
            f"This store was written by a newer bounceback-tui (schema {version}; this is "
            f"version {__version__}, schema {LATEST_VERSION}). Upgrade bounceback-tui to "
            "open it; the store was left untouched."
        )


def inspect_store(path: Path) -> int:
    """Check, without writing anything, that ``path`` is a store this version can read.

    Returns its schema version. Raises StoreError when there is no file,
    NotADatabaseError for a file that is not ours or cannot be read, and
    NewerStoreError for a store from a newer version. Used by the commands that
    only read the store (export, backup) and by restore for the backup it is given.
    """
    return _inspect(path)[0]


def _inspect(path: Path, timeout: float = BUSY_TIMEOUT_S) -> tuple[int, bool]:
    """``inspect_store``, and whether the file is in WAL mode (its header says so)."""
    if not path.is_file():
        raise StoreError(no_store_message(path))
    wal = check_header(path)
    from bounceback_tui.store.untouched import identity_untouched  # nothing made beside it

    version, app_id, has_tables = identity_untouched(
        path, wal, lambda immutable: _read_identity(path, timeout, immutable)
    )
    _check_identity(version, app_id, has_tables, path)
    return version, wal


def _read_identity(path: Path, timeout: float, immutable: bool) -> tuple[int, int, bool]:
    try:
        conn = connect(path, read_only=True, timeout=timeout, immutable=immutable)
    except sqlite3.Error as exc:
        raise StoreError(describe_operational_error(exc, path)) from exc
    try:
        return read_identity(conn, path)
    finally:
        conn.close()


def open_store(
    paths: DataPaths, *, create: bool = True, rules: "Callable[[], UpgradeRules] | None" = None
) -> OpenedStore:
    """Create or upgrade the store at ``paths.database`` and return what happened.
    ``create=False``, for the commands that only read: no store there is refused as
    ``inspect_store`` refuses it, and nothing is made (`today --data-dir typo` made one).
    ``rules``: the domain's rules an upgrade applies to the rows already there
    (services/upgrade_rules.py; ``migrations.apply.upgrade_store``).

    Raises NewerStoreError for a store from a newer app, NotADatabaseError for a
    file that is not ours; in both cases nothing is written. A folder that cannot
    be created or written (permissions, a full disk), or held by another process for
    longer than OPEN_WAIT_S, raises a StoreError. Of processes opening a store at once, the
    first to get the write lock creates or upgrades it (store/migrations/apply.py).
    """
    from bounceback_tui.store.migrations import LATEST_VERSION

    db_path = paths.database
    if not create and not db_path.is_file():
        raise StoreError(no_store_message(db_path))
    try:
        paths.ensure_data_dir()
        created = create_private_file_once(db_path)
    except OSError as exc:
        raise StoreError(describe_os_error(exc, db_path.parent)) from exc
    if not created:
        # Read-only first: closing a read-write connection can checkpoint the WAL into
        # the file, and a file that is not ours (or is damaged) must not change at all.
        version, wal = _inspect(db_path, OPEN_WAIT_S)
        if store_is_read_only(db_path):
            return _open_read_only(db_path, version)
        if create and stuck_on_full_disk(db_path):  # the commands that only read go on
            raise StoreError(full_disk_launch(db_path))
        if wal and version == LATEST_VERSION:
            # Nothing to write (the usual launch): no read-write connection, whose first
            # statement would parse the whole schema again (about 11 million instructions).
            _make_files_private(db_path)
            return OpenedStore(path=db_path, created=False, version=version)
    upgraded = None
    try:
        conn = connect(db_path, timeout=OPEN_WAIT_S)
    except sqlite3.Error as exc:
        raise StoreError(_open_failure(exc, db_path)) from exc
    try:
        version = checked_version(conn, db_path)
        if version < LATEST_VERSION:
            # Only a store behind reads the migrations (pkgutil, five imports before a paint).
            from bounceback_tui.store.layout_check import upgrade_layout_check
            from bounceback_tui.store.migrations.apply import upgrade_store

            check = upgrade_layout_check(conn, paths)  # nothing upgraded through a foreign trigger
            upgraded = upgrade_store(
                conn, paths, lambda: checked_version(conn, db_path), check, rules
            )
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            from bounceback_tui.store.journal_mode import turn_to_wal  # rarely: an older file

            turn_to_wal(conn, OPEN_WAIT_S)
    except sqlite3.OperationalError as exc:
        raise StoreError(_open_failure(exc, db_path)) from exc
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise damaged_error(db_path, exc) from exc
        raise
    except OSError as exc:
        raise StoreError(describe_os_error(exc, db_path.parent)) from exc
    finally:
        conn.close()
    _make_files_private(db_path)
    # No upgrade: none was due, or another process made it first (migrations/apply.py).
    moved_from = upgraded.from_version if upgraded is not None else 0
    return OpenedStore(
        path=db_path,
        created=created,
        version=max(version, LATEST_VERSION),
        migrated_from=moved_from or None,
        backup=upgraded.backup if upgraded is not None else None,
    )


def _open_failure(exc: sqlite3.Error, path: Path) -> str:
    """What a failure while opening means; a lock held past OPEN_WAIT_S says so."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return (
            f"The store at {path} stayed busy in another bounceback-tui window or command "
            f"(creating or upgrading it, perhaps) for {OPEN_WAIT_S:g} seconds; nothing was "
            "changed. Try again in a moment."
        )
    return describe_operational_error(exc, path)


def _make_files_private(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        make_private(Path(f"{db_path}{suffix}"))


def _open_read_only(db_path: Path, version: int) -> OpenedStore:
    """A store the person made read-only: read as it is, nothing written, no mode changed."""
    from bounceback_tui.store.migrations import LATEST_VERSION

    if version < LATEST_VERSION:
        raise StoreError(
            f"The store at {db_path} is read-only, and this version of bounceback-tui needs "
            f"to upgrade it (schema {version} to {LATEST_VERSION}) before using it. Make it "
            "writable once (chmod u+w on the file and its folder); nothing was changed."
        )
    return OpenedStore(path=db_path, created=False, version=version, read_only=True)
