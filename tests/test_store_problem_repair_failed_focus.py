"""Once Repair it does not work, focus goes to the most useful way on.

On the store-problem screen for a store refused for its layout, a repair that failed put
focus on Quit whenever no backup was offered, though Start fresh (asked first, the store
kept aside whole) was the way on: Enter then ended the launch and left the person where
they began. The rule now (ui/screens/store_problem_repair._way_on): a backup
offered, Restore; else Start fresh; never Quit. The key bar shows the screen's keys. The
screen opening with no Repair it to offer (a layout repair would not mend) follows it too:
with no backup either, it opened on Quit.
"""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Button
from textual.widgets._footer import FooterKey

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.screen_text import flat
from tests.test_layout_refused_repair_screen import (
    _older_store,
    _said,
    _screen,
    _settled,
    _with_a_trigger,
)
from tests.written_over import another_program_writes


def _column_sqlite_cannot_drop(paths: DataPaths) -> None:
    """Another program adds a column SQLite cannot drop while the screen is up: the repair
    offered then stops."""
    conn = sqlite3.connect(paths.database)
    conn.execute("ALTER TABLE application ADD COLUMN zz_base INTEGER")
    conn.execute(
        "ALTER TABLE application ADD COLUMN zz_made INTEGER GENERATED ALWAYS AS (zz_base + 1)"
    )
    conn.commit()
    conn.close()


def _bar(app: StoreProblemApp) -> list[str]:
    return [key.description for key in app.screen.query(FooterKey)]


async def test_with_no_backup_a_failed_repair_focuses_start_fresh(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_a_trigger(data_paths)
    app = _screen(data_paths, monkeypatch)
    _column_sqlite_cannot_drop(data_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await _settled(pilot)
        assert _said(app, "#problem-result").startswith("That did not work: Repair stopped")
        assert app.focused is app.query_one("#fresh", Button)
        assert focus_problem(app) is None
        assert "Start fresh" in _bar(app) and "Quit" in _bar(app), _bar(app)
        assert "Repair it" not in _bar(app)  # offered no more
        await pilot.press("enter")  # asked first, never done on one key
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is app.query_one("#fresh", Button) and not app.done
        assert focus_problem(app) is None


async def test_with_a_backup_offered_a_failed_repair_focuses_restore(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _older_store(data_paths)
    back_up_store(data_paths)  # made before the change: a restore takes it
    conn = sqlite3.connect(data_paths.database)
    conn.execute("CREATE TABLE zz_log (n INTEGER)")
    conn.commit()
    conn.close()
    app = _screen(data_paths, monkeypatch)
    _column_sqlite_cannot_drop(data_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await _settled(pilot)
        assert _said(app, "#problem-result").startswith("That did not work: Repair stopped")
        assert app.focused is app.query_one("#restore", Button)
        assert focus_problem(app) is None
        assert "Restore" in _bar(app), _bar(app)


async def test_a_restore_after_a_failed_repair_does_not_keep_the_repairs_details(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The repair's SQLite words ("Details: no such column …") stayed under the restore's own
    # refusal, as if they were its reason.
    _older_store(data_paths)
    made = back_up_store(data_paths)
    another_program_writes(made, "UPDATE application SET stage = 'bogus'")  # a row it cannot use
    conn = sqlite3.connect(data_paths.database)
    conn.execute("CREATE TABLE zz_log (n INTEGER)")
    conn.commit()
    conn.close()
    app = _screen(data_paths, monkeypatch)
    _column_sqlite_cannot_drop(data_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await _settled(pilot)
        assert app.query_one("#problem-details").display  # the repair's own details
        assert app.focused is app.query_one("#restore", Button)
        await pilot.press("r")
        await _settled(pilot)
        said = _said(app, "#problem-result")
        assert said.startswith("That did not work: the backup"), said
        assert "holds what the app cannot use" in said, said
        assert not app.query_one("#problem-details").display
        assert focus_problem(app) is None
        # This store opens: another program changed it. It is not "the file that cannot be
        # opened" that Start fresh keeps.
        assert "cannot be opened" not in said, said
        assert f"your store, as it is, is kept as {app.aside_name}, never deleted" in said, said


async def test_start_fresh_for_a_store_refused_for_its_layout_says_the_store_is_kept(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The question said "The file that cannot be opened is renamed …" of a store that opens
    # and was only changed by another program.
    _with_a_trigger(data_paths)
    app = _screen(data_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        body = flat(str(app.screen.query_one(".confirm-detail").render()))
        assert body == (
            f"Your store, as it is, is renamed to {app.aside_name} and kept beside the new "
            "store, never deleted."  # no backups here: it said "Your backups stay as they are"
        ), body
        assert focus_problem(app) is None
        await pilot.press("escape")
        await pilot.pause()
        assert not app.done


async def test_with_no_repair_and_no_backup_the_screen_opens_on_start_fresh(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same rule when the screen first opens: a layout repair would not mend, and no
    backup to offer, put focus on Quit, one Enter from ending the launch where it began."""
    _older_store(data_paths)
    _column_sqlite_cannot_drop(data_paths)
    app = _screen(data_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not app.query("#repair") and app.backup_label is None
        assert app.focused is app.query_one("#fresh", Button)
        assert focus_problem(app) is None
        assert "Start fresh" in _bar(app) and "Quit" in _bar(app), _bar(app)
        await pilot.press("enter")  # asked first, never done on one key
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is app.query_one("#fresh", Button) and not app.done


async def test_with_no_repair_and_a_backup_the_screen_opens_on_restore(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _older_store(data_paths)
    back_up_store(data_paths)  # made before the change: a restore takes it
    _column_sqlite_cannot_drop(data_paths)
    app = _screen(data_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not app.query("#repair")
        assert app.focused is app.query_one("#restore", Button)
        assert focus_problem(app) is None


async def test_start_fresh_with_backups_says_they_stay(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_a_trigger(data_paths)
    back_up_store(data_paths)  # there is a backup: it stays as it is
    app = _screen(data_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        body = flat(str(app.screen.query_one(".confirm-detail").render()))
        assert body.endswith("never deleted. Your backups stay as they are."), body
