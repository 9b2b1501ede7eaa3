"""The app's own reads of its store file never drop the locks its open connection holds.

POSIX locks belong to the process: a plain open and close of the store's file (to read its
header) dropped SQLite's locks under the app's open connection. Found by a stranger's walk:
after "Back up now" in the app, `restore` from the command line twice, and the app's next
writes went to a log file the command had deleted as the last one out; the store was then
damaged (`wrong # of entries in index ix_skill_status`).
"""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.exports import back_up, write_export
from bounceback_tui.store.closing import tidy_store
from bounceback_tui.store.database import Database
from bounceback_tui.store.held_files import is_held
from bounceback_tui.store.sqlite_file import connect, inspect_store
from bounceback_tui.transfer.report import ReportOptions

# Another process's whole visit: a write, then its close, after which SQLite deletes
# -wal and -shm if it finds no other connection holding the store.
_OTHER_PROCESS = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA user_version").fetchone()
conn.close()
"""


def _another_process_visits(path: Path) -> None:
    subprocess.run([sys.executable, "-c", _OTHER_PROCESS, str(path)], check=True, timeout=60)


def _export(kind: str) -> Callable[[DataPaths], object]:
    def run(paths: DataPaths) -> object:
        report = ReportOptions(date(2026, 1, 1), date(2026, 3, 16)) if kind == "markdown" else None
        return write_export(paths.database, kind, io.StringIO(), lambda *_: None, report)  # type: ignore[arg-type]

    return run


READS: dict[str, Callable[[DataPaths], object]] = {
    "inspect": lambda paths: inspect_store(paths.database),
    "back up now": back_up,
    "json": _export("json"),
    "csv": _export("csv"),
    "markdown": _export("markdown"),
    "calendar": _export("calendar"),
    "tidy": lambda paths: tidy_store(paths.database),
}


@pytest.fixture(params=["engine", "reader"])
def open_app_store(
    request: pytest.FixtureRequest, opened_paths: DataPaths
) -> Iterator[Callable[[], None]]:
    """The app with its store open: through its engine (a pooled connection, after a pane's
    read), or only through a read-only connection, as on Today before any write (the
    stranger's case: the engine was not open yet, and the lock dropped was a reader's).
    Gives the app's next write."""
    if request.param == "engine":
        db = Database(opened_paths.database)
        with db.read() as session:  # the pooled connection is open, as the app's is
            session.exec(text("SELECT count(*) FROM application")).one()  # type: ignore[call-overload]

        def write() -> None:
            with db.write(count_activity=False) as session:
                session.exec(text(_PROBE))  # type: ignore[call-overload]

        yield write
        db.dispose()
        return
    reader = connect(opened_paths.database, read_only=True)
    reader.execute("SELECT count(*) FROM application").fetchone()

    def write_beside() -> None:
        writer = connect(opened_paths.database)
        try:
            writer.execute(_PROBE)
        finally:
            writer.close()

    yield write_beside
    reader.close()


_PROBE = "INSERT INTO setting (key, value) VALUES ('probe', '1')"


@pytest.mark.parametrize("name", list(READS))
def test_the_log_stays_while_the_app_holds_the_store(
    name: str, opened_paths: DataPaths, open_app_store: Callable[[], None]
) -> None:
    wal = Path(f"{opened_paths.database}-wal")
    assert wal.exists()
    READS[name](opened_paths)
    _another_process_visits(opened_paths.database)
    # Before: the other process found itself the last one and deleted the open app's log.
    assert wal.exists()

    open_app_store()
    with sqlite3.connect(opened_paths.database) as check:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert check.execute("SELECT value FROM setting WHERE key = 'probe'").fetchone() == ("1",)


def test_a_store_no_longer_held_is_read_and_tidied_again(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    with db.read() as session:
        session.exec(text("SELECT count(*) FROM application")).one()  # type: ignore[call-overload]
    reader = connect(opened_paths.database, read_only=True)
    reader.execute("SELECT count(*) FROM application").fetchone()
    assert is_held(opened_paths.database)
    reader.close()
    db.dispose()
    assert not is_held(opened_paths.database)
    assert tidy_store(opened_paths.database) is True
    assert not Path(f"{opened_paths.database}-wal").exists()


def test_every_connection_the_app_opens_marks_its_file_held() -> None:
    """``sqlite3.connect`` is called only with ``factory=HeldConnection``."""
    import ast

    import bounceback_tui

    root = Path(bounceback_tui.__file__).parent
    unheld = []
    for module in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "sqlite3"
            ):
                factory = [k for k in node.keywords if k.arg == "factory"]
                if not factory or ast.unparse(factory[0].value) != "HeldConnection":
                    unheld.append(f"{module.relative_to(root)}:{node.lineno}")
    assert unheld == []


def test_only_held_files_reads_a_store_file_by_hand() -> None:
    """The store layer's one raw read of a file's bytes is ``held_files.read_head``."""
    import ast

    import bounceback_tui.store as store_package

    folder = Path(store_package.__file__).parent
    found = []
    for module in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            plain_open = isinstance(func, ast.Name) and func.id == "open"
            method_open = isinstance(func, ast.Attribute) and func.attr in {
                "open",
                "read_bytes",
                "read_text",
            }
            os_open = (
                method_open
                and isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "os"
            )
            if (plain_open or method_open) and not os_open:
                found.append(f"{module.relative_to(folder)}:{node.lineno}")
    assert [where for where in found if not where.startswith("held_files.py:")] == []
    assert len(found) == 1  # read_head's own


def test_a_store_still_held_here_is_tidied_only_when_nobody_else_holds_it(
    opened_paths: DataPaths,
) -> None:
    """At the way out a reader of this process may still be open: SQLite, not a raw read, says
    whether the file is ours, and the log stays while that reader has it."""
    reader = connect(opened_paths.database, read_only=True)
    reader.execute("SELECT count(*) FROM application").fetchone()
    try:
        assert tidy_store(opened_paths.database) is False
        assert Path(f"{opened_paths.database}-wal").exists()
    finally:
        reader.close()
    assert tidy_store(opened_paths.database) is True
