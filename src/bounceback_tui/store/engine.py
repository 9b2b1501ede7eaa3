"""The SQLAlchemy engine over one store file, and its connections as every one is opened.

Each connection is a ``HeldConnection`` on the file's URI (never creating the file), with its
foreign keys on, the busy timeout, ``synchronous = FULL`` and a small page cache; a
transaction begins itself (``BEGIN``), and a write's begins ``BEGIN IMMEDIATE`` (``writing``),
so two windows queue for the lock rather than fail in the middle of an action. The handle
that hands out sessions over it is ``store/database.py``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlmodel import create_engine

from bounceback_tui.store.held_files import HeldConnection
from bounceback_tui.store.sqlite_file import BUSY_TIMEOUT_S, read_only_uri

_IMMEDIATE = "bounceback_immediate"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """``hide_parameters``: an error's text never holds the values bound to its statement
    (what the person typed), so no crash log keeps them (docs/privacy.md)."""
    if read_only:
        # Through the same read-only URI as every other reader (store/sqlite_file.py).
        engine = create_engine(
            "sqlite://", creator=_connector(read_only_uri(path)), hide_parameters=True
        )
    else:
        # mode=rw: never creates the file. A store moved away or deleted under the window
        # (store/replaced_file.py) must not come back as an empty file at its path. A file's
        # URL: its pool keeps connections (QueuePool).
        uri = f"{path.absolute().as_uri()}?mode=rw"
        engine = create_engine(f"sqlite:///{path}", creator=_connector(uri), hide_parameters=True)

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
        # 128 KiB of pages: enough for the tables' upper pages, which every lookup walks.
        # The store is read in big scans (the Pipeline's 10,000 rows) that no cache of a
        # few MB holds, and a page not kept is read from the system's file cache; the
        # pooled connection lives as long as the app, and a 512 KiB cache, full after
        # every pane has been shown, was 0.4 MiB more resident (docs/performance.md).
        cursor.execute("PRAGMA cache_size = -128")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front: two app windows then queue on the
        # busy timeout instead of failing with "database is locked" mid-action.
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def writing(engine: Engine) -> Engine:
    """The engine whose transactions begin ``BEGIN IMMEDIATE``: a write's."""
    return engine.execution_options(**{_IMMEDIATE: True})


def _connector(uri: str) -> Callable[[], sqlite3.Connection]:
    """Opens one connection to ``uri`` as every engine's connections are opened."""
    return lambda: sqlite3.connect(
        uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False, factory=HeldConnection
    )
