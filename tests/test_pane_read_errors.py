"""A read that fails on the way to a pane (a pane switch, the idle check, ctrl+r) is said in
a toast and the pane keeps what it showed: the app does not close.

Found by a walk at 80x24 (ux11): the demo's practice store, shared by every window of the
same person, was thrown away by another window leaving the demo; the next switch to Reframe
met "no such table" and the app ended with a traceback. Today's, the Pipeline's and
Reframe's own ``reload`` did not catch the store's error as the base ``Pane.reload`` does
("Could not read the store"), so any failed read there (a store locked by another program,
a file gone) closed the app. The pane switch and ctrl+r now report it (``kit/pane.py``).
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from tests.reframe_fixtures import add_record
from tests.ui_harness import app_on, settle, toasts

LOCKED = "The store could not be used (database is locked)."


def _failing(*_args: Any, **_kwargs: Any) -> Any:
    raise StoreError(LOCKED)


@pytest.mark.parametrize(
    "key,module,name",
    [
        ("1", "bounceback_tui.ui.today.pane", "load_today_and_people"),
        ("2", "bounceback_tui.ui.pipeline.listing", "load_rows"),
        ("4", "bounceback_tui.services.reframe", "history"),
    ],
    ids=["today", "pipeline", "reframe"],
)
async def test_a_failed_read_is_said_and_the_app_stays(
    opened_paths: DataPaths,
    db: Any,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    module: str,
    name: str,
) -> None:
    add_record(db, "I'll never get hired.")
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await pilot.press(key)  # shown and read once, fine
        await settle(pilot)
        monkeypatch.setattr(importlib.import_module(module), name, _failing)
        await pilot.press("ctrl+r")  # read again, as asked: the store cannot be read now
        await settle(pilot)
        assert app.is_running and app.return_code is None
        pane = app.current_pane
        await pilot.press("6")
        await settle(pilot)
        pane._seen = None  # as after another window's write: shown again, it reads again
        await pilot.press(key)
        await settle(pilot)
        assert app.is_running and app.return_code is None
        assert any("database is locked" in text for text in toasts(app)), toasts(app)
        assert focus_problem(app) is None
