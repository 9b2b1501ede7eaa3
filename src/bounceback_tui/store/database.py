"""The store's handle: one transaction per action, and the file it was opened on.

The engine and its connections are ``store/engine.py``; telling the watcher of this app's
own commits, ``store/own_commit.py``; the active days a write counts, ``store/active_days.py``.

Importing this module imports SQLModel (and so SQLAlchemy and pydantic), which
is why the app only does so after its first screen is painted.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.pool import Pool, QueuePool
from sqlmodel import Session

from bounceback_tui.errors import (
    StoreDamagedError,
    StoreError,
    StoreLogRemovedError,
    StoreRefusedError,
)
from bounceback_tui.store.active_days import mark_active_day
from bounceback_tui.store.compiled_writes import forget_compiled_writes
from bounceback_tui.store.damage import damaged_error, is_damage
from bounceback_tui.store.engine import make_engine, writing
from bounceback_tui.store.foreign_guard import REPAIR, LayoutGuard, rule_refusal
from bounceback_tui.store.held_files import (
    FileKey,
    file_key,
    held_key,
    stale_logs,
)
from bounceback_tui.store.own_commit import OwnCommit
from bounceback_tui.store.own_writes import OwnWrites, take_steps, watch_connection
from bounceback_tui.store.read_failure import read_failure
from bounceback_tui.store.sqlite_file import read_only_message, store_is_read_only

if TYPE_CHECKING:
    from bounceback_tui.paths import DataPaths
    from bounceback_tui.store.replaced_file import LetGo
    from bounceback_tui.store.watch import StoreWatch


class Database:
    """One store file; hands out a session per user action."""

    def __init__(
        self,
        path: Path,
        *,
        ready: Callable[[], bool] | None = None,
        on_damage: Callable[[StoreDamagedError], object] | None = None,
        on_replaced: Callable[[], object] | None = None,
        repair_command: str = REPAIR,
    ) -> None:
        """``ready`` (optional) blocks until the store is known to be sound and says
        whether it is; every write waits for it, so a damaged file is never written.
        ``on_damage`` (optional) hears of damage met by any read or write, even one
        whose StoreDamagedError the caller catches and shows as a message.
        ``on_replaced`` (optional, from any thread) hears of a write refused because the
        file at the path is no longer the one this handle opened (store/replaced_file.py)."""
        self.path = path
        # The file this handle opened, by device and inode: a write goes into it or nowhere.
        self._file = file_key(path)
        # A store the person made read-only is read as it is, and every write is refused.
        self.read_only = store_is_read_only(path)
        self.engine = make_engine(path, read_only=self.read_only)
        self._write_engine = writing(self.engine)
        self._ready = ready
        self._on_damage = on_damage
        self._on_replaced = on_replaced
        # The app's watcher (store/watch.py), told of each of this app's own commits.
        self.watch: StoreWatch | None = None
        # The pools close() has replaced: a connection in use then is given back there.
        self._retired_pools: list[Pool] = []
        # The versions of applications this handle's own writes made (store/own_writes.py).
        self.own_writes = OwnWrites()
        # Logs of a file let go of (``reopen``) that a connection of it may still hold open.
        self._logs_let_go: set[FileKey] = set()
        # Two writes finding the store writable again at once open it for writing once.
        self._reopening = threading.Lock()
        # Nothing written while the store holds another program's trigger, table or view.
        self.layout_guard = LayoutGuard(repair_command)

    def _store_error(self, exc: Exception) -> StoreError | None:
        """The sentence for a failure SQLite reported (store/read_failure.py; damage is also
        told to ``on_damage``), or None for a broken rule such as a constraint, which is the
        caller's to explain."""
        if is_damage(exc):
            problem = damaged_error(self.path, exc)
            if self._on_damage is not None:
                self._on_damage(problem)
            return problem
        orig = getattr(exc, "orig", None) or exc
        if not isinstance(exc, OperationalError) and not isinstance(orig, sqlite3.OperationalError):
            return None
        return read_failure(orig, self.path, self.layout_guard.repair_command)

    @contextmanager
    def write(
        self, *, count_activity: bool = True, clearing_foreign: bool = False, scratch: bool = False
    ) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or not at all.

        ``count_activity`` marks today as an active day (the streak on Today).
        ``scratch``: it writes the window's scratch alone (transfer/scratch.py), which no pane
        shows; the watcher then reads no pane's action in it (store/watch.py).
        Refused too (ForeignLayoutError, nothing changed) while the store holds a trigger,
        table or view the app does not make, found inside the transaction before anything
        is written (store/foreign_guard.py); ``clearing_foreign``: the write drops them
        itself first (`demo --force`).
        Refused (StoreReplacedError) when the file at the path, or the one the connection
        holds, is not the file this handle opened: never into a file moved over or away.
        Refused too (StoreLogRemovedError) when the store's -wal or -shm this process holds
        was removed: the commit would go into a log nobody else reads.
        """
        if self.file_replaced():
            raise self._replaced()
        if self.log_removed():
            from bounceback_tui.store.replaced_file import log_removed_message

            raise StoreLogRemovedError(log_removed_message(self.path))
        if self.read_only and not self.writable_again():
            raise StoreError(read_only_message(self.path))
        if self._ready is not None and not self._ready():
            raise StoreError(
                f"The store at {self.path} is damaged; nothing was saved. "
                "Restore a backup with `bounceback-tui restore`."
            )
        try:
            # A connection of its own for the whole action, so that after the commit it
            # can still ask whether anyone else committed meanwhile (store/own_commit.py).
            with (
                self._write_engine.connect() as conn,
                Session(bind=conn, expire_on_commit=False) as session,
            ):
                raw = conn.connection.dbapi_connection
                if isinstance(raw, sqlite3.Connection) and held_key(raw) != self._file:
                    conn.invalidate()  # opened on another file meanwhile: never used again
                    raise self._replaced()
                watch_connection(raw)
                try:
                    if isinstance(raw, sqlite3.Connection) and not clearing_foreign:
                        session.connection()  # BEGIN IMMEDIATE: the check and the write as one
                        self.layout_guard.check(raw)
                    yield session
                    if count_activity:
                        mark_active_day(session)
                    session.flush()
                    steps = take_steps(raw)
                    own = OwnCommit.before(conn, self.watch, scratch)
                    session.commit()
                    self.own_writes.keep(steps)
                    if own is not None:
                        own.after()
                except BaseException:
                    session.rollback()
                    raise
        except (IntegrityError, sqlite3.IntegrityError) as exc:
            # A rule of the store's broken (another program's unique index, a trigger's
            # RAISE): a refusal, never the crash that lost the form (its text not shown).
            raise StoreRefusedError(rule_refusal(self.layout_guard.repair_command)) from exc
        except (DatabaseError, sqlite3.DatabaseError) as exc:
            if (problem := self._store_error(exc)) is None:
                raise
            raise problem from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except (DatabaseError, sqlite3.DatabaseError) as exc:
            if (problem := self._store_error(exc)) is None:
                raise
            raise problem from exc

    def file_replaced(self) -> bool:
        """Whether the file at the path is no longer the one this handle opened (one stat)."""
        return file_key(self.path) != self._file

    def log_removed(self) -> bool:
        """Whether a -wal or -shm of the store that this process holds open is no longer the
        file at its path (``held_files.stale_logs``; a look at a few links)."""
        return bool(stale_logs(self.path) - self._logs_let_go)

    def _replaced(self) -> StoreError:
        if self._on_replaced is not None:
            self._on_replaced()
        from bounceback_tui.store.replaced_file import refusal

        return refusal(self.path)

    def let_go(self, paths: DataPaths) -> LetGo | None:
        """Once the file at the path changed: keep what the file this handle opened holds
        (``replaced_file.let_go``), through a connection still open on it; None if none is."""
        from bounceback_tui.store.replaced_file import let_go

        pool = self.engine.pool
        if isinstance(pool, QueuePool) and pool.checkedin() == 0:
            return None  # a new connection would open the file now at the path
        try:
            with self.engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                if not isinstance(raw, sqlite3.Connection) or held_key(raw) != self._file:
                    return None
                return let_go(raw, paths, writable=not self.read_only)
        except (DatabaseError, sqlite3.Error):
            return None  # no connection on it left, and the file at the path is no store

    def writable_again(self) -> bool:
        """Whether a store opened read-only has been made writable since (a few stats, asked
        only when a write is refused): if so, the same file is opened again for writing, so
        the next save after a `chmod u+w` just works instead of waiting for a restart."""
        with self._reopening:
            if not self.read_only:
                return True
            if store_is_read_only(self.path) or self.file_replaced():
                return False
            old = self.engine
            self._retired_pools.append(old.pool)
            self.engine = make_engine(self.path)
            self._write_engine = writing(self.engine)
            self.read_only = False
        old.pool.dispose()  # a read under way keeps its connection; close() closes it later
        forget_compiled_writes(old)
        return True

    def reopen(self, *, ready: Callable[[], bool] | None = None) -> None:
        """Take up the file now at the path, once ``replaced_file.take_up`` has checked it:
        new connections open on it, and those on the old file are closed (one in use goes
        back to its pool, which ``close`` closes). ``ready``: as for a new handle."""
        old = self.engine
        self._retired_pools.append(old.pool)
        self.read_only = store_is_read_only(self.path)
        self.engine = make_engine(self.path, read_only=self.read_only)
        self._write_engine = writing(self.engine)
        self._ready = ready
        self._file = file_key(self.path)
        self.own_writes.clear()
        self.layout_guard.forget()
        # A connection of the old file still in use keeps its log: not this file's.
        self._logs_let_go = stale_logs(self.path)
        old.pool.dispose()
        forget_compiled_writes(old)  # its statements in the ORM's caches (compiled_writes.py)

    def dispose(self) -> None:
        self.engine.dispose()
        # Else the ORM's caches of compiled writes keep the engine (store/compiled_writes.py).
        forget_compiled_writes(self.engine)
        for pool in self._retired_pools:  # those on a file replaced under it (``reopen``)
            pool.dispose()

    def close(self) -> None:
        """Close every connection of the engine (store/closing.py closes the app's handles
        when it ends). One still in use (a worker thread's) goes back to the pool it came
        from, which a dispose leaves as it is: the next close closes it there. The handle
        used again opens a new one."""
        retired = [*self._retired_pools, self.engine.pool]
        self.engine.dispose()
        for pool in retired:
            pool.dispose()  # what was given back to it since
        self._retired_pools = retired
