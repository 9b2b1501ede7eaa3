"""Files: exports only into regular files, a read-only store left read-only, JSON imports
that fit in memory."""

from __future__ import annotations

import json
import os
import stat
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.built_stores import store_once
from tests.helpers import file_digest
from tests.transfer_fixtures import dump_store


@pytest.fixture
def demo_store(opened_paths: DataPaths) -> DataPaths:
    from bounceback_tui.services.demo import fill_demo

    store_once(opened_paths, fill_demo, 40, force=True)
    return opened_paths


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


# --- exports go to regular files only --------------------------------------------------------


def test_export_refuses_a_named_pipe(
    demo_store: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for argv in (["export", "-o", str(fifo)], ["export", "-o", str(fifo), "--force"]):
        assert main(argv) == 1
        line = _one_line(capsys.readouterr().err)
        assert f"{fifo} is a named pipe, not a file" in line
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still a pipe, never renamed over
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "home", "pipe"]


def test_export_refuses_a_link_to_a_named_pipe(
    demo_store: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "out.json"
    link.symlink_to(fifo)  # like /dev/stdout when it is a pipe
    assert main(["export", "-o", str(link), "--force"]) == 1
    assert f"{link} is a named pipe, not a file" in _one_line(capsys.readouterr().err)
    assert link.is_symlink() and stat.S_ISFIFO(os.stat(link).st_mode)


def test_export_refuses_a_device(demo_store: DataPaths, capsys: pytest.CaptureFixture[str]) -> None:
    before = os.lstat("/dev/null")
    assert main(["export", "-o", "/dev/null", "--force"]) == 1
    assert "/dev/null is a device, not a file" in _one_line(capsys.readouterr().err)
    after = os.lstat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_export_refuses_a_folder(
    demo_store: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    assert main(["export", "-o", str(folder), "--force"]) == 1
    assert "is a folder" in _one_line(capsys.readouterr().err)
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_export_through_a_link_replaces_the_file_and_keeps_the_link(
    demo_store: DataPaths, tmp_path: Path
) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    assert main(["export", "-o", str(link), "--force"]) == 0
    assert link.is_symlink() and link.resolve() == real
    assert json.loads(real.read_text())["format"] == "bounceback-tui"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


def test_export_refuses_a_special_file_that_appears_while_writing(tmp_path: Path) -> None:
    from bounceback_tui.transfer.files import TransferError, private_output

    target = tmp_path / "out.json"
    with pytest.raises(TransferError, match="is a named pipe"), private_output(target) as out:
        out.write("{}")
        os.mkfifo(target)  # appears after the check, before the rename
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


# --- a read-only store stays read-only -------------------------------------------------------


@pytest.fixture
def read_only_store(demo_store: DataPaths) -> Iterator[DataPaths]:
    from bounceback_tui.store.backup import back_up_store
    from tests.damage_fixtures import fold_wal

    back_up_store(demo_store)  # the backups folder exists, as it does after a day's use
    fold_wal(demo_store.database)
    for suffix in ("-wal", "-shm"):
        Path(f"{demo_store.database}{suffix}").unlink(missing_ok=True)
    demo_store.database.chmod(0o400)
    demo_store.data_dir.chmod(0o555)
    yield demo_store
    demo_store.data_dir.chmod(0o700)
    demo_store.database.chmod(0o600)


def _dump(path: Path) -> object:
    """Every row, read from a copy: reading the store itself with SQLite would leave its
    journal files in the read-only folder (this process runs as root in CI)."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.sqlite3"
        shutil.copyfile(path, copy)
        return dump_store(copy)


def _modes(paths: DataPaths) -> tuple[int, int, list[str]]:
    return (
        stat.S_IMODE(paths.database.stat().st_mode),
        stat.S_IMODE(paths.data_dir.stat().st_mode),
        sorted(p.name for p in paths.data_dir.iterdir()),
    )


def test_today_export_and_backup_work_from_a_read_only_store_and_change_nothing(
    read_only_store: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    modes = _modes(read_only_store)
    digest = file_digest(read_only_store.database)
    assert modes[:2] == (0o400, 0o555)
    assert main(["today"]) == 0
    assert main(["today", "--json"]) == 0
    assert main(["export", "-o", str(tmp_path / "all.json")]) == 0
    assert main(["export", "--format", "csv", "-o", "-"]) == 0
    assert main(["backup"]) == 0
    out = capsys.readouterr().out
    assert "Backed up the store to" in out
    assert json.loads((tmp_path / "all.json").read_text())["tables"]["application"]
    assert _modes(read_only_store) == modes
    assert file_digest(read_only_store.database) == digest


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--force", "--scale", "3"],
        ["boards", "follow", "lever:acme"],
        ["import", "{json}", "--replace", "--yes"],
    ],
    ids=["demo", "boards-follow", "import-json"],
)
def test_writes_to_a_read_only_store_are_refused_in_one_line(
    read_only_store: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    from bounceback_tui.transfer.json_export import export_json

    export = tmp_path / "export.json"
    with export.open("w", encoding="utf-8") as out:
        export_json(read_only_store.database, out)
    modes = _modes(read_only_store)
    before = _dump(read_only_store.database)
    backups = sorted(p.name for p in read_only_store.backups.iterdir())
    capsys.readouterr()
    assert main([a.format(json=export) for a in argv]) == 1
    assert "is read-only; nothing was saved" in _one_line(capsys.readouterr().err)
    assert _dump(read_only_store.database) == before
    assert _modes(read_only_store) == modes
    assert sorted(p.name for p in read_only_store.backups.iterdir()) == backups


def test_restore_onto_a_read_only_store_is_refused(
    read_only_store: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    modes = _modes(read_only_store)
    assert main(["restore", "latest", "--yes"]) == 1
    assert "is read-only; nothing was saved" in _one_line(capsys.readouterr().err)
    assert _modes(read_only_store) == modes


async def test_the_app_on_a_read_only_store_says_so_once_and_refuses_writes(
    read_only_store: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.widgets import Static

    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.kit.form import FormScreen

    told: list[str] = []  # every toast, even one that has timed out by the end
    real_notify = BouncebackApp.notify

    def notify(self: BouncebackApp, message: str, *args: object, **kwargs: object) -> None:
        told.append(str(message))
        real_notify(self, message, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(BouncebackApp, "notify", notify)
    modes = _modes(read_only_store)
    before = _dump(read_only_store.database)
    app = BouncebackApp(read_only_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert sum("This store is read-only" in n for n in told) == 1
        await pilot.press("2", "a")
        await pilot.pause()
        await pilot.press(*"Acme", "tab", *"Engineer", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)  # still open, with what was typed
        message = str(app.screen.query_one("#form-message", Static).render())
        assert "is read-only; nothing was saved" in message
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        assert sum("This store is read-only" in n for n in told) == 1
    assert _dump(read_only_store.database) == before
    assert _modes(read_only_store) == modes


def test_a_data_folder_that_is_merely_loose_is_still_tightened(opened_paths: DataPaths) -> None:
    from bounceback_tui.store.sqlite_file import open_store

    opened_paths.data_dir.chmod(0o755)
    opened_paths.database.chmod(0o644)
    open_store(opened_paths)
    assert stat.S_IMODE(opened_paths.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(opened_paths.database.stat().st_mode) == 0o600


# --- JSON import memory -----------------------------------------------------------------------


def test_a_json_import_holds_about_its_rows_not_copies_of_the_file(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    from bounceback_tui.services.demo import fill_demo
    from bounceback_tui.transfer.json_export import export_json
    from bounceback_tui.transfer.json_import import latest_tables, load_json_export

    store_once(opened_paths, fill_demo, 600, force=True)
    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as out:
        export_json(opened_paths.database, out)
    size = path.stat().st_size
    latest_tables()  # its one-off cost is not the file's
    tracemalloc.start()
    try:
        data = load_json_export(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert data.count("application") == 600
    assert peak <= 3 * size, f"peak {peak / size:.2f}x the file's {size:,} bytes"
