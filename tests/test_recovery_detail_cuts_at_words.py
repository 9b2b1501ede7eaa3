"""The Recovery pane's step text, in its box of fixed height, is cut at a word's end: on the
demo store at 80x24 a step's text ended "…you do not have to be over it by to…", a word cut
in two. Each step of the first plan is highlighted in turn and its text read as shown. Today
is Monday 16 March 2026 (tests/conftest.py); the demo store is filled on that day."""

from __future__ import annotations

import re

from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.built_stores import store_once
from tests.ui_harness import app_on, settle_workers


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


async def test_each_steps_text_is_cut_at_a_words_end(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=(80, 24)) as run:
        await settle_workers(run.pilot)
        await run.pilot.press("3")
        await settle_workers(run.pilot)
        await run.pilot.pause()
        pane = run.app.current_pane
        assert isinstance(pane, RecoveryPane)
        cut: list[str] = []
        seen = 0
        for _ in range(pane.step_list.option_count):
            step = pane.step_list.highlighted_step
            if step is not None and step.detail:
                shown = _flat(str(run.app.query_one("#plan-detail", Static).render()))
                whole = _flat(step.detail)
                seen += 1
                if "…" in shown:
                    before = shown.split("…")[0].rstrip()
                    after = whole[len(before) : len(before) + 1]
                    if whole.startswith(before) and after.isalnum():
                        cut.append(shown)
            await run.pilot.press("down")
            await run.pilot.pause()
    assert seen
    assert not cut, cut
