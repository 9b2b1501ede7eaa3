"""The "Your store cannot be opened" screen, walked by a tester (twenty-third round):

- with `--data-dir` it said "restore a backup with `bounceback-tui restore`", which run as
  written acts on the default store;
- when the only backup could not be brought up to date, `r` said so in SQLite's words
  ("duplicate column name") and kept offering the same restore, which failed again;
- at 60x20 the answer landed below the fold with no key to reach it, and the key bar was cut
  to "q Qui"; at 80x24 the box's last line ("h If you are struggling") was hidden.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from textual.widgets import Button

from bounceback_tui.commands import run_app as run_app_module
from bounceback_tui.commands import store_problem
from bounceback_tui.errors import NotADatabaseError
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.store.backup import back_up_store, latest_backup
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.helpers import at_a_terminal
from tests.old_backups import unupgradable_backup
from tests.screen_text import flat, screen_lines, screen_text


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataPaths:
    """A store in "my store" under the current folder, not the default one (the suite sets
    $BOUNCEBACK_DATA_DIR to another folder)."""
    monkeypatch.chdir(tmp_path)
    paths = resolve_paths("my store")
    open_store(paths)
    return paths


def _header_then_noise(path: Path) -> None:
    """The tester's file: an SQLite header's first 8 KB, then random bytes."""
    head = path.read_bytes()[:8192]
    path.write_bytes(head + bytes((i * 131 + 7) % 256 for i in range(16384)))


def test_the_screen_names_the_data_dir_it_was_given(
    elsewhere: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _header_then_noise(elsewhere.database)
    shown: list[str] = []

    def run(app: StoreProblemApp) -> bool:
        shown.append(app.problem)
        return False

    at_a_terminal(monkeypatch)
    monkeypatch.setattr(StoreProblemApp, "run", run)
    with pytest.raises(NotADatabaseError) as raised:
        open_store(elsewhere)
    assert "`bounceback-tui restore`" in str(raised.value)  # the store's own sentence
    assert run_app_module.resolve_store_problem(elsewhere, raised.value) is False
    (said,) = shown
    # Run as a shell reads it, the command acts on this store.
    (command,) = re.findall(r"`(bounceback-tui[^`]*)`", said)
    assert shlex.split(command) == [
        "bounceback-tui",
        "--data-dir",
        str(elsewhere.data_dir),
        "restore",
    ]


def _older(paths: DataPaths) -> None:
    """The only backup, of schema 3 with a row pointing at a missing one: it cannot be
    brought up to date."""
    backup = back_up_store(paths)
    backup.unlink()
    unupgradable_backup(backup)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    paths.database.write_text("my shopping list")


def _chooser(paths: DataPaths) -> StoreProblemApp:
    latest = latest_backup(paths)
    assert latest is not None
    return StoreProblemApp(
        f"The store at {paths.database} cannot be read (file is not a database). It was left "
        "untouched; restore a backup with `bounceback-tui --data-dir 'my store' restore`.",
        backup_label=store_problem.backup_label(latest),
        aside_name="bounceback.sqlite3.unreadable-20261206-133000",
        restore=lambda: store_problem._restore_latest(paths),
        fresh=lambda: store_problem._start_fresh(paths),
        restore_command="bounceback-tui --data-dir 'my store' restore",
        quiet_s=0,
    )


def _visible(app: StoreProblemApp) -> str:
    return flat(screen_text(app))


async def test_a_backup_that_cannot_be_used_says_so_plainly_and_is_not_offered_again(
    elsewhere: DataPaths,
) -> None:
    _older(elsewhere)
    app = _chooser(elsewhere)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()  # checked and put back in a worker
        await pilot.pause()
        await pilot.pause()
        said = flat(str(app.query_one("#problem-result").render()))
        assert "cannot be used" in said
        assert "duplicate column" not in said and "schema" not in said
        assert "Nothing was changed" in said
        assert "`bounceback-tui --data-dir 'my store' restore`" in said
        assert "start fresh (f)" in said and "kept, never deleted" in said
        # The same restore is no longer the choice: Start fresh has the focus.
        assert not app.query_one("#restore", Button).display
        assert app.focused is not None and app.focused.id == "fresh"
        assert focus_problem(app) is None
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()  # checked and put back in a worker
        await pilot.pause()
        await pilot.pause()
        assert flat(str(app.query_one("#problem-result").render())) == said
        assert "r Restore" not in _visible(app)  # nor in the key bar
    assert elsewhere.database.read_text() == "my shopping list"


async def test_at_60x20_the_answer_is_shown_and_the_key_bar_fits(elsewhere: DataPaths) -> None:
    _older(elsewhere)
    app = _chooser(elsewhere)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        bar = screen_lines(app)[-1]
        assert "q Quit" in bar and "h Help" in bar
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()  # checked and put back in a worker
        await pilot.pause()
        await pilot.pause()
        await pilot.pause()
        assert "cannot be used" in _visible(app)
        # The rest of the box is reached with the keys.
        await pilot.press("end")
        await pilot.pause()
        assert "If you are struggling" in _visible(app)
        await pilot.press("home")
        await pilot.pause()
        assert "Your store cannot be opened" in _visible(app)
        await pilot.press("pagedown")
        await pilot.pause()
        assert "Your store cannot be opened" not in _visible(app)
        assert focus_problem(app) is None


async def test_at_80x24_the_box_and_the_answer_are_reached(elsewhere: DataPaths) -> None:
    _older(elsewhere)
    app = _chooser(elsewhere)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = _visible(app)
        assert "Your store cannot be opened" in text
        assert "h If you are struggling" in text
        assert screen_lines(app)[-1].startswith(" r Restore  f Start fresh  q Quit  h Help ")
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()  # checked and put back in a worker
        await pilot.pause()
        await pilot.pause()
        await pilot.pause()
        assert "cannot be used" in _visible(app)
        await pilot.press("end")
        await pilot.pause()
        assert "h If you are struggling" in _visible(app)


def test_quit_exits_with_status_1_as_the_keys_page_says(
    elsewhere: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.cli import main

    _header_then_noise(elsewhere.database)
    at_a_terminal(monkeypatch)
    monkeypatch.setattr(StoreProblemApp, "run", lambda app: False)  # as `q` returns
    assert main(["--data-dir", "my store"]) == 1
    keys = (Path(__file__).parent.parent / "docs" / "keys.md").read_text(encoding="utf-8")
    section = keys.split("## When the store cannot be opened", 1)[1].split("\n## ", 1)[0]
    quit_row = next(line for line in section.splitlines() if "`store_problem.quit`" in line)
    assert "exit status is 1" in quit_row
