"""Today's due box says when each item is due one way: every line in fewer cells, or all whole.

At 80x24 the demo's box read "? Harbor… (Frontend…)  11 days late" above "↑ Talking through
trade-…  76d late": two lengths for one thing in one column. Now where any line in view has
to say it in fewer cells ("76d late", "sent 11mo ago") every line does, and with room for
all of them whole ("76 days late") every line says it whole. A quiet application's line
keeps its day before its role: at 80 columns "◌ Copperline (Machine…): ghosted?" had lost
how long it has been quiet, the one thing the question is about. The demo store, the clock
at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import re
from datetime import date
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due import ghosted_item
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.today.due_fit import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.built_stores import store_once
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

WHOLE = re.compile(r"\d+ (days?|weeks?|months?) (late|ago)$")
FEWER = re.compile(r"\d+(d|w|mo|y) (late|ago)$")


async def _due(paths: DataPaths, size: tuple[int, int]) -> list[str]:
    store_once(paths, fill_demo, 60)
    async with app_on(paths, size=size) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    return [line.split("│")[1].strip() for line in lines if re.match(r" │ [✉?☐↑◌✎] ", line)]


async def test_at_80x24_every_line_says_when_in_fewer_cells(opened_paths: DataPaths) -> None:
    due = await _due(opened_paths, (80, 24))
    assert len(due) >= 6, due
    assert [line for line in due if FEWER.search(line)], due
    assert not [line for line in due if WHOLE.search(line)], due


async def test_at_120x40_every_line_says_when_whole(opened_paths: DataPaths) -> None:
    due = await _due(opened_paths, (120, 40))
    assert [line for line in due if WHOLE.search(line)], due
    assert not [line for line in due if FEWER.search(line)], due


@pytest.mark.parametrize(
    ("width", "wanted"),
    [
        # 80x24's 35 cells: the role, then "sent", give way; how long ago stays.
        (35, "◌ Copperline: ghosted?  11mo ago"),
        (48, "◌ Copperline: ghosted?  sent 11 months ago"),
    ],
)
def test_a_quiet_application_keeps_its_day_before_its_role(width: int, wanted: str) -> None:
    quiet = ghosted_item(1, "Copperline", "Machine Learning Engineer", date(2025, 4, 20))
    summary: Any = SimpleNamespace(today=FIXED_TODAY)  # the one field a due line reads
    line = DuePrompt(partial(due_prompt, quiet, summary)).fitted(width).plain
    assert re.sub(r" {2,}", "  ", line) == wanted  # padding aside
