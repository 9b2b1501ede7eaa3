"""The store-problem screen offers the next backup that would restore when `r` refuses one.

It offered the newest backup by its layout, and `r` refused it when a row was bad (an
application at stage "bogus"), then said to quit and run `restore` by hand: the older good
backup beside it was never offered on the screen (the twenty-eighth round's left-alone
list). Now the refusal is said, the refused backup is marked among those passed over, and
the next backup a restore would take, its rows checked first, is offered in the same screen.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Button

from bounceback_tui.paths import DataPaths
from bounceback_tui.store import restore as restore_module
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.migrations.apply import UpgradeRules
from bounceback_tui.store.restore_rows import RowsCheck
from bounceback_tui.store.rows_checked import Found
from bounceback_tui.ui.care.crisis import CrisisScreen
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.helpers import content_of
from tests.screen_text import flat
from tests.store_problem_fixtures import chooser
from tests.transfer_fixtures import fill_every_table
from tests.written_over import another_program_writes

NEWEST = "bounceback-20260316-090000-manual.sqlite3"
OLDER = "bounceback-20260315-090000-manual.sqlite3"
OLDEST = "bounceback-20260314-090000-manual.sqlite3"


def _bad_row(path: Path) -> None:
    another_program_writes(
        path, "UPDATE application SET stage = 'bogus' WHERE id = (SELECT min(id) FROM application)"
    )


def _backups(paths: DataPaths, *made: tuple[str, object]) -> None:
    """A backup of a filled store under each name, spoiled as asked; the store then text."""
    fill_every_table(paths)
    first = back_up_store(paths)
    good = first.read_bytes()
    first.unlink()
    for name, spoil in made:
        path = paths.backups / name
        path.write_bytes(good)
        if callable(spoil):
            spoil(path)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    paths.database.write_text("my shopping list")


def _result(app: StoreProblemApp) -> str:
    return flat(str(app.query_one("#problem-result").render()))


async def _settled(pilot: object) -> None:
    await pilot.app.workers.wait_for_complete()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


async def test_a_refused_backup_is_said_and_the_next_good_one_offered(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths, (NEWEST, _bad_row), (OLDER, _bad_row), (OLDEST, None))
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        restore = app.query_one("#restore", Button)
        assert flat(str(restore.label)).startswith("r Restore the latest backup (by hand, today")
        await pilot.press("r")
        await _settled(pilot)
        said = _result(app)
        assert said.startswith(f"That did not work: the backup {NEWEST} holds what the app")
        assert "(application row with id " in said and ", stage:" in said
        assert "An older backup that can be used is offered in its place: r puts it back." in said
        # The one offered now is the oldest: the one between has a bad row too.
        assert flat(str(restore.label)) == (
            "r Restore the newest backup that can be used "
            "(by hand, Sat 14 Mar 09:00: 41 applications, 14 rejections)"
        )
        assert restore.display and not restore.disabled
        assert app.passed_over == (
            "by hand, today 09:00: holds what the app cannot use",
            "by hand, yesterday 09:00: holds what the app cannot use",
        )
        assert app.query_one("#problem-passed").display
        assert app.focused is restore
        assert focus_problem(app) is None
        await pilot.press("r")
        await _settled(pilot)
        assert _result(app).startswith(f"Restored {OLDEST}.")
        assert app.done and focus_problem(app) is None
    restored = content_of(opened_paths.database, "application", "id")
    assert restored == content_of(opened_paths.backups / OLDEST, "application", "id")


async def test_when_no_older_backup_would_restore_the_way_out_is_said(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths, (NEWEST, _bad_row), (OLDER, _bad_row))
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await _settled(pilot)
        said = _result(app)
        assert said.startswith(f"That did not work: the backup {NEWEST} holds what the app")
        assert "start fresh (f)" in said and "quit (q)" in said
        assert not app.query_one("#restore", Button).display
        assert app.focused is not None and app.focused.id == "fresh"
        assert focus_problem(app) is None
    assert opened_paths.database.read_text() == "my shopping list"


async def test_the_next_offer_names_the_keys_as_bound(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths, (NEWEST, _bad_row), (OLDER, None))
    opened_paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    opened_paths.settings_file.write_text(
        '[keymap]\n"store_problem.restore" = "R"\n"store_problem.fresh" = "F"\n'
        '"store_problem.quit" = "Q"\n',
        encoding="utf-8",
    )
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("R")
        await _settled(pilot)
        said = _result(app)
        assert "offered in its place: R puts it back. Or start fresh (F), or quit (Q)." in said
        await pilot.press("R")
        await _settled(pilot)
        assert _result(app).startswith(f"Restored {OLDER}.")


async def test_it_says_it_is_checking_the_older_backups_and_answers_meanwhile(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths, (NEWEST, _bad_row), (OLDER, None))
    release, started = threading.Event(), threading.Event()
    checked = restore_module.check_backup_rows

    def held(
        backup: Path,
        check: RowsCheck,
        rules: Callable[[], UpgradeRules] | None,
        kept: DataPaths | None = None,
    ) -> None:
        started.set()
        assert release.wait(30)
        checked(backup, check, rules, kept)

    monkeypatch.setattr(restore_module, "check_backup_rows", held)
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        assert started.wait(30)
        await pilot.pause()
        said = _result(app)
        assert f"That did not work: the backup {NEWEST} holds" in said
        assert "Checking the older backups for one that can be used" in said
        assert focus_problem(app) is None
        await pilot.press("f")  # held off while it checks: nothing else is chosen
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen) and not app.done
        await pilot.press("h")  # the screen still answers: help opens
        await pilot.pause()
        assert isinstance(app.screen, CrisisScreen)
        app.pop_screen()
        await pilot.pause()
        release.set()
        await _settled(pilot)
        assert "offered in its place" in _result(app)
        assert app.focused is app.query_one("#restore", Button)
        assert focus_problem(app) is None


@pytest.mark.parametrize(
    ("failure", "mark"),
    [
        (sqlite3.DatabaseError("database disk image is malformed"), "damaged, cannot be used"),
        (FileNotFoundError(2, "No such file or directory"), "gone, cannot be used"),
    ],
)
async def test_a_backup_that_fails_while_its_rows_are_read_is_passed_over(
    opened_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    failure: Exception,
    mark: str,
) -> None:
    # The backup between is damaged, or removed, after it was listed and before its rows
    # are read: it is marked as refused and the oldest is offered; the screen stays up.
    _backups(opened_paths, (NEWEST, _bad_row), (OLDER, None), (OLDEST, None))
    read_rows = restore_module.require_rows

    def failing(
        backup: Path,
        ready: sqlite3.Connection,
        check: RowsCheck | None,
        kept: DataPaths | None = None,
        found: Found | None = None,
    ) -> None:
        if backup.name == OLDER:
            if isinstance(failure, OSError):
                backup.unlink()
            raise failure
        read_rows(backup, ready, check, kept, found)

    monkeypatch.setattr(restore_module, "require_rows", failing)
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await _settled(pilot)
        assert "An older backup that can be used is offered in its place" in _result(app)
        assert app.passed_over == (
            "by hand, today 09:00: holds what the app cannot use",
            f"by hand, yesterday 09:00: {mark}",
        )
        await pilot.press("r")
        await _settled(pilot)
        assert _result(app).startswith(f"Restored {OLDEST}.")


async def test_a_backup_removed_before_it_is_put_back_is_passed_over(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The backup offered is removed after it was checked, as `r` puts it back: the screen
    # says so and offers the next one, where it went down.
    _backups(opened_paths, (NEWEST, None), (OLDER, None))
    put_back = restore_module.restore_backup

    def removed(paths: DataPaths, backup: Path, **kw: object) -> object:
        if backup.name == NEWEST:
            backup.unlink()
            raise FileNotFoundError(2, "No such file or directory", str(backup))
        return put_back(paths, backup, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(restore_module, "restore_backup", removed)
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await _settled(pilot)
        said = _result(app)
        assert said.startswith(f"That did not work: the backup {NEWEST}")
        assert "An older backup that can be used is offered in its place" in said
        assert app.passed_over == ("by hand, today 09:00: gone, cannot be used",)
        await pilot.press("r")
        await _settled(pilot)
        assert _result(app).startswith(f"Restored {OLDER}.")
