"""The "Your store cannot be opened" screen offers the backup `restore latest` would take and
shows the marks `restore`'s list gives the newer ones it passes over.

It offered "Restore the latest backup" for the newest file, damaged or made by a newer
version, said nothing of what the list says of them ("damaged, cannot be used"), and `r`
then failed; a good older backup was not offered (the twenty-third round's left-alone list).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from textual.widgets import Button

from bounceback_tui import commands
from bounceback_tui.commands import run_app as run_app_module
from bounceback_tui.errors import BouncebackError, NotADatabaseError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.helpers import content_of
from tests.screen_text import flat, screen_lines, screen_text
from tests.store_problem_fixtures import chooser
from tests.transfer_fixtures import fill_every_table


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def _scribbled(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 3 : page * 4] = b"\xab" * page
    path.write_bytes(bytes(data))


GOOD = "bounceback-20260314-090000-manual.sqlite3"


def _backups(paths: DataPaths, *spoiled: tuple[str, object]) -> bytes:
    """A good backup of a filled store under each name, then spoiled as asked; the store
    itself then replaced by text. Returns the good backup's bytes."""
    fill_every_table(paths)
    made = back_up_store(paths)
    good = made.read_bytes()
    made.unlink()
    for name, spoil in spoiled:
        path = paths.backups / name
        path.write_bytes(good)
        if callable(spoil):
            spoil(path)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    paths.database.write_text("my shopping list")
    return good


def _drawn(app: StoreProblemApp, *lines: str) -> None:
    """``lines`` are on the screen, one under the other, each whole on its own row."""
    rows = [row.strip(" │") for row in screen_lines(app)]
    first = rows.index(lines[0])
    assert rows[first : first + len(lines)] == [line.strip() for line in lines]
    indents = [
        row.index(line.strip())
        for row, line in zip(screen_lines(app)[first : first + len(lines)], lines, strict=True)
    ]
    assert indents[1] == indents[2] == indents[0] + 2, indents


async def test_the_offer_is_the_newest_usable_backup_and_the_newer_ones_are_marked(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(
        opened_paths,
        ("bounceback-20260316-090000-manual.sqlite3", _scribbled),
        ("bounceback-20260315-090000-manual.sqlite3", _newer),
        (GOOD, None),
        ("bounceback-20260313-090000-manual.sqlite3", _scribbled),  # older: not named
    )
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        restore = app.query_one("#restore", Button)
        assert flat(str(restore.label)) == (
            "r Restore the newest backup that can be used "
            "(by hand, Sat 14 Mar 09:00: 41 applications, 14 rejections)"
        )
        assert not restore.disabled
        _drawn(
            app,
            "Newer backups that cannot be used:",
            "  by hand, today 09:00: damaged, cannot be used",
            "  by hand, yesterday 09:00: made by a newer version",
        )
        assert "2026-03-13" not in screen_text(app)
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()  # checked and put back in a worker
        await pilot.pause()
        await pilot.pause()
        result = flat(str(app.query_one("#problem-result").render()))
        assert result.startswith(f"Restored {GOOD}.")
        assert not app.query_one("#problem-passed").display
        assert focus_problem(app) is None
    restored = content_of(opened_paths.database, "application", "id")
    assert len(restored) == 41
    assert restored == content_of(opened_paths.backups / GOOD, "application", "id")


async def test_when_no_backup_can_be_used_none_is_offered_and_each_is_marked(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(
        opened_paths,
        ("bounceback-20260316-090000-daily.sqlite3", _scribbled),
        ("bounceback-20260315-090000-manual.sqlite3", _newer),
    )
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        restore = app.query_one("#restore", Button)
        assert (
            flat(str(restore.label)) == "Restore a backup: not available, none of them can be used"
        )
        assert restore.disabled
        _drawn(
            app,
            "Your backups:",
            "  daily, today 09:00: damaged, cannot be used",
            "  by hand, yesterday 09:00: made by a newer version",
        )
        assert app.focused is not None and app.focused.id == "fresh"
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()  # checked and put back in a worker
        await pilot.pause()
        await pilot.pause()
        assert flat(str(app.query_one("#problem-result").render())) == ""
    assert opened_paths.database.read_text() == "my shopping list"


def test_away_from_a_terminal_the_message_names_the_backup_restore_latest_takes(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(
        opened_paths,
        ("bounceback-20260316-090000-daily.sqlite3", _scribbled),
        (GOOD, None),
    )
    monkeypatch.setattr(commands, "not_a_terminal", lambda: "Standard error is not a terminal")
    with pytest.raises(NotADatabaseError) as raised:
        open_store(opened_paths)
    with pytest.raises(BouncebackError) as said:
        run_app_module.resolve_store_problem(opened_paths, raised.value)
    assert f"To put back the newest backup that can be used ({GOOD}): `" in str(said.value)


async def test_backups_taken_in_the_same_minute_can_be_told_apart(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stranger's three manual backups, seconds apart, all read "manual, today 18:25": which
    one was offered could not be told. Those that share a minute are shown with their seconds
    (the file's name has them too); one alone in its minute keeps the list's words."""
    _backups(
        opened_paths,
        ("bounceback-20260316-090005-manual.sqlite3", _scribbled),
        ("bounceback-20260316-090003-manual.sqlite3", _newer),
        ("bounceback-20260316-090002-manual.sqlite3", None),
        ("bounceback-20260315-090000-manual.sqlite3", None),  # older: not named
    )
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert flat(str(app.query_one("#restore", Button).label)) == (
            "r Restore the newest backup that can be used "
            "(by hand, today 09:00:02: 41 applications, 14 rejections)"
        )
        _drawn(
            app,
            "Newer backups that cannot be used:",
            "  by hand, today 09:00:05: damaged, cannot be used",
            "  by hand, today 09:00:03: made by a newer version",
        )
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()  # checked and put back in a worker
        await pilot.pause()
        await pilot.pause()
        result = flat(str(app.query_one("#problem-result").render()))
        assert result.startswith("Restored bounceback-20260316-090002-manual.sqlite3.")


def test_a_backup_alone_in_its_minute_keeps_the_lists_words(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(
        opened_paths,
        ("bounceback-20260316-091005-manual.sqlite3", _scribbled),
        ("bounceback-20260316-090003-daily.sqlite3", _newer),
        ("bounceback-20260316-090002-manual.sqlite3", None),
    )
    app = chooser(opened_paths, monkeypatch)
    assert app.passed_over == (
        "by hand, today 09:10: damaged, cannot be used",
        "daily, today 09:00: made by a newer version",  # another kind: told apart by it
    )
    assert app.backup_label == "by hand, today 09:00: 41 applications, 14 rejections"


def test_a_file_that_is_not_a_store_says_so_as_the_list_does(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stranger's 7-byte backup read only "cannot be used", beside "damaged, cannot be used"
    for the one cut off."""
    _backups(
        opened_paths,
        ("bounceback-20260316-090000-manual.sqlite3", lambda path: path.write_bytes(b"garbage")),
        (
            "bounceback-20260315-090000-manual.sqlite3",
            lambda p: p.write_bytes(p.read_bytes()[:8192]),
        ),
        (GOOD, None),
    )
    app = chooser(opened_paths, monkeypatch)
    assert app.passed_over == (
        "by hand, today 09:00: not a store, cannot be used",
        "by hand, yesterday 09:00: damaged, cannot be used",
    )


async def test_one_newer_backup_that_cannot_be_used_is_spoken_of_as_one(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tester saw "Newer backups that cannot be used:" above a single backup."""
    _backups(
        opened_paths,
        ("bounceback-20260316-090000-manual.sqlite3", _scribbled),
        (GOOD, None),
    )
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        rows = [row.strip(" │") for row in screen_lines(app)]
        first = rows.index("A newer backup that cannot be used:")
        assert rows[first + 1] == "by hand, today 09:00: damaged, cannot be used"
        assert "Newer backups" not in screen_text(app)
