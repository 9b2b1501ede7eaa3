"""A restore says it is checking the backup while it does, and the screen answers meanwhile.

Checking every row of a backup at 100,000 applications takes seconds: the store-problem
screen ran it on its own thread and froze with no word, and `restore` printed nothing.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.commands import restore as restore_command
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.ui.care.crisis import CrisisScreen
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.transfer_fixtures import fill_every_table


async def test_the_screen_says_it_is_checking_and_answers_keys_meanwhile() -> None:
    release = threading.Event()
    started = threading.Event()

    def restore() -> str:
        started.set()
        assert release.wait(30)
        return "Restored daily.sqlite3."

    app = StoreProblemApp(
        "The file at ... is damaged. It was left untouched.",
        backup_label="daily, today 09:30: 100,000 applications, 1 rejection",
        aside_name="bounceback.sqlite3.unreadable-20260316-093000",
        restore=restore,
        fresh=lambda: "Started fresh.",
        quiet_s=0,
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        assert started.wait(30)
        await pilot.pause()
        shown = str(app.query_one("#problem-result").render())
        assert "Checking the backup" in shown
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
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.done
        assert "Restored daily.sqlite3." in str(app.query_one("#problem-result").render())
        assert focus_problem(app) is None


def test_restore_says_it_is_checking_a_large_backup(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_every_table(opened_paths)
    made: Path = back_up_store(opened_paths)
    monkeypatch.setattr(restore_command, "CHECK_SAID_FROM", 1)  # this one counts as large
    capsys.readouterr()
    code = main(["restore", str(made), "--yes", "--data-dir", str(opened_paths.data_dir)])
    out, err = capsys.readouterr()
    assert code == 0
    assert "Checking the backup (" in err and " applications)…" in err
    assert "Restored" in out
