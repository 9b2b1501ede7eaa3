"""Opening the SQLite file safely with the standard library (no ORM needed).

This is the path every launch takes before the first paint: check that the file
is ours and not from a newer version, take a backup and migrate if needed, and
switch on WAL. Anything wrong raises a StoreError whose message is shown as is,
and the file is left exactly as it was.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from bounceback_tui import __version__
from bounceback_tui.errors import (
    NewerStoreError,
    NotADatabaseError,
    StoreDamagedError,
    StoreError,
)
from bounceback_tui.paths import DataPaths, create_private_file, make_private

SQLITE_HEADER = b"SQLite format 3\x00"
# Written into the SQLite header so the app can tell its own store from any other database.
APPLICATION_ID = 0x42424B54  # "BBKT"
BUSY_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class OpenedStore:
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


def read_only_uri(path: Path) -> str:
    """The URI that reads the store without writing anything next to it.

    A store in WAL mode normally needs its ``-shm`` file, which SQLite creates even
    for a reader; in a read-only folder it cannot. When the person made the store
    read-only and its journal holds nothing to fold in, it is opened as immutable:
    no ``-wal``, no ``-shm``, no lock files."""
    uri = f"{path.as_uri()}?mode=ro"
    if store_is_read_only(path):
        wal = Path(f"{path}-wal")
        if not wal.exists() or wal.stat().st_size == 0:
            uri += "&immutable=1"
    return uri


def read_only_message(path: Path) -> str:
    return (
        f"The store at {path} is read-only; nothing was saved. To change it, make the file "
        "and its folder writable again (chmod u+w)."
    )


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A standard-library connection with the store's pragmas, in autocommit mode.

    Callers manage transactions explicitly (``BEGIN`` / ``COMMIT``). A store the person
    made read-only is only ever opened for reading (StoreError otherwise).
    """
    if read_only:
        conn = sqlite3.connect(read_only_uri(path), BUSY_TIMEOUT_S, uri=True, isolation_level=None)
        with suppress(sqlite3.DatabaseError):  # damage: the first read says so, as before
            conn.execute("PRAGMA cache_size = -256")  # short-lived readers: 256 KiB, not 2 MB
    else:
        if path.exists() and store_is_read_only(path):
            raise StoreError(read_only_message(path))
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


@contextmanager
def write_transaction(path: Path) -> Iterator[sqlite3.Connection]:
    """A write with the standard library only: one ``BEGIN IMMEDIATE`` transaction with the
    store's pragmas (foreign keys, the busy timeout, ``synchronous = FULL``), committed if
    the block ends normally and rolled back otherwise.

    ``Database.write()`` gives the same guarantees through the ORM; this is for the few
    writers that must not load it (a JSON import from the command line: loading SQLModel
    costs about half a second). SQLite's errors come out as they are; the caller words them.
    """
    conn = connect(path)
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


def check_header(path: Path) -> None:
    """Refuse a file that is not SQLite, without modifying it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"Cannot read the store at {path}: {exc.strerror or exc}.") from exc
    if head and head != SQLITE_HEADER:
        raise NotADatabaseError(
            f"The file at {path} is not a bounceback-tui store (it is not an SQLite database). "
            "It was left untouched."
        )


def read_identity(conn: sqlite3.Connection, path: Path) -> tuple[int, int, bool]:
    """(user_version, application_id, has_tables), or NotADatabaseError."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_tables = (
            conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            > 0
        )
    except sqlite3.OperationalError as exc:
        # Locked, read-only, cannot open: the file itself may be fine.
        raise StoreError(describe_operational_error(exc, path)) from exc
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(
            f"The store at {path} cannot be read ({exc}). It was left untouched; restore a "
            "backup with `bounceback-tui restore`."
        ) from exc
    return version, app_id, has_tables


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
    if not path.is_file():
        raise StoreError(
            f"There is no bounceback-tui store at {path}. `bounceback-tui paths` shows where "
            "the store is looked for; --data-dir points at another folder."
        )
    check_header(path)
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise StoreError(describe_operational_error(exc, path)) from exc
    try:
        version, app_id, has_tables = read_identity(conn, path)
    finally:
        conn.close()
    _check_identity(version, app_id, has_tables, path)
    return version


def open_store(paths: DataPaths) -> OpenedStore:
    """Create or upgrade the store at ``paths.database`` and return what happened.

    Raises NewerStoreError for a store from a newer app, NotADatabaseError for a
    file that is not ours; in both cases nothing is written. A folder that cannot
    be created or written (permissions, a full disk) raises a StoreError.
    """
    from bounceback_tui.store.migrations import LATEST_VERSION, all_migrations

    db_path = paths.database
    try:
        paths.ensure_data_dir()
        created = not db_path.exists()
        if created:
            create_private_file(db_path)
    except OSError as exc:
        raise StoreError(describe_os_error(exc, db_path.parent)) from exc
    if not created:
        # Read-only first: closing a read-write connection can checkpoint the WAL into
        # the file, and a file that is not ours (or is damaged) must not change at all.
        version = inspect_store(db_path)
        if store_is_read_only(db_path):
            return _open_read_only(db_path, version)
    try:
        conn = connect(db_path)
    except sqlite3.Error as exc:
        raise StoreError(describe_operational_error(exc, db_path)) from exc
    try:
        version, app_id, has_tables = read_identity(conn, db_path)
        _check_identity(version, app_id, has_tables, db_path)
        backup = None
        # Only a store behind reads the migrations (pkgutil, five imports before a paint).
        behind = version < LATEST_VERSION
        pending = [m for m in all_migrations() if m.version > version] if behind else []
        if pending and version > 0:
            from bounceback_tui.store.file_copy import backup_connection, backup_path

            backup = backup_connection(
                conn, backup_path(paths, f"pre-migration-v{version}-to-v{LATEST_VERSION}")
            )
        for migration in pending:
            _apply(conn, migration.version, migration.module.upgrade)
        if created or pending:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as exc:
        raise StoreError(describe_operational_error(exc, db_path)) from exc
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise damaged_error(db_path, exc) from exc
        raise
    except OSError as exc:
        raise StoreError(describe_os_error(exc, db_path.parent)) from exc
    finally:
        conn.close()
    for suffix in ("", "-wal", "-shm"):
        make_private(Path(f"{db_path}{suffix}"))
    return OpenedStore(
        path=db_path,
        created=created,
        version=max(version, LATEST_VERSION),
        migrated_from=version if pending and version > 0 else None,
        backup=backup,
    )


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


def _apply(
    conn: sqlite3.Connection, version: int, upgrade: Callable[[sqlite3.Connection], None]
) -> None:
    """One migration, one transaction: all of it or none of it.

    Foreign keys are off while it runs (SQLite ignores the switch inside a transaction,
    so it is flipped around it): a migration that rebuilds a table drops the old one,
    and with them on, that DROP would cascade into the children. Every reference is
    checked with ``PRAGMA foreign_key_check`` before the commit instead.
    """
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            upgrade(conn)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StoreError(
                    f"Upgrading the store to version {version} would leave rows pointing at "
                    f"missing ones (first in {problems[0][0]}); the store was left as it was."
                )
            conn.execute(f"PRAGMA user_version = {int(version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def describe_operational_error(exc: sqlite3.Error | Exception, path: Path) -> str:
    """Turn SQLite's terse errors into one sentence a person can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return "The store is busy in another bounceback-tui window; try again in a moment."
    if "readonly" in text or "read-only" in text:
        return (
            f"The store at {path} is read-only; nothing was saved. Check the folder's permissions."
        )
    if "full" in text:
        return "The disk is full; nothing was saved. Free some space and try again."
    if "disk i/o" in text:
        return (
            f"The disk reported an error while using the store at {path}; nothing was saved. "
            "Check the disk, then try again."
        )
    if "unable to open" in text:
        return f"Cannot open the store at {path}; check that the folder exists and is writable."
    if "malformed" in text or "not a database" in text:
        return (
            f"The store at {path} is damaged. Nothing was changed; restore a backup with "
            "`bounceback-tui restore`."
        )
    return f"The store could not be used ({exc})."


# SQLite's primary result codes for a file that is damaged or not a database at all.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")


def is_damage(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or an error it came from) is SQLite reporting a damaged file.

    A constraint, a missing table, a locked or read-only file are not damage: only
    SQLITE_CORRUPT and SQLITE_NOTADB are. SQLAlchemy's errors are looked through
    (``orig``), and so is a StoreDamagedError already made from one.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, StoreDamagedError):
            return True
        if isinstance(exc, sqlite3.DatabaseError):
            code = getattr(exc, "sqlite_errorcode", None)
            if code is not None:
                return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
            return type(exc) is sqlite3.DatabaseError and any(
                word in str(exc).lower() for word in _DAMAGE_WORDS
            )
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return False


def damaged_error(path: Path, exc: BaseException) -> StoreDamagedError:
    """The one sentence for damage met while reading or writing the store at ``path``."""
    if isinstance(exc, StoreDamagedError):
        return exc
    reason = _sqlite_reason(exc)
    return StoreDamagedError(
        f"The store at {path} is damaged inside (SQLite says: {reason}). It was left untouched."
    )


def _sqlite_reason(exc: BaseException) -> str:
    current: BaseException | None = exc
    while current is not None and not isinstance(current, sqlite3.Error):
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return str(current or exc).splitlines()[0] if str(current or exc) else "unknown damage"


def describe_os_error(exc: OSError, path: Path) -> str:
    """The same kind of sentence for a failure of the file system itself."""
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return "The disk is full; nothing was saved. Free some space and try again."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"The folder {path} is read-only or not yours; nothing was saved. Check its "
            "permissions, or choose another folder with --data-dir."
        )
    reason = exc.strerror or str(exc)
    return f"Could not use {path} ({reason}); nothing was saved."
