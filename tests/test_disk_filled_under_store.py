"""A disk filled under the store (a stranger's walk): every message says the disk is full,
a backup that runs out of room takes its unfinished files with it, and nothing made for an
action that was not done stays on the full disk.

The full disk is simulated as the other fault tests do (tests/test_faults_readonly_full.py):
SQLite's own error at the call that would get it ("disk I/O error", which SQLite says when
growing a ``-shm`` or a log fails), and the free space ``shutil.disk_usage`` reports.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store, daily_backup, list_backups
from bounceback_tui.store.held_files import HeldConnection


def _free_space(monkeypatch: pytest.MonkeyPatch, free: int) -> None:
    real = shutil.disk_usage

    def usage(path: Any) -> Any:
        total, used, _free = real(path)
        return type(real(path))(total, used, free)

    monkeypatch.setattr(shutil, "disk_usage", usage)


def _backup_runs_out_of_room(monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy is written, then SQLite fails as it does when the disk fills, leaving its
    journal, log and index beside the unfinished copy."""
    real = HeldConnection.backup

    def backup(self: HeldConnection, target: sqlite3.Connection, **kwargs: Any) -> None:
        real(self, target, **kwargs)
        partial = target.execute("PRAGMA database_list").fetchone()[2]
        for suffix in ("-journal", "-wal", "-shm"):
            Path(f"{partial}{suffix}").write_bytes(b"abc")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(HeldConnection, "backup", backup)


def _unfinished(paths: DataPaths) -> list[str]:
    return sorted(p.name for p in paths.backups.iterdir() if ".partial" in p.name)


TAKE = {
    "backup": lambda paths: back_up_store(paths),
    "daily": lambda paths: daily_backup(paths, keep=7),
    "before-import": lambda paths: back_up_store(paths, "before-import", before="added"),
}


@pytest.mark.parametrize("kind", list(TAKE))
def test_a_backup_that_fills_the_disk_says_so_and_leaves_nothing(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    _backup_runs_out_of_room(monkeypatch)
    _free_space(monkeypatch, 0)
    with pytest.raises(StoreError) as refused:
        TAKE[kind](opened_paths)
    assert str(refused.value).startswith("The disk is full, so the backup was not made")
    assert _unfinished(opened_paths) == []
    assert list_backups(opened_paths) == []


def test_a_backup_failing_on_a_disk_with_room_names_the_error(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backup_runs_out_of_room(monkeypatch)
    _free_space(monkeypatch, 50 * 1024 * 1024)
    with pytest.raises(StoreError) as refused:
        back_up_store(opened_paths)
    assert str(refused.value) == (
        f"Could not write a backup in {opened_paths.backups} (disk I/O error)."
    )
    assert _unfinished(opened_paths) == []


def test_free_space_is_asked_of_the_nearest_folder_there_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.store import disk_space

    _free_space(monkeypatch, 1000)
    assert disk_space.disk_is_full(tmp_path / "not" / "made" / "yet")
    _free_space(monkeypatch, 10 * 1024 * 1024)
    assert not disk_space.disk_is_full(tmp_path / "not" / "made" / "yet")


FULL_IN_APP = (
    "Today's backup was not taken: the disk is full. Free some space, then choose “Back up "
    "now” in the palette (^o). Your store is unchanged."
)


async def test_the_daily_backup_on_a_full_disk_says_it_once_with_how_to_take_it(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.commands import run_app
    from bounceback_tui.store.background import DailyBackup
    from bounceback_tui.ui.app import BouncebackApp
    from tests.ui_harness import keep_toasts, settle

    opened_paths.config_dir.mkdir(parents=True, exist_ok=True)
    opened_paths.settings_file.write_text('[keymap]\n"app.palette" = "ctrl+o"\n')
    _backup_runs_out_of_room(monkeypatch)
    _free_space(monkeypatch, 0)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        shown = keep_toasts(app)
        job = DailyBackup(opened_paths, run_app._toast_in(app), 0, again=run_app._by_hand(app))
        job.start()
        for _ in range(100):  # the backup's thread tells the app when it has failed
            if shown:
                break
            await pilot.pause(0.05)
        await settle(pilot)
        assert shown == [FULL_IN_APP]
        job.finish()
    assert list_backups(opened_paths) == []


def test_the_daily_backup_on_a_full_disk_after_the_app_closed(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.store.background import DailyBackup

    _backup_runs_out_of_room(monkeypatch)
    _free_space(monkeypatch, 0)
    said: list[str] = []
    job = DailyBackup(opened_paths, None, 0, say=said.append)
    job.start()
    job.finish()
    assert said == [
        "Today's backup was not taken: the disk is full. Free some space, then run "
        "`bounceback-tui backup`. Your store is unchanged."
    ]


def _kinds(paths: DataPaths) -> list[str]:
    return sorted(b.label for b in list_backups(paths))


def test_a_json_import_that_fills_the_disk_keeps_no_copy_of_the_unchanged_store(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    from bounceback_tui.transfer.files import TransferError, private_output
    from bounceback_tui.transfer.json_export import export_json
    from bounceback_tui.transfer.json_import import import_json, load_json_export
    from tests.transfer_fixtures import dump_store, fill_every_table

    fill_every_table(opened_paths)
    export = tmp_path / "all.json"
    with private_output(export) as out:
        export_json(opened_paths.database, out)
    before = dump_store(opened_paths.database)
    data = load_json_export(export)
    # The file holds more than the store: rows that fit in the pages the import's deletes
    # free (the same rows again, a step's words a little shorter) would never fill the disk.
    (first, *_) = data.tables["application"]
    first["notes"] = "x" * 90_000

    def full_disk(conn: sqlite3.Connection) -> None:  # room for the backup, none after it
        conn.execute("PRAGMA max_page_count = 1")

    with pytest.raises(TransferError, match=r"^The disk is full; nothing was saved\."):
        import_json(opened_paths, data, replace=True, connect_hook=full_disk)
    assert dump_store(opened_paths.database) == before
    assert _kinds(opened_paths) == []


def test_a_csv_import_that_fills_the_disk_keeps_no_copy_of_the_unchanged_store(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.cli import main
    from bounceback_tui.store import database
    from tests.transfer_fixtures import add_full_disk, dump_store, fill_every_table

    fill_every_table(opened_paths)
    before = dump_store(opened_paths.database)
    real = database.make_engine

    def full_engine(path: Path, **options: bool) -> Any:
        engine = real(path, **options)
        add_full_disk(engine)
        return engine

    monkeypatch.setattr(database, "make_engine", full_engine)
    csv = Path(__file__).parent / "data" / "trackers" / "spreadsheet.csv"
    capsys.readouterr()
    assert main(["import", str(csv), "-y"]) == 1
    assert "The disk is full; nothing was saved." in capsys.readouterr().err
    assert dump_store(opened_paths.database) == before
    assert _kinds(opened_paths) == []


def test_a_restore_that_fills_the_disk_keeps_no_copy_of_the_unchanged_store(
    opened_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.paths import resolve_paths
    from bounceback_tui.store import sqlite_file
    from bounceback_tui.store.restore import restore_backup
    from bounceback_tui.store.sqlite_file import open_store
    from tests.transfer_fixtures import dump_store, fill_every_table

    bigger = resolve_paths(tmp_path / "bigger")
    open_store(bigger)
    fill_every_table(bigger)
    backup = back_up_store(bigger)
    before = dump_store(opened_paths.database)
    real = sqlite_file.connect

    def full(path: Path, **options: Any) -> sqlite3.Connection:
        conn = real(path, **options)
        if not options.get("read_only"):  # the store as it is now is all that fits
            conn.execute("PRAGMA max_page_count = 1")
        return conn

    monkeypatch.setattr(sqlite_file, "connect", full)
    with pytest.raises(StoreError, match=r"^The disk is full; nothing was saved\."):
        restore_backup(opened_paths, backup)
    monkeypatch.setattr(sqlite_file, "connect", real)
    assert dump_store(opened_paths.database) == before
    assert _kinds(opened_paths) == []


def _left_by_a_reader_on_the_full_disk(paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a reader leaves on a full disk, and what any reader but an immutable one gets
    there: SQLite cannot grow the store's -shm index ("disk I/O error")."""
    from bounceback_tui.store.untouched import side_file

    assert not side_file(paths.database, "-wal").exists()  # quit cleanly: the log folded in
    side_file(paths.database, "-wal").write_bytes(b"")
    side_file(paths.database, "-shm").write_bytes(b"\x00\x00\x00")
    _free_space(monkeypatch, 0)
    real = sqlite3.connect
    store = paths.database.name

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if store in str(database) and "immutable=1" not in str(database):
            raise sqlite3.OperationalError("disk I/O error")
        return real(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_an_io_error_on_a_full_disk_is_told_as_a_full_disk(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.store.failure_words import describe_operational_error

    error = sqlite3.OperationalError("disk I/O error")
    _free_space(monkeypatch, 10 * 1024 * 1024)
    assert describe_operational_error(error, opened_paths.database) == (
        f"The disk reported an error while using the store at {opened_paths.database}; "
        "nothing was saved. Check the disk, then try again."
    )
    _free_space(monkeypatch, 4096)
    assert describe_operational_error(error, opened_paths.database) == (
        "The disk is full; nothing was saved. Free some space and try again."
    )


def test_a_store_on_a_full_disk_is_still_exported_and_summed_up(
    opened_paths: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    from bounceback_tui.cli import main
    from tests.transfer_fixtures import fill_every_table

    fill_every_table(opened_paths)
    _left_by_a_reader_on_the_full_disk(opened_paths, monkeypatch)
    elsewhere = tmp_path / "elsewhere" / "y.json"
    elsewhere.parent.mkdir()
    capsys.readouterr()

    assert main(["export", "-o", str(elsewhere)]) == 0
    said = capsys.readouterr()
    assert said.out.startswith("Exported everything: ")
    assert said.err == (
        "bounceback-tui: The disk holding the store is full, so it was read as it is: nothing "
        "can be saved until you free some space.\n"
    )
    assert json.loads(elsewhere.read_text())["tables"]["application"] != []

    assert main(["today"]) == 0
    said = capsys.readouterr()
    assert "Applications" in said.out or "applications" in said.out
    assert said.err.endswith("nothing can be saved until you free some space.\n")


def test_the_app_on_a_full_disk_says_the_disk_is_full_and_what_still_reads(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.store.launch_open import open_store_at_launch

    _left_by_a_reader_on_the_full_disk(opened_paths, monkeypatch)
    with pytest.raises(StoreError) as refused:
        open_store_at_launch(opened_paths)
    assert str(refused.value) == (
        f"The disk holding the store at {opened_paths.database} is full, so the app cannot "
        "open it to make changes; nothing was changed. Free some space and try again. Until "
        "then, `bounceback-tui today` and `bounceback-tui export` can still read it."
    )
