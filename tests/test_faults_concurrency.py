"""Two copies of the app on one store: both write, neither fails with "database is locked"."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from textual import events

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.pipeline.table import PipelineTable
from tests.transfer_fixtures import count, integrity

ADDER = textwrap.dedent(
    """
    import sys
    import time
    from pathlib import Path

    from bounceback_tui.domain.applications import ApplicationInput
    from bounceback_tui.services.applications import add_application
    from bounceback_tui.store.database import Database

    db = Database(Path(sys.argv[1]))
    for number in range(int(sys.argv[3])):
        add_application(db, ApplicationInput(company=f"{sys.argv[2]} {number}", role="Role"))
        # A breath between saves, as between a person's: back to back, on a busy machine
        # one process took the lock again and again while the other's wait ran out.
        time.sleep(0.01)
    print("DONE", flush=True)
    """
)

HOLDER = textwrap.dedent(
    """
    import sys
    import time
    from pathlib import Path

    from bounceback_tui.domain.applications import ApplicationInput
    from bounceback_tui.services.applications import insert_application
    from bounceback_tui.store.database import Database

    db = Database(Path(sys.argv[1]))
    with db.write() as session:
        insert_application(session, ApplicationInput(company="Slow window", role="Role"))
        session.flush()
        print("HOLDING", flush=True)
        time.sleep(float(sys.argv[2]))
    print("DONE", flush=True)
    """
)


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def _wait_for(process: subprocess.Popen[str], word: str) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == word:
            return
    raise AssertionError(process.stderr.read() if process.stderr else "no output")


@pytest.mark.slow
def test_two_processes_write_at_once(opened_paths: DataPaths) -> None:
    first = _start(ADDER, str(opened_paths.database), "First", "80")
    second = _start(ADDER, str(opened_paths.database), "Second", "80")
    for process in (first, second):
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "locked" not in err and out.strip() == "DONE"
    assert count(opened_paths.database, "application") == 160
    assert count(opened_paths.database, "stage_change") == 160
    assert integrity(opened_paths.database) == "ok"


def _pipeline_companies(app: BouncebackApp) -> list[str]:
    table = app.query_one("#pipeline-table", PipelineTable)
    return sorted(table.cell_text(i, "company") for i in range(table.row_count))


def test_a_write_past_the_wait_names_what_may_hold_the_store(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process writing for longer than the wait (a CLI import of many rows holds the
    store for minutes): the refusal says what is likely holding it, not only "a window"."""
    import sqlite3

    from bounceback_tui.domain.applications import ApplicationInput
    from bounceback_tui.errors import StoreError
    from bounceback_tui.services.applications import add_application
    from bounceback_tui.store.database import Database

    monkeypatch.setattr("bounceback_tui.store.engine.BUSY_TIMEOUT_S", 0.05)
    holder = sqlite3.connect(opened_paths.database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the import's transaction, still going
    db = Database(opened_paths.database)
    try:
        with pytest.raises(StoreError) as refused:
            add_application(db, ApplicationInput(company="Acme", role="Engineer"))
    finally:
        db.dispose()
        holder.execute("ROLLBACK")
        holder.close()
    assert str(refused.value) == (
        "The store is busy: another bounceback-tui window or command, such as an import, is "
        "writing to it; try again once it has finished."
    )
    assert count(opened_paths.database, "application") == 0


@pytest.mark.slow
async def test_the_other_window_waits_then_saves(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2", "a")
        await pilot.pause()
        await pilot.press(*"Mine", "tab", *"Engineer")
        # Another window takes the write lock and keeps it for a moment.
        holder = _start(HOLDER, str(opened_paths.database), "1.0")
        _wait_for(holder, "HOLDING")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)  # saved, not refused
        # A save refreshes its own row; a refresh shows the other window's too.
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert _pipeline_companies(app) == ["Mine", "Slow window"]
        _, err = holder.communicate(timeout=30)
        assert holder.returncode == 0, err
    assert count(opened_paths.database, "application") == 2


@pytest.mark.slow
async def test_refresh_shows_the_other_windows_changes(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert _pipeline_companies(app) == []
        other = _start(ADDER, str(opened_paths.database), "Elsewhere", "2")
        _, err = other.communicate(timeout=60)
        assert other.returncode == 0, err
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert _pipeline_companies(app) == ["Elsewhere 0", "Elsewhere 1"]
        # Coming back to the terminal refreshes too.
        other = _start(ADDER, str(opened_paths.database), "Later", "1")
        other.communicate(timeout=60)
        app.post_message(events.AppFocus())
        await pilot.pause()
        assert "Later 0" in _pipeline_companies(app)
