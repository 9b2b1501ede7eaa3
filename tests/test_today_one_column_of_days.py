"""Every line of Today's due list says when at its end, in one column: a quiet application,
a draft and a skill in progress too.

A stranger at 80x24 and 120x40: "◌ Copperline (Machine Learning Engineer): ghosted?  sent
11 months ago" and "✎ Unfinished thought record: “…”  left 24 days ago" said their day
inline, right after their words, while every other line had it at the right edge. Now they
take the same column, muted (never late), in fewer cells where the line is short ("sent
11mo ago"). The demo store, Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due import DueItem, draft_item, follow_up_item, ghosted_item
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.today.board_rows import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.built_stores import store_once
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SUMMARY: Any = SimpleNamespace(today=FIXED_TODAY)


def _line(item: DueItem, width: int) -> str:
    return DuePrompt(partial(due_prompt, item, SUMMARY)).fitted(width).plain


def _ago(days: int) -> Any:
    return FIXED_TODAY - timedelta(days=days)


@pytest.mark.parametrize("width", [35, 60, 78])
def test_a_quiet_application_and_a_draft_end_with_their_day(width: int) -> None:
    quiet = ghosted_item(1, "Copperline", "Machine Learning Engineer", _ago(330))
    draft = draft_item(2, "I always freeze when they ask about salary.", _ago(24))
    late = follow_up_item(3, "Lumen Health", "Data Analyst", _ago(3), FIXED_TODAY)
    lines = [_line(item, width) for item in (quiet, draft, late)]
    assert lines[1].endswith(("left 24 days ago", "left 24d ago")), lines
    if width == 35:  # 80x24: the quiet one gives up its role and "sent" before its day
        assert lines[0] == "◌ Copperline: ghosted?     11mo ago", lines
    else:
        assert lines[0].endswith(("sent 11 months ago", "sent 11mo ago")), lines
    assert all(len(line) == width for line in lines), lines  # padded: the day ends the line
    assert lines[-2].startswith("✎ Unfinished thought"), lines


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_on_screen_every_day_ends_in_one_column(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=size) as run:
        await settle_workers(run.pilot)
        await run.pilot.press("tab", "end")  # the due list, at its last lines
        await settle_workers(run.pilot)
        lines = screen_lines(run.app)
    due = [line.split("│")[1] for line in lines if line.startswith(" │ ") and "│ │" in line]
    ends = [re.sub(r"[▁▂▃▄▅▆▇█\s]+$", "", line) for line in due]  # less the scroll bar
    quiet = [line for line in ends if line.endswith(("ago", "in progress"))]
    quiet = [line for line in quiet if line.lstrip().startswith(("◌", "✎", "↑ Working on"))]
    assert quiet, due
    late = [line for line in ends if line.lstrip().startswith(("✉", "?", "☐"))]
    # An ask that kept "Ask … for feedback" over its day says none (test_today_was_due_narrow).
    late = [line for line in late if not line.endswith("for feedback")]
    assert late, due
    assert {len(line) for line in quiet} == {len(line) for line in late}, due  # one edge
