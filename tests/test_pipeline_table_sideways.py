"""The Pipeline's table moves sideways a whole column at a time, and names its sort in full.

Found driving the app with the mouse at 80x24: a turn of the wheel sideways over the table
scrolled it a few cells, so Stage's place became a ``◂`` over blank cells (a column the left
edge cuts is drawn blank), still there after a filter; Left and Right did the same a cell at
a time. Now the wheel and the keys go from one column to the next (``PipelineTable
.step_sideways``). And sorted by Excitement, whose title is cut to "Excite", the toast said
"Sorted by Excite ▼".
"""

from __future__ import annotations

from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline
from tests.test_pipeline_fixed_columns import table_line
from tests.ui_harness import app_on, keep_toasts, post_wheel, settle, settle_workers


def _after_mark(app: Any) -> str:
    """The titles from the ◂ mark on ("" while nothing lies to the left)."""
    titles = table_line(app, 0)
    return titles[titles.index("◂") :] if "◂" in titles else ""


async def _wheel(pilot: Any, way: str) -> None:
    table = pilot.app.query_one("#pipeline-table")
    post_wheel(pilot.app, table.region.x + 40, table.region.y + 2, way)
    await settle(pilot, 4)


async def test_the_wheel_sideways_moves_the_table_a_whole_column(opened_paths: DataPaths) -> None:
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", size=(80, 24)) as (app, pilot, pane):
        await settle_workers(pilot)
        assert table_line(app, 0).split()[:3] == ["Company", "Role", "Stage"]
        await _wheel(pilot, "right")
        # Stage went whole: the scrolled columns start with In stage, beside the mark.
        assert _after_mark(app).startswith("◂In stage")
        mark = table_line(app, 0).index("◂")
        rows = [table_line(app, 1 + n) for n in range(len(pane.table.rows))]
        assert all(row[mark + 1 : mark + 3].strip() for row in rows)  # "2d", "12d": no gap
        await _wheel(pilot, "right")
        assert _after_mark(app).startswith("◂Applied")
        await pilot.press("slash", *"e")  # a filter keeps the place, whole
        await settle_workers(pilot)
        assert _after_mark(app).startswith("◂Applied")
        await pilot.press("escape")
        await settle_workers(pilot)
        await _wheel(pilot, "left")
        await _wheel(pilot, "left")
        assert _after_mark(app) == ""
        assert table_line(app, 0).split()[:3] == ["Company", "Role", "Stage"]
        assert focus_problem(app) is None


async def test_left_and_right_move_the_table_a_whole_column(opened_paths: DataPaths) -> None:
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("right")
        await settle(pilot)
        assert _after_mark(app).startswith("◂In stage")
        await pilot.press("right")
        await settle(pilot)
        assert _after_mark(app).startswith("◂Applied")
        await pilot.press("left")
        await settle(pilot)
        assert _after_mark(app).startswith("◂In stage")


async def test_sorted_by_excitement_the_toast_names_it_in_full(opened_paths: DataPaths) -> None:
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        said = keep_toasts(app)
        await pilot.press("s", "s")  # Applied -> Follow-up -> Excitement
        await settle(pilot)
        assert said[-1] == "Sorted by Excitement ▼"


async def test_a_sort_brings_its_column_in_whole_and_cuts_none(opened_paths: DataPaths) -> None:
    # The round's last stranger: `s` on to Excitement, Location and Mode at 80x24 scrolled
    # the table by cells, "◂   In stage" and "◂ollow-up" with the cut column's cells blank.
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        seen = []
        for _ in range(10):
            await pilot.press("s")
            await settle_workers(pilot)
            after = _after_mark(app)
            seen.append(after[:12])
            table = app.query_one("#pipeline-table")
            most = table.virtual_size.width - table.scrollable_content_region.width
            # A title starts beside ◂ (but at the line's end, where the last column is in
            # sight whole, the column the left edge cuts is drawn blank, as the keys leave it).
            assert int(table.scroll_x) >= most or not after or not after[1].isspace(), seen
        assert any(after for after in seen), seen  # some sort scrolled the table
        assert focus_problem(app) is None
