"""A store whose header is sound but whose pages are damaged inside, crashes and broken pipes.

Every failure is one clear line on stderr and a non-zero exit status: never a
traceback, never exit 0. Damage met by any read in the app goes to the same
choices as damage found at launch (restore a backup, start fresh, quit).
"""

from __future__ import annotations

import asyncio
import errno
import os
import select
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from textual import events

import bounceback_tui
from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store, list_backups
from tests.built_stores import store_once
from tests.damage_fixtures import damage_tables, damaged_store, fold_wal, quick_check
from tests.helpers import file_digest
from tests.transfer_fixtures import dump_store

HEADLESS = "textual.drivers.headless_driver:HeadlessDriver"


@pytest.fixture
def damaged(opened_paths: DataPaths) -> DataPaths:
    return damaged_store(opened_paths)


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("bounceback-tui: ")
    return lines[0]


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "apps.csv"
    path.write_text("Company,Role\nAcme,Engineer\n")
    return path


@pytest.fixture
def json_file(tmp_path: Path) -> Path:
    from bounceback_tui.services.demo import fill_demo
    from bounceback_tui.store.sqlite_file import open_store
    from bounceback_tui.transfer.json_export import export_json

    other = DataPaths(tmp_path / "other", tmp_path / "config")
    open_store(other)
    store_once(other, fill_demo, 5, force=True)
    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as out:
        export_json(other.database, out)
    return path


COMMANDS = {
    "today": ["today"],
    "today-json": ["today", "--json"],
    "demo-force": ["demo", "--force"],
    "import-csv": ["import", "{csv}", "--yes"],
    "import-json": ["import", "{json}", "--replace", "--yes"],
    "export-json": ["export", "-o", "{out}"],
    "export-csv": ["export", "--format", "csv", "-o", "{out}"],
    "export-markdown": ["export", "--format", "markdown", "--from", "all", "-o", "{out}"],
    "boards-refresh": ["boards", "refresh"],
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_says_the_store_is_damaged_in_one_line(
    damaged: DataPaths,
    csv_file: Path,
    json_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
) -> None:
    out = tmp_path / "out.file"
    argv = [a.format(csv=csv_file, json=json_file, out=out) for a in COMMANDS[name]]
    if name == "boards-refresh":
        from bounceback_tui.services.boards import follow_board_spec
        from bounceback_tui.store.database import Database

        db = Database(damaged.database)
        try:
            follow_board_spec(db, "lever:acme")
        finally:
            db.dispose()
        damage_tables(damaged.database, "followed_board")
    capsys.readouterr()
    assert main(argv) == 1
    line = _one_line(capsys.readouterr().err)
    assert "is damaged" in line
    # No backup to restore: the way out named is the app's "start fresh"
    # (tests/test_damaged_store_no_backups.py).
    assert "There is no backup to restore yet: run `bounceback-tui` in a terminal" in line
    assert not out.exists()


def test_demo_on_a_damaged_store_is_one_line(
    damaged: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    digest = file_digest(damaged.database)
    assert main(["demo"]) == 1
    line = _one_line(capsys.readouterr().err)
    assert "nothing was changed" in line
    assert file_digest(damaged.database) == digest


def test_backup_refuses_to_keep_a_damaged_copy(
    damaged: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    digest = file_digest(damaged.database)
    before = {b.name for b in list_backups(damaged)}
    assert main(["backup"]) == 1
    line = _one_line(capsys.readouterr().err)
    assert "is damaged" in line and "not kept" in line
    assert {b.name for b in list_backups(damaged)} == before
    assert not [p for p in damaged.backups.iterdir() if p.name.endswith(".partial")]
    assert file_digest(damaged.database) == digest


def test_restore_moves_a_store_damaged_inside_aside(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.services.demo import fill_demo

    store_once(opened_paths, fill_demo, 60, force=True)
    fold_wal(opened_paths.database)
    saved = back_up_store(opened_paths)
    expected = dump_store(saved)
    damage_tables(opened_paths.database, "application")
    digest = file_digest(opened_paths.database)

    assert main(["restore", "latest", "--yes"]) == 0
    out = capsys.readouterr().out
    aside = [
        p
        for p in opened_paths.data_dir.iterdir()
        if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(aside) == 1, sorted(p.name for p in opened_paths.data_dir.iterdir())
    assert aside[0].name.startswith("bounceback.sqlite3.damaged-")
    assert file_digest(aside[0]) == digest
    assert stat.S_IMODE(aside[0].stat().st_mode) == 0o600
    assert str(aside[0]) in out
    assert quick_check(opened_paths.database) == "ok"
    assert dump_store(opened_paths.database) == expected


def test_todays_prefetch_keeps_the_damage_it_met(damaged: DataPaths) -> None:
    from bounceback_tui.errors import StoreDamagedError
    from bounceback_tui.services.today import TodayPrefetch
    from tests.conftest import FIXED_TODAY

    prefetch = TodayPrefetch(damaged.database, FIXED_TODAY)
    with pytest.raises(StoreDamagedError, match="is damaged"):
        prefetch.result()


async def test_the_app_meeting_damage_at_launch_offers_the_way_out(damaged: DataPaths) -> None:
    from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp

    digest = file_digest(damaged.database)
    app = BouncebackApp(damaged)
    # It closes while mounting, before a Pilot could start: run it headless instead.
    result = await asyncio.wait_for(app.run_async(headless=True, size=(100, 30)), 60)
    assert result == app.return_value == STORE_DAMAGED
    assert app.crash is None and not app.return_code
    assert app.store_problem is not None and "is damaged" in str(app.store_problem)
    assert file_digest(damaged.database) == digest


async def test_damage_met_by_a_later_read_offers_the_way_out(opened_paths: DataPaths) -> None:
    """Today reads fine; the Reframe pane's thinking traps are damaged."""
    from bounceback_tui.services.demo import fill_demo
    from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp

    store_once(opened_paths, fill_demo, 120, force=True)
    damage_tables(opened_paths.database, "thought_trap", "sqlite_autoindex_thought_trap_1")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.return_value is None  # Today does not read the traps
        app.post_message(events.Key("4", "4"))
        for _ in range(200):  # the app closes itself: a Pilot pause would wait for it
            if app.return_value is not None:
                break
            await asyncio.sleep(0.05)
    assert app.return_value == STORE_DAMAGED
    assert "is damaged" in str(app.store_problem)


def _run(argv: list[str], *, script: str | None = None, **env: str) -> subprocess.CompletedProcess:
    code = script or "import sys; from bounceback_tui.cli import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *argv],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )


def _shown(fd: int, until: bytes | None, timeout: float) -> bytes:
    """What a terminal (a pty) shows until ``until`` appears (None: until the program ends)."""
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and (until is None or until not in seen):
        ready, _, _ = select.select([fd], [], [], 0.2)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the program closed its end
            break
        if not chunk:
            break
        seen += chunk
    return seen


@pytest.mark.slow
def test_launching_on_a_store_damaged_inside_offers_the_choices_and_q_leaves_it(
    opened_paths: DataPaths,
) -> None:
    """In a terminal (a pty): the app meets the damage and offers the choices; `q` ends with
    status 1 and the store as it was found. (Away from a terminal the launch is refused
    before the store is read: tests/test_not_a_terminal.py.)"""
    import pty

    from bounceback_tui.services.demo import fill_demo

    store_once(opened_paths, fill_demo, 120, force=True)
    back_up_store(opened_paths)
    damage_tables(opened_paths.database, "application")
    digest = file_digest(opened_paths.database)
    main_fd, terminal = pty.openpty()
    src = str(Path(bounceback_tui.__file__).resolve().parents[1])
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": src}
    env.pop("TEXTUAL_DRIVER", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "bounceback_tui", "--data-dir", str(opened_paths.data_dir)],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
        start_new_session=True,
    )
    os.close(terminal)
    try:
        shown = _shown(main_fd, b"Your store cannot be opened", 90)
        assert b"Your store cannot be opened" in shown, shown[-500:]
        _shown(main_fd, None, 1.5)  # the screen takes keys after a quiet moment
        os.write(main_fd, b"q")
        after = _shown(main_fd, None, 30)
        status = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        os.close(main_fd)
    assert status == 1
    assert b"Traceback" not in shown + after
    assert file_digest(opened_paths.database) == digest


CRASHING_APP = textwrap.dedent(
    """
    import sys
    from bounceback_tui.ui.today import pane as today

    def reload(self):
        secret_local = "my private note"
        raise RuntimeError("the pane fell over")

    today.TodayPane.reload = reload
    from bounceback_tui.cli import main
    sys.exit(main())
    """
)


def _crash_logs(home: Path) -> list[Path]:
    folder = home / ".local" / "state" / "bounceback-tui"
    return sorted(folder.glob("crash-*.log")) if folder.is_dir() else []


@pytest.mark.slow
def test_a_crash_in_the_app_is_one_line_a_private_log_and_non_zero(
    opened_paths: DataPaths, isolated_environment: Path
) -> None:
    done = _run(
        ["--data-dir", str(opened_paths.data_dir)], script=CRASHING_APP, TEXTUAL_DRIVER=HEADLESS
    )
    assert done.returncode == 70, done.stderr
    line = _one_line(done.stderr)
    assert "RuntimeError: the pane fell over" in line
    assert "my private note" not in done.stderr + done.stdout  # no local variables shown
    (log,) = _crash_logs(isolated_environment)
    assert str(log) in line
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    text = log.read_text()
    assert "Traceback (most recent call last)" in text and "in reload" in text
    assert "my private note" not in text


def test_a_crash_in_a_command_is_one_line_a_private_log_and_non_zero(
    opened_paths: DataPaths,
    isolated_environment: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bounceback_tui.commands import today

    def run(*_args: object) -> int:
        raise KeyError("surprise")

    monkeypatch.setattr(today, "run", run)
    assert main(["today"]) == 70
    line = _one_line(capsys.readouterr().err)
    (log,) = _crash_logs(isolated_environment)
    assert "KeyError" in line and str(log) in line
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert "KeyError: 'surprise'" in log.read_text()


@pytest.mark.slow
@pytest.mark.parametrize(
    "argv",
    [["today"], ["export", "-o", "-"], ["export", "--format", "csv", "-o", "-"]],
    ids=["today", "export-json", "export-csv"],
)
def test_a_closed_pipe_ends_quietly(opened_paths: DataPaths, argv: list[str]) -> None:
    from bounceback_tui.services.demo import fill_demo

    store_once(opened_paths, fill_demo, 40, force=True)
    code = "import sys; from bounceback_tui.cli import main; sys.exit(main())"
    process = subprocess.Popen(
        [sys.executable, "-c", code, "--data-dir", str(opened_paths.data_dir), *argv],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head` that has read all it wanted
    err = process.stderr.read().decode()
    process.wait(timeout=120)
    assert err == ""
    assert process.returncode == 141


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS], ids=["full", "read-only"])
def test_demo_force_on_a_full_or_read_only_disk_is_one_line(
    opened_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: int,
) -> None:
    from bounceback_tui.store import file_copy

    assert main(["demo", "--scale", "5"]) == 0
    before = dump_store(opened_paths.database)

    def refuse(_path: Path) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(file_copy, "create_private_file", refuse)
    capsys.readouterr()
    assert main(["demo", "--force", "--scale", "5"]) == 1
    line = _one_line(capsys.readouterr().err)
    assert "the backup was not made" in line
    assert dump_store(opened_paths.database) == before


def test_demo_force_on_a_full_disk_while_writing_is_one_line(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    from bounceback_tui.store import database

    assert main(["demo", "--scale", "5"]) == 0
    before = dump_store(opened_paths.database)
    real = database.make_engine

    def full_engine(path: Path, **options: bool):  # type: ignore[no-untyped-def]
        from sqlalchemy import event

        engine = real(path, **options)

        @event.listens_for(engine, "connect")
        def _limit(conn: sqlite3.Connection, _record: object) -> None:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")

        return engine

    monkeypatch.setattr(database, "make_engine", full_engine)
    capsys.readouterr()
    assert main(["demo", "--force", "--scale", "400"]) == 1
    line = _one_line(capsys.readouterr().err)
    assert "The disk is full; nothing was saved" in line
    assert dump_store(opened_paths.database) == before


def test_damage_is_told_apart_from_other_database_errors(tmp_path: Path) -> None:
    import sqlite3

    from bounceback_tui.store.damage import is_damage

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x UNIQUE)")
    conn.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError) as integrity:
        conn.execute("INSERT INTO t VALUES (1)")
    assert not is_damage(integrity.value)
    with pytest.raises(sqlite3.OperationalError) as missing:
        conn.execute("SELECT * FROM nowhere")
    assert not is_damage(missing.value)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"x" * 4096)
    with pytest.raises(sqlite3.DatabaseError) as not_a_db:
        sqlite3.connect(junk).execute("SELECT 1 FROM sqlite_master").fetchall()
    assert is_damage(not_a_db.value)


async def test_damage_met_by_the_palettes_search_offers_the_way_out(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from bounceback_tui.services import search
    from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp

    def damaged_index(*_args: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(search.INDEXES, "index", damaged_index)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.post_message(events.Key("ctrl+p", None))
        for _ in range(200):  # the app closes itself: a Pilot pause would wait for it
            if app.return_value is not None:
                break
            await asyncio.sleep(0.05)
    assert app.return_value == STORE_DAMAGED
    assert "is damaged inside" in str(app.store_problem)
