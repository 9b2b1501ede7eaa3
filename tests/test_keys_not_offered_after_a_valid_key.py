"""A waiting key that an earlier waiting key makes valid is not held back.

Before Today shows what a read in a thread brought, the keys waiting in the app's line that
it refuses are marked, and do not act when their turn comes (ui/kit/keys_not_offered.py).
Every refused key was marked, also one after a key Today runs: with nothing to undo yet, a
key that acts, then `u`, marked the `u`; once the first key had made something to undo,
the `u` was swallowed and the undo lost. The keys after a key the pane runs depend on it:
they are not marked.
"""

from __future__ import annotations

import pytest
from textual import events

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.keys_not_offered import keys_about_to_change, refused_when_pressed
from tests.ui_harness import app_on, settle


async def test_u_after_a_key_today_runs_is_sent_once_there_is_something_to_undo(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        await settle(pilot, 3)
        pane = app.current_pane
        assert pane.id == "today"
        assert pane.undo_entry() is None  # `u` is refused now
        runs = events.Key("i", "i")  # the answer bank: always offered on Today
        undo = events.Key("u", "u")
        monkeypatch.setattr(app, "keys_in_line", lambda: [runs, undo])
        keys_about_to_change(pane)
        pane.remember_undo(object())  # what the first key did: something to take back
        assert not refused_when_pressed(app, undo)  # sent: the undo runs
