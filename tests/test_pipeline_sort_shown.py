"""`s` in the Pipeline's table says which column it sorts by, and brings that column into view.

A new user's walk: `s` went through eleven columns, some off screen to the right, and
nothing said which one was in use.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle, toasts


def header_line(app: object) -> str:
    """The table's title line as the terminal shows it (the first line with "Company" or ◂)."""
    table = app.query_one("#pipeline-table")  # type: ignore[attr-defined]
    return screen_lines(app)[table.region.y]  # type: ignore[arg-type]


async def test_s_names_the_sort_and_shows_its_column(opened_paths: DataPaths) -> None:
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", size=(100, 30)) as (app, pilot, pane):
        assert "Source" not in header_line(app)  # off to the right at 100 columns
        # Applied -> Follow-up -> Excite -> Location -> Mode -> Source.
        for _ in range(5):
            await pilot.press("s")
        await settle(pilot)
        assert pane.table.sort_key == "source"
        assert toasts(app)[-1] == "Sorted by Source ▲"
        assert "Source ▲" in header_line(app)
        await pilot.press("S")
        await settle(pilot)
        assert toasts(app)[-1] == "Sorted by Source ▼"
        # Salary, then round to Company: the table is back at its left edge.
        await pilot.press("s", "s")
        await settle(pilot)
        assert toasts(app)[-1] == "Sorted by Company ▲"
        assert header_line(app).strip().startswith("Company ▲")
        assert pane.table.scroll_x == 0
        # One note at a time: each sort's note replaces the one before.
        assert [t for t in toasts(app) if "orted by" in t] == ["Sorted by Company ▲"]


async def test_the_board_names_its_sort_too(opened_paths: DataPaths) -> None:
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline", size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("v", "s")
        await settle(pilot)
        assert toasts(app) == ["Cards sorted by Follow-up ▲"]


def a_long_pipeline(db: object) -> dict[str, int]:
    """The eight applications and thirty more: enough for the table to scroll down."""
    from tests.pipeline_fixtures import add

    ids = small_pipeline(db)  # type: ignore[arg-type]
    for n in range(30):
        add(db, f"Acme {n:02d}", "Analyst")  # type: ignore[arg-type]
    return ids


async def test_the_titles_show_a_new_sort_while_the_table_is_scrolled_down(
    opened_paths: DataPaths,
) -> None:
    """A tester's walk on the demo: sorted by Company and scrolled down, `s` sorted the rows
    by Role and said so, but the titles kept "Company ▲" until the cursor moved."""
    store_once(opened_paths, a_long_pipeline)
    async with app_on(opened_paths, "pipeline", size=(80, 24)) as (app, pilot, pane):
        await pilot.click("#pipeline-table", offset=(2, 0))  # sorted by Company
        await settle(pilot)
        for _ in range(25):
            await pilot.press("down")
        await settle(pilot)
        top = pane.table.scroll_y
        assert top > 0
        assert "Company ▲" in header_line(app)
        await pilot.press("s")
        await settle(pilot)
        assert toasts(app)[-1] == "Sorted by Role ▲"
        assert pane.table.scroll_y == top  # the selected row still in sight: no scroll
        titles = header_line(app)
        assert "Role ▲" in titles
        assert "Company ▲" not in titles
        await pilot.press("s")
        await settle(pilot)
        assert toasts(app)[-1] == "Sorted by Stage ▲"
        assert "Stage ▲" in header_line(app)
        assert "Role ▲" not in header_line(app)
