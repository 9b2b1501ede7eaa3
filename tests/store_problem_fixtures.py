"""The store-problem screen as a launch makes it, for tests to drive with Pilot."""

from __future__ import annotations

import pytest

from bounceback_tui.commands import run_app as run_app_module
from bounceback_tui.errors import NotADatabaseError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.helpers import at_a_terminal


def chooser(paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> StoreProblemApp:
    """The screen resolve_store_problem makes for this (damaged) store, not run: returned,
    taking keys from the first moment (tests/test_store_problem_keys.py)."""
    made: list[StoreProblemApp] = []

    def run(app: StoreProblemApp) -> bool:
        made.append(app)
        return False

    at_a_terminal(monkeypatch)
    monkeypatch.setattr(StoreProblemApp, "run", run)
    with pytest.raises(NotADatabaseError) as raised:
        open_store(paths)
    assert run_app_module.resolve_store_problem(paths, raised.value) is False
    (app,) = made
    app.quiet_s = 0
    return app
