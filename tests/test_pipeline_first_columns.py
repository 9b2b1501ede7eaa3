"""The Pipeline's first frame has the columns it keeps.

A stranger launched at 100x30 with a month's applications and pressed `2`: for about a second
the table showed narrow columns and two more of them ("Company Role Stage In stage Applied ▼
Follow-up Excite Location ▸", roles cut), then drew again wide. Its columns had been laid out
for the width it had before it was shown (none); the width it was given came with the frame's
layout, but the table took it only on the Resize message handled after that frame was drawn.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.pipeline.table import PipelineTable
from tests.ui_harness import app_on, settle, settle_workers


def _a_month(paths: DataPaths) -> DataPaths:
    """A few applications: too few for a scroll bar, whose coming lays the table out again."""
    db = Database(paths.database)
    try:
        for day, company, role in (
            (2, "Proseware", "Machine Learning Engineer"),
            (5, "Fabrikam", "Site Reliability Engineer"),
            (9, "Northwind", "Data Analyst"),
            (12, "Contoso", "Backend Engineer"),
        ):
            add_application(
                db, ApplicationInput(company=company, role=role, date_applied=date(2026, 3, day))
            )
    finally:
        db.dispose()
    return paths


async def test_the_first_frame_shows_the_columns_it_keeps(opened_paths: DataPaths) -> None:
    async with app_on(_a_month(opened_paths), size=(100, 30)) as (app, pilot, _pane):
        frames: list[tuple[str, str]] = []
        display = app._display

        def recorded(screen: Any, renderable: Any) -> None:
            tables = app.query(PipelineTable)
            if tables and tables.first().region:
                table = tables.first()
                lines = [table.render_line(y).text for y in range(1 + len(table.rows))]
                role_line = next((line for line in lines if "Proseware" in line), "")
                frames.append((" ".join(lines[0].split()), role_line))
            display(screen, renderable)

        app._display = recorded
        await pilot.press("2")
        await settle_workers(pilot)
        await settle(pilot)
        assert frames
        header, proseware = frames[0]
        assert header == "Company Role Stage In stage Applied ▼ Follow-up ▸"
        assert "Machine Learning Engineer" in proseware
        assert {frame for frame in frames} == {frames[0]}  # drawn once the same way
