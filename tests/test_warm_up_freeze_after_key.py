"""A `2` pressed while the warm-up is still importing is acted on before the full collection.

After the first paint a thread imports the ORM and the Pipeline's module, then the app
freezes what is alive (``freeze_long_lived``: a full collection first). On a 100,000 store
a `2` pressed in the first second waited for that import, and then the collection ran on
the app's thread before the Pipeline was built and drawn (0.08 s of CPU; 0.46 s on a busy
machine). Now the warm-up's freeze waits until no key is on its way, and a frame after.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

import bounceback_tui.ui.app as app_module
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.panes import PANES_BY_ID, PaneSpec
from tests.ui_harness import settle_workers


async def test_the_warm_ups_freeze_waits_for_a_key_on_its_way(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = BouncebackApp(opened_paths)
    holding = threading.Event()  # the warm-up is in its import, the lock held

    class HeldWhileAKeyComes(PaneSpec):
        def load(self) -> Any:
            if threading.current_thread() is not threading.main_thread():
                holding.set()  # the warm-up's thread: let go once a key is on its way
                for _ in range(500):
                    if app._key_on_way is not None:
                        break
                    time.sleep(0.01)
            return super().load()

    monkeypatch.setitem(PANES_BY_ID, "pipeline", HeldWhileAKeyComes(*PANES_BY_ID["pipeline"]))
    shown_at_freeze: list[str | None] = []
    monkeypatch.setattr(
        app_module, "freeze_long_lived", lambda: shown_at_freeze.append(app.shown_pane())
    )
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(100):
            if holding.is_set():
                break
            await pilot.pause(0.02)
        assert holding.is_set()
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.pause(0.3)
        assert app.shown_pane() == "pipeline"
        # The warm-up's and the new pane's own: both once the Pipeline is shown.
        assert shown_at_freeze == ["pipeline", "pipeline"]
        assert focus_problem(app) is None


async def test_a_freeze_due_as_the_app_closes_is_let_go(opened_paths: DataPaths) -> None:
    """The warm-up ending as the app closes (`q` in the first second): nothing to wait for,
    and no "No screens on stack" from looking for a key on its way."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
    called: list[bool] = []
    app.call_once_keys_done(lambda: called.append(True))
    assert called == []
