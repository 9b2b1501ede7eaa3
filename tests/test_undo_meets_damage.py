"""`u` meeting damage goes to the app's one door for it (the launch's way-out choices), as a
pane's re-read does (tests/test_reread_guarded.py), never a "Could not undo" toast.

Before, every undo caught StoreError: damage found while taking back a skill's status move
was a toast saying the store "is damaged inside", and the person went on working in it.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bounceback_tui.errors import StoreDamagedError
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import STORE_DAMAGED, BouncebackApp
from tests.built_stores import store_once
from tests.skills_fixtures import seed_backlog
from tests.ui_harness import keep_toasts


async def test_damage_met_undoing_a_status_move_reaches_the_apps_damage_handling(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_once(opened_paths, seed_backlog)
    damage = StoreDamagedError(f"The store at {opened_paths.database} is damaged inside.")

    def damaged(*_: Any) -> Any:
        raise damage

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        said = keep_toasts(app)
        await pilot.press("space")  # a status move `u` can take back
        await pilot.pause()
        monkeypatch.setattr("bounceback_tui.services.skill_moves.take_back_status", damaged)
        # The app closes itself, and the press would wait for it: it runs beside the wait
        # for the app to end (as tests/test_column_dropped_while_open.py does).
        pressed = asyncio.create_task(pilot.press("u"))
        for _ in range(400):
            if app.return_value is not None:
                break
            await asyncio.sleep(0.05)
        pressed.cancel()
    assert app.return_value == STORE_DAMAGED and app.crash is None
    assert app.store_problem is damage  # the launch's choices: restore or start fresh
    assert not [toast for toast in said if "damaged inside" in toast]  # no toast of it
