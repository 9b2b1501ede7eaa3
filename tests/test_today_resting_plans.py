"""Today's "Plans" figure says how many open plans rest, as the `today` command does.

A plan rests when it is unfinished and its no is more than 30 days old: off Today's due
list, still open in Recovery. The `today` command said "15 finished, 7 active, 3 resting"
and Recovery "3 of them resting", while Today's box said "15 done · 7 active" and nothing
of the three. The demo store, Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import re

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database
from tests.built_stores import store_once
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import put
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


def _figures(lines: list[str]) -> list[str]:
    """The "Bouncing back" box's lines, without its borders."""
    start = next(n for n, line in enumerate(lines) if "Bouncing back" in line)
    left = lines[start].index("╭─ Bouncing back")
    box = []
    for line in lines[start + 1 :]:
        inner = line[left:]
        if inner.startswith("╰"):
            break
        box.append(inner.strip("│ ").strip())
    return box


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_plans_figure_says_how_many_rest(
    opened_paths: DataPaths, size: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    from bounceback_tui.cli import main

    store_once(opened_paths, fill_demo, 60)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    said = re.search(r"(\d+) resting", capsys.readouterr().out)
    assert said is not None and said.group(0) == "3 resting"
    async with app_on(opened_paths, size=size) as run:
        await settle_workers(run.pilot)
        box = _figures(screen_lines(run.app))
    plans = next(n for n, line in enumerate(box) if line.startswith("Plans "))
    if size == (80, 24):  # no row to spare: the label's spare cells hold it
        assert box[plans] == "Plans 15 ✓, 7 active, 3 resting", box
    else:  # a line of its own under the figure, in the command's words
        assert re.sub(r"\s+", " ", box[plans]) == "Plans 15 done · 7 active", box
        assert box[plans + 1] == "3 resting", box
    assert [line for line in box if line][-1].startswith("Active"), box  # the last still shown


async def test_no_resting_plan_no_word(db: Database, opened_paths: DataPaths) -> None:
    put(db, "Hooli", [("applied", FIXED_TODAY)], date_applied=FIXED_TODAY)
    async with app_on(opened_paths, size=(80, 24)) as run:
        await settle_workers(run.pilot)
        box = _figures(screen_lines(run.app))
    assert any(line.startswith("Plans ") for line in box), box
    assert not [line for line in box if "resting" in line], box
