"""Without colour, the cursor's mark takes a gutter of its own: nothing of its row shifts.

With NO_COLOR set the cursor's row starts with a mark (kit/cursor_mark.py). On rows with
no blank first cell, the Pipeline's table and Recovery's `[ ]` steps, the mark went before
the row's first letter: the cursor's row moved a cell right, out of line with the table's
header, and lost its last cell. There, the lists now keep a blank column for the mark
(the header's too), so the cursor's row reads as it does without the cursor, mark aside.
"""

from __future__ import annotations

import pytest
from textual.widget import Widget

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.cursor_mark import CURSOR_MARK
from bounceback_tui.ui.kit.focus import focus_problem
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SIZE = (120, 30)


@pytest.fixture
def no_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")  # read by Textual when the app is made


def _in(widget: Widget) -> list[str]:
    """The widget's lines as the screen shows them (the panes beside it left out)."""
    region = widget.content_region
    lines = screen_lines(widget.app)[region.y : region.bottom]
    return [line[region.x : region.right] for line in lines]


async def _after(pilot: object, key: str) -> None:
    await pilot.press(key)  # type: ignore[attr-defined]
    await settle_workers(pilot)


def _the_line_with(lines: list[str], text: str) -> str:
    (line,) = [line for line in lines if text in line]
    return line


async def test_the_pipeline_s_cursor_row_stays_in_line_with_its_header(
    opened_paths: DataPaths, no_colour: None
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "pipeline", size=SIZE) as (app, pilot, pane):
        table = pane.query_one("PipelineTable")
        await _after(pilot, "j")
        marked = _in(table)
        header = marked[0]
        row = _the_line_with(marked, CURSOR_MARK)
        company = table.cell_text(table.cursor, "company")
        role = table.cell_text(table.cursor, "role")
        # The mark stands before the company, which starts under "Company", role under "Role".
        assert row.index(CURSOR_MARK) + 1 == header.index("Company") == row.index(company[:8])
        assert row.index(role[:8]) == header.index("Role"), (header, row)
        # Every other row starts where the cursor's does.
        others = [line for line in marked[1:] if line.strip() and CURSOR_MARK not in line]
        assert all(line[header.index("Company") - 1] == " " for line in others), others
        # Off the cursor, the row reads the same, the mark aside: nothing shifted, nothing cut.
        await _after(pilot, "j")
        assert _the_line_with(_in(table), row[1:]) == " " + row[1:]
        assert focus_problem(app) is None


async def test_recovery_s_cursor_step_reads_as_it_does_off_the_cursor(
    opened_paths: DataPaths, no_colour: None
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "recovery", size=SIZE) as (app, pilot, pane):
        steps = pane.step_list
        steps.focus()
        await _after(pilot, "j")
        lines = _in(steps)
        row = _the_line_with(lines, CURSOR_MARK)
        assert row.startswith(f"{CURSOR_MARK}[")
        # The headings and the other steps keep the same blank column before them.
        assert all(line.startswith(" ") for line in lines if CURSOR_MARK not in line), lines
        await _after(pilot, "k")
        assert _the_line_with(_in(steps), row[1:]) == " " + row[1:]
        assert focus_problem(app) is None


async def test_in_colour_the_lists_keep_no_gutter(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "pipeline", size=SIZE) as (_app, pilot, pane):
        await settle_workers(pilot)
        assert _in(pane.query_one("PipelineTable"))[0].startswith("Company")
