"""A read-only folder or a full disk: a clear message, no crash, nothing half-written.

The tests may run as root, which ignores file permissions, so the failures are
simulated the way the system would report them: SQLite's own limits
(``PRAGMA query_only``, ``PRAGMA max_page_count``), or the OSError a read-only
or full file system raises, at the exact call that would get it.
"""

from __future__ import annotations

import errno
import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from bounceback_tui.cli import main
from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import applications as application_service
from bounceback_tui.transfer import files as files_module
from bounceback_tui.transfer.files import TransferError, private_output
from bounceback_tui.transfer.json_export import export_json
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from tests.helpers import at_a_terminal
from tests.transfer_fixtures import Dump, add_read_only, count, dump_store, fill_every_table


def test_launch_in_a_folder_that_cannot_be_created(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(_self: DataPaths) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(DataPaths, "ensure_data_dir", refuse)
    at_a_terminal(monkeypatch)
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "is read-only or not yours; nothing was saved" in err
    assert "Traceback" not in err
    assert not data_paths.data_dir.exists()


def test_launch_where_a_file_blocks_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    at_a_terminal(monkeypatch)
    assert main(["--data-dir", str(blocker / "data")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("bounceback-tui: Could not use") and "nothing was saved" in err
    assert blocker.read_text() == "x"


def test_launch_on_a_read_only_file_system(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui import paths

    def read_only_fs(path: Path) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    # Where the store's file is made (paths.create_private_file_once calls it).
    monkeypatch.setattr(paths, "create_private_file", read_only_fs)
    at_a_terminal(monkeypatch)
    assert main([]) == 1
    assert "read-only or not yours" in capsys.readouterr().err


async def test_read_only_store_refuses_a_save_clearly(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    add_read_only(app.db.engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2", "a")
        await pilot.pause()
        await pilot.press(*"Acme", "tab", *"Engineer", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)  # still open, with what was typed
        message = str(app.screen.query_one("#form-message").render())
        assert "is read-only; nothing was saved" in message
    assert count(opened_paths.database, "application") == 0


async def test_full_disk_refuses_a_save_clearly(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump_store(opened_paths.database)

    def disk_full(session: Any, data: Any, rejection: Any = None) -> None:
        # What SQLAlchemy raises when SQLite reports SQLITE_FULL mid-transaction.
        session.execute(application_service.select(application_service.Application).limit(1))
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(application_service, "insert_application", disk_full)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2", "a")
        await pilot.pause()
        await pilot.press(*"Acme", "tab", *"Engineer", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        message = str(app.screen.query_one("#form-message").render())
        assert "The disk is full; nothing was saved" in message
    # What was typed may be kept as the new application's draft (a pause in typing writes
    # it: under load Pilot's keys pause): that is the point of it, not a save.
    assert _without_draft(dump_store(opened_paths.database)) == _without_draft(before)


def _without_draft(dump: Dump) -> Dump:
    kept = dict(dump)
    kept["setting"] = [row for row in dump["setting"] if "application_draft" not in row]
    return kept


class _FullDisk(io.TextIOWrapper):
    """A file whose disk fills up after a few kilobytes."""

    written = 0

    def write(self, text: str) -> int:
        type(self).written += len(text)
        if type(self).written > 4096:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(text)


def test_full_disk_during_export_leaves_no_file(
    opened_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_every_table(opened_paths)
    real_fdopen = files_module.os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> io.TextIOWrapper:
        _FullDisk.written = 0
        return _FullDisk(real_fdopen(fd, "wb"), encoding="utf-8", newline="")

    monkeypatch.setattr(files_module.os, "fdopen", fdopen)
    target = tmp_path / "out" / "all.json"
    with (
        pytest.raises(TransferError, match="The disk is full; nothing was saved"),
        private_output(target, make_parents=True) as out,
    ):
        export_json(opened_paths.database, out)
    assert list(target.parent.iterdir()) == []


def test_read_only_export_folder(
    opened_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files_module.os, "open", refuse)
    with (
        pytest.raises(TransferError, match="read-only or not yours"),
        private_output(tmp_path / "all.json") as out,
    ):
        export_json(opened_paths.database, out)
    assert not (tmp_path / "all.json").exists()


def test_read_only_store_during_csv_import(opened_paths: DataPaths, tmp_path: Path) -> None:
    from bounceback_tui.store.database import Database
    from bounceback_tui.transfer.csv_import import plan_csv_import
    from bounceback_tui.transfer.csv_write import write_csv_plan
    from tests.conftest import FIXED_TODAY

    source = tmp_path / "a.csv"
    source.write_text("Company,Role\nAcme,Engineer\nGlobex,Analyst\n")
    plan = plan_csv_import(source, opened_paths.database, today=FIXED_TODAY)
    db = Database(opened_paths.database)
    add_read_only(db.engine)
    with pytest.raises(StoreError, match="is read-only; nothing was saved"):
        write_csv_plan(db, plan)
    db.dispose()
    assert count(opened_paths.database, "application") == 0
