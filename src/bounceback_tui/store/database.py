"""The SQLModel engine and the one-transaction-per-action session scopes.

Importing this module imports SQLModel (and so SQLAlchemy and pydantic), which
is why the app only does so after its first screen is painted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session, create_engine

from bounceback_tui import clock
from bounceback_tui.errors import StoreDamagedError, StoreError
from bounceback_tui.store.sqlite_file import (
    BUSY_TIMEOUT_S,
    damaged_error,
    describe_operational_error,
    is_damage,
    read_only_message,
    read_only_uri,
    store_is_read_only,
)

_IMMEDIATE = "bounceback_immediate"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        # Through the same read-only URI as every other reader (store/sqlite_file.py).
        uri = read_only_uri(path)
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False
            ),
        )
    else:
        engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself, so reads and
        # writes in one session see one snapshot (pysqlite would delay BEGIN).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        # FULL: a committed action survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front: two app windows then queue on the
        # busy timeout instead of failing with "database is locked" mid-action.
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """One store file; hands out a session per user action."""

    def __init__(
        self,
        path: Path,
        *,
        ready: Callable[[], bool] | None = None,
        on_damage: Callable[[StoreDamagedError], object] | None = None,
    ) -> None:
        """``ready`` (optional) blocks until the store is known to be sound and says
        whether it is; every write waits for it, so a damaged file is never written.
        ``on_damage`` (optional) hears of damage met by any read or write, even one
        whose StoreDamagedError the caller catches and shows as a message."""
        self.path = path
        # A store the person made read-only is read as it is, and every write is refused.
        self.read_only = store_is_read_only(path)
        self.engine = make_engine(path, read_only=self.read_only)
        self._write_engine = self.engine.execution_options(**{_IMMEDIATE: True})
        self._ready = ready
        self._on_damage = on_damage

    def _store_error(self, exc: Exception) -> StoreError | None:
        """The sentence for a failure SQLite reported (damage is also told to ``on_damage``),
        or None for a broken rule such as a constraint, which is the caller's to explain."""
        if is_damage(exc):
            problem = damaged_error(self.path, exc)
            if self._on_damage is not None:
                self._on_damage(problem)
            return problem
        orig = getattr(exc, "orig", None) or exc
        if isinstance(exc, OperationalError) or isinstance(orig, sqlite3.OperationalError):
            return StoreError(describe_operational_error(orig, self.path))
        return None

    @contextmanager
    def write(self, *, count_activity: bool = True) -> Iterator[Session]:
        """A session whose work is committed as one transaction, or not at all.

        ``count_activity`` marks today as an active day (the streak on Today).
        """
        if self.read_only:
            raise StoreError(read_only_message(self.path))
        if self._ready is not None and not self._ready():
            raise StoreError(
                f"The store at {self.path} is damaged; nothing was saved. "
                "Restore a backup with `bounceback-tui restore`."
            )
        try:
            with Session(self._write_engine, expire_on_commit=False) as session:
                try:
                    yield session
                    if count_activity:
                        mark_active_day(session)
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
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

    def dispose(self) -> None:
        self.engine.dispose()


def mark_active_day(session: Session) -> None:
    session.execute(
        text(
            "INSERT INTO activity_day (day, actions) VALUES (:day, 1) "
            "ON CONFLICT (day) DO UPDATE SET actions = actions + 1"
        ),
        {"day": clock.today().isoformat()},
    )
