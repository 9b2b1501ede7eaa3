"""Helpers for the Reframe pane's tests run in the app: a new record walked to a step."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from bounceback_tui.ui.reframe.rating_steps import FeelingsStep
from tests.quiet import until_quiet


async def feelings_step(pilot: Pilot[Any]) -> FeelingsStep:
    """A new thought record on Reframe, its situation and thought written, at its feelings
    step (step 3 of 8)."""
    await pilot.press("4")
    await until_quiet(pilot)
    await pilot.press("a")
    await until_quiet(pilot)
    await pilot.press(*"An email said no", "ctrl+n")
    await until_quiet(pilot)
    await pilot.press(*"I will never get hired", "ctrl+n")
    await until_quiet(pilot)
    assert str(pilot.app.query_one("#rf-progress").render()).startswith("Step 3 of 8")
    return pilot.app.query_one(FeelingsStep)
