"""A cell the table's right edge cuts ends with "…", as a cell too narrow for its text does.

A newcomer's walk: the Pipeline at 80x24 with the details open (`t`) showed an application at
Interviewing as "Interviewin" in the Stage column, the view's edge cutting it without a mark,
beside Company and Role cells cut with "…" ("Northwind An…").
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline
from tests.test_pipeline_fixed_columns import table_line
from tests.ui_harness import app_on, settle


async def test_the_stage_the_edge_cuts_ends_with_an_ellipsis(opened_paths: DataPaths) -> None:
    ids = store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", size=(80, 24)) as (app, pilot, pane):
        await pilot.press("t")  # the details beside the table
        await settle(pilot, 3)
        index = next(
            i for i, row in enumerate(pane.table.items) if row.id == ids["Northwind Analytics"]
        )
        row = table_line(app, 1 + index - int(pane.table.scroll_y))
    in_sight = row.split("▏")[0]  # the table, left of the details' border
    assert "Northwind An…" in in_sight
    assert in_sight.rstrip().endswith("Interviewi…")
    assert "Interviewin " not in in_sight
