"""An open window whose store log (-wal, -shm) is removed outside the app says so, refuses
every save with a way on, and leaves the log a command made since (store level:
tests/test_store_log_removed.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.replaced_files import titles_at
from tests.test_store_log_removed import _another_process_writes, _remove_the_log, _theirs
from tests.ui_harness import NO_IDLE_CHECK, app_on, fill, settle, settle_workers

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir(), reason="Linux's /proc lists a process's open files"
)


def _on_skills(paths: DataPaths) -> Any:
    """The app on Skills, its toasts kept; the idle check runs when a test calls it."""
    return app_on(paths, "skills", notifications=True, watch_seconds=NO_IDLE_CHECK)


def _notes(app: object, title: str) -> list[str]:
    return [str(n.message) for n in app._notifications if n.title == title]  # type: ignore[attr-defined]


async def _add_skill(pilot: Any, title: str) -> None:
    await pilot.press("a")
    await settle(pilot)
    await fill(pilot, title=title)
    await pilot.press("ctrl+s")
    await settle_workers(pilot)


async def test_a_window_whose_log_was_removed_saves_nothing_and_keeps_the_commands_rows(
    opened_paths: DataPaths,
) -> None:
    path = opened_paths.database
    async with _on_skills(opened_paths) as (app, pilot, _pane):
        await settle(pilot)
        app._watch_tick()
        await _add_skill(pilot, "Mine")
        assert not isinstance(app.screen, FormScreen)
        assert _notes(app, "Store log removed") == []

        _remove_the_log(path)
        _another_process_writes(path)  # as `bounceback-tui import` from a shell
        app._watch_tick()
        await settle(pilot)
        (note,) = _notes(app, "Store log removed")
        # The path as a toast names a file (its folder and its name, on one line).
        assert note.startswith(
            f"The store's log file (its latest saves, kept beside …/data/{path.name})"
        )
        assert note.endswith("Nothing is saved in this window: quit it and open the app again.")
        app._watch_tick()
        await settle(pilot)
        assert len(_notes(app, "Store log removed")) == 1  # said once

        await _add_skill(pilot, "Typed after the rm")
        # Refused, the form open as typed, with the way on.
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one("#field-title").value == "Typed after the rm"
        said = str(app.screen.query_one("#form-message", Static).render())
        assert said.startswith(
            f"The store's log file (its latest saves, kept beside {path}) was removed under "
            "this window"
        )
        assert focus_problem(app) is None
        await pilot.press("escape")
        await settle(pilot)
    # The window closed: the command's rows are in the store, the refused save is not.
    assert _theirs(path) == ["theirs-1", "theirs-2"]
    assert "Typed after the rm" not in titles_at(path)
